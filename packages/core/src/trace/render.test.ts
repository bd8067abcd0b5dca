/**
 * `renderTrace`: the explanation text of a scoring, in Bahasa Indonesia (default) and English.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, formatValue, renderTrace, type Trace } from "../index.js";

const NUM = { type: "number" } as const;
const policy = compilePolicy({
  id: "skp-render",
  version: "7",
  effective: { from: "2024-01-01" },
  title: { id: "Penilaian SKP", en: "SKP appraisal" },
  numeric: { rounding: { mode: "HALF_UP", scale: 2 } },
  inputs: {
    perilaku: NUM,
    indikator: { type: "list", minItems: 1, items: { type: "object", fields: { realisasi: NUM, target: NUM, bobot: NUM } } },
  },
  decisions: {
    capaian: {
      kind: "perItem",
      over: "indikator",
      as: "i",
      decisions: { persen: { kind: "formula", expr: "i.realisasi / i.target * 100" } },
    },
    skp: { kind: "formula", expr: "wavg(capaian.persen, indikator.bobot)", label: { id: "Nilai SKP", en: "SKP score" } },
    terbaik: { kind: "formula", expr: "max(capaian.persen)" },
    predikat: {
      kind: "table",
      hitPolicy: "FIRST",
      inputs: [{ expr: "skp", label: { id: "Nilai", en: "Score" } }],
      outputs: ["predikat"],
      rules: [
        { when: [">= 90"], then: ["SANGAT_BAIK"], note: { id: "Nilai sangat tinggi", en: "A very high score" } },
        { when: ["-"], then: ["BAIK"], note: { id: "Selain itu", en: "Otherwise" } },
      ],
    },
    akhir: { kind: "formula", expr: "skp * 0.7 + perilaku * 0.3" },
  },
});

const input = {
  perilaku: 80,
  indikator: [
    { realisasi: 90, target: 100, bobot: 60 },
    { realisasi: 50, target: 60, bobot: 40 },
  ],
};
const trace = policy.score(input, { trace: true }).trace as Trace;
const id = renderTrace(trace);
const en = renderTrace(trace, { lang: "en" });

describe("renderTrace", () => {
  it("defaults to Bahasa Indonesia and differs from the English text", () => {
    expect(renderTrace(trace, { lang: "id" })).toBe(id);
    expect(id).not.toBe(en);
    expect(id.split("\n")[0]).toBe(`Kebijakan: Penilaian SKP (skp-render v7, sha256 ${policy.hash.slice(0, 12)})`);
    expect(en.split("\n")[0]).toBe(`Policy: SKP appraisal (skp-render v7, sha256 ${policy.hash.slice(0, 12)})`);
  });

  it("names every decision, with its label and kind", () => {
    for (const text of [id, en]) for (const name of ["capaian", "skp", "terbaik", "predikat", "akhir"]) expect(text).toContain(name);
    expect(id).toContain("2. skp — Nilai SKP (rumus)");
    expect(en).toContain("2. skp — SKP score (formula)");
    expect(id).toContain("4. predikat (tabel keputusan FIRST)");
    expect(en).toContain("4. predikat (decision table FIRST)");
  });

  it("shows the formula text and the values a formula read", () => {
    expect(id).toContain("= wavg(capaian.persen, indikator.bobot)");
    expect(en).toContain("= skp * 0.7 + perilaku * 0.3");
    expect(id).toContain("membaca: skp = 87.33, perilaku = 80");
    expect(en).toContain("reads: skp = 87.33, perilaku = 80");
  });

  it("shows the matched table row with its note", () => {
    expect(id).toContain("Nilai [skp] = 87.33");
    expect(id).toContain("baris 2 cocok: - — Selain itu");
    expect(en).toContain("Score [skp] = 87.33");
    expect(en).toContain("row 2 matched: - — Otherwise");
    expect(en).not.toContain("row 1 matched");
  });

  it("lists each element's contribution to an aggregate", () => {
    expect(id).toContain("kontribusi wavg(capaian.persen, indikator.bobot) = 87.332:");
    expect(id).toContain("[1] 90 × bobot 60 → 54");
    expect(id).toContain("[2] 83.33 × bobot 40 → 33.332");
    expect(en).toContain("contribution wavg(capaian.persen, indikator.bobot) = 87.332:");
    expect(en).toContain("[2] 83.33 × weight 40 → 33.332");
    expect(en).toContain("[1] 90 ← selected");
    expect(id).toContain("[1] 90 ← terpilih");
  });

  it("notes the rounding applied, for decisions and per-item elements", () => {
    expect(id).toContain("hasil: 87.33 (sebelum pembulatan 87.332; HALF_UP, 2 desimal)");
    expect(en).toContain("result: 87.33 (before rounding 87.332; HALF_UP, 2 decimals)");
    expect(en).toContain("persen = 83.33 (before rounding 83.33333333333334; HALF_UP, 2 decimals)");
    expect(id).toContain("persen = 83.33 (sebelum pembulatan 83.33333333333334; HALF_UP, 2 desimal)");
  });

  it("lists the per-item elements and the final outputs", () => {
    expect(id).toContain("butir [1]");
    expect(en).toContain("item [2]");
    expect(id).toContain("Hasil akhir:");
    expect(en).toContain("Final outputs:");
    expect(en).toContain("  akhir = 85.13");
    expect(en).toContain("  predikat = BAIK");
  });

  it("limits long lists with maxItems", () => {
    const many = { perilaku: 80, indikator: Array.from({ length: 5 }, () => ({ realisasi: 1, target: 1, bobot: 1 })) };
    const text = renderTrace(policy.score(many, { trace: true }).trace as Trace, { lang: "en", maxItems: 2 });
    expect(text).toContain("… and 3 more");
    expect(text).not.toContain("item [3]");
    expect(renderTrace(policy.score(many, { trace: true }).trace as Trace, { maxItems: 2 })).toContain("… dan 3 lainnya");
  });
});

describe("formatValue", () => {
  it.each([
    [null, "null"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
    [87.33, "87.33"],
    ["BAIK", "BAIK"],
    [true, "true"],
    [[1, 2], "[1,2]"],
    [{ a: 1 }, '{"a":1}'],
  ])("%j → %s", (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });

  it("shortens long JSON", () => {
    const text = formatValue(Array.from({ length: 100 }, (_, i) => i));
    expect(text).toHaveLength(120);
    expect(text.endsWith("...")).toBe(true);
  });
});

describe("per-item labels", () => {
  const perItem = (itemLabel?: string): string => {
    const policy = compilePolicy({
      id: "label",
      version: "1",
      effective: { from: "2024-01-01" },
      title: { id: "Label", en: "Label" },
      inputs: { xs: { type: "list", items: { type: "object", fields: { iki: { type: "string" }, rhk: { type: "string" }, n: { type: "number" } } } } },
      decisions: { per: { kind: "perItem", over: "xs", as: "x", ...(itemLabel ? { itemLabel } : {}), decisions: { dua: { kind: "formula", expr: "x.n * 2" } } } },
    });
    const rhk = "Rencana hasil kerja yang sama untuk dua IKI";
    const { trace } = policy.score({ xs: [{ rhk, iki: "Jumlah laporan", n: 1 }, { rhk, iki: "Waktu layanan", n: 2 }] }, { trace: true });
    return renderTrace(trace!, { lang: "en" });
  };

  it("names each element by the decision's itemLabel expression, keeping its short fields", () => {
    const text = perItem("x.iki");
    expect(text).toContain("item [1] Jumlah laporan (iki Jumlah laporan, n 1)");
    expect(text).toContain("item [2] Waktu layanan (iki Waktu layanan, n 2)");
  });

  it("falls back to the element's first long text field", () => {
    expect(perItem()).toContain("item [2] Rencana hasil kerja yang sama untuk dua IKI (iki Waktu layanan, n 2)");
  });
});

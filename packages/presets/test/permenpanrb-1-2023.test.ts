import { readFileSync } from "node:fs";
import { compilePolicy, renderTrace, runGoldenCases, validatePolicy, type PolicyDocument } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { PRESETS, compilePreset } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/permenpanrb-1-2023.js";
import { readVectorFile, runVectors } from "../src/vectors/runner.js";

// PermenPANRB 1/2023 + Peraturan BKN 3/2023 angka kredit (REFERENCE.md §2) as one policy document.
const policy = compilePreset("permenpanrb-1-2023");
const KINDS = ["angka-kredit", "angka-kredit-accumulate", "angka-kredit-kenaikan-pangkat"];
const vectors = readVectorFile(JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8"))).filter((c) => KINDS.includes(c.kind));
const JENJANG = ["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA", "AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"] as const;
const BAIK_SETAHUN = { predikat: "BAIK", bulan: 12 };
const out = (input: Record<string, unknown>) => policy.score(input).outputs;
/** The preset with some constants (or a sub-decision's rounding) changed, as an agency would publish it. */
const variant = (edit: (doc: PolicyDocument) => void) => {
  const doc = structuredClone(PRESETS["permenpanrb-1-2023"]) as PolicyDocument;
  edit(doc);
  return compilePolicy(doc);
};

describe("permenpanrb-1-2023: the document", () => {
  it("validates without errors or warnings and compiles without warnings", () => {
    const report = validatePolicy(PRESETS["permenpanrb-1-2023"]);
    expect([report.ok, report.errors, report.warnings]).toEqual([true, [], []]);
    expect(policy.warnings).toEqual([]);
    expect(policy.document.effective).toEqual({ from: "2023-01-01" });
  });

  it("passes every golden case (the vectors, the BKN examples, keterampilan, kenaikan jenjang, the 150% cap)", () => {
    const results = runGoldenCases(policy);
    expect(results.length).toBeGreaterThanOrEqual(25);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const names = results.map((r) => r.name).join("\n");
    for (const id of vectors.map((v) => v.id)) expect(names).toContain(`${id}`);
  });
});

describe("permenpanrb-1-2023: acceptance vectors through the adapter", () => {
  it("covers the seven public angka-kredit vectors", () => {
    expect(vectors.map((v) => v.id)).toEqual(["ak-1", "ak-2", "ak-3", "ak-4", "ak-5", "ak-acc-1", "ak-kp-1"]);
  });

  it.each(runVectors(vectors, ADAPTERS).cases.map((c) => [c.id, c] as const))("%s", (_, outcome) => {
    expect({ error: outcome.error, differences: outcome.differences }).toEqual({ error: undefined, differences: [] });
  });

  it("ak-kp-1 gives the running totals and the year exactly", () => {
    const actual = ADAPTERS["angka-kredit-kenaikan-pangkat"]?.({ jenjang: "AHLI_MUDA", golongan: "III/c", koefisien: 25, years: ["BAIK", "BAIK", "BAIK", "BAIK"] });
    expect(actual).toMatchObject({ cumulative: [25, 50, 75, 100], eligibleForKenaikanPangkatInYear: 4 });
  });

  it("reports a year only once the threshold is reached, and an invalid input as INPUT_INVALID", () => {
    const short = ADAPTERS["angka-kredit-kenaikan-pangkat"]?.({ jenjang: "AHLI_MUDA", golongan: "III/c", koefisien: 25, years: ["BAIK", "BAIK", "BAIK", "SANGAT_KURANG"] });
    expect(short).toMatchObject({ cumulative: [25, 50, 75, 81.25], eligibleForKenaikanPangkatInYear: null });
    expect(() => ADAPTERS["angka-kredit"]?.({ jenjang: "AHLI_MUDA", koefisien: 25, predikat: "BAIK", bulan: 13 })).toThrow(
      expect.objectContaining({ code: "INPUT_INVALID" }),
    );
    expect(() => ADAPTERS["angka-kredit-accumulate"]?.({ jenjang: "AHLI_MUDA", periods: "BAIK" })).toThrow(TypeError);
  });
});

describe("permenpanrb-1-2023: konversi predikat and koefisien", () => {
  it.each([
    ["SANGAT_BAIK", 37.5],
    ["BAIK", 25],
    ["BUTUH_PERBAIKAN", 18.75],
    ["KURANG_MISCONDUCT", 12.5],
    ["SANGAT_KURANG", 6.25],
  ])("Ahli Muda, %s for 12 months gives %d", (predikat, ak) => {
    expect(out({ jenjang: "AHLI_MUDA", periode: [{ predikat, bulan: 12 }] })["angkaKreditKumulatif"]).toBe(ak);
  });

  it("takes the koefisien of each jenjang from the table unless one is given", () => {
    const koefisien = JENJANG.map((jenjang) => out({ jenjang, periode: [] })["koefisienBerlaku"]);
    expect(koefisien).toEqual([3.75, 5, 12.5, 25, 12.5, 25, 37.5, 50]);
    expect(out({ jenjang: "AHLI_MUDA", koefisien: 20, periode: [BAIK_SETAHUN] })["angkaKreditKumulatif"]).toBe(20);
  });

  it("rounds every period HALF_UP to 2 decimals before adding up", () => {
    const o = out({ jenjang: "AHLI_PERTAMA", periode: [{ predikat: "BAIK", bulan: 1 }, { predikat: "BAIK", bulan: 1 }, { predikat: "BAIK", bulan: 1 }] });
    expect(o["angkaKreditKumulatifPerPeriode"]).toEqual([1.04, 2.08, 3.12]); // 1.041666… each, not 3.125 → 3.13
    expect(out({ jenjang: "TERAMPIL", periode: [{ predikat: "BUTUH_PERBAIKAN", bulan: 6 }] })["angkaKreditKumulatif"]).toBe(1.88); // 1.875
  });

  it("lets an agency change the rounding of a period's AK (here: none, then DOWN)", () => {
    const exact = variant((doc) => setAkRounding(doc, "none"));
    expect(exact.score({ jenjang: "AHLI_PERTAMA", periode: [{ predikat: "BAIK", bulan: 2 }] }).outputs["jumlahAngkaKredit"]).toBeCloseTo(2.0833333, 6);
    const down = variant((doc) => setAkRounding(doc, { mode: "DOWN", scale: 2 }));
    expect(down.score({ jenjang: "TERAMPIL", periode: [{ predikat: "BUTUH_PERBAIKAN", bulan: 6 }] }).outputs["jumlahAngkaKredit"]).toBe(1.87);
  });

  it("caps the percentage at 150% even when a percentage table is edited above it", () => {
    const edited = variant((doc) => {
      (doc.constants?.["persenPredikat"] as Record<string, number>)["SANGAT_BAIK"] = 200;
    });
    expect(edited.warnings).toEqual([]);
    expect(edited.score({ jenjang: "AHLI_MUDA", periode: [{ predikat: "SANGAT_BAIK", bulan: 12 }] }).outputs["jumlahAngkaKredit"]).toBe(37.5);
  });
});

describe("permenpanrb-1-2023: kenaikan pangkat thresholds (AK dasar + AKK, inclusive)", () => {
  // REFERENCE.md §2.5 [I]: cumulative AK needed for the next pangkat, by jenjang and golongan.
  const THRESHOLDS: [string, string, number | null, boolean][] = [
    ["PEMULA", "II/a", 15, true],
    ["TERAMPIL", "II/b", 20, false],
    ["TERAMPIL", "II/c", 40, false],
    ["TERAMPIL", "II/d", 60, true],
    ["MAHIR", "III/a", 50, false],
    ["MAHIR", "III/b", 100, true],
    ["PENYELIA", "III/c", 100, false],
    ["PENYELIA", "III/d", null, false],
    ["AHLI_PERTAMA", "III/a", 50, false],
    ["AHLI_PERTAMA", "III/b", 100, true],
    ["AHLI_MUDA", "III/c", 100, false],
    ["AHLI_MUDA", "III/d", 200, true],
    ["AHLI_MADYA", "IV/a", 150, false],
    ["AHLI_MADYA", "IV/b", 300, false],
    ["AHLI_MADYA", "IV/c", 450, true],
    ["AHLI_UTAMA", "IV/d", 200, false],
    ["AHLI_UTAMA", "IV/e", null, false],
  ];

  it.each(THRESHOLDS)("%s %s: next pangkat at %s (via kenaikan jenjang: %s)", (jenjang, golongan, threshold, viaJenjang) => {
    const o = out({ jenjang, golongan, periode: [] });
    expect([o["golonganSesuaiJenjang"], o["akKenaikanPangkat"], o["kenaikanPangkatMelaluiKenaikanJenjang"]]).toEqual([true, threshold, viaJenjang]);
  });

  it.each(THRESHOLDS.filter((t) => t[2] !== null))("%s %s: exactly the threshold qualifies, 0.01 less does not", (jenjang, golongan, threshold) => {
    const at = out({ jenjang, golongan, akAwal: threshold, periode: [] });
    const below = out({ jenjang, golongan, akAwal: (threshold as number) - 0.01, periode: [] });
    expect([at["memenuhiAkKenaikanPangkat"], at["periodeMemenuhiKenaikanPangkat"]]).toEqual([true, 0]);
    expect([below["memenuhiAkKenaikanPangkat"], below["periodeMemenuhiKenaikanPangkat"]]).toEqual([false, null]);
  });

  it("starts from the golongan's AK dasar when no akAwal is given, and from 0 without a golongan", () => {
    expect(out({ jenjang: "AHLI_MADYA", golongan: "IV/c", periode: [] })["angkaKreditAwal"]).toBe(300);
    expect(out({ jenjang: "AHLI_MADYA", periode: [] })["angkaKreditAwal"]).toBe(0);
    expect(out({ jenjang: "AHLI_MADYA", golongan: "IV/c", akAwal: 310, periode: [] })["angkaKreditAwal"]).toBe(310);
  });

  it("gives no threshold for a golongan outside the jenjang", () => {
    const o = out({ jenjang: "AHLI_PERTAMA", golongan: "IV/a", akAwal: 1000, periode: [] });
    expect([o["golonganSesuaiJenjang"], o["akKenaikanPangkat"], o["memenuhiAkKenaikanPangkat"]]).toEqual([false, null, false]);
  });
});

describe("permenpanrb-1-2023: kenaikan jenjang", () => {
  const siap = { lulusUjiKompetensi: true, formasiTersedia: true, masaJenjangBulan: 12 };
  const AKK_KJ: [string, number][] = [
    ["PEMULA", 15],
    ["TERAMPIL", 60],
    ["MAHIR", 100],
    ["AHLI_PERTAMA", 100],
    ["AHLI_MUDA", 200],
    ["AHLI_MADYA", 450],
  ];

  it.each(AKK_KJ)("%s: AKK kenaikan jenjang %d, inclusive", (jenjang, akk) => {
    const at = out({ jenjang, akAwal: akk, periode: [], predikatTahunTerakhir: "BAIK", ...siap });
    expect([at["akkKenaikanJenjang"], at["memenuhiKenaikanJenjang"], at["syaratKenaikanJenjangBelumTerpenuhi"]]).toEqual([akk, true, []]);
    const below = out({ jenjang, akAwal: akk - 0.01, periode: [], predikatTahunTerakhir: "BAIK", ...siap });
    expect([below["memenuhiKenaikanJenjang"], below["syaratKenaikanJenjangBelumTerpenuhi"]]).toEqual([false, ["ANGKA_KREDIT"]]);
  });

  it.each(["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"])("refuses predikat %s and accepts Baik and Sangat Baik", (predikat) => {
    const base = { jenjang: "AHLI_MUDA", akAwal: 190, ...siap };
    const refused = out({ ...base, periode: [{ predikat: "SANGAT_BAIK", bulan: 6 }, { predikat, bulan: 6 }] });
    expect([refused["memenuhiAkKenaikanJenjang"], refused["syaratKenaikanJenjangBelumTerpenuhi"], refused["memenuhiKenaikanJenjang"]]).toEqual([
      true,
      ["PREDIKAT"],
      false,
    ]);
    for (const ok of ["BAIK", "SANGAT_BAIK"]) expect(out({ ...base, periode: [{ predikat: ok, bulan: 12 }] })["memenuhiKenaikanJenjang"]).toBe(true);
  });

  it("needs the competency test, a vacancy and one year in the jenjang, each reported", () => {
    const o = out({ jenjang: "AHLI_PERTAMA", akAwal: 100, periode: [{ predikat: "BAIK", bulan: 11 }] });
    expect(o["syaratKenaikanJenjangBelumTerpenuhi"]).toEqual(["UJI_KOMPETENSI", "FORMASI", "MASA_JENJANG"]);
    expect(out({ jenjang: "AHLI_PERTAMA", akAwal: 100, periode: [BAIK_SETAHUN], ...siap, masaJenjangBulan: 11 })["syaratKenaikanJenjangBelumTerpenuhi"]).toEqual([
      "MASA_JENJANG",
    ]);
  });

  it("restarts AK at 0 after kenaikan jenjang, unless an agency carries the surplus over", () => {
    const input = { jenjang: "AHLI_PERTAMA", akAwal: 95, periode: [BAIK_SETAHUN], ...siap };
    expect(out(input)["akSetelahKenaikanJenjang"]).toBe(0);
    const carry = variant((doc) => {
      (doc.constants as Record<string, unknown>)["persenKelebihanAkSetelahKenaikanJenjang"] = 100;
    });
    expect(carry.score(input).outputs["akSetelahKenaikanJenjang"]).toBe(7.5);
  });

  it("has no kenaikan jenjang from Penyelia or Ahli Utama", () => {
    for (const jenjang of ["PENYELIA", "AHLI_UTAMA"]) {
      const o = out({ jenjang, akAwal: 1000, periode: [BAIK_SETAHUN], ...siap });
      expect([o["jenjangBerikutnya"], o["akkKenaikanJenjang"], o["syaratKenaikanJenjangBelumTerpenuhi"], o["akSetelahKenaikanJenjang"]]).toEqual([
        null,
        null,
        ["JENJANG_TERTINGGI"],
        null,
      ]);
    }
  });

  it("explains a refusal in plain words", () => {
    const { trace } = policy.score({ jenjang: "AHLI_PERTAMA", akAwal: 95, periode: [{ predikat: "BUTUH_PERBAIKAN", bulan: 12 }], ...siap }, { trace: true });
    const text = renderTrace(trace!, { lang: "en" });
    expect(text).toContain("angkaKredit = 9.38 (before rounding 9.375; HALF_UP, 2 decimals)");
    expect(text).toContain("Last year's performance predikat below Baik");
  });
});

function setAkRounding(doc: PolicyDocument, rounding: "none" | { mode: "DOWN"; scale: number }): void {
  const perItem = doc.decisions["angkaKreditPeriode"];
  if (perItem?.kind !== "perItem") throw new Error("angkaKreditPeriode is a per-item decision");
  const ak = perItem.decisions["angkaKredit"];
  if (!ak || ak.kind === "rules") throw new Error("angkaKreditPeriode.angkaKredit is a formula");
  ak.rounding = rounding;
}

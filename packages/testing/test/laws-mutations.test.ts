// Mutation check of the laws: each law FAILS on a deliberately broken policy (and passes on the
// sound one it was derived from), so a passing law means something. Broken on purpose:
//   bounds — a capaian clamp of 150 against a declared bound of 120;
//   monotonicity — the NAIK and TURUN formulas swapped;
//   zero-weight — nilai as a plain average that ignores the weights;
//   permutation — an output reading the first indicator only;
//   determinism — a scorer with hidden state (a wrapper, as no policy document can be impure);
//   round-trip — a compiled policy whose hash does not belong to its document;
//   table-completeness — a rating table with a hole between two rows;
//   table-exclusivity — two rows of a UNIQUE table that overlap (in a document the compiler
//     would refuse, wrapped as compiled, as from a stale cache);
//   calibration-compliance — a quota decision giving negative quotas.
import { compilePolicy, type CompiledPolicy, type PolicyDocument, type TableDecision } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { PRESETS } from "@kinerja/presets";
import { runPolicyLaws, type LawId, type LawProfile, type LawResult } from "../src/index.js";

const PROFILE: LawProfile = {
  indicators: { list: "indikator", realisation: "realisasi", target: "target", polarity: { field: "polaritas", up: "NAIK", down: "TURUN" }, weight: "bobot", itemOutputs: ["capaianIndikator"] },
  monotone: [{ path: "capaianIndikator[].capaian" }, { path: "nilai" }],
  bounds: { nilai: { min: 0, max: 120 } },
};

const NAIK = "i.realisasi / i.target * 100";
const TURUN = "(2 - i.realisasi / i.target) * 100";

function skp(options: { cap?: number; naik?: string; turun?: string; nilai?: string; extra?: PolicyDocument["decisions"]; rules?: TableDecision["rules"]; hitPolicy?: TableDecision["hitPolicy"] } = {}): PolicyDocument {
  return {
    id: "skp-uji",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "SKP uji", en: "Test SKP" },
    numeric: { rounding: { mode: "HALF_UP", scale: 2 } },
    inputs: {
      indikator: {
        type: "list",
        minItems: 1,
        maxItems: 6,
        items: {
          type: "object",
          fields: {
            target: { type: "number", min: 0.01, max: 1000 },
            realisasi: { type: "number", min: 0, max: 2000 },
            bobot: { type: "number", min: 0, weight: { sum: 100 } },
            polaritas: { type: "enum", values: ["NAIK", "TURUN"] },
          },
        },
      },
    },
    decisions: {
      capaianIndikator: {
        kind: "perItem",
        over: "indikator",
        as: "i",
        decisions: { capaian: { kind: "formula", type: "number", expr: `clamp(if i.polaritas = "NAIK" then ${options.naik ?? NAIK} else ${options.turun ?? TURUN}, 0, ${options.cap ?? 120})` } },
      },
      nilai: { kind: "formula", type: "number", expr: options.nilai ?? "wavg(capaianIndikator.capaian, indikator.bobot)" },
      rating: {
        kind: "table",
        hitPolicy: options.hitPolicy ?? "UNIQUE",
        inputs: ["nilai"],
        outputs: ["rating"],
        rules: options.rules ?? [
          { when: [">= 110"], then: ["DI_ATAS_EKSPEKTASI"] },
          { when: ["[80..110)"], then: ["SESUAI_EKSPEKTASI"] },
          { when: ["< 80"], then: ["DI_BAWAH_EKSPEKTASI"] },
        ],
      },
      ...(options.extra ?? {}),
    },
  };
}

function law(policy: CompiledPolicy, id: LawId, profile: LawProfile = PROFILE): LawResult {
  const [result] = runPolicyLaws(policy, { laws: [id], numRuns: 150, profile });
  if (!result) throw new Error("no result");
  return result;
}

describe("the sound policy passes every law that applies", () => {
  it("skp-uji", () => {
    const results = runPolicyLaws(compilePolicy(skp()), { numRuns: 100, profile: PROFILE });
    expect(results.map((r) => [r.law, r.status])).toEqual([
      ["bounds", "passed"],
      ["monotonicity", "passed"],
      ["zero-weight", "passed"],
      ["permutation", "passed"],
      ["determinism", "passed"],
      ["round-trip", "passed"],
      ["table-completeness", "passed"],
      ["table-exclusivity", "passed"],
      ["calibration-compliance", "not-applicable"],
    ]);
  });
});

describe("each law catches its broken policy", () => {
  it("bounds: capaian clamped to 150 breaks nilai ≤ 120", () => {
    const r = law(compilePolicy(skp({ cap: 150 })), "bounds");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/nilai = .* above the upper bound 120/);
    expect(r.path).toEqual(["decisions", "nilai"]);
  });

  it("bounds: an enum output outside its enum (read from the declared type)", () => {
    const broken = compilePolicy(skp());
    const liar: CompiledPolicy = { ...broken, score: (input, options) => ({ ...broken.score(input, options), outputs: { ...broken.score(input).outputs, rating: "LUAR_BIASA" } }) };
    const r = law(liar, "bounds");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/rating = "LUAR_BIASA": not one of/);
  });

  it("monotonicity: swapped NAIK / TURUN formulas", () => {
    const r = law(compilePolicy(skp({ naik: TURUN, turun: NAIK })), "monotonicity");
    expect(r.status).toBe("failed");
    expect(r.counterexample).toBeDefined();
    expect(r.path?.[0]).toBe("decisions");
  });

  it("zero-weight: a plain average that ignores the weights", () => {
    const r = law(compilePolicy(skp({ nilai: "avg(capaianIndikator.capaian)" })), "zero-weight");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/changed nilai/);
  });

  it("permutation: an output reading the first indicator only", () => {
    const r = law(compilePolicy(skp({ extra: { pertama: { kind: "formula", expr: "capaianIndikator[0].capaian" } } })), "permutation");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/changed pertama/);
  });

  it("determinism: a scorer with hidden state", () => {
    const sound = compilePolicy(skp());
    let calls = 0;
    const impure: CompiledPolicy = { ...sound, score: (input, options) => ({ ...sound.score(input, options), outputs: { ...sound.score(input).outputs, panggilan: calls++ } }) };
    expect(law(impure, "determinism").status).toBe("failed");
  });

  it("round-trip: a hash that does not belong to the document", () => {
    const sound = compilePolicy(skp());
    const r = law({ ...sound, hash: "0".repeat(64) }, "round-trip");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/hash changed/);
  });

  it("table-completeness: a hole between [80..100) and [105..110)", () => {
    const rules = [
      { when: [">= 110"], then: ["DI_ATAS_EKSPEKTASI"] },
      { when: ["[105..110)"], then: ["SESUAI_EKSPEKTASI"] },
      { when: ["[80..100)"], then: ["SESUAI_EKSPEKTASI"] },
      { when: ["< 80"], then: ["DI_BAWAH_EKSPEKTASI"] },
    ];
    const r = law(compilePolicy(skp({ rules })), "table-completeness");
    expect(r.status).toBe("failed");
    expect(r.path).toEqual(["decisions", "rating"]);
    const point = (r.counterexample as { point: { nilai: number } }).point.nilai;
    expect(point >= 100 && point < 105).toBe(true);
  });

  it("table-completeness: a hole just above a bound (80 exclusive on both sides)", () => {
    const rules = [
      { when: [">= 110"], then: ["DI_ATAS_EKSPEKTASI"] },
      { when: ["(80..110)"], then: ["SESUAI_EKSPEKTASI"] },
      { when: ["< 80"], then: ["DI_BAWAH_EKSPEKTASI"] },
    ];
    const r = law(compilePolicy(skp({ rules })), "table-completeness");
    expect(r.status).toBe("failed");
    expect((r.counterexample as { point: { nilai: number } }).point.nilai).toBe(80);
  });

  it("table-exclusivity: overlapping rows of a UNIQUE table", () => {
    const overlapping = [
      { when: [">= 100"], then: ["DI_ATAS_EKSPEKTASI"] },
      { when: ["[80..110)"], then: ["SESUAI_EKSPEKTASI"] },
      { when: ["< 80"], then: ["DI_BAWAH_EKSPEKTASI"] },
    ];
    // The compiler refuses this table under UNIQUE, so it is compiled under FIRST and the document
    // then says UNIQUE again (as a stale cache or a hand-made CompiledPolicy could).
    const first = compilePolicy(skp({ rules: overlapping, hitPolicy: "FIRST" }));
    const table = first.document.decisions["rating"] as TableDecision;
    const stale: CompiledPolicy = { ...first, document: { ...first.document, decisions: { ...first.document.decisions, rating: { ...table, hitPolicy: "UNIQUE" } } } };
    const r = law(stale, "table-exclusivity");
    expect(r.status).toBe("failed");
    expect(r.message.en).toMatch(/rows 1 and 2 both match/);
    expect((r.counterexample as { point: { nilai: number } }).point.nilai).toBeGreaterThanOrEqual(100);
  });

  it("calibration-compliance: a quota decision giving negative quotas", () => {
    const se = structuredClone(PRESETS["se-menpanrb-3-2023"]) as PolicyDocument;
    const aturan = se.constants?.["aturan"] as { jenis: string; persen: number | null }[];
    for (const a of aturan) if (a.jenis === "MAX") a.persen = -50;
    const profile: LawProfile = { distribution: { organisation: "predikatOrganisasi", headcount: "headcount", quota: "kuota", rules: "aturan", categories: "daftarPredikat" } };
    const r = law(compilePolicy(se), "calibration-compliance", profile);
    expect(r.status).toBe("failed");
    expect(r.counterexample).toBeDefined();
  });
});

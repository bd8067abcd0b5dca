/**
 * Scoring through the public API: input validation with paths, hostile inputs, `safeScore`,
 * `outputs`, the policy reference, per-item decisions and the explanation trace.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, KinerjaError, type CompiledPolicy, type DecisionTrace, type FieldType } from "../index.js";

type Doc = Record<string, unknown>;

function doc(decisions: Record<string, unknown>, inputs: Record<string, FieldType>, extra: Doc = {}): Doc {
  return { id: "skp-uji", version: "2024.1", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, decisions, ...extra };
}

const NUM: FieldType = { type: "number" };
const INDIKATOR: FieldType = {
  type: "list",
  minItems: 1,
  maxItems: 4,
  items: { type: "object", fields: { realisasi: NUM, target: { type: "number", min: 0 }, bobot: { type: "number", weight: { sum: 100 } } } },
};
const INPUTS: Record<string, FieldType> = {
  nama: { type: "string", minLength: 2, maxLength: 10 },
  masaKerja: { type: "number", integer: true, min: 0, max: 40 },
  catatan: { type: "number", optional: true },
  aktif: { type: "boolean" },
  tanggal: { type: "date" },
  rating: { type: "enum", values: ["BAIK", "CUKUP"] },
  indikator: INDIKATOR,
};
const SKP = doc(
  {
    capaian: {
      kind: "perItem",
      over: "indikator",
      as: "i",
      decisions: { capaian: { kind: "formula", expr: "i.realisasi / i.target * 100" }, nilai: { kind: "formula", expr: "min(capaian, 120)" } },
    },
    skor: { kind: "formula", expr: "wavg(capaian.capaian, indikator.bobot)", label: { id: "Skor", en: "Score" } },
    tambahan: { kind: "formula", expr: "coalesce(catatan, -1)" },
    masa: { kind: "formula", expr: "masaKerja + 1" },
  },
  INPUTS,
  { numeric: { rounding: { mode: "HALF_UP", scale: 2 } } },
);
const GOOD = {
  nama: "Sari",
  masaKerja: 3,
  aktif: true,
  tanggal: "2024-02-29",
  rating: "BAIK",
  indikator: [
    { realisasi: 90, target: 100, bobot: 60 },
    { realisasi: 50, target: 60, bobot: 40 },
  ],
};
const policy: CompiledPolicy = compilePolicy(SKP);

function inputIssues(input: unknown, on: CompiledPolicy = policy): [string, (string | number)[]][] {
  const outcome = on.safeScore(input);
  if (outcome.ok) throw new Error("expected INPUT_INVALID");
  expect(outcome.error.code).toBe("INPUT_INVALID");
  return outcome.error.issues.map((i) => [i.message.en, [...i.path]]);
}

describe("scoring", () => {
  it("computes per-item capaian then their weighted average", () => {
    const result = policy.score(GOOD);
    expect(result.outputs).toEqual({
      capaian: [
        { capaian: 90, nilai: 90 },
        { capaian: 83.33, nilai: 83.33 },
      ],
      skor: 87.33,
      tambahan: -1,
      masa: 4,
    });
  });

  it("carries the policy reference", () => {
    expect(policy.score(GOOD).policy).toEqual({ id: "skp-uji", version: "2024.1", hash: policy.hash });
    expect(policy.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("returns only the declared outputs", () => {
    const restricted = compilePolicy({ ...SKP, outputs: ["skor"] });
    expect(restricted.score(GOOD).outputs).toEqual({ skor: 87.33 });
    expect(Object.keys(restricted.outputTypes)).toEqual(["skor"]);
  });

  it("sees an optional input as null, absent or given as null", () => {
    expect(policy.score({ ...GOOD, catatan: null }).outputs["tambahan"]).toBe(-1);
    expect(policy.score({ ...GOOD, catatan: 7 }).outputs["tambahan"]).toBe(7);
  });

  it("ignores extra input keys, at the top and inside objects", () => {
    const extra = { ...GOOD, lain: 1, indikator: GOOD.indikator.map((i) => ({ ...i, catatan: "x" })) };
    expect(policy.score(extra).outputs).toEqual(policy.score(GOOD).outputs);
  });
});

describe("input validation", () => {
  it("reports every problem with its path", () => {
    const bad = {
      nama: "S",
      masaKerja: 3.5,
      catatan: "x",
      aktif: 1,
      tanggal: "2023-02-29",
      rating: "baik",
      indikator: [{ realisasi: 1, target: 1, bobot: 50 }, { realisasi: Number.NaN, target: Number.POSITIVE_INFINITY, bobot: 50 }, { realisasi: "90", target: -1, bobot: 0 }, {}, { realisasi: 1, target: 1, bobot: 0 }],
    };
    expect(inputIssues(bad)).toEqual([
      ["Length must be between 2 and 10", ["nama"]],
      ["Must be an integer", ["masaKerja"]],
      ["Must be number, got string", ["catatan"]],
      ["Must be boolean, got number", ["aktif"]],
      ['Must be YYYY-MM-DD, got "2023-02-29"', ["tanggal"]],
      ["Must be one of BAIK, CUKUP", ["rating"]],
      ["The number of items must be between 1 and 4", ["indikator"]],
      ["Must be number, got NaN", ["indikator", 1, "realisasi"]],
      ["Must be number, got Infinity", ["indikator", 1, "target"]],
      ["Must be number, got string", ["indikator", 2, "realisasi"]],
      ["Must be ≥ 0", ["indikator", 2, "target"]],
      ["Required", ["indikator", 3, "realisasi"]],
      ["Required", ["indikator", 3, "target"]],
      ["Required", ["indikator", 3, "bobot"]],
    ]);
  });

  it("reports missing required inputs, one by one", () => {
    expect(inputIssues({}).map(([, path]) => path)).toEqual([["nama"], ["masaKerja"], ["aktif"], ["tanggal"], ["rating"], ["indikator"]]);
  });

  it("checks integer, min and max", () => {
    expect(inputIssues({ ...GOOD, masaKerja: 41 })).toEqual([["Must be ≤ 40", ["masaKerja"]]]);
    expect(inputIssues({ ...GOOD, masaKerja: -1 })).toEqual([["Must be ≥ 0", ["masaKerja"]]]);
    expect(policy.score({ ...GOOD, masaKerja: 40 }).outputs["masa"]).toBe(41);
  });

  it("checks the number of list items", () => {
    expect(inputIssues({ ...GOOD, indikator: [] })[0]).toEqual(["The number of items must be between 1 and 4", ["indikator"]]);
    const five = Array.from({ length: 5 }, () => ({ realisasi: 1, target: 1, bobot: 20 }));
    expect(inputIssues({ ...GOOD, indikator: five })).toEqual([["The number of items must be between 1 and 4", ["indikator"]]]);
  });

  it("checks that declared weights add up over the list", () => {
    const ninety = [
      { realisasi: 1, target: 1, bobot: 50 },
      { realisasi: 1, target: 1, bobot: 40 },
    ];
    expect(inputIssues({ ...GOOD, indikator: ninety })).toEqual([["The 'bobot' weights add up to 90, expected 100", ["indikator"]]]);
    const decimals = [0.1, 0.2, 0.3, 99.4].map((bobot) => ({ realisasi: 1, target: 1, bobot }));
    expect(policy.safeScore({ ...GOOD, indikator: decimals }).ok).toBe(true);
  });

  it.each([null, undefined, [], "x", 42, true])("rejects the non-object input %s with INPUT_INVALID, not a TypeError", (input) => {
    const outcome = policy.safeScore(input);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("INPUT_INVALID");
    expect(outcome.error.issues.map((i) => i.path)).toEqual([[]]);
    expect(() => policy.score(input)).toThrow(KinerjaError);
  });

  it("gives the issue count and both languages in the error", () => {
    const outcome = policy.safeScore({ ...GOOD, nama: 5, aktif: "ya" });
    if (outcome.ok) throw new Error("expected an error");
    expect(outcome.error.text.en).toBe("Invalid input (2 problems)");
    expect(outcome.error.text.id).toBe("Masukan tidak sah (2 masalah)");
    expect(outcome.error.message).toBe(outcome.error.text.en);
  });
});

describe("hostile inputs", () => {
  it("a __proto__ key neither pollutes Object.prototype nor changes results", () => {
    const expected = policy.score(GOOD).outputs;
    const top = JSON.parse(`{"__proto__": {"polluted": 1, "catatan": 5}, ${JSON.stringify(GOOD).slice(1)}`) as unknown;
    const nested = { ...GOOD, indikator: JSON.parse('[{"__proto__": {"realisasi": 1, "bobot": 1}, "realisasi": 90, "target": 100, "bobot": 60}, {"realisasi": 50, "target": 60, "bobot": 40}]') as unknown };
    expect(policy.score(top).outputs).toEqual(expected);
    expect(policy.score(nested).outputs).toEqual(expected);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("catatan");
  });

  it("inherited properties do not count as inputs", () => {
    const inherited = Object.create({ catatan: 9 }) as Record<string, unknown>;
    Object.assign(inherited, GOOD);
    expect(policy.score(inherited).outputs["tambahan"]).toBe(-1);
    const missing = Object.create(GOOD) as unknown;
    expect(inputIssues(missing)).toHaveLength(6);
  });
});

describe("safeScore", () => {
  it("wraps run-time errors and never throws", () => {
    const zero = { ...GOOD, indikator: [{ realisasi: 90, target: 0, bobot: 100 }] };
    const outcome = policy.safeScore(zero);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(KinerjaError);
    expect(outcome.error.code).toBe("DIVISION_BY_ZERO");
    expect(() => policy.safeScore(zero, { trace: true })).not.toThrow();
  });

  it("returns the same result as score when it succeeds", () => {
    expect(policy.safeScore(GOOD, { trace: true })).toEqual({ ok: true, result: policy.score(GOOD, { trace: true }) });
  });
});

describe("per-item errors", () => {
  const zero = { ...GOOD, indikator: [{ realisasi: 90, target: 100, bobot: 60 }, { realisasi: 50, target: 0, bobot: 40 }] };

  it.each([false, true])("carry the element index and sub-decision in the path (trace %s)", (trace) => {
    const outcome = policy.safeScore(zero, { trace });
    if (outcome.ok) throw new Error("expected an error");
    expect(outcome.error.code).toBe("DIVISION_BY_ZERO");
    expect(outcome.error.path).toEqual(["decisions", "capaian", 1, "capaian"]);
    expect(outcome.error.issues.map((i) => i.path)).toEqual([["decisions", "capaian", 1, "capaian"]]);
    expect(outcome.error.text.en).toContain("i.realisasi / i.target");
  });
});

describe("trace", () => {
  const result = policy.score(GOOD, { trace: true });
  const trace = result.trace;
  const decision = (name: string): DecisionTrace => trace?.decisions.find((d) => d.name === name) as DecisionTrace;

  it("is absent unless requested", () => {
    expect(policy.score(GOOD).trace).toBeUndefined();
    expect(trace?.outputs).toEqual(result.outputs);
    expect(trace?.policy).toEqual(result.policy);
    expect(trace?.title).toEqual({ id: "Uji", en: "Test" });
    // Dependencies first, then by name: the order follows from the canonical (hashed) content.
    expect(trace?.decisions.map((d) => d.name)).toEqual(["capaian", "masa", "skor", "tambahan"]);
  });

  it("records a formula's inputs, output, unrounded value and rounding", () => {
    const skor = decision("skor");
    expect(skor).toMatchObject({ kind: "formula", expr: "wavg(capaian.capaian, indikator.bobot)", label: { id: "Skor", en: "Score" }, output: 87.33, unrounded: 87.332, rounding: { mode: "HALF_UP", scale: 2 } });
    expect(Object.keys(skor.inputs)).toEqual(["capaian", "indikator"]);
    expect(skor.inputs["indikator"]).toEqual(GOOD.indikator);
    expect(decision("masa")).toMatchObject({ inputs: { masaKerja: 3 }, output: 4 });
    expect(decision("masa").unrounded).toBeUndefined();
  });

  it("records each element's contribution to a wavg, adding up to its result", () => {
    const [agg] = decision("skor").aggregates ?? [];
    expect(agg).toMatchObject({ fn: "wavg", expr: "wavg(capaian.capaian, indikator.bobot)", result: 87.332 });
    expect(agg?.items).toEqual([
      { index: 0, value: 90, weight: 60, contribution: 54 },
      { index: 1, value: 83.33, weight: 40, contribution: 33.332 },
    ]);
    const total = (agg?.items ?? []).reduce((sum, i) => sum + i.contribution, 0);
    expect(total).toBeCloseTo(agg?.result as number, 10);
  });

  it("records every element of a per-item decision", () => {
    const per = decision("capaian");
    expect(per).toMatchObject({ kind: "perItem", expr: "indikator", output: result.outputs["capaian"] });
    expect(per.items).toHaveLength(2);
    expect(per.items?.[1]).toMatchObject({
      index: 1,
      decisions: [
        { name: "capaian", kind: "formula", inputs: { i: GOOD.indikator[1] }, output: 83.33, unrounded: 83.33333333333334 },
        { name: "nilai", output: 83.33, inputs: { capaian: 83.33 } },
      ],
    });
  });
});

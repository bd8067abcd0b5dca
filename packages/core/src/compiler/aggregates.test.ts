/**
 * Collection functions through one-formula policies: sum, avg, count, min, max, wavg, filter,
 * any, all — with and without lambdas, on empty lists, and their static result types.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, KinerjaError, validatePolicy, type FieldType, type Value } from "../index.js";

const NUM: FieldType = { type: "number" };
const INPUTS: Record<string, FieldType> = {
  xs: { type: "list", items: NUM },
  ys: { type: "list", items: NUM, minItems: 1 },
  indikator: {
    type: "list",
    items: { type: "object", fields: { nilai: NUM, bobot: NUM, tercapai: { type: "boolean" } } },
  },
};
const INPUT = {
  xs: [3, 1, 2],
  ys: [10],
  indikator: [
    { nilai: 80, bobot: 1, tercapai: true },
    { nilai: 90, bobot: 3, tercapai: false },
    { nilai: 70.5, bobot: 0, tercapai: true },
  ],
};

function doc(expr: string): unknown {
  return { id: "uji", version: "1", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs: INPUTS, decisions: { r: { kind: "formula", expr } } };
}

function evaluate(expr: string, input: Record<string, unknown> = INPUT): Value {
  return compilePolicy(doc(expr)).score(input).outputs["r"] as Value;
}

function failure(expr: string, input: Record<string, unknown>): KinerjaError {
  const outcome = compilePolicy(doc(expr)).safeScore(input);
  if (outcome.ok) throw new Error(`expected ${expr} to fail`);
  return outcome.error;
}

const EMPTY = { ...INPUT, xs: [], indikator: [] };

describe("without lambdas", () => {
  it.each([
    ["sum(xs)", 6],
    ["avg(xs)", 2],
    ["count(xs)", 3],
    ["min(xs)", 1],
    ["max(xs)", 3],
    ["sum(indikator.nilai)", 240.5],
    ["avg(indikator.nilai)", 80.16666666666667],
    ["wavg(indikator.nilai, indikator.bobot)", 87.5],
    ["wavg([80, 90], [1, 3])", 87.5],
    ["sum([0.1, 0.2, 0.3])", 0.6],
    ["all(indikator.tercapai, t => t)", false],
  ])("%s = %s", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });
});

describe("with lambdas", () => {
  it.each([
    ["sum(indikator, i => i.bobot)", 4],
    ["sum(xs, x => x * 2)", 12],
    ["avg(indikator, i => i.bobot)", 4 / 3],
    ["count(indikator, i => i.tercapai)", 2],
    ["count(xs, x => x >= 2)", 2],
    ["min(indikator, i => i.nilai)", 70.5],
    ["max(indikator, i => i.nilai)", 90],
    ["wavg(indikator, i => i.nilai, i => i.bobot)", 87.5],
    ["any(indikator, i => i.nilai > 85)", true],
    ["any(indikator, i => i.nilai > 95)", false],
    ["all(indikator, i => i.nilai >= 70)", true],
    ["all(indikator, i => i.tercapai)", false],
    ["count(filter(indikator, i => i.tercapai))", 2],
    ["sum(filter(indikator, i => i.tercapai), i => i.nilai)", 150.5],
  ])("%s = %s", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });

  it("filter keeps the matching elements in order", () => {
    expect(evaluate("filter(xs, x => x > 1)")).toEqual([3, 2]);
    expect(evaluate("filter(indikator, i => i.bobot = 0)")).toEqual([{ nilai: 70.5, bobot: 0, tercapai: true }]);
  });

  it("lambdas may nest and read outer names", () => {
    expect(evaluate("sum(indikator, i => count(xs, x => x < i.bobot))")).toBe(0 + 2 + 0);
  });
});

describe("empty lists", () => {
  it.each([
    ["sum(xs)", 0],
    ["count(xs)", 0],
    ["sum(indikator, i => i.nilai)", 0],
    ["count(indikator, i => i.tercapai)", 0],
    ["any(indikator, i => i.tercapai)", false],
    ["all(indikator, i => i.tercapai)", true],
  ])("%s = %s", (expr, expected) => {
    expect(evaluate(expr, EMPTY)).toBe(expected);
  });

  it.each(["avg(xs)", "min(xs)", "max(xs)", "wavg(xs, xs)", "avg(indikator, i => i.nilai)"])("%s is null", (expr) => {
    expect(evaluate(expr, EMPTY)).toBeNull();
  });

  it("filter of an empty list is an empty list", () => {
    expect(evaluate("filter(xs, x => x > 0)", EMPTY)).toEqual([]);
  });

  it("avg/min/max/wavg are nullable when the list may be empty, not when minItems ≥ 1", () => {
    const policy = compilePolicy(doc("avg(xs)"));
    expect(policy.outputTypes["r"]).toEqual({ k: "number", nullable: true });
    expect(compilePolicy(doc("avg(ys)")).outputTypes["r"]).toEqual({ k: "number" });
    expect(compilePolicy(doc("sum(xs)")).outputTypes["r"]).toEqual({ k: "number" });
    // so using the result needs a coalesce only in the first case
    expect(validatePolicy(doc("avg(ys) + 1")).ok).toBe(true);
    expect(validatePolicy(doc("avg(xs) + 1")).issues.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
    expect(evaluate("coalesce(avg(xs), 0) + 1", EMPTY)).toBe(1);
  });
});

describe("wavg failures", () => {
  it("weights adding up to zero is DIVISION_BY_ZERO", () => {
    const zero = { ...INPUT, indikator: INPUT.indikator.map((i) => ({ ...i, bobot: 0 })) };
    for (const expr of ["wavg(indikator.nilai, indikator.bobot)", "wavg(indikator, i => i.nilai, i => i.bobot)"]) {
      const error = failure(expr, zero);
      expect(error.code).toBe("DIVISION_BY_ZERO");
      expect(error.path).toEqual(["decisions", "r"]);
    }
    expect(failure("wavg([80, 90], [1, -1])", INPUT).code).toBe("DIVISION_BY_ZERO");
  });

  it("value and weight lists of different lengths fail instead of misaligning", () => {
    const error = failure("wavg(xs, [1, 2])", INPUT);
    expect(error.code).toBe("LENGTH_MISMATCH");
    expect(error.text.en).toContain("(3)");
    expect(error.text.en).toContain("(2)");
  });
});

describe("static checks of collection calls", () => {
  const issue = (expr: string): [string, string] => {
    const issues = validatePolicy(doc(expr)).issues;
    expect(issues).toHaveLength(1);
    return [issues[0]?.code ?? "", issues[0]?.message.en ?? ""];
  };

  it.each([
    ["sum(5)", "TYPE_MISMATCH", "must be a list"],
    ["sum(indikator)", "TYPE_MISMATCH", "list<number>"],
    ["sum()", "ARITY", "1–2"],
    ["filter(xs)", "ARITY", "takes 2 arguments"],
    ["wavg(xs)", "ARITY", "2–3"],
    ["count(xs, x => x)", "TYPE_MISMATCH", "boolean"],
    ["count(xs, 1)", "TYPE_MISMATCH", "x => …"],
    ["sum(xs, x => x.foo)", "TYPE_MISMATCH", "object"],
  ])("%s → %s", (expr, code, text) => {
    const [actual, message] = issue(expr);
    expect(actual).toBe(code);
    expect(message).toContain(text);
  });
});

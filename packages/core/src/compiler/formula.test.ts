/**
 * The expression language, evaluated through one-formula policies and the public API only:
 * decimal-exact arithmetic, precedence, comparisons, conditionals, member access, indexing,
 * the numeric built-ins, run-time errors, and the policy rounding rules.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, KinerjaError, validatePolicy, type FieldType, type Value } from "../index.js";

type Extra = Record<string, unknown>;

function doc(decisions: Record<string, unknown>, inputs: Record<string, FieldType> = {}, extra: Extra = {}): unknown {
  return { id: "uji", version: "1", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, decisions, ...extra };
}

/** Scores a one-formula policy and returns its only output. */
function evaluate(expr: string, inputs: Record<string, FieldType> = {}, input: Record<string, unknown> = {}, extra: Extra = {}): Value {
  return compilePolicy(doc({ r: { kind: "formula", expr } }, inputs, extra)).score(input).outputs["r"] as Value;
}

/** The error thrown while scoring a one-formula policy. */
function scoringFailure(expr: string, inputs: Record<string, FieldType> = {}, input: Record<string, unknown> = {}): KinerjaError {
  const policy = compilePolicy(doc({ r: { kind: "formula", expr } }, inputs));
  try {
    policy.score(input);
  } catch (error) {
    expect(error).toBeInstanceOf(KinerjaError);
    return error as KinerjaError;
  }
  throw new Error(`expected ${expr} to fail`);
}

const NUM: FieldType = { type: "number" };

describe("decimal-exact arithmetic", () => {
  it.each([
    ["floor(90 * 70 / 100)", 63],
    ["floor(90 * 0.7)", 63],
    ["90 * 0.7", 63],
    ["0.1 + 0.2", 0.3],
    ["0.3 - 0.1", 0.2],
    ["1.1 * 1.1", 1.21],
    ["round(28.125, 2)", 28.13],
    ["round(1.005, 2)", 1.01],
    ["round(2.675, 2)", 2.68],
    ["round(-2.675, 2)", -2.68],
  ])("%s = %d", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });

  it("0.1 + 0.2 = 0.3 is true (and 0.1 + 0.2 != 0.3 is false)", () => {
    expect(evaluate("0.1 + 0.2 = 0.3")).toBe(true);
    expect(evaluate("0.1 + 0.2 != 0.3")).toBe(false);
  });

  it("is exact on input values too", () => {
    expect(evaluate("a * b", { a: NUM, b: NUM }, { a: 90, b: 0.7 })).toBe(63);
    expect(evaluate("a + b", { a: NUM, b: NUM }, { a: 0.1, b: 0.2 })).toBe(0.3);
  });

  it.each([
    [2.5, 2],
    [3.5, 4],
    [-2.5, -2],
    [2.51, 3],
  ])('round(%d, 0, "HALF_EVEN") = %d', (x, expected) => {
    expect(evaluate('round(x, 0, "HALF_EVEN")', { x: NUM }, { x })).toBe(expected);
  });

  it("round(x) uses the policy rounding; floor/ceil take a scale", () => {
    expect(evaluate("round(2.345)")).toBe(2.35);
    expect(evaluate("round(2.345)", {}, {}, { numeric: { rounding: { mode: "DOWN", scale: 1 }, apply: "explicit" } })).toBe(2.3);
    expect(evaluate("floor(2.567, 2)")).toBe(2.56);
    expect(evaluate("ceil(2.561, 2)")).toBe(2.57);
    expect(evaluate("floor(-2.5)")).toBe(-3);
    expect(evaluate("ceil(-2.5)")).toBe(-2);
  });
});

describe("operators", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 - 2 - 3", 5],
    ["12 / 2 / 3", 2],
    ["-2 * 3", -6],
    ["- - 2", 2],
    ["2 * -3 + 1", -5],
    ["100 - 30 / 3 * 2", 80],
  ])("%s = %d", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });

  it.each([
    ["not true", false],
    ["true and false or true", true],
    ["true or false and false", true],
    ["not (1 < 2) or false", false],
    ["not 1 = 1", false],
    ["1 + 2 = 3 and not false", true],
    ["false and 1 / 0 > 1", false],
    ["true or 1 / 0 > 1", true],
  ])("%s is %s", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });

  it("compares numbers", () => {
    expect(evaluate("[1 < 2, 2 <= 2, 3 > 2, 2 >= 3, 2 = 2, 2 != 2]")).toEqual([true, true, true, false, true, false]);
  });

  it("compares strings by code units", () => {
    const inputs: Record<string, FieldType> = { nama: { type: "string" } };
    expect(evaluate('nama = "Budi"', inputs, { nama: "Budi" })).toBe(true);
    expect(evaluate('nama < "C"', inputs, { nama: "Budi" })).toBe(true);
    expect(evaluate('"abc" < "abd"')).toBe(true);
    expect(evaluate('"Z" < "a"')).toBe(true);
  });

  it("compares enums with their values", () => {
    const inputs: Record<string, FieldType> = { rating: { type: "enum", values: ["BAIK", "CUKUP", "KURANG"] } };
    expect(evaluate('rating = "CUKUP"', inputs, { rating: "CUKUP" })).toBe(true);
    expect(evaluate('rating != "BAIK"', inputs, { rating: "BAIK" })).toBe(false);
    expect(evaluate('rating in ["BAIK", "CUKUP"]', inputs, { rating: "KURANG" })).toBe(false);
  });

  it("compares dates with dates and with date literals (equality and ordering)", () => {
    const inputs: Record<string, FieldType> = { tgl: { type: "date" }, akhir: { type: "date" } };
    const input = { tgl: "2024-03-01", akhir: "2024-12-31" };
    expect(evaluate("tgl < akhir", inputs, input)).toBe(true);
    expect(evaluate('tgl >= "2024-03-01"', inputs, input)).toBe(true);
    expect(evaluate('tgl < "2024-03-01"', inputs, input)).toBe(false);
    expect(evaluate('tgl = "2024-03-01"', inputs, input)).toBe(true);
    expect(evaluate('tgl != "2024-03-02"', inputs, input)).toBe(true);
    expect(evaluate('tgl in ["2024-01-01", "2024-03-01"]', inputs, input)).toBe(true);
  });

  it("if … then … else, nested", () => {
    const inputs: Record<string, FieldType> = { n: NUM };
    const expr = 'if n >= 91 then "SANGAT_BAIK" else if n >= 76 then "BAIK" else "CUKUP"';
    expect([95, 91, 90.99, 76, 10].map((n) => evaluate(expr, inputs, { n }))).toEqual(["SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "BAIK", "CUKUP"]);
  });

  it("in [..] tests membership, structurally", () => {
    expect(evaluate("2 in [1, 2]")).toBe(true);
    expect(evaluate("5 in [1, 2]")).toBe(false);
    expect(evaluate('"b" in ["a"]')).toBe(false);
    expect(evaluate("[1, 2] = [1, 2]")).toBe(true);
    expect(evaluate("x in xs", { x: NUM, xs: { type: "list", items: NUM } }, { x: 3, xs: [1, 3] })).toBe(true);
  });
});

describe("member access, projection and indexing", () => {
  const inputs: Record<string, FieldType> = {
    pegawai: { type: "object", fields: { nama: { type: "string" }, unit: { type: "object", fields: { kode: { type: "string" } } } } },
    indikator: { type: "list", items: { type: "object", fields: { bobot: NUM, realisasi: NUM } } },
    xs: { type: "list", items: NUM },
  };
  const input = {
    pegawai: { nama: "Sari", unit: { kode: "B01" } },
    indikator: [
      { bobot: 60, realisasi: 80 },
      { bobot: 40, realisasi: 90 },
    ],
    xs: [3, 1, 2],
  };

  it("reads fields of (nested) objects", () => {
    expect(evaluate("pegawai.nama", inputs, input)).toBe("Sari");
    expect(evaluate("pegawai.unit.kode", inputs, input)).toBe("B01");
  });

  it("projects a field over a list of objects", () => {
    expect(evaluate("indikator.bobot", inputs, input)).toEqual([60, 40]);
    expect(evaluate("sum(indikator.bobot)", inputs, input)).toBe(100);
  });

  it("indexes lists from zero; out of range, negative or fractional indexes give null", () => {
    expect(evaluate("xs[0]", inputs, input)).toBe(3);
    expect(evaluate("xs[1 + 1]", inputs, input)).toBe(2);
    expect(evaluate("indikator[1].realisasi", inputs, input)).toBe(90);
    expect(evaluate("xs[3]", inputs, input)).toBeNull();
    expect(evaluate("xs[-1]", inputs, input)).toBeNull();
    expect(evaluate("xs[0.5]", inputs, input)).toBeNull();
    expect(evaluate("indikator[7].realisasi", inputs, input)).toBeNull();
  });

  it("an indexed element is nullable: coalesce gives the default", () => {
    expect(evaluate("coalesce(xs[9], 0) + 1", inputs, input)).toBe(1);
    expect(evaluate("coalesce(xs[0], 0) + 1", inputs, input)).toBe(4);
  });
});

describe("numeric built-ins", () => {
  it.each([
    ["min(3, 1, 2)", 1],
    ["max(3, 1, 2)", 3],
    ["min(4)", 4],
    ["clamp(120, 0, 100)", 100],
    ["clamp(-5, 0, 100)", 0],
    ["clamp(42.5, 0, 100)", 42.5],
    ["abs(-3.5)", 3.5],
    ["abs(2)", 2],
    ["floor(2.9)", 2],
    ["ceil(2.1)", 3],
    ["coalesce(null, 3)", 3],
    ["coalesce(null, null, 4, 5)", 4],
  ])("%s = %d", (expr, expected) => {
    expect(evaluate(expr)).toBe(expected);
  });

  it("coalesce picks the first non-null input", () => {
    const inputs: Record<string, FieldType> = { a: { type: "number", optional: true }, b: { type: "number", optional: true } };
    expect(evaluate("coalesce(a, b, 0)", inputs, {})).toBe(0);
    expect(evaluate("coalesce(a, b, 0)", inputs, { b: 7 })).toBe(7);
    expect(evaluate("coalesce(a, b, 0)", inputs, { a: 0, b: 7 })).toBe(0);
  });

  it("an optional input absent or null is null in expressions", () => {
    const inputs: Record<string, FieldType> = { a: { type: "number", optional: true } };
    expect(evaluate("a = null", inputs, {})).toBe(true);
    expect(evaluate("a = null", inputs, { a: null })).toBe(true);
    expect(evaluate("a = null", inputs, { a: 0 })).toBe(false);
  });
});

describe("run-time errors", () => {
  it("division by zero is DIVISION_BY_ZERO at the decision's path, never NaN or Infinity", () => {
    for (const [expr, input] of [
      ["1 / 0", { a: 1, b: 1 }],
      ["0 / 0", { a: 1, b: 1 }],
      ["a / b", { a: 5, b: 0 }],
      ["a / (b - b)", { a: 5, b: 3 }],
    ] as const) {
      const error = scoringFailure(expr, { a: NUM, b: NUM }, input);
      expect(error.code).toBe("DIVISION_BY_ZERO");
      expect(error.path).toEqual(["decisions", "r"]);
      expect(error.issues.map((i) => i.code)).toEqual(["DIVISION_BY_ZERO"]);
      expect(error.text.id).not.toBe(error.text.en);
    }
  });

  it.each(["1e308 * 10", "1e308 + 1e308", "-1e308 - 1e308", "1e308 / 0.1", "abs(-1e308 * 10)"])("overflow in %s is NON_FINITE", (expr) => {
    const error = scoringFailure(expr);
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toEqual(["decisions", "r"]);
  });

  it("overflow inside an aggregate is NON_FINITE too", () => {
    const xs: Record<string, FieldType> = { xs: { type: "list", items: NUM } };
    for (const expr of ["sum(xs)", "avg(xs)", "wavg(xs, xs)", "sum(xs, x => x * 2)"]) {
      const error = scoringFailure(expr, xs, { xs: [1e308, 1e308] });
      expect([expr, error.code]).toEqual([expr, "NON_FINITE"]);
    }
  });
});

describe("PP 46/2011: the time (waktu) aspect", () => {
  const waktu = "if 100 - (RW / TW * 100) <= 24 then (1.76 * TW - RW) / TW * 100 else 76 - ((1.76 * TW - RW) / TW * 100 - 100)";
  const policy = compilePolicy(
    doc(
      { efisiensi: { kind: "formula", expr: "100 - (RW / TW * 100)" }, waktu: { kind: "formula", expr: waktu } },
      { TW: NUM, RW: NUM },
      { numeric: { rounding: { mode: "HALF_UP", scale: 2 }, apply: "outputs" } },
    ),
  );
  const score = (RW: number): Readonly<Record<string, Value>> => policy.score({ TW: 12, RW }).outputs;

  it.each([
    [12, 0, 76],
    [10, 16.67, 92.67],
    [8, 33.33, 66.67],
    [6, 50, 50],
  ])("TW = 12, RW = %d: efisiensi %d, waktu %d", (RW, efisiensi, waktu) => {
    expect(score(RW)).toEqual({ efisiensi, waktu });
  });

  it("at exactly 24% efficiency (RW = 9.12) the first branch applies", () => {
    expect(score(9.12)).toEqual({ efisiensi: 24, waktu: 100 });
    // the else branch would have given 76 - (100 - 100) = 76
    expect(score(9.13)).toEqual({ efisiensi: 23.92, waktu: 99.92 });
    expect(score(9.11)).toEqual({ efisiensi: 24.08, waktu: 75.92 });
  });

  it("without rounding the 92.67 case is 92.666…", () => {
    const raw = compilePolicy(doc({ waktu: { kind: "formula", expr: waktu } }, { TW: NUM, RW: NUM }));
    const value = raw.score({ TW: 12, RW: 10 }).outputs["waktu"] as number;
    expect(value).toBeCloseTo(92.6666666667, 9);
    expect(value).not.toBe(92.67);
  });
});

describe("rounding: per decision and numeric.apply", () => {
  const decisions = {
    a: { kind: "formula", expr: "10 / 3" },
    b: { kind: "formula", expr: "a * 3" },
    c: { kind: "formula", expr: "2 / 3", rounding: { mode: "DOWN", scale: 1 } },
    d: { kind: "formula", expr: "2 / 3", rounding: "none" },
    e: { kind: "formula", expr: "2 / 3", rounding: { mode: "HALF_UP", scale: 4 } },
  };
  const run = (numeric: unknown): Readonly<Record<string, Value>> =>
    compilePolicy(doc(decisions, {}, numeric === undefined ? {} : { numeric })).score({}).outputs;
  const rounding = { mode: "HALF_UP", scale: 2 };

  it("decisions (the default when numeric is declared): later decisions see the rounded value", () => {
    const expected = { a: 3.33, b: 9.99, c: 0.6, d: 0.6666666666666666, e: 0.6667 };
    expect(run({ rounding, apply: "decisions" })).toEqual(expected);
    expect(run({ rounding })).toEqual(expected);
  });

  it("outputs: decisions compute unrounded, only returned values are rounded; own rounding is kept", () => {
    expect(run({ rounding, apply: "outputs" })).toEqual({ a: 3.33, b: 10, c: 0.6, d: 0.6666666666666666, e: 0.6667 });
  });

  it("explicit (and no numeric at all): only round() and per-decision rounding round", () => {
    const expected = { a: 3.3333333333333335, b: 10, c: 0.6, d: 0.6666666666666666, e: 0.6667 };
    expect(run({ rounding, apply: "explicit" })).toEqual(expected);
    expect(run(undefined)).toEqual(expected);
  });

  it("rounds numbers inside per-item records at output", () => {
    const policy = compilePolicy(
      doc(
        { per: { kind: "perItem", over: "xs", as: "x", decisions: { h: { kind: "formula", expr: "x / 3" } } } },
        { xs: { type: "list", items: NUM } },
        { numeric: { rounding, apply: "outputs" } },
      ),
    );
    expect(policy.score({ xs: [1, 2] }).outputs).toEqual({ per: [{ h: 0.33 }, { h: 0.67 }] });
  });
});

describe("enum values have no order", () => {
  const RATING: FieldType = { type: "enum", values: ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] };

  it("refuses <, <=, >, >= on enums (text order would put DI_ATAS before DI_BAWAH)", () => {
    for (const op of ["<", "<=", ">", ">="]) {
      const result = validatePolicy(doc({ r: { kind: "formula", expr: `rating ${op} "SESUAI_EKSPEKTASI"` } }, { rating: RATING }));
      expect(result.errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
    }
  });

  it("still allows equality and membership", () => {
    expect(evaluate('rating = "SESUAI_EKSPEKTASI"', { rating: RATING }, { rating: "SESUAI_EKSPEKTASI" })).toBe(true);
    expect(evaluate('rating in ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"]', { rating: RATING }, { rating: "DI_BAWAH_EKSPEKTASI" })).toBe(false);
  });
});

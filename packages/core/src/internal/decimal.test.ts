import { describe, expect, it } from "vitest";
import { decAdd, decDiv, decimalPlaces, decMul, decSub, toPlainString } from "./decimal.js";

describe("decimalPlaces", () => {
  it.each([
    [0, 0],
    [63, 0],
    [-17, 0],
    [0.1, 1],
    [-2.5, 1],
    [1.005, 3],
    [28.125, 3],
    [1e-7, 7],
    [0.000000000000001, 15],
    [4503599627.370497, 6],
  ])("decimalPlaces(%d) = %d", (x, k) => {
    expect(decimalPlaces(x)).toBe(k);
  });

  it.each([
    ["2/3", 2 / 3],
    ["0.1 + 0.2 in floats", 0.1 + 0.2],
    ["1e-16 (beyond 15 places)", 1e-16],
    ["2^60 (not a safe integer)", 2 ** 60],
    ["1e21", 1e21],
    ["a scaled integer beyond 2^53", 9007199254.740993],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("is -1 for %s", (_label, x) => {
    expect(decimalPlaces(x)).toBe(-1);
  });
});

describe("decAdd / decSub", () => {
  it("is decimal-exact on short decimals", () => {
    expect(decAdd(0.1, 0.2)).toBe(0.3);
    expect(decSub(0.3, 0.1)).toBe(0.2);
    expect(decAdd(1e-7, 2e-7)).toBe(3e-7);
    expect(decAdd(-0.1, -0.2)).toBe(-0.3);
    expect(decSub(1.005, 0.005)).toBe(1);
    expect(decAdd(19.99, 0.01)).toBe(20);
  });

  it("uses native arithmetic for safe integers", () => {
    expect(decAdd(2, 3)).toBe(5);
    expect(decSub(2, 3)).toBe(-1);
    // The exact sum 2^53 + 1 is not a double: the result is the correctly rounded one.
    expect(decAdd(Number.MAX_SAFE_INTEGER, 2)).toBe(Number("9007199254740993"));
  });

  it("goes through BigInt when the aligned integers leave the safe range", () => {
    expect(decAdd(12345678.9, 0.0000000123)).toBe(Number("12345678.9000000123"));
    expect(decSub(12345678.9, 0.0000000123)).toBe(Number("12345678.8999999877"));
    expect(decAdd(90071992547.40991, 0.00009)).toBe(90071992547.41);
  });

  it("uses the short decimal of values beyond the scaled range", () => {
    expect(decAdd(1e-20, 2e-20)).toBe(3e-20);
    expect(decSub(1e21, 1e5)).toBe(Number("999999999999999900000"));
  });

  it("falls back to float arithmetic without a short decimal", () => {
    expect(decAdd(2 / 3, 1 / 3)).toBe(2 / 3 + 1 / 3);
  });

  it("never returns -0 and propagates non-finite values", () => {
    expect(Object.is(decAdd(-0, -0), 0)).toBe(true);
    expect(Object.is(decSub(-0.1, -0.1), 0)).toBe(true);
    expect(decAdd(Number.NaN, 1)).toBeNaN();
    expect(decAdd(Number.POSITIVE_INFINITY, 0.5)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("decMul", () => {
  it("is decimal-exact on short decimals", () => {
    expect(decMul(90, 0.7)).toBe(63);
    expect(Math.floor(decMul(90, 0.7))).toBe(63);
    expect(decMul(1.1, 1.1)).toBe(1.21);
    expect(decMul(4.35, 100)).toBe(435);
    expect(decMul(1.15, 3)).toBe(3.45);
    expect(decMul(-0.7, 0.1)).toBe(-0.07);
    expect(decMul(0.000001, 0.0000001)).toBe(1e-13);
  });

  it("goes through BigInt when the product of scaled integers is beyond 2^53", () => {
    expect(decMul(123456789.123, 987654321.987)).toBe(Number("121932631355968601.347401"));
    expect(decMul(90071992547.40991, 0.00009)).toBe(Number("8106479.3292668919"));
    expect(decMul(1.23456789012345, 1.23456789012345)).toBe(Number("1.5241578753238669120562399025"));
  });

  it("handles values beyond 2^53 and beyond 15 places", () => {
    expect(decMul(1e23, 3)).toBe(3e23);
    expect(decMul(1e21, 3)).toBe(3e21);
    expect(decMul(1e-20, 3)).toBe(3e-20);
    expect(decMul(1e10, 1e10)).toBe(1e20);
  });

  it("never returns -0", () => {
    expect(Object.is(decMul(-2, 0), 0)).toBe(true);
    expect(Object.is(decMul(-0.5, 0), 0)).toBe(true);
  });
});

describe("decDiv", () => {
  it("is the correctly rounded quotient of the decimals", () => {
    expect(decDiv(0.3, 0.1)).toBe(3);
    expect(decDiv(0.69, 0.1)).toBe(6.9);
    expect(decDiv(63, 0.7)).toBe(90);
    expect(decDiv(1, 3)).toBe(1 / 3);
    expect(decDiv(2, 3)).toBe(2 / 3);
    expect(decDiv(-1.21, 1.1)).toBe(-1.1);
  });

  it("falls back to float division without a short decimal", () => {
    expect(decDiv(2 / 3, 2)).toBe(1 / 3);
  });

  it("never returns -0", () => {
    expect(Object.is(decDiv(0, -5), 0)).toBe(true);
    expect(Object.is(decDiv(0, -0.5), 0)).toBe(true);
  });
});

describe("toPlainString", () => {
  it.each([
    [1e-7, "0.0000001"],
    [-1.5e-10, "-0.00000000015"],
    [1e21, "1000000000000000000000"],
    [1.2345e21, "1234500000000000000000"],
    [-1e21, "-1000000000000000000000"],
    [123.45, "123.45"],
    [0, "0"],
    [-0, "0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("toPlainString(%d) = %s", (x, s) => {
    expect(toPlainString(x)).toBe(s);
  });
});

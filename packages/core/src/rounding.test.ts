import { describe, expect, it } from "vitest";
import { decMul } from "./internal/decimal.js";
import { ROUNDING_MODES, isRoundingMode, roundDecimal, type RoundingMode } from "./rounding.js";

/** Expected results per mode, in the order HALF_UP, HALF_EVEN, DOWN, UP, FLOOR, CEILING. */
type Row = [value: number, scale: number, expected: readonly [number, number, number, number, number, number]];

const TABLE: readonly Row[] = [
  [2.5, 0, [3, 2, 2, 3, 2, 3]],
  [-2.5, 0, [-3, -2, -2, -3, -3, -2]],
  [3.5, 0, [4, 4, 3, 4, 3, 4]],
  [-3.5, 0, [-4, -4, -3, -4, -4, -3]],
  [2.4, 0, [2, 2, 2, 3, 2, 3]],
  [-2.4, 0, [-2, -2, -2, -3, -3, -2]],
  [2.6, 0, [3, 3, 2, 3, 2, 3]],
  [-2.6, 0, [-3, -3, -2, -3, -3, -2]],
  [1.005, 2, [1.01, 1, 1, 1.01, 1, 1.01]],
  [-1.005, 2, [-1.01, -1, -1, -1.01, -1.01, -1]],
  [1.045, 2, [1.05, 1.04, 1.04, 1.05, 1.04, 1.05]],
  [-1.045, 2, [-1.05, -1.04, -1.04, -1.05, -1.05, -1.04]],
  [28.125, 2, [28.13, 28.12, 28.12, 28.13, 28.12, 28.13]],
  [2.675, 2, [2.68, 2.68, 2.67, 2.68, 2.67, 2.68]],
  [1e-7, 2, [0, 0, 0, 0.01, 0, 0.01]],
  [-1e-7, 2, [0, 0, 0, -0.01, -0.01, 0]],
  [2 / 3, 2, [0.67, 0.67, 0.66, 0.67, 0.66, 0.67]],
  [-2 / 3, 2, [-0.67, -0.67, -0.66, -0.67, -0.67, -0.66]],
  [2 / 3, 15, [0.666666666666667, 0.666666666666667, 0.666666666666666, 0.666666666666667, 0.666666666666666, 0.666666666666667]],
  [90071992547409.95, 1, [90071992547410, 90071992547410, 90071992547409.9, 90071992547410, 90071992547409.9, 90071992547410]],
  [-90071992547410.25, 1, [-90071992547410.3, -90071992547410.2, -90071992547410.2, -90071992547410.3, -90071992547410.3, -90071992547410.2]],
  [0.1234567890123455, 15, [0.123456789012346, 0.123456789012346, 0.123456789012345, 0.123456789012346, 0.123456789012345, 0.123456789012346]],
  [-0.1234567890123445, 15, [-0.123456789012345, -0.123456789012344, -0.123456789012344, -0.123456789012345, -0.123456789012345, -0.123456789012344]],
  [1.5e-16, 15, [0, 0, 0, 1e-15, 0, 1e-15]],
  [5e-16, 15, [1e-15, 0, 0, 1e-15, 0, 1e-15]],
];

describe("roundDecimal, every mode", () => {
  for (const [value, scale, expected] of TABLE) {
    ROUNDING_MODES.forEach((mode, i) => {
      it(`roundDecimal(${value}, ${scale}, ${mode}) = ${expected[i]}`, () => {
        const result = roundDecimal(value, scale, mode);
        expect(result).toBe(expected[i]);
        expect(Object.is(result, -0)).toBe(false);
      });
    });
  }
});

describe("roundDecimal examples", () => {
  it("rounds decimal ties the decimal way", () => {
    expect(roundDecimal(28.125, 2, "HALF_UP")).toBe(28.13);
    expect(roundDecimal(1.005, 2, "HALF_UP")).toBe(1.01);
    expect(roundDecimal(2.675, 2, "HALF_UP")).toBe(2.68);
    expect(roundDecimal(1.045, 2, "HALF_EVEN")).toBe(1.04);
    expect(roundDecimal(0.125, 2, "HALF_EVEN")).toBe(0.12);
    expect(roundDecimal(0.135, 2, "HALF_EVEN")).toBe(0.14);
  });

  it("floors 90 × 0.7 to 63", () => {
    expect(roundDecimal(decMul(90, 0.7), 0, "FLOOR")).toBe(63);
  });

  it("returns values that already fit the scale unchanged", () => {
    expect(roundDecimal(63, 0, "UP")).toBe(63);
    expect(roundDecimal(1.25, 2, "DOWN")).toBe(1.25);
    expect(roundDecimal(1e-7, 7, "UP")).toBe(1e-7);
    expect(roundDecimal(1.2345e21, 0, "UP")).toBe(1.2345e21);
    expect(roundDecimal(2 ** 60, 3, "FLOOR")).toBe(2 ** 60);
  });

  it("rounds values with scaled integers up to 2^53", () => {
    expect(roundDecimal(9007199254.740991, 5, "HALF_UP")).toBe(9007199254.74099);
    expect(roundDecimal(9007199254.740991, 0, "CEILING")).toBe(9007199255);
    expect(roundDecimal(-9007199254.740991, 15, "UP")).toBe(-9007199254.740991);
  });

  it("never returns -0", () => {
    const cases: readonly [number, number, RoundingMode][] = [
      [-0, 2, "HALF_UP"],
      [-0.001, 2, "HALF_UP"],
      [-0.4, 0, "CEILING"],
      [-0.4, 0, "DOWN"],
      [-0.5, 0, "HALF_EVEN"],
      [-1e-20, 3, "CEILING"],
    ];
    for (const [value, scale, mode] of cases) expect(Object.is(roundDecimal(value, scale, mode), 0)).toBe(true);
  });
});

describe("roundDecimal errors", () => {
  it.each([-1, 16, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects scale %d", (scale) => {
    expect(() => roundDecimal(1.5, scale, "HALF_UP")).toThrow(RangeError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects value %d", (value) => {
    expect(() => roundDecimal(value, 2, "HALF_UP")).toThrow(RangeError);
  });

  it("rejects an unknown mode when rounding is needed", () => {
    expect(() => roundDecimal(1.55, 1, "HALF_DOWN" as RoundingMode)).toThrow(RangeError);
  });
});

describe("ROUNDING_MODES / isRoundingMode", () => {
  it("lists the six modes", () => {
    expect(ROUNDING_MODES).toEqual(["HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR", "CEILING"]);
    expect(Object.isFrozen(ROUNDING_MODES)).toBe(true);
  });

  it("recognises exactly the modes", () => {
    for (const mode of ROUNDING_MODES) expect(isRoundingMode(mode)).toBe(true);
    for (const v of ["half_up", "HALF_DOWN", "", 1, null, undefined, ["UP"]]) expect(isRoundingMode(v)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compareExpected, readVectorFile, runVectors, type AdapterTable } from "../src/index.js";

describe("the vector comparison rules", () => {
  it("compares numbers after rounding both sides to 2 decimals HALF_UP", () => {
    expect(compareExpected({ x: 2.08 }, { x: 2.0833333 })).toEqual([]);
    expect(compareExpected({ x: 28.13 }, { x: 28.125 })).toEqual([]);
    expect(compareExpected({ x: 2.08 }, { x: 2.085 })).toEqual([{ path: "x", expected: 2.08, actual: 2.085 }]);
  });

  it("ignores extra output fields and requires every expected one, recursively", () => {
    expect(compareExpected({ a: { max: 7 } }, { a: { max: 7, min: 0 }, b: 1 })).toEqual([]);
    expect(compareExpected({ a: { max: 7 }, c: true }, { a: {} })).toEqual([
      { path: "a.max", expected: 7, actual: undefined },
      { path: "c", expected: true, actual: undefined },
    ]);
    expect(compareExpected({ xs: [1, 2] }, { xs: [1, 2, 3] })).toHaveLength(1);
  });

  it("accepts any wording for reason/violation when the output says invalid with at least one reason", () => {
    expect(compareExpected({ valid: false, reason: "length" }, { valid: false, reasons: ["NIP must have 18 digits"] })).toEqual([]);
    expect(compareExpected({ valid: false, violation: "x" }, { valid: false, violations: [{ any: 1 }] })).toEqual([]);
    expect(compareExpected({ valid: false, reason: "length" }, { valid: false, reasons: [] })).toHaveLength(1);
    expect(compareExpected({ reason: "length" }, { valid: true, reasons: ["?"] })).toHaveLength(1);
  });
});

describe("runVectors", () => {
  const adapters: AdapterTable = { double: (input) => ({ y: (input["x"] as number) * 2 }), boom: () => { throw new Error("unreadable"); } };

  it("evaluates each case and never lets one failure stop the others", () => {
    const cases = readVectorFile({
      cases: [
        { id: "a", kind: "double", input: { x: 2 }, expected: { y: 4 } },
        { id: "b", kind: "double", input: { x: 2 }, expected: { y: 5 } },
        { id: "c", kind: "boom", input: {}, expected: {} },
        { id: "d", kind: "unknown", input: {}, expected: {} },
      ],
    });
    const report = runVectors(cases, adapters);
    expect([report.passed, report.failed]).toEqual([1, 3]);
    expect(report.cases.map((c) => [c.id, c.passed])).toEqual([["a", true], ["b", false], ["c", false], ["d", false]]);
    expect(report.cases[2]?.error).toBe("Error: unreadable");
    expect(report.cases[3]?.error).toContain('no adapter for kind "unknown"');
  });

  it("refuses a file that is not in the format, naming the problem", () => {
    expect(() => readVectorFile({})).toThrow("cases");
    expect(() => readVectorFile({ cases: [{ id: 1 }] })).toThrow("cases[0]");
  });
});

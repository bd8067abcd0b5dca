import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy, type PolicyDocument } from "../index.js";

function policy(expr: string): PolicyDocument {
  return {
    id: "null",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Null", en: "Null" },
    inputs: {
      x: { type: "number", optional: true },
      tgl: { type: "date" },
      jf: { type: "object", optional: true, fields: { tmt: { type: "date" }, ak: { type: "number", optional: true } } },
      ys: { type: "list", items: { type: "number", optional: true } },
    },
    decisions: { r: { kind: "formula", expr } },
  };
}
const errors = (expr: string): string[] => validatePolicy(policy(expr)).errors.map((i) => i.code);
const run = (expr: string, input: Record<string, unknown>): unknown => compilePolicy(policy(expr)).score({ tgl: "2025-01-15", ys: [], ...input }).outputs["r"];

describe("null narrowing", () => {
  it("without a test, a nullable operand is still an error", () => {
    expect(errors("x * 2")).toEqual(["TYPE_MISMATCH"]);
    expect(errors("yearsBetween(jf.tmt, tgl)")).toEqual(["TYPE_MISMATCH"]);
  });

  it.each([
    ["if x != null then x * 2 else 0", { x: 4 }, 8],
    ["if x = null then 0 else x * 2", { x: null }, 0],
    ["if not (x = null) then x * 2 else -1", { x: 1.5 }, 3],
    ["x != null and x > 3", { x: 5 }, true],
    ["x = null or x > 3", { x: null }, true],
    ["if jf = null then null else yearsBetween(jf.tmt, tgl)", { jf: { tmt: "2021-04-01" } }, 3],
    ["if jf = null then null else yearsBetween(jf.tmt, tgl)", {}, null],
    ["if jf != null and jf.ak != null then jf.ak + 1 else 0", { jf: { tmt: "2021-04-01", ak: 9.5 } }, 10.5],
  ])("%s", (expr, input, expected) => {
    expect(errors(expr)).toEqual([]);
    expect(run(expr, input)).toBe(expected);
  });

  it("narrows only the branch the test proves", () => {
    expect(errors("if x != null then 0 else x * 2")).toEqual(["TYPE_MISMATCH"]);
    expect(errors("x != null or x > 3")).toEqual(["TYPE_MISMATCH"]);
    expect(errors("if jf != null then jf.ak + 1 else 0")).toEqual(["TYPE_MISMATCH"]); // jf.ak itself is optional
  });

  it("does not carry a narrowed name into a lambda parameter of the same name", () => {
    expect(errors("if x != null then count(ys, x => x > 1) else 0")).toEqual(["TYPE_MISMATCH"]);
  });
});

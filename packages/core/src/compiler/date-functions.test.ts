import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy, type PolicyDocument } from "../index.js";

function policy(expr: string): PolicyDocument {
  return {
    id: "tgl",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Tanggal", en: "Dates" },
    inputs: { a: { type: "date" }, b: { type: "date" }, c: { type: "date", optional: true }, s: { type: "string" } },
    decisions: { x: { kind: "formula", expr } },
  };
}
const run = (expr: string, input: Record<string, unknown>): unknown => compilePolicy(policy(expr)).score({ s: "", ...input }).outputs["x"];

describe("date functions (date-fns)", () => {
  it.each([
    ["daysBetween", "2024-02-28", "2024-03-01", 2],
    ["daysBetween", "2024-03-01", "2024-02-28", -2],
    ["monthsBetween", "2024-01-31", "2024-02-29", 1],
    ["monthsBetween", "2024-01-15", "2024-02-14", 0],
    ["monthsBetween", "2021-03-31", "2021-09-30", 5],
    ["monthsBetween", "2024-01-15", "2024-07-15", 6],
    ["monthsBetween", "2024-01-15", "2024-07-14", 5],
    ["yearsBetween", "2023-03-31", "2024-03-30", 0],
    ["yearsBetween", "2023-03-31", "2024-03-31", 1],
    ["yearsBetween", "2020-02-29", "2021-02-28", 0],
    ["yearsBetween", "1986-09-26", "2015-05-01", 28],
  ])("%s(%s, %s) = %d", (fn, a, b, expected) => {
    expect(run(`${fn}(a, b)`, { a, b })).toBe(expected);
  });

  it("accepts date literals", () => {
    expect(run('yearsBetween(a, "2025-01-01")', { a: "2020-01-01", b: "2020-01-01" })).toBe(5);
  });

  it("rejects non-dates, nullable dates and wrong arity at compile time", () => {
    expect(validatePolicy(policy("daysBetween(a, s)")).errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
    expect(validatePolicy(policy("daysBetween(a, c)")).errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
    expect(validatePolicy(policy('daysBetween(a, "2024-13-01")')).errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
    expect(validatePolicy(policy("daysBetween(a)")).errors.map((i) => i.code)).toEqual(["ARITY"]);
  });

  it("rejects an impossible date given as input", () => {
    expect(compilePolicy(policy("daysBetween(a, b)")).safeScore({ a: "2024-02-30", b: "2024-03-01", s: "" }).ok).toBe(false);
  });
});

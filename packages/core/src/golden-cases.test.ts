import { describe, expect, it } from "vitest";
import { compilePolicy, runGoldenCases, type GoldenCase } from "./index.js";

const withCases = (cases: GoldenCase[]) =>
  compilePolicy({
    id: "kasus",
    version: "1",
    effective: { from: "2024-01-01", to: "2024-12-31" },
    title: { id: "Kasus", en: "Cases" },
    inputs: { x: { type: "number" } },
    decisions: { dua: { kind: "formula", expr: "x * 2" }, daftar: { kind: "formula", expr: "[x, x + 1]" } },
    cases,
  });

describe("runGoldenCases", () => {
  it("passes a case whose listed outputs match exactly, ignoring outputs it does not list", () => {
    expect(runGoldenCases(withCases([{ name: "ok", input: { x: 1.1 }, expected: { dua: 2.2 } }]))).toEqual([{ name: "ok", ok: true, mismatches: [] }]);
  });

  it("lists every mismatching output with the expected and actual value, comparing lists structurally", () => {
    const [result] = runGoldenCases(withCases([{ name: "salah", input: { x: 1 }, expected: { dua: 3, daftar: [1, 2], hilang: 0 } }]));
    expect(result?.ok).toBe(false);
    expect(result?.mismatches).toEqual([
      { output: "dua", expected: 3, actual: 2 },
      { output: "hilang", expected: 0, actual: null },
    ]);
  });

  it("reports an input that cannot be scored as the case's error", () => {
    const [result] = runGoldenCases(withCases([{ name: "rusak", input: { x: "satu" }, expected: { dua: 2 } }]));
    expect(result?.ok).toBe(false);
    expect(result?.error?.code).toBe("INPUT_INVALID");
    expect(result?.error?.issues[0]?.path).toEqual(["x"]);
  });

  it("fails a case dated outside the policy's effective period", () => {
    const [result] = runGoldenCases(withCases([{ name: "2025", date: "2025-01-01", input: { x: 1 }, expected: { dua: 2 } }]));
    expect(result?.error?.code).toBe("NO_VERSION_IN_FORCE");
  });
});

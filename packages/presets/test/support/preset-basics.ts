/**
 * The checks every preset's test file starts with: the document validates with no error and the
 * compiled preset has no warning, and every golden case passes (with at least `minCases` of them).
 */
import { runGoldenCases, validatePolicy } from "@kinerja/core";
import { expect, it } from "vitest";
import { PRESETS, compilePreset, type PresetId } from "../../src/index.js";

/** Registers the shared "compiles cleanly" and "passes its golden cases" tests of a preset. */
export function presetBasics(id: PresetId, minCases: number): void {
  it("compiles with no errors and no warnings", () => {
    expect(validatePolicy(PRESETS[id]).errors).toEqual([]);
    expect(compilePreset(id).warnings).toEqual([]);
  });

  it(`passes every golden case (at least ${minCases})`, () => {
    const results = runGoldenCases(compilePreset(id));
    expect(results.length).toBeGreaterThanOrEqual(minCases);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
}

// Laws: every published law (bounds, monotonicity, zero-weight, permutation, determinism,
// round-trip, table completeness and exclusivity, calibration compliance) on EVERY preset of
// @kinerja/presets, with its explicit profile. Not-applicable laws are registered as skipped with
// their reason. A second block pins which laws apply to which preset, so a preset change that
// silently turns a law off shows up here.
import { describe, expect, it } from "vitest";
import { PRESET_IDS, compilePreset, type PresetId } from "@kinerja/presets";
import { LAW_IDS, PRESET_LAW_PROFILES, describePolicyLaws, runPolicyLaws, type LawId, type PolicyLawOptions } from "../src/index.js";

const RUNS = 100;

/** The laws that apply to each preset (the others must be not-applicable). */
const APPLICABLE: Readonly<Record<PresetId, readonly LawId[]>> = {
  "permenpanrb-6-2022": ["bounds", "monotonicity", "zero-weight", "permutation", "determinism", "round-trip", "table-completeness", "table-exclusivity"],
  "se-menpanrb-3-2023": ["bounds", "determinism", "round-trip", "calibration-compliance"],
  "pp-30-2019": ["bounds", "determinism", "round-trip", "table-completeness", "table-exclusivity"],
  "permenpanrb-8-2021": ["bounds", "monotonicity", "permutation", "determinism", "round-trip"],
  "pp-46-2011": ["bounds", "monotonicity", "permutation", "determinism", "round-trip", "table-completeness", "table-exclusivity"],
  "permenpanrb-1-2023": ["bounds", "determinism", "round-trip"],
  "contoh-tukin-klhk-2024": ["bounds", "determinism", "round-trip", "table-completeness", "table-exclusivity"],
  "contoh-tukin-bakamla-2023": ["bounds", "determinism", "round-trip", "table-completeness", "table-exclusivity"],
  "tindak-lanjut-permenpanrb-6-2022": ["bounds", "determinism", "round-trip"],
  "tindak-lanjut-pp-30-2019": ["bounds", "determinism", "round-trip"],
};

// Only the applicable laws are registered as tests; the block below pins that the others report
// not-applicable (with a reason), so no skipped test stands in for a check.
for (const id of PRESET_IDS) {
  const options: PolicyLawOptions = { numRuns: RUNS, profile: PRESET_LAW_PROFILES[id] ?? {}, laws: APPLICABLE[id] };
  describePolicyLaws(`preset ${id}`, compilePreset(id), { describe, it }, options);
}

describe("which laws apply to which preset", () => {
  it.each(PRESET_IDS)("%s", (id) => {
    const results = runPolicyLaws(compilePreset(id), { numRuns: 5, profile: PRESET_LAW_PROFILES[id] ?? {} });
    expect(results.map((r) => r.law)).toEqual(LAW_IDS);
    for (const r of results) {
      expect(r.status, `${r.law}: ${r.message.en}`).toBe(APPLICABLE[id].includes(r.law) ? "passed" : "not-applicable");
      expect(r.message.id.length > 0 && r.message.en.length > 0).toBe(true);
    }
  });

  it("every preset has an explicit profile", () => {
    expect(Object.keys(PRESET_LAW_PROFILES).sort()).toEqual([...PRESET_IDS].sort());
  });
});

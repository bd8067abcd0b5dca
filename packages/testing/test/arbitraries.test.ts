// Law: validity of the arbitraries — generated NIPs parse, generated policies compile without
// warnings, near-valid ones report exactly their one expected issue, and inputs derived from a
// policy's schema never fail input validation (INPUT_INVALID there is a bug of the arbitrary).
import * as fc from "fast-check";
import { compilePolicy, parseNiPppk, parseNip, validatePolicy, NILAI_DASAR, checkDistribution } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { PRESET_IDS, compilePreset } from "@kinerja/presets";
import {
  behaviourRatingsArbitrary,
  cohortArbitrary,
  indicatorArbitrary,
  inputArbitrary,
  nearValidPolicyArbitrary,
  niPppkArbitrary,
  nipArbitrary,
  planArbitrary,
  policyArbitrary,
} from "../src/index.js";

const RUNS = { numRuns: 100, seed: 7 };

describe("identifier arbitraries", () => {
  it("nipArbitrary gives NIPs parseNip accepts", () => {
    fc.assert(fc.property(nipArbitrary(), (nip) => {
      expect(parseNip(nip, { today: "2025-01-01" }).valid).toBe(true);
    }), { numRuns: 300 });
  });

  it("niPppkArbitrary gives NI PPPKs parseNiPppk accepts, never valid NIP PNS", () => {
    fc.assert(
      fc.property(niPppkArbitrary(), (ni) => {
        expect(parseNiPppk(ni, { today: "2025-01-01" }).valid).toBe(true);
        expect(parseNip(ni, { today: "2025-01-01" }).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("policy arbitraries", () => {
  it("policyArbitrary policies compile without warnings and score their generated inputs", () => {
    fc.assert(
      fc.property(policyArbitrary(), (doc) => {
        const policy = compilePolicy(doc);
        expect(policy.warnings).toEqual([]);
        for (const input of fc.sample(inputArbitrary(policy), { numRuns: 5, seed: 1 })) expect(policy.safeScore(input).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("nearValidPolicyArbitrary reports exactly the expected code (and severity)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(nearValidPolicyArbitrary(), ({ document, expectedCode, severity, mistake }) => {
        seen.add(mistake);
        const issues = validatePolicy(document).issues;
        expect(issues.map((i) => [i.code, i.severity])).toEqual([[expectedCode, severity]]);
        if (severity === "error") expect(() => compilePolicy(document)).toThrow(expect.objectContaining({ code: "POLICY_INVALID" }));
      }),
      { numRuns: 120, seed: 3 },
    );
    expect([...seen].sort()).toEqual(["expr-syntax", "table-gap", "type-mismatch", "unique-overlap", "unknown-name", "weight-sum"]);
  });
});

describe("inputArbitrary", () => {
  it.each(PRESET_IDS)("inputs of %s never fail input validation", (id) => {
    const policy = compilePreset(id);
    fc.assert(
      fc.property(inputArbitrary(policy), (input) => {
        const outcome = policy.safeScore(input);
        expect(outcome.ok ? "ok" : `${outcome.error.code} ${outcome.error.message}`).toBe("ok");
      }),
      RUNS,
    );
  });
});

describe("domain arbitraries", () => {
  it("indicatorArbitrary respects its polarity; RENTANG has targetMaks ≥ target", () => {
    for (const polaritas of ["NAIK", "TURUN", "RENTANG"] as const) {
      fc.assert(
        fc.property(indicatorArbitrary({ polaritas }), (x) => {
          expect(x.polaritas).toBe(polaritas);
          expect(x.target).toBeGreaterThan(0);
          expect(x.realisasi).toBeGreaterThanOrEqual(0);
          if (polaritas === "RENTANG") expect(x.targetMaks).toBeGreaterThanOrEqual(x.target);
          else expect(x.targetMaks).toBeUndefined();
        }),
        RUNS,
      );
    }
  });

  it("planArbitrary plans are valid permenpanrb-6-2022 inputs with weights summing to exactly 100", () => {
    const policy = compilePreset("permenpanrb-6-2022");
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        expect(plan.indikator.reduce((s, x) => s + Math.round(x.bobot * 100), 0)).toBe(10_000);
        const outputs = policy.score(plan).outputs;
        expect(typeof outputs["capaianHasilKerja"]).toBe("number");
        expect(outputs["predikat"] === null || typeof outputs["predikat"] === "string").toBe(true);
      }),
      RUNS,
    );
  });

  it("behaviourRatingsArbitrary rates every BerAKHLAK value once", () => {
    fc.assert(fc.property(behaviourRatingsArbitrary(), (ratings) => {
      expect(ratings.map((r) => r.nilaiDasar)).toEqual([...NILAI_DASAR]);
    }), RUNS);
  });

  it("cohortArbitrary gives cohorts of the asked size with unique valid NIPs that core accepts", () => {
    fc.assert(
      fc.property(cohortArbitrary({ size: { min: 0, max: 10 } }), (members) => {
        expect(members.length).toBeLessThanOrEqual(10);
        expect(new Set(members.map((m) => m.id)).size).toBe(members.length);
        for (const m of members) expect(parseNip(m.id, { today: "2025-01-01" }).valid).toBe(true);
        expect(checkDistribution(members, { categories: ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"], constraints: [] }).headcount).toBe(members.length);
      }),
      RUNS,
    );
    fc.assert(fc.property(cohortArbitrary({ size: 4 }), (members) => {
      expect(members).toHaveLength(4);
    }), { numRuns: 20 });
  });
});

// Law: determinism — scoring is a pure function of (policy document, input):
//   (a) scoring the same input twice, a structuredClone of it, or through a second, independently
//       compiled copy of the policy gives deep-equal results and deep-equal traces;
//   (b) results do not depend on what was scored before (no state leaks between calls), and
//       scoring never mutates its input;
//   (c) failures are deterministic too (same code, path and message);
//   (d) compiling the same document twice (or a clone of it) gives the same content `hash`.
// Also checks that the shared fixture compiles with no errors and no warnings.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy } from "../index.js";
import type { ScoreOutcome } from "./scorer.js";
import { WEIGHTED_SKP, buildWeightedSkp, indikatorArb, inputArb } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 300 };

const policy = compilePolicy(WEIGHTED_SKP);
/** A second policy compiled from a freshly built (not shared) document. */
const twin = compilePolicy(buildWeightedSkp());

/** The comparable part of an outcome: the result, or the error's code, path, message and issues. */
function settle(outcome: ScoreOutcome): unknown {
  return outcome.ok ? { ok: true, result: outcome.result } : { ok: false, error: outcome.error.toJSON() };
}

describe("fixture: weighted SKP policy", () => {
  it("validates and compiles with no errors and no warnings", () => {
    const validation = validatePolicy(WEIGHTED_SKP);
    expect(validation.issues).toEqual([]);
    expect(validation.ok).toBe(true);
    expect(policy.warnings).toEqual([]);
    expect(policy.id).toBe("skp-berbobot");
    expect(policy.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("scores a worked example", () => {
    const result = policy.score({
      indikator: [
        { target: 100, realisasi: 95, bobot: 60, polaritas: "NAIK" },
        { target: 10, realisasi: 12, bobot: 40, polaritas: "TURUN" },
      ],
    });
    // capaian 95 and (2 − 1.2) × 100 = 80; nilai = (95 × 60 + 80 × 40) / 100 = 89.
    expect(result.outputs).toEqual({ capaianIndikator: [{ capaian: 95 }, { capaian: 80 }], nilai: 89, rating: "SESUAI_EKSPEKTASI" });
  });
});

describe("determinism", () => {
  it("same input twice, a structuredClone, and a twin policy give deep-equal results and traces", () => {
    fc.assert(
      fc.property(inputArb(), fc.boolean(), (input, trace) => {
        const first = policy.score(input, { trace });
        const second = policy.score(input, { trace });
        const cloned = policy.score(structuredClone(input), { trace });
        const viaTwin = twin.score(structuredClone(input), { trace });
        expect(second).toEqual(first);
        expect(cloned).toEqual(first);
        expect(viaTwin).toEqual(first);
        if (trace) expect(first.trace?.outputs).toEqual(first.outputs);
      }),
      RUNS,
    );
  });

  it("the plain and the traced path agree on outputs", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        expect(policy.score(input, { trace: true }).outputs).toEqual(policy.score(input).outputs);
      }),
      RUNS,
    );
  });

  it("a result does not depend on what was scored before, and the input is never mutated", () => {
    fc.assert(
      fc.property(inputArb(), fc.array(inputArb(), { maxLength: 4 }), fc.boolean(), (input, others, trace) => {
        const snapshot = structuredClone(input);
        const fresh = compilePolicy(WEIGHTED_SKP).score(input, { trace });
        for (const other of others) policy.score(other, { trace: !trace });
        expect(policy.score(input, { trace })).toEqual(fresh);
        expect(input).toEqual(snapshot);
      }),
      { numRuns: 150 },
    );
  });

  it("failures are deterministic: same code, path, message and issues every time", () => {
    // Inputs that may fail: all-zero weights (DIVISION_BY_ZERO) or an empty list (INPUT_INVALID).
    const maybeFailing = fc.oneof(
      fc.array(indikatorArb.map((x) => ({ ...x, bobot: 0 })), { minLength: 1, maxLength: 4 }).map((indikator) => ({ indikator })),
      fc.constant({ indikator: [] }),
      inputArb(),
    );
    fc.assert(
      fc.property(maybeFailing, (input) => {
        const first = settle(policy.safeScore(input));
        expect(settle(policy.safeScore(input))).toEqual(first);
        expect(settle(twin.safeScore(structuredClone(input)))).toEqual(first);
        const traced = policy.safeScore(input, { trace: true });
        if (traced.ok) expect(traced.result.outputs).toEqual((first as { result: { outputs: unknown } }).result.outputs);
        else expect(settle(traced)).toEqual(first);
      }),
      RUNS,
    );
  });
});

describe("content hash", () => {
  it("compiling the same document twice, a clone or a rebuilt copy gives the same hash", () => {
    fc.assert(
      fc.property(
        fc.record({ cap: fc.integer({ min: 100, max: 150 }), bawah: fc.integer({ min: 50, max: 89 }), atas: fc.integer({ min: 90, max: 130 }) }),
        (knobs) => {
          const doc = buildWeightedSkp(knobs);
          const hash = compilePolicy(doc).hash;
          expect(compilePolicy(doc).hash).toBe(hash);
          expect(compilePolicy(structuredClone(doc)).hash).toBe(hash);
          expect(compilePolicy(buildWeightedSkp(knobs)).hash).toBe(hash);
          // …and the hash tells different documents apart.
          expect(compilePolicy(buildWeightedSkp({ ...knobs, version: "other" })).hash).not.toBe(hash);
        },
      ),
      { numRuns: 100 },
    );
  });
});

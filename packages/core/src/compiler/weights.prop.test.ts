// Laws of the weights (`bobot`) of the weighted SKP policy:
//   (a) zero weight is neutral — inserting an indicator with bobot 0 (any target, realisasi,
//       polaritas, at any position) leaves nilai and rating unchanged (the other capaian too);
//   (b) scale invariance, EXACT — multiplying every weight by a positive integer k, or by a
//       positive factor with at most 2 decimals (0.01 … 1000.00), leaves nilai and rating exactly
//       equal (===). Weights, capaian (rounded to 2 dp) and k are short decimals, so wavg's
//       Σ capaian·bobot and Σ bobot are computed exactly, the quotient is the correctly rounded
//       double of the same rational, and the final HALF_UP 2-dp rounding sees the same double.
//       Exactness needs every scaled product capaian·bobot to stay a safe integer (bobot ≲ 7·10^9
//       at 2 dp); the generators stay far below. Beyond it wavg's products are rounded doubles and a
//       tie at the 3rd decimal can flip: bobot 42·k with k = 392434524258 turned nilai 19.55
//       (= 39.09 / 2 = 19.545 → HALF_UP) into 19.54;
//   (c) scale invariance, UP TO ROUNDING — multiplying by an arbitrary positive double (so the
//       scaled weights are no longer short decimals, e.g. 0.1 · 3 = 0.30000000000000004 and the
//       engine falls back to float arithmetic) changes nilai by at most one unit of the declared
//       scale (|Δ| ≤ 0.01), and the rating only where nilai is within 0.01 of a threshold.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import { decSub } from "../internal/decimal.js";
import { WEIGHTED_SKP, indikatorArb, inputArb, skpOutputs, type Indikator, type SkpInput, type SkpOutputs } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 400 };
const policy = compilePolicy(WEIGHTED_SKP);
const THRESHOLDS = [80, 110];

function score(input: SkpInput): SkpOutputs {
  return skpOutputs(policy.score(input).outputs);
}

/** `bobot` (≤ 2 dp) × (`factorCents` / 100), exactly, as a short decimal. */
function scaleExact(bobot: number, factorCents: number): number {
  return (Math.round(bobot * 100) * factorCents) / 10_000;
}

function withWeights(input: SkpInput, weight: (x: Indikator) => number): SkpInput {
  return { indikator: input.indikator.map((x) => ({ ...x, bobot: weight(x) })) };
}

describe("zero weight is neutral", () => {
  it("inserting an indicator with bobot 0 anywhere leaves nilai and rating unchanged", () => {
    const caseArb = inputArb().chain((input) =>
      fc.record({
        input: fc.constant(input),
        extra: fc.array(indikatorArb.map((x) => ({ ...x, bobot: 0 })), { minLength: 1, maxLength: 3 }),
        at: fc.nat({ max: input.indikator.length }),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ input, extra, at }) => {
        const before = score(input);
        const list = [...input.indikator.slice(0, at), ...extra, ...input.indikator.slice(at)];
        const after = score({ indikator: list });
        expect(after.nilai).toBe(before.nilai);
        expect(after.rating).toBe(before.rating);
        expect([...after.capaianIndikator.slice(0, at), ...after.capaianIndikator.slice(at + extra.length)]).toEqual(before.capaianIndikator);
      }),
      RUNS,
    );
  });
});

describe("scale invariance of the weights", () => {
  it("an integer factor k ≥ 1 leaves nilai and rating exactly equal", () => {
    const factor = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 1_000_000 }));
    fc.assert(
      fc.property(inputArb(), factor, (input, k) => {
        const before = score(input);
        const after = score(withWeights(input, (x) => scaleExact(x.bobot, k * 100)));
        expect(after.nilai).toBe(before.nilai);
        expect(after.rating).toBe(before.rating);
        expect(after.capaianIndikator).toEqual(before.capaianIndikator);
      }),
      RUNS,
    );
  });

  it("a positive 2-decimal factor (0.01 … 1000.00) leaves nilai and rating exactly equal", () => {
    fc.assert(
      fc.property(inputArb(), fc.integer({ min: 1, max: 100_000 }), (input, factorCents) => {
        const before = score(input);
        const after = score(withWeights(input, (x) => scaleExact(x.bobot, factorCents)));
        expect(after.nilai).toBe(before.nilai);
        expect(after.rating).toBe(before.rating);
      }),
      RUNS,
    );
  });

  it("an arbitrary positive double factor changes nilai by at most 0.01 (one unit of the scale)", () => {
    const factor = fc.oneof(
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      fc.integer({ min: 1, max: 999 }).map((n) => n / 7),
      fc.constantFrom(0.1, 0.3, 1 / 3, 2 / 3, 3),
    );
    fc.assert(
      fc.property(inputArb(), factor, (input, k) => {
        const before = score(input);
        const after = score(withWeights(input, (x) => x.bobot * k));
        expect(Math.abs(decSub(after.nilai, before.nilai))).toBeLessThanOrEqual(0.01);
        const nearThreshold = THRESHOLDS.some((t) => Math.abs(decSub(before.nilai, t)) <= 0.01);
        if (!nearThreshold) expect(after.rating).toBe(before.rating);
      }),
      RUNS,
    );
  });
});

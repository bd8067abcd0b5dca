// Law: monotonicity — for the weighted SKP policy, with every other input held fixed:
//   (a) raising the realisasi of a higher-is-better (NAIK) indicator never decreases its capaian,
//       never decreases nilai and never worsens rating (DI_BAWAH < SESUAI < DI_ATAS);
//   (b) raising the realisasi of a lower-is-better (TURUN) indicator never increases its capaian
//       nor nilai, and never improves rating;
//   (c) dually, raising the target of a NAIK indicator never increases nilai;
//   (d) the rating table is monotone in nilai: nilai₁ ≤ nilai₂ ⇒ rank(rating₁) ≤ rank(rating₂).
// Other indicators' capaian are untouched in every case.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import { WEIGHTED_SKP, inputArb, ratingRank, skpOutputs, type Indikator, type SkpInput, type SkpOutputs } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 400 };
const policy = compilePolicy(WEIGHTED_SKP);

function score(input: SkpInput): SkpOutputs {
  return skpOutputs(policy.score(input).outputs);
}

/** An input, the index of one of its indicators, and a positive increment in cents (exact). */
const caseArb = inputArb().chain((input) =>
  fc.record({
    input: fc.constant(input),
    at: fc.nat({ max: input.indikator.length - 1 }),
    cents: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 300_000_000_000 })),
  }),
);

/** A copy of `input` where indicator `at` is changed by `change` (the others are shared). */
function edit(input: SkpInput, at: number, change: (x: Indikator) => Indikator): SkpInput {
  return { indikator: input.indikator.map((x, i) => (i === at ? change(x) : x)) };
}

/** `x + cents / 100`, exactly (x has at most 2 decimals). */
function plusCents(x: number, cents: number): number {
  return (Math.round(x * 100) + cents) / 100;
}

/** Asserts the other indicators' capaian are unchanged. */
function othersUnchanged(before: SkpOutputs, after: SkpOutputs, at: number): void {
  before.capaianIndikator.forEach((c, i) => {
    if (i !== at) expect(after.capaianIndikator[i]).toEqual(c);
  });
}

describe("monotonicity", () => {
  it("NAIK: raising realisasi never lowers capaian or nilai, never worsens rating", () => {
    fc.assert(
      fc.property(caseArb, ({ input, at, cents }) => {
        const base = edit(input, at, (x) => ({ ...x, polaritas: "NAIK" }));
        const raised = edit(base, at, (x) => ({ ...x, realisasi: plusCents(x.realisasi, cents) }));
        const before = score(base);
        const after = score(raised);
        expect(after.capaianIndikator[at]?.capaian).toBeGreaterThanOrEqual(before.capaianIndikator[at]?.capaian as number);
        expect(after.nilai).toBeGreaterThanOrEqual(before.nilai);
        expect(ratingRank(after.rating)).toBeGreaterThanOrEqual(ratingRank(before.rating));
        othersUnchanged(before, after, at);
      }),
      RUNS,
    );
  });

  it("TURUN: raising realisasi never raises capaian or nilai, never improves rating", () => {
    fc.assert(
      fc.property(caseArb, ({ input, at, cents }) => {
        const base = edit(input, at, (x) => ({ ...x, polaritas: "TURUN" }));
        const raised = edit(base, at, (x) => ({ ...x, realisasi: plusCents(x.realisasi, cents) }));
        const before = score(base);
        const after = score(raised);
        expect(after.capaianIndikator[at]?.capaian).toBeLessThanOrEqual(before.capaianIndikator[at]?.capaian as number);
        expect(after.nilai).toBeLessThanOrEqual(before.nilai);
        expect(ratingRank(after.rating)).toBeLessThanOrEqual(ratingRank(before.rating));
        othersUnchanged(before, after, at);
      }),
      RUNS,
    );
  });

  it("NAIK: raising the target never raises nilai", () => {
    fc.assert(
      fc.property(caseArb, ({ input, at, cents }) => {
        const base = edit(input, at, (x) => ({ ...x, polaritas: "NAIK" }));
        const harder = edit(base, at, (x) => ({ ...x, target: plusCents(x.target, cents) }));
        const before = score(base);
        const after = score(harder);
        expect(after.nilai).toBeLessThanOrEqual(before.nilai);
        expect(ratingRank(after.rating)).toBeLessThanOrEqual(ratingRank(before.rating));
      }),
      RUNS,
    );
  });

  it("the rating is a monotone function of nilai", () => {
    fc.assert(
      fc.property(inputArb(), inputArb(), (a, b) => {
        const [x, y] = [score(a), score(b)];
        const [lo, hi] = x.nilai <= y.nilai ? [x, y] : [y, x];
        expect(ratingRank(lo.rating)).toBeLessThanOrEqual(ratingRank(hi.rating));
        if (lo.nilai === hi.nilai) expect(lo.rating).toBe(hi.rating);
      }),
      RUNS,
    );
  });
});

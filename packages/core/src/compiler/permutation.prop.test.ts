// Law: permutation invariance — the order of the indicators does not matter. For every
// permutation π of `indikator` (fc.shuffledSubarray of full length):
//   (a) nilai and rating are exactly equal (wavg's sums are decimal-exact, so the order of
//       addition cannot change them);
//   (b) capaianIndikator is permuted the same way: after[j] = before[π(j)];
//   (c) in the trace, the per-item traces and wavg's per-element contributions are permuted
//       the same way (same value, weight and contribution, re-indexed).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import type { AggregateTrace, DecisionTrace } from "../trace/trace-types.js";
import { WEIGHTED_SKP, inputArb, skpOutputs, type SkpInput } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 400 };
const policy = compilePolicy(WEIGHTED_SKP);

/** An input and a permutation of its indicator indexes. */
const caseArb = inputArb(10).chain((input) =>
  fc.record({
    input: fc.constant(input),
    perm: fc.shuffledSubarray(
      input.indikator.map((_, i) => i),
      { minLength: input.indikator.length, maxLength: input.indikator.length },
    ),
  }),
);

function permute(input: SkpInput, perm: readonly number[]): SkpInput {
  return { indikator: perm.map((i) => input.indikator[i] as SkpInput["indikator"][number]) };
}

function decision(trace: readonly DecisionTrace[] | undefined, name: string): DecisionTrace {
  const found = trace?.find((d) => d.name === name);
  if (!found) throw new Error(`no trace of ${name}`);
  return found;
}

function wavgItems(trace: readonly DecisionTrace[] | undefined): AggregateTrace["items"] {
  const aggregates = decision(trace, "nilai").aggregates ?? [];
  expect(aggregates).toHaveLength(1);
  return (aggregates[0] as AggregateTrace).items;
}

describe("permutation invariance", () => {
  it("the generator really permutes (every index exactly once)", () => {
    fc.assert(
      fc.property(caseArb, ({ input, perm }) => {
        expect([...perm].sort((a, b) => a - b)).toEqual(input.indikator.map((_, i) => i));
      }),
      { numRuns: 100 },
    );
  });

  it("nilai and rating are unchanged; capaianIndikator is permuted accordingly", () => {
    fc.assert(
      fc.property(caseArb, ({ input, perm }) => {
        const before = skpOutputs(policy.score(input).outputs);
        const after = skpOutputs(policy.score(permute(input, perm)).outputs);
        expect(after.nilai).toBe(before.nilai);
        expect(after.rating).toBe(before.rating);
        expect(after.capaianIndikator).toEqual(perm.map((i) => before.capaianIndikator[i]));
      }),
      RUNS,
    );
  });

  it("the trace is permuted too: per-item traces and wavg contributions follow their indicator", () => {
    fc.assert(
      fc.property(caseArb, ({ input, perm }) => {
        const before = policy.score(input, { trace: true }).trace?.decisions;
        const after = policy.score(permute(input, perm), { trace: true }).trace?.decisions;
        const itemsBefore = decision(before, "capaianIndikator").items ?? [];
        const itemsAfter = decision(after, "capaianIndikator").items ?? [];
        expect(itemsAfter.map((t) => t.decisions)).toEqual(perm.map((i) => itemsBefore[i]?.decisions));
        expect(itemsAfter.map((t) => t.index)).toEqual(perm.map((_, j) => j));
        const contributionsBefore = wavgItems(before);
        expect(wavgItems(after)).toEqual(perm.map((i, j) => ({ ...contributionsBefore[i], index: j })));
        expect(decision(after, "rating")).toEqual(decision(before, "rating"));
      }),
      RUNS,
    );
  });
});

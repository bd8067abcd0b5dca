// Laws of batch scoring, over batches mixing valid inputs, invalid inputs, inputs that fail while
// scoring (all weights 0) and arbitrary values:
//   (a) equivalence + order: scoreBatch(items).items[i] is safeScore(items[i]) with index i, the
//       same result, or the same error with i in front of its path and of every issue path; the
//       counts agree with the envelopes;
//   (b) determinism: scoring the same batch twice (or a structuredClone of it) gives deep-equal
//       envelopes, with and without traces;
//   (c) permutation: shuffling the items permutes the envelopes the same way (nothing depends on
//       an item's neighbours or position other than its index).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import type { ScoreOutcome } from "../compiler/scorer.js";
import { WEIGHTED_SKP, inputArb, type SkpInput } from "../compiler/fixtures/weighted-skp.js";
import { scoreBatch, type BatchItem } from "./index.js";

const RUNS = { numRuns: 200 };
const policy = compilePolicy(WEIGHTED_SKP);

/** A valid input broken in one of a few ways (negative realisation, missing weight, bad polarity). */
const brokenArb: fc.Arbitrary<unknown> = fc
  .tuple(inputArb(4), fc.constantFrom("negative", "missing", "polarity"))
  .filter(([input]) => input.indikator.length > 0)
  .map(([input, how]) => {
    const [first, ...rest] = input.indikator;
    const broken: Record<string, unknown> = { ...first };
    if (how === "negative") broken["realisasi"] = -1;
    else if (how === "missing") delete broken["bobot"];
    else broken["polaritas"] = "SAMPING";
    return { indikator: [broken, ...rest] };
  });

/** Every indicator weighted 0: valid input that fails while scoring (a decision error). */
const zeroWeightArb: fc.Arbitrary<SkpInput> = inputArb(4)
  .filter((input) => input.indikator.length > 0)
  .map((input) => ({ indikator: input.indikator.map((i) => ({ ...i, bobot: 0 })) }));

const itemArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: inputArb(6) },
  { weight: 2, arbitrary: brokenArb },
  { weight: 1, arbitrary: zeroWeightArb },
  { weight: 1, arbitrary: fc.anything() },
);

/** The comparable part of an envelope without its position. */
function settle(item: BatchItem): unknown {
  return item.ok ? { ok: true, result: item.result } : { ok: false, error: item.error.toJSON() };
}

/** What one-by-one safeScore predicts for item `index`. */
function expected(outcome: ScoreOutcome, index: number): unknown {
  if (outcome.ok) return { ok: true, result: outcome.result };
  const e = outcome.error.toJSON();
  return { ok: false, error: { ...e, path: [index, ...e.path], issues: e.issues.map((i) => ({ ...i, path: [index, ...i.path] })) } };
}

describe("scoreBatch laws", () => {
  it("(a) equals one-by-one safeScore, in order, with item-prefixed error paths", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 25 }), fc.boolean(), (items, trace) => {
        const batch = scoreBatch(policy, items, { trace });
        expect(batch.items.map((i) => i.index)).toEqual(items.map((_, i) => i));
        expect(batch.items.map(settle)).toEqual(items.map((item, i) => expected(policy.safeScore(item, { trace }), i)));
        expect(batch.total).toBe(items.length);
        expect(batch.ok).toBe(batch.items.filter((i) => i.ok).length);
        expect(batch.failed).toBe(batch.total - batch.ok);
      }),
      RUNS,
    );
  });

  it("(b) is deterministic: the same batch, or a clone of it, gives deep-equal envelopes", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 15 }), fc.boolean(), (items, trace) => {
        const first = scoreBatch(policy, items, { trace });
        const cloned = scoreBatch(policy, structuredClone(items), { trace });
        expect(scoreBatch(policy, items, { trace }).items.map(settle)).toEqual(first.items.map(settle));
        expect(cloned.items.map(settle)).toEqual(first.items.map(settle));
      }),
      RUNS,
    );
  });

  it("(c) permutes: shuffling the items shuffles the envelopes the same way", () => {
    const batchAndOrder = fc.array(itemArb, { minLength: 1, maxLength: 20 }).chain((items) =>
      fc.tuple(
        fc.constant(items),
        fc.shuffledSubarray(
          items.map((_, i) => i),
          { minLength: items.length, maxLength: items.length },
        ),
      ),
    );
    fc.assert(
      fc.property(batchAndOrder, ([items, order]) => {
        const original = scoreBatch(policy, items);
        const shuffled = scoreBatch(
          policy,
          order.map((i) => items[i]),
        );
        order.forEach((from, to) => {
          const moved = shuffled.items[to] as BatchItem;
          const before = original.items[from] as BatchItem;
          expect(moved.index).toBe(to);
          expect(unindexed(moved)).toEqual(unindexed(before));
        });
        expect([shuffled.ok, shuffled.failed]).toEqual([original.ok, original.failed]);
      }),
      RUNS,
    );
  });
});

/** The envelope with its index removed from the envelope and the error paths. */
function unindexed(item: BatchItem): unknown {
  if (item.ok) return { ok: true, result: item.result };
  const e = item.error.toJSON();
  return { ok: false, error: { ...e, path: e.path.slice(1), issues: e.issues.map((i) => ({ ...i, path: i.path.slice(1) })) } };
}

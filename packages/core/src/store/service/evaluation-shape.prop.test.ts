// Law (soundness of a fast path): every evaluation item the fast acceptance check of bulk writes
// takes without the zod schema is one the schema accepts — so skipping zod never lets a bad item
// in. Items are generated valid and then mutated (wrong types, extra keys, bad ids with ':' or
// control characters, bad periods and hashes, arrays and null where objects belong).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wellFormedEvaluations } from "./evaluation-shape.js";
import { schemaAcceptsEvaluation } from "./evaluations.js";

// Valid values are weighted up so that thousands of items pass the fast check.
const id = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("plan-1", "ok", "p".repeat(100)) }, fc.string({ minLength: 0, maxLength: 5 }), fc.constantFrom("a:b", "x\u0001", "p".repeat(101), ""));
const periode = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("2026", "2026-Q4", "2026-12") }, fc.constantFrom("2026-13", "2026-Q5", "26", "2026-1"), fc.string({ maxLength: 8 }));
const hash = fc.oneof({ weight: 6, arbitrary: fc.constant("a".repeat(64)) }, fc.constant("A".repeat(64)), fc.string({ maxLength: 70 }));
const anyValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.constant([]), fc.constant({}));
const objectish = fc.oneof({ weight: 4, arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), fc.string())) }, anyValue);
const policy = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id, version: id, hash }) },
  fc.record({ id, version: id, hash, extra: fc.integer() }),
  fc.record({ id, version: id }),
  anyValue,
);
const item = fc.oneof(
  fc.record({ evaluationId: id, planId: id, periode, policy, outputs: objectish, trace: objectish }, { requiredKeys: ["planId", "periode", "policy", "outputs"] }),
  fc.record(
    { evaluationId: id, planId: id, periode, policy, outputs: objectish, trace: objectish, evaluatedAt: fc.constantFrom("2026-01-01T00:00:00Z", "x"), other: fc.integer() },
    { requiredKeys: ["planId", "periode", "policy", "outputs"] },
  ),
  anyValue,
);

describe("the fast acceptance check of bulk evaluations", () => {
  it("accepts only items the evaluation schema accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(item, (e) => {
        if (!wellFormedEvaluations([e])) return;
        accepted++;
        expect(schemaAcceptsEvaluation(e)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it("accepts a realistic item, and refuses an empty list or one bad item among good ones", () => {
    const good = { planId: "plan-1", periode: "2026", policy: { id: "p", version: "1", hash: "a".repeat(64) }, outputs: { predikat: "BAIK" }, trace: null };
    expect(wellFormedEvaluations([good, good])).toBe(true);
    expect(wellFormedEvaluations([])).toBe(false);
    expect(wellFormedEvaluations([good, { ...good, planId: "a:b" }])).toBe(false);
    expect(wellFormedEvaluations([good, { ...good, evaluatedAt: "2026-01-01T00:00:00Z" }])).toBe(false);
  });
});

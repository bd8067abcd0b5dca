// Law: minimality — a proposal changes the fewest people possible. On small cohorts (N ≤ 8) with
// every constraint shape of SE MenPANRB 3/2023 (each organisation predikat) plus random min/max
// constraints on random category sets, the number of changes equals a brute-force minimum over
// the members themselves (every subset of size 0, 1, 2, … with every new predikat); when that
// search finds nothing, the proposal says TIDAK_LAYAK. The target counts also equal a brute force
// over every count vector for 1–6 categories, including both tie-breaks (fewest levels moved, then
// fewer people in the better categories).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bruteMinimumChanges, constraintsArb, membersArb, KUADRAN } from "./fixtures/cohort-fixtures.js";
import { proposeCalibration } from "./propose.js";
import { searchTarget, type SearchRule } from "./target-search.js";

const cohortArb = fc.integer({ min: 0, max: 8 }).chain((n) => fc.record({ members: membersArb(n), constraints: constraintsArb(n), kuadran: fc.boolean() }));

/** Every count vector of n people over k categories. */
function* vectors(n: number, k: number): Generator<number[]> {
  if (k === 1) return void (yield [n]);
  for (let i = 0; i <= n; i++) for (const rest of vectors(n - i, k - 1)) yield [i, ...rest];
}

/** The best target by brute force: fewest changes, then fewest levels, then lexicographically smallest. */
function bruteTarget(current: readonly number[], rules: readonly SearchRule[]): number[] | undefined {
  const n = current.reduce((a, b) => a + b, 0);
  const sum = (t: readonly number[], r: SearchRule): number => r.members.reduce((a, m) => a + (t[m] as number), 0);
  let best: number[] | undefined;
  for (const t of vectors(n, current.length)) {
    if (!rules.every((r) => sum(t, r) >= r.min && sum(t, r) <= r.max)) continue;
    const changes = current.reduce((a, c, i) => a + Math.max(0, c - (t[i] as number)), 0);
    let steps = 0;
    for (let j = 1, pc = 0, pt = 0; j < t.length; j++) {
      pc += current[j - 1] as number;
      pt += t[j - 1] as number;
      steps += Math.abs(pc - pt);
    }
    const key = [changes, steps, ...t];
    if (!best || lexLess(key, best)) best = key;
  }
  return best?.slice(2);
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i >= 0 && (a[i] as number) < (b[i] as number);
}

const rulesArb = (k: number, n: number): fc.Arbitrary<SearchRule[]> =>
  fc.array(
    fc.record({ members: fc.subarray([...Array(k).keys()], { minLength: 1 }), a: fc.integer({ min: 0, max: n + 1 }), b: fc.integer({ min: 0, max: n + 1 }), kind: fc.constantFrom(0, 1, 2) }).map(({ members, a, b, kind }) =>
      kind === 0 ? { members, min: a, max: Infinity } : kind === 1 ? { members, min: 0, max: a } : { members, min: Math.min(a, b), max: Math.max(a, b) },
    ),
    { maxLength: 5 },
  );

describe("minimality", () => {
  it("the number of changes equals the brute-force minimum over the members (N ≤ 8)", () => {
    fc.assert(
      fc.property(cohortArb, ({ members, constraints, kuadran }) => {
        const proposal = proposeCalibration({ members, constraints, ...(kuadran ? { kuadran: KUADRAN } : {}) });
        const minimum = bruteMinimumChanges(members, constraints);
        if (minimum === undefined) expect(proposal.status).toBe("TIDAK_LAYAK");
        else expect(proposal.changes).toHaveLength(minimum);
      }),
      { numRuns: 250 },
    );
  });

  it("the target counts equal a brute force over every count vector, tie-breaks included (1–6 categories)", () => {
    const caseArb = fc.record({ k: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 0, max: 7 }) }).chain(({ k, n }) =>
      fc.record({ current: fc.array(fc.nat(), { minLength: k, maxLength: k }).map((w) => spread(w, n)), rules: rulesArb(k, n) }),
    );
    fc.assert(
      fc.property(caseArb, ({ current, rules }) => {
        expect(searchTarget(current, rules)?.counts).toEqual(bruteTarget(current, rules));
      }),
      { numRuns: 1000 },
    );
  });
});

/** n people spread over the categories in proportion to the weights (deterministic). */
function spread(weights: readonly number[], n: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map((_, i) => (i === 0 ? n : 0));
  const counts = weights.map((w) => Math.floor((w * n) / total));
  counts[0] = (counts[0] as number) + n - counts.reduce((a, b) => a + b, 0);
  return counts;
}

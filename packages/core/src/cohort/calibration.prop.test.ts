// Laws of calibration proposals (cohorts of 0–12 members, SE MenPANRB 3/2023 shapes and random
// min/max constraints, with and without the kuadran table):
//   (a) bounds — when some count vector of the headcount meets every constraint (brute force),
//       accepting every change complies and the proposal says so; otherwise it is TIDAK_LAYAK
//       and proposes nothing;
//   (c) determinism and permutation invariance — the same input, or the members in any order,
//       give exactly the same proposal;
//   (d) applying a proposal with any accepted subset changes exactly the accepted members (to
//       their `to`), leaves every other member the same object, and never mutates the input;
//   (e) a compliant cohort — including the result of accepting a whole proposal — gets an empty
//       proposal (SESUAI).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCalibration } from "./apply.js";
import { checkDistribution } from "./check.js";
import { complies, constraintsArb, KUADRAN, membersArb } from "./fixtures/cohort-fixtures.js";
import { proposeCalibration, type ProposeCalibrationInput } from "./propose.js";
import type { DistributionConstraints } from "./types.js";

const RUNS = { numRuns: 300 };

const inputArb: fc.Arbitrary<ProposeCalibrationInput> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.record({ members: membersArb(n), constraints: constraintsArb(n), kuadran: fc.boolean() }))
  .map(({ members, constraints, kuadran }) => ({ members, constraints, ...(kuadran ? { kuadran: KUADRAN } : {}) }));

/** Whether some count vector of n people meets every constraint (brute force). */
function someCompliantCounts(constraints: DistributionConstraints, n: number): boolean {
  const k = constraints.categories.length;
  const search = (i: number, left: number, counts: number[]): boolean => {
    if (i === k - 1) {
      const full = [...counts, left];
      return constraints.constraints.every((c) => {
        const sum = c.categories.reduce((a, cat) => a + (full[constraints.categories.indexOf(cat)] as number), 0);
        return sum >= (c.min ?? 0) && sum <= (c.max ?? Infinity);
      });
    }
    for (let v = 0; v <= left; v++) if (search(i + 1, left - v, [...counts, v])) return true;
    return false;
  };
  return search(0, n, []);
}

describe("calibration laws", () => {
  it("(a) when a compliant distribution exists, accepting every change complies; otherwise TIDAK_LAYAK", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeCalibration(input);
        if (!someCompliantCounts(input.constraints, input.members.length)) {
          expect([proposal.status, proposal.changes, proposal.complies, proposal.before.feasibility.feasible]).toEqual(["TIDAK_LAYAK", [], false, false]);
          return;
        }
        const after = applyCalibration(input.members, proposal, proposal.changes.map((c) => c.id));
        expect(complies(after, input.constraints)).toBe(true);
        expect([proposal.complies, proposal.after.compliant, proposal.before.feasibility.feasible]).toEqual([true, true, true]);
        expect(proposal.after.counts).toEqual(checkDistribution(after, input.constraints).counts);
      }),
      RUNS,
    );
  });

  it("(c) the same input, or the members in any order, give the same proposal", () => {
    const caseArb = inputArb.chain((input) =>
      fc.record({ input: fc.constant(input), order: fc.shuffledSubarray([...input.members.keys()], { minLength: input.members.length, maxLength: input.members.length }) }),
    );
    fc.assert(
      fc.property(caseArb, ({ input, order }) => {
        const proposal = proposeCalibration(input);
        expect(proposeCalibration(input)).toEqual(proposal);
        expect(proposeCalibration({ ...input, members: order.map((i) => input.members[i]!) })).toEqual(proposal);
      }),
      RUNS,
    );
  });

  it("(d) applying changes exactly the accepted members and never mutates the input", () => {
    const caseArb = inputArb.chain((input) => {
      const ids = proposeCalibration(input).changes.map((c) => c.id);
      return fc.record({ input: fc.constant(input), accepted: fc.subarray(ids) });
    });
    fc.assert(
      fc.property(caseArb, ({ input, accepted }) => {
        const proposal = proposeCalibration(input);
        const before = structuredClone(input.members);
        const result = applyCalibration(input.members, proposal, accepted);
        expect(input.members).toEqual(before);
        result.forEach((m, i) => {
          const original = input.members[i]!;
          const change = accepted.includes(original.id) ? proposal.changes.find((c) => c.id === original.id) : undefined;
          if (change) expect(m).toEqual({ ...original, predikat: change.to });
          else expect(m).toBe(original);
        });
      }),
      RUNS,
    );
  });

  it("(e) a compliant cohort gets an empty proposal", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeCalibration(input);
        if (checkDistribution(input.members, input.constraints).compliant) expect([proposal.status, proposal.changes]).toEqual(["SESUAI", []]);
        if (proposal.status !== "PERLU_KALIBRASI") return;
        const members = applyCalibration(input.members, proposal, proposal.changes.map((c) => c.id));
        expect(proposeCalibration({ ...input, members })).toMatchObject({ status: "SESUAI", changes: [], totalSteps: 0 });
      }),
      RUNS,
    );
  });
});

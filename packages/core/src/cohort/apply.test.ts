/**
 * applyCalibration: only the accepted changes, on a copy (other members keep their identity and
 * extra fields), and refusals — with every issue — for ids outside the proposal, members that
 * are gone, and stale proposals.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { member, seConstraints } from "./fixtures/cohort-fixtures.js";
import { applyCalibration } from "./apply.js";
import { checkDistribution } from "./check.js";
import { proposeCalibration } from "./propose.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

function apply(run: () => unknown): KinerjaError {
  return thrownKinerjaError(run);
}

const members = Array.from({ length: 10 }, (_, i) => ({ ...member(`b${i}`, "BAIK", { skor: 90 + i }), nama: `Pegawai ${i}` }));
const constraints = seConstraints("SANGAT_KURANG", 10);
const proposal = proposeCalibration({ members, constraints });

describe("applyCalibration", () => {
  it("applies every accepted change and nothing else; the result complies when all are accepted", () => {
    const all = applyCalibration(members, proposal, proposal.changes.map((c) => c.id));
    expect(checkDistribution(all, constraints).compliant).toBe(true);
    const one = applyCalibration(members, proposal, new Set(["b0"]));
    expect(one.filter((m, i) => m !== members[i]).map((m) => [m.id, m.predikat, m.nama])).toEqual([["b0", "SANGAT_KURANG", "Pegawai 0"]]);
    expect(members.every((m) => m.predikat === "BAIK")).toBe(true);
  });

  it("accepting nothing returns the same members (a new array)", () => {
    const none = applyCalibration(members, proposal, []);
    expect(none).not.toBe(members);
    expect(none.every((m, i) => m === members[i])).toBe(true);
  });

  it("refuses ids outside the proposal, missing members and stale proposals, listing every issue", () => {
    const moved = members.map((m) => (m.id === "b1" ? { ...m, predikat: "BUTUH_PERBAIKAN" } : m)).filter((m) => m.id !== "b2");
    const e = apply(() => applyCalibration(moved, proposal, ["b6", "b1", "b2", "nobody", 7 as unknown as string]));
    expect(e).toBeInstanceOf(KinerjaError);
    expect(e.code).toBe("INPUT_INVALID");
    // changes are listed by destination, then evidence position: b6 → BP, then b5 … b0 → SK
    expect(proposal.changes.map((c) => c.id)).toEqual(["b6", "b5", "b4", "b3", "b2", "b1", "b0"]);
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["accepted.3", "accepted.4", "proposal.changes.4.id", "proposal.changes.5.from"]);
    expect(e.issues[3]?.message.en).toBe("'proposal.changes[5].from': the employee 'b1' now has BUTUH_PERBAIKAN while the proposal was made from BAIK; make a new proposal");
  });

  it("refuses a malformed proposal or member list without reading into it", () => {
    expect(apply(() => applyCalibration(members, { changes: [null, { id: "x" }] } as never, ["x"])).issues.map((i) => i.path.join("."))).toEqual(["proposal.changes.0", "proposal.changes.1", "accepted.0"]);
    expect(apply(() => applyCalibration(null as never, proposal, [])).issues.map((i) => i.path.join("."))).toEqual(["members"]);
    expect(apply(() => applyCalibration(members, proposal, "b0" as never)).issues.map((i) => i.path.join("."))).toEqual(["accepted"]);
  });
});

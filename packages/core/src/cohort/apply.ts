/**
 * Applying a reviewed calibration proposal: only the accepted changes, on a copy. A change whose
 * member is gone or no longer holds the proposal's `from` category is refused, so a stale
 * proposal cannot silently overwrite a newer predikat.
 * @module
 */
import type { Issue } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { isRec, report, show, throwIfInvalid } from "./input-issues.js";
import type { CalibrationChange, CalibrationProposal, CohortMember } from "./types.js";
import { collectMemberIssues } from "./validate-members.js";

/**
 * Returns a new member list where exactly the members whose ids are in `accepted` take the `to`
 * of their change; every other member is returned as is (same object), and the input is never
 * mutated. Throws `KinerjaError` `INPUT_INVALID` (every issue) for an accepted id that is not in
 * the proposal, a change whose member is missing, or a member whose predikat is no longer `from`.
 *
 * @example
 * ```ts
 * const proposal = proposeCalibration({ members, constraints });
 * const calibrated = applyCalibration(members, proposal, ["198609262015051001"]);
 * ```
 */
export function applyCalibration<M extends CohortMember>(members: readonly M[], proposal: CalibrationProposal, accepted: Iterable<string>): M[] {
  const issues: Issue[] = [];
  const changes = readChanges(members, proposal, issues);
  const usable = issues.length === 0;
  const chosen = new Map<string, Indexed>();
  let index = 0;
  for (const id of isIterable(accepted) ? accepted : []) {
    const change = typeof id === "string" ? changes.get(id) : undefined;
    if (!change) report(issues, ["accepted", index], CM.notInProposal, { value: show(id) });
    else chosen.set(id, change);
    index++;
  }
  if (!isIterable(accepted)) report(issues, ["accepted"], CM.notList, { actual: show(accepted) });
  if (usable) checkCurrent(members, chosen, issues);
  throwIfInvalid(issues);
  return members.map((m) => {
    const change = chosen.get(m.id)?.change;
    return change ? { ...m, predikat: change.to } : m;
  });
}

/** A change and its index in the proposal. */
interface Indexed {
  readonly change: CalibrationChange;
  readonly index: number;
}

/** Every accepted change's member must exist and still hold its `from` (else the proposal is stale). */
function checkCurrent(members: readonly CohortMember[], chosen: ReadonlyMap<string, Indexed>, issues: Issue[]): void {
  const byId = new Map(members.map((m) => [m.id, m] as const));
  const ordered = [...chosen.values()].sort((a, b) => a.index - b.index);
  for (const { change, index } of ordered) {
    const member = byId.get(change.id);
    if (!member) report(issues, ["proposal", "changes", index, "id"], CM.memberMissing, { value: change.id });
    else if (member.predikat !== change.from) report(issues, ["proposal", "changes", index, "from"], CM.staleChange, { value: change.id, actual: member.predikat, from: change.from });
  }
}

function readChanges(members: unknown, proposal: unknown, issues: Issue[]): Map<string, Indexed> {
  collectMemberIssues(members, ["members"], issues);
  const list = isRec(proposal) ? proposal["changes"] : undefined;
  const changes = new Map<string, Indexed>();
  if (!Array.isArray(list)) {
    report(issues, ["proposal", "changes"], CM.notList, { actual: show(list) });
    return changes;
  }
  list.forEach((c: unknown, index) => {
    if (isRec(c) && typeof c["id"] === "string" && typeof c["from"] === "string" && typeof c["to"] === "string") changes.set(c["id"], { change: c as unknown as CalibrationChange, index });
    else report(issues, ["proposal", "changes", index], CM.notObject, { actual: show(c) });
  });
  return changes;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";
}

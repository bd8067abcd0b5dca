/**
 * Calibration proposals: the smallest set of predikat changes that makes a cohort comply with its
 * distribution constraints, with who moves chosen by the evidence. The counts come from the rules
 * alone (`searchTarget`: fewest people changed, then fewest levels moved, then fewer people
 * in the better categories); the monotone transport from the current to the target counts says
 * how many move from which category to which; the evidence order of each category
 * (`compareEvidence`) then decides who: promotions take the strongest evidence, demotions
 * the weakest. Nothing is applied: the proposal is a diff for a person to review
 * ({@link applyCalibration}).
 * @module
 */
import { fillBoth } from "../development/format.js";
import type { Issue } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { checkCounts, prepareCohort } from "./check.js";
import { countVector, type CountModel } from "./count-model.js";
import { changeEvidence, compareEvidence, evidenceOf, evidenceText, flagsOf, sameEvidence, type EvidenceView } from "./evidence.js";
import { isRec, report, show, throwIfInvalid } from "./input-issues.js";
import { searchTarget } from "./target-search.js";
import type { CalibrationChange, CalibrationProposal, CohortMember, DistributionCheck, DistributionConstraints, KuadranTable, Violation } from "./types.js";

/** The input of {@link proposeCalibration}. */
export interface ProposeCalibrationInput {
  readonly members: readonly CohortMember[];
  readonly constraints: DistributionConstraints;
  /** The kuadran as data; without it ratings only break ties and no kuadran flag is raised. */
  readonly kuadran?: KuadranTable;
}

/**
 * Proposes the fewest predikat changes that make the cohort comply; when it already complies or
 * no distribution of its headcount can comply, proposes nothing and says why. Never mutates the
 * input; throws `KinerjaError` `INPUT_INVALID` (every issue, with paths) for invalid input.
 *
 * @example
 * ```ts
 * const proposal = proposeCalibration({ members, constraints });
 * for (const c of proposal.changes) console.log(c.id, c.from, "→", c.to, c.flags, c.reason.id);
 * ```
 */
export function proposeCalibration(input: ProposeCalibrationInput): CalibrationProposal {
  if (!isRec(input)) {
    const issues: Issue[] = [];
    report(issues, [], CM.notObject, { actual: show(input) });
    throwIfInvalid(issues);
  }
  const model = prepareCohort({ members: input.members, constraints: input.constraints, kuadran: input.kuadran });
  const counts = countVector(model, input.members);
  const before = checkCounts(model, counts);
  const n = before.headcount;
  if (before.compliant) return unchanged(before, "SESUAI", fillBoth(CM.summaryCompliant, { n }));
  if (!before.feasibility.feasible) return unchanged(before, "TIDAK_LAYAK", fillBoth(CM.summaryInfeasible, { n }));
  const target = searchTarget(counts, model.rules);
  if (!target) return unchanged(before, "TIDAK_LAYAK", fillBoth(CM.summaryInfeasible, { n }));
  const changes = assign(model, input.members, transportPlan(counts, target.counts), input.kuadran, before.violations);
  const after = checkCounts(model, target.counts, before.feasibility);
  const summary = fillBoth(CM.summaryProposal, { count: changes.length, n });
  return { status: "PERLU_KALIBRASI", headcount: n, changes, totalSteps: target.steps, before, after, complies: after.compliant, summary };
}

function unchanged(before: DistributionCheck, status: "SESUAI" | "TIDAK_LAYAK", summary: LocalizedText): CalibrationProposal {
  return { status, headcount: before.headcount, changes: [], totalSteps: 0, before, after: before, complies: before.compliant, summary };
}

interface Move {
  readonly view: EvidenceView;
  readonly to: number;
  readonly position: number;
  readonly of: number;
  readonly tie: boolean;
}

function assign(model: CountModel, members: readonly CohortMember[], flows: readonly Flow[], table: KuadranTable | undefined, violations: readonly Violation[]): CalibrationChange[] {
  const byCategory: EvidenceView[][] = model.categories.map(() => []);
  for (const m of members) {
    const view = evidenceOf(m, model, table);
    (byCategory[view.category] as EvidenceView[]).push(view);
  }
  const moves: Move[] = [];
  byCategory.forEach((list, from) => {
    list.sort(compareEvidence);
    moves.push(...movesFrom(list, from, flows.filter((f) => f.from === from)));
  });
  moves.sort((a, b) => a.view.category - b.view.category || a.to - b.to || a.position - b.position);
  return moves.map((move) => toChange(model, move, violations));
}

/** Promotions take the front of the evidence order (best destination first), demotions the back. */
function movesFrom(list: readonly EvidenceView[], from: number, flows: readonly Flow[]): Move[] {
  const destination = list.map(() => from);
  let front = 0;
  for (const flow of flows.filter((f) => f.to < from).sort((a, b) => a.to - b.to)) {
    for (let i = 0; i < flow.amount; i++) destination[front++] = flow.to;
  }
  let back = list.length - 1;
  for (const flow of flows.filter((f) => f.to > from).sort((a, b) => b.to - a.to)) {
    for (let i = 0; i < flow.amount; i++) destination[back--] = flow.to;
  }
  const tied = tiedPositions(list, destination);
  const moves: Move[] = [];
  list.forEach((view, i) => {
    const to = destination[i] as number;
    if (to !== from) moves.push({ view, to, position: i + 1, of: list.length, tie: tied[i] === true });
  });
  return moves;
}

/** Members whose group of equal evidence (contiguous in the sorted list) is split between destinations. */
function tiedPositions(list: readonly EvidenceView[], destination: readonly number[]): boolean[] {
  const tied = list.map(() => false);
  let start = 0;
  for (let i = 1; i <= list.length; i++) {
    if (i < list.length && sameEvidence(list[i] as EvidenceView, list[start] as EvidenceView)) continue;
    const split = destination.slice(start, i).some((d) => d !== destination[start]);
    if (split) tied.fill(true, start, i);
    start = i;
  }
  return tied;
}

function toChange(model: CountModel, move: Move, violations: readonly Violation[]): CalibrationChange {
  const { view, to } = move;
  const from = view.category;
  const flags = flagsOf(view, to);
  if (move.tie) flags.push("SERI_DIPUTUS_ID");
  const label = (i: number): LocalizedText => model.labels[i] as LocalizedText;
  const reason = fillBoth(CM.reason, {
    from: label(from),
    to: label(to),
    rules: rulesHelped(model, violations, from, to),
    position: move.position,
    of: move.of,
    evidence: evidenceText(view, model),
  });
  return {
    id: view.member.id,
    from: model.categories[from] as string,
    to: model.categories[to] as string,
    direction: to < from ? "NAIK" : "TURUN",
    steps: Math.abs(to - from),
    reason,
    evidence: changeEvidence(view, model, move.position, move.of),
    flags,
  };
}

/** The violations a move reduces (a max it leaves, a min it joins), or "makes room". */
function rulesHelped(model: CountModel, violations: readonly Violation[], from: number, to: number): LocalizedText {
  const fromName = model.categories[from] as string;
  const toName = model.categories[to] as string;
  const helped = violations.filter((v) =>
    v.bound === "MAX" ? v.categories.includes(fromName) && !v.categories.includes(toName) : v.categories.includes(toName) && !v.categories.includes(fromName),
  );
  if (helped.length === 0) return CM.reasonRoom;
  return { id: helped.map((v) => v.message.id).join(CM.listSeparator.id), en: helped.map((v) => v.message.en).join(CM.listSeparator.en) };
}

/** `amount` people move from category index `from` to `to`. */
interface Flow {
  readonly from: number;
  readonly to: number;
  readonly amount: number;
}

/**
 * The monotone (non-crossing) transport from `current` to `target` counts: reading both best
 * first and pairing the i-th surplus seat with the i-th missing seat moves exactly
 * Σ max(0, c_k − t_k) people over the fewest category levels (the sorted matching on a line).
 */
function transportPlan(current: readonly number[], target: readonly number[]): Flow[] {
  const surplus = current.map((c, k) => Math.max(0, c - (target[k] as number)));
  const deficit = current.map((c, k) => Math.max(0, (target[k] as number) - c));
  const flows: Flow[] = [];
  let s = next(surplus, 0);
  let d = next(deficit, 0);
  while (s < surplus.length && d < deficit.length) {
    const amount = Math.min(surplus[s] as number, deficit[d] as number);
    flows.push({ from: s, to: d, amount });
    surplus[s] = (surplus[s] as number) - amount;
    deficit[d] = (deficit[d] as number) - amount;
    s = next(surplus, s);
    d = next(deficit, d);
  }
  return flows;
}

function next(values: readonly number[], from: number): number {
  let i = from;
  while (i < values.length && (values[i] as number) === 0) i++;
  return i;
}

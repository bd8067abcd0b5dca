/**
 * The check of a cohort's distribution against its constraints: validation of the whole cohort
 * (one `INPUT_INVALID` error listing every problem, with paths starting at `members`,
 * `constraints` and `kuadran`), counts and shares per category, every violation with a bilingual
 * message, and whether the constraints can be met at all by this headcount. An infeasible set is
 * reported as data with its reason — a smallest set of constraints that cannot hold together
 * (found by a deletion filter over the exact feasibility test: dropping any one of them removes
 * the conflict) — never thrown.
 * @module
 */
import { fillBoth } from "../development/format.js";
import type { Issue } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { boundText, buildModel, categoryCounts, countVector, violationsOf, type CountModel, type Rule } from "./count-model.js";
import { throwIfInvalid } from "./input-issues.js";
import { hasSolution } from "./target-search.js";
import type { CohortMember, DistributionCheck, DistributionConstraints, Feasibility, InfeasibilityReason } from "./types.js";
import { collectConstraintIssues, collectKuadranIssues } from "./validate-constraints.js";
import { collectMemberIssues } from "./validate-members.js";

/**
 * Checks a cohort's distribution: counts and shares per category, every violated constraint, and
 * feasibility. Throws `KinerjaError` `INPUT_INVALID` (every issue, with paths) for invalid input.
 *
 * @example
 * ```ts
 * const check = checkDistribution(members, {
 *   categories: ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"],
 *   constraints: [{ id: "BAIK:MAX", categories: ["BAIK"], max: 5, label: { id: "Baik paling banyak 70%", en: "Baik at most 70%" } }],
 * });
 * check.compliant; // false when more than 5 members are BAIK
 * ```
 */
export function checkDistribution(members: readonly CohortMember[], constraints: DistributionConstraints): DistributionCheck {
  const model = prepareCohort({ members, constraints });
  return checkCounts(model, countVector(model, members));
}

/** The check of a count vector (internal: the model is validated; `feasibility` when already known for this headcount). */
export function checkCounts(model: CountModel, counts: readonly number[], feasibility?: Feasibility): DistributionCheck {
  const headcount = counts.reduce((a, b) => a + b, 0);
  const violations = violationsOf(model, counts);
  const compliant = violations.length === 0;
  return {
    headcount,
    counts: categoryCounts(model, counts),
    violations,
    compliant,
    feasibility: feasibility ?? (compliant ? { feasible: true, reasons: [] } : feasibilityOf(model, headcount)),
  };
}

/** What to validate. */
export interface CohortParts {
  readonly members: unknown;
  readonly constraints: unknown;
  /** Validated only when not `undefined`. */
  readonly kuadran?: unknown;
}

/** Validates every part and returns the model; throws `INPUT_INVALID` with every issue. */
export function prepareCohort(parts: CohortParts): CountModel {
  const issues: Issue[] = [];
  const categories = collectConstraintIssues(parts.constraints, ["constraints"], issues);
  collectMemberIssues(parts.members, ["members"], issues, { categories });
  if (parts.kuadran !== undefined) collectKuadranIssues(parts.kuadran, ["kuadran"], issues, categories);
  throwIfInvalid(issues);
  return buildModel(parts.constraints as DistributionConstraints);
}

/** The feasibility of the model's constraints for `headcount` members, with the reason when infeasible. */
export function feasibilityOf(model: CountModel, headcount: number): Feasibility {
  const k = model.categories.length;
  if (hasSolution(k, headcount, model.rules)) return { feasible: true, reasons: [] };
  let conflict: readonly Rule[] = model.rules;
  for (const rule of model.rules) {
    const without = conflict.filter((r) => r !== rule);
    if (!hasSolution(k, headcount, without)) conflict = without;
  }
  return { feasible: false, reasons: [reasonOf(conflict, headcount)] };
}

function reasonOf(conflict: readonly Rule[], headcount: number): InfeasibilityReason {
  const labels = conflict.map(boundText);
  const joined = { id: labels.map((l) => l.id).join(CM.listSeparator.id), en: labels.map((l) => l.en).join(CM.listSeparator.en) };
  const constraints = conflict.map((r) => r.id);
  const sum = conflict.reduce((a, r) => a + r.min, 0);
  if (sum > headcount && onlyDisjointMinimums(conflict)) {
    return { constraints, message: fillBoth(CM.infeasibleMinTotal, { sum, n: headcount, labels: joined }) };
  }
  return { constraints, message: fillBoth(CM.infeasibleConflict, { n: headcount, labels: joined }) };
}

/** True when every rule of the conflict has a minimum and no two share a category. */
function onlyDisjointMinimums(conflict: readonly Rule[]): boolean {
  const seen = new Set<number>();
  for (const rule of conflict) {
    if (rule.min === 0) return false;
    for (const m of rule.members) {
      if (seen.has(m)) return false;
      seen.add(m);
    }
  }
  return conflict.length > 0;
}

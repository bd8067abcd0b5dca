/**
 * Statistics for charts: per category, the count and share of a cohort (or of each unit of an
 * agency) against the band the constraints allow that category on its own. The band is read from
 * the constraints: the minimum from rules on that category alone, the maximum from every rule
 * containing it (capped at the headcount) — the same reading as the `batasPerPredikat` output of
 * the `se-menpanrb-3-2023` preset. Combined rules (e.g. Butuh Perbaikan + Kurang/Misconduct ≥ 1)
 * count in `compliant`, not in a single category's band.
 * @module
 */
import type { Issue } from "../errors.js";
import type { LocalizedText } from "../i18n/text.js";
import type { ConstraintsForUnit } from "./agency.js";
import { countVector, violationsOf, type CountModel } from "./count-model.js";
import { throwIfInvalid } from "./input-issues.js";
import { prepareCohort } from "./check.js";
import type { CohortMember, DistributionConstraints } from "./types.js";
import { collectMemberIssues } from "./validate-members.js";
import { compareAscending } from "../internal/order.js";

/** One category of a distribution, against its allowed band. */
export interface CategoryStat {
  readonly category: string;
  readonly label: LocalizedText;
  readonly count: number;
  /** `count / headcount` (0 for an empty cohort). */
  readonly share: number;
  /** The band in people. */
  readonly min: number;
  readonly max: number;
  /** The band as shares of the headcount. */
  readonly minShare: number;
  readonly maxShare: number;
  readonly withinBand: boolean;
}

/** The distribution of one cohort or unit. */
export interface DistributionStats {
  /** The unit, when the statistics are per unit. */
  readonly unit?: string;
  readonly headcount: number;
  /** Every category, best first. */
  readonly categories: readonly CategoryStat[];
  /** Whether every constraint (combined ones included) holds. */
  readonly compliant: boolean;
}

/**
 * Counts, shares and allowed bands of one cohort. Throws `KinerjaError` `INPUT_INVALID` for invalid input.
 *
 * @example
 * ```ts
 * const stats = distributionStats(members, constraints, { unit: "Dinas Perhubungan" });
 * const svg = distributionSvg(stats, { lang: "en" });
 * ```
 */
export function distributionStats(members: readonly CohortMember[], constraints: DistributionConstraints, options: { readonly unit?: string } = {}): DistributionStats {
  const model = prepareCohort({ members, constraints });
  const counts = countVector(model, members);
  const headcount = members.length;
  const categories = model.categories.map((_, k) => statOf(model, k, counts[k] as number, headcount));
  const compliant = violationsOf(model, counts).length === 0;
  return { ...(options.unit !== undefined ? { unit: options.unit } : {}), headcount, categories, compliant };
}

/** The members of each unit (members carry `unit`), units in code-unit order of their names. */
export function groupByUnit(members: readonly CohortMember[]): Map<string, CohortMember[]> {
  const byUnit = new Map<string, CohortMember[]>();
  for (const m of members) {
    const list = byUnit.get(m.unit as string);
    if (list) list.push(m);
    else byUnit.set(m.unit as string, [m]);
  }
  const names = [...byUnit.keys()].sort(compareAscending);
  return new Map(names.map((n) => [n, byUnit.get(n) as CohortMember[]]));
}

/** {@link distributionStats} for every unit of an agency, in code-unit order of the unit names. */
export function unitDistributionStats(members: readonly CohortMember[], constraintsForUnit: ConstraintsForUnit): DistributionStats[] {
  const issues: Issue[] = [];
  collectMemberIssues(members, ["members"], issues, { requireUnit: true });
  throwIfInvalid(issues);
  const byUnit = groupByUnit(members);
  const names = [...byUnit.keys()];
  return names.map((unit) => {
    const list = byUnit.get(unit) as CohortMember[];
    return distributionStats(list, constraintsForUnit(unit, list.length), { unit });
  });
}

function statOf(model: CountModel, k: number, count: number, headcount: number): CategoryStat {
  let min = 0;
  let max = headcount;
  for (const rule of model.rules) {
    if (!rule.members.includes(k)) continue;
    if (rule.members.length === 1) min = Math.max(min, rule.min);
    max = Math.min(max, rule.max);
  }
  const share = (v: number): number => (headcount === 0 ? 0 : v / headcount);
  return {
    category: model.categories[k] as string,
    label: model.labels[k] as LocalizedText,
    count,
    share: share(count),
    min,
    max,
    minShare: share(min),
    maxShare: share(max),
    withinBand: count >= min && count <= max,
  };
}

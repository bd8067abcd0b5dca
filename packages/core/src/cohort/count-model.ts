/**
 * The normalised form of a validated constraint set: category indexes, each constraint as a rule
 * on a set of indexes with `min` (0 when absent) and `max` (`Infinity` when absent), and the
 * counts, shares and violations of a count vector.
 * @module
 */
import { fillBoth } from "../development/format.js";
import { CM } from "../i18n/cohort-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import type { CategoryCount, DistributionConstraints, Violation } from "./types.js";

/** One constraint over category indexes. */
export interface Rule {
  readonly id: string;
  readonly categories: readonly string[];
  /** Category indexes, ascending (best first). */
  readonly members: readonly number[];
  /** 0 when the constraint has no `min`. */
  readonly min: number;
  /** `Infinity` when the constraint has no `max`. */
  readonly max: number;
  readonly label: LocalizedText;
}

/** A constraint set ready for counting and searching. */
export interface CountModel {
  readonly categories: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Display names, one per category (the code when no label is given). */
  readonly labels: readonly LocalizedText[];
  readonly rules: readonly Rule[];
}

/** Builds the model of a validated constraint set. */
export function buildModel(constraints: DistributionConstraints): CountModel {
  const categories = [...constraints.categories];
  const index = new Map(categories.map((c, i) => [c, i] as const));
  const labels = categories.map((c) => constraints.categoryLabels?.[c] ?? { id: c, en: c });
  const rules = constraints.constraints.map((k): Rule => {
    const members = [...new Set(k.categories.map((c) => index.get(c) as number))].sort((a, b) => a - b);
    return { id: k.id, categories: [...k.categories], members, min: k.min ?? 0, max: k.max ?? Infinity, label: k.label };
  });
  return { categories, index, labels, rules };
}

/** How many members hold each category (members are validated: every predikat is known). */
export function countVector(model: CountModel, members: readonly { readonly predikat: string }[]): number[] {
  const counts = model.categories.map(() => 0);
  for (const m of members) {
    const i = model.index.get(m.predikat) as number;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** How many members hold one of the rule's categories. */
export function ruleSum(rule: Rule, counts: readonly number[]): number {
  let sum = 0;
  for (const i of rule.members) sum += counts[i] as number;
  return sum;
}

/** The count and share of every category, best first. */
export function categoryCounts(model: CountModel, counts: readonly number[]): CategoryCount[] {
  const n = counts.reduce((a, b) => a + b, 0);
  return model.categories.map((category, i) => {
    const count = counts[i] as number;
    return { category, count, share: n === 0 ? 0 : count / n };
  });
}

/** Every violated rule, in rule order. */
export function violationsOf(model: CountModel, counts: readonly number[]): Violation[] {
  const out: Violation[] = [];
  for (const rule of model.rules) {
    const actual = ruleSum(rule, counts);
    const base = { constraint: rule.id, categories: rule.categories, actual };
    if (actual < rule.min) out.push({ ...base, bound: "MIN", limit: rule.min, message: fillBoth(CM.violationMin, { label: rule.label, actual, limit: rule.min }) });
    if (actual > rule.max) out.push({ ...base, bound: "MAX", limit: rule.max, message: fillBoth(CM.violationMax, { label: rule.label, actual, limit: rule.max }) });
  }
  return out;
}

/** The rule's label with its limits: "Baik paling banyak 70% (paling banyak 5)". */
export function boundText(rule: Rule): LocalizedText {
  const hasMax = rule.max !== Infinity;
  if (rule.min > 0 && hasMax) return fillBoth(CM.boundBoth, { label: rule.label, min: rule.min, max: rule.max });
  if (hasMax) return fillBoth(CM.boundMax, { label: rule.label, max: rule.max });
  return fillBoth(CM.boundMin, { label: rule.label, min: rule.min });
}

/**
 * Validation of distribution constraints and of a kuadran table: every problem is collected with
 * its path (unknown or repeated categories, constraints without id or limits, negative or
 * fractional limits, `min` above `max`, incomplete kuadran tables).
 * @module
 */
import { RATING_EKSPEKTASI } from "../development/strengths-types.js";
import type { Issue, IssuePath } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { checkCount, checkLocalized, checkText, checkUnique, isRec, own, report, show, type Rec } from "./input-issues.js";

/**
 * Collects the problems of a constraint set at `path`; returns its categories when the category
 * list itself is usable (so members can be checked against it), otherwise `undefined`.
 */
export function collectConstraintIssues(value: unknown, path: IssuePath, issues: Issue[]): readonly string[] | undefined {
  if (!isRec(value)) {
    report(issues, path, value === undefined ? CM.required : CM.notObject, { actual: show(value) });
    return undefined;
  }
  const categories = collectCategories(own(value, "categories"), [...path, "categories"], issues);
  const known = new Set(categories ?? []);
  const list = own(value, "constraints");
  if (!Array.isArray(list)) report(issues, [...path, "constraints"], list === undefined ? CM.required : CM.notList, { actual: show(list) });
  else {
    const ids = new Map<string, number>();
    list.forEach((item, i) => collectConstraint(item, [...path, "constraints", i], issues, categories ? known : undefined, ids, i));
  }
  const labels = own(value, "categoryLabels");
  if (labels !== undefined) collectCategoryLabels(labels, [...path, "categoryLabels"], issues, categories ? known : undefined);
  return categories;
}

/** Collects the problems of a kuadran table: 3 × 3 ratings, each mapped to a known category. */
export function collectKuadranIssues(value: unknown, path: IssuePath, issues: Issue[], categories: readonly string[] | undefined): void {
  const allowed = categories?.join(", ") ?? "-";
  for (const hasil of RATING_EKSPEKTASI) {
    const row = isRec(value) ? own(value, hasil) : undefined;
    for (const perilaku of RATING_EKSPEKTASI) {
      const cell = isRec(row) ? own(row, perilaku) : undefined;
      const ok = typeof cell === "string" && (categories === undefined || categories.includes(cell));
      if (!ok) report(issues, [...path, hasil, perilaku], CM.kuadranCell, { allowed, actual: show(cell) });
    }
  }
}

function collectCategories(value: unknown, path: IssuePath, issues: Issue[]): readonly string[] | undefined {
  if (!Array.isArray(value)) {
    report(issues, path, value === undefined ? CM.required : CM.notList, { actual: show(value) });
    return undefined;
  }
  if (value.length === 0) {
    report(issues, path, CM.noCategories);
    return undefined;
  }
  const seen = new Set<string>();
  let usable = true;
  value.forEach((category, i) => {
    if (!checkText(category, [...path, i], issues)) usable = false;
    else if (seen.has(category)) {
      report(issues, [...path, i], CM.duplicateCategory, { value: category });
      usable = false;
    } else seen.add(category);
  });
  return usable ? (value as string[]) : undefined;
}

function collectConstraint(item: unknown, path: IssuePath, issues: Issue[], known: ReadonlySet<string> | undefined, ids: Map<string, number>, index: number): void {
  if (!isRec(item)) {
    report(issues, path, CM.notObject, { actual: show(item) });
    return;
  }
  const id = own(item, "id");
  if (checkText(id, [...path, "id"], issues)) checkUnique(id, index, ids, [...path, "id"], issues);
  collectConstraintCategories(own(item, "categories"), [...path, "categories"], issues, known);
  collectLimits(item, path, issues);
  checkLocalized(own(item, "label"), [...path, "label"], issues);
}

function collectConstraintCategories(value: unknown, path: IssuePath, issues: Issue[], known: ReadonlySet<string> | undefined): void {
  if (!Array.isArray(value)) {
    report(issues, path, value === undefined ? CM.required : CM.notList, { actual: show(value) });
    return;
  }
  if (value.length === 0) report(issues, path, CM.noCategories);
  const seen = new Set<string>();
  value.forEach((category, i) => {
    if (!checkText(category, [...path, i], issues)) return;
    if (known && !known.has(category)) report(issues, [...path, i], CM.unknownCategory, { value: category, allowed: [...known].join(", ") });
    else if (seen.has(category)) report(issues, [...path, i], CM.duplicateCategory, { value: category });
    seen.add(category);
  });
}

function collectLimits(item: Rec, path: IssuePath, issues: Issue[]): void {
  const min = own(item, "min");
  const max = own(item, "max");
  const minOk = checkCount(min, [...path, "min"], issues);
  const maxOk = checkCount(max, [...path, "max"], issues);
  if (min === undefined && max === undefined) report(issues, path, CM.noLimit);
  else if (minOk && maxOk && min !== undefined && max !== undefined && min > max) report(issues, path, CM.minAboveMax, { min, max });
}

function collectCategoryLabels(value: unknown, path: IssuePath, issues: Issue[], known: ReadonlySet<string> | undefined): void {
  if (!isRec(value)) {
    report(issues, path, CM.notObject, { actual: show(value) });
    return;
  }
  for (const key of Object.keys(value)) {
    if (known && !known.has(key)) report(issues, [...path, key], CM.unknownCategory, { value: key, allowed: [...known].join(", ") });
    else checkLocalized(value[key], [...path, key], issues);
  }
}

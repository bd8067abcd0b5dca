/**
 * Small helpers of the cohort validators: each problem becomes an `INPUT_INVALID` issue with its
 * path and a bilingual message, collected instead of thrown, so that one {@link throwIfInvalid}
 * reports every problem at once.
 * @module
 */
import { fillBoth, type TextParam } from "../development/format.js";
import { KinerjaError, issue, type Issue, type IssuePath } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import type { LocalizedText } from "../i18n/text.js";
export { pathText, show } from "../internal/describe-value.js";
import { pathText, show } from "../internal/describe-value.js";

/** A plain object read from untrusted input. */
export type Rec = Readonly<Record<string, unknown>>;

/** Pushes an `INPUT_INVALID` issue at `path`, with `{field}` filled by the path. */
export function report(issues: Issue[], path: IssuePath, template: LocalizedText, params: Readonly<Record<string, TextParam>> = {}): void {
  issues.push(issue("INPUT_INVALID", path, fillBoth(template, { field: pathText(path), ...params })));
}

/** True for a non-null, non-array object. */
export function isRec(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own property `key` of `record`; `null` reads as absent (JSON has no `undefined`). */
export function own(record: Rec, key: string): unknown {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return value === null ? undefined : value;
}

/** Checks a non-empty string; reports `required` when absent. */
export function checkText(value: unknown, path: IssuePath, issues: Issue[]): value is string {
  if (typeof value === "string" && value.trim() !== "") return true;
  report(issues, path, value === undefined ? CM.required : CM.notText, { actual: show(value) });
  return false;
}

/** Checks an optional whole number ≥ 0 (a count of people). */
export function checkCount(value: unknown, path: IssuePath, issues: Issue[]): value is number | undefined {
  if (value === undefined || (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)) return true;
  report(issues, path, CM.notCount, { actual: show(value) });
  return false;
}

/** Checks a bilingual text `{ id, en }`. */
export function checkLocalized(value: unknown, path: IssuePath, issues: Issue[]): value is LocalizedText {
  if (!isRec(value)) {
    report(issues, path, value === undefined ? CM.required : CM.notObject, { actual: show(value) });
    return false;
  }
  const id = checkText(own(value, "id"), [...path, "id"], issues);
  const en = checkText(own(value, "en"), [...path, "en"], issues);
  return id && en;
}

/** Reports the second and later use of an id (`seen` maps an id to its first index). */
export function checkUnique(id: string, index: number, seen: Map<string, number>, path: IssuePath, issues: Issue[]): void {
  const first = seen.get(id);
  if (first === undefined) seen.set(id, index);
  else report(issues, path, CM.duplicateId, { value: id, first });
}

/** Throws `INPUT_INVALID` with every issue (and the path of the first), if there is any. */
export function throwIfInvalid(issues: readonly Issue[]): void {
  const first = issues[0];
  if (first) throw new KinerjaError("INPUT_INVALID", fillBoth(CM.invalid, { count: issues.length }), { path: first.path, issues });
}



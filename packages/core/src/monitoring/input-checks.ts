/**
 * Small validators shared by the monitoring functions. Each one pushes `INPUT_INVALID` issues
 * (with a path and a bilingual message) onto a list instead of throwing, so a caller reports
 * every problem at once; {@link throwIfInvalid} then raises one {@link KinerjaError}.
 * @module
 */
import { KinerjaError, issue, type Issue, type IssuePath } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import { isCalendarDate, type CalendarDate } from "./calendar-date.js";
export { pathText, show } from "../internal/describe-value.js";
import { pathText, show } from "../internal/describe-value.js";

/** A plain object read from untrusted input. */
export type Rec = Readonly<Record<string, unknown>>;

/** Pushes an `INPUT_INVALID` issue at `path` with `template` filled with the path and `params`. */
export function report(issues: Issue[], path: IssuePath, template: LocalizedText, params: Readonly<Record<string, unknown>> = {}): void {
  issues.push(issue("INPUT_INVALID", path, fill(template, { field: pathText(path), ...params })));
}

/** Whether `value` is a plain object (not null, not an array). */
export function isRec(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks that `value` is an object whose keys are all in `allowed`; reports otherwise. */
export function checkRec(value: unknown, path: IssuePath, issues: Issue[], allowed: readonly string[]): value is Rec {
  if (!isRec(value)) {
    report(issues, path, MM.notObject, { actual: show(value) });
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(issues, [...path, key], MM.unknownKey, { allowed: allowed.join(", ") });
  }
  return true;
}

/** Checks that `value` is an array; reports otherwise. */
export function checkArray(value: unknown, path: IssuePath, issues: Issue[]): value is readonly unknown[] {
  if (Array.isArray(value)) return true;
  report(issues, path, value === undefined ? MM.required : MM.notArray, { actual: show(value) });
  return false;
}

/** Checks a required non-empty string (optional when `optional` and `undefined`). */
export function checkText(value: unknown, path: IssuePath, issues: Issue[], optional = false): value is string {
  if (typeof value === "string" && value.trim() !== "") return true;
  if (optional && value === undefined) return false;
  report(issues, path, value === undefined ? MM.required : MM.notText, { actual: show(value) });
  return false;
}

/** Checks a required real `YYYY-MM-DD` calendar date. */
export function checkDate(value: unknown, path: IssuePath, issues: Issue[]): value is CalendarDate {
  if (isCalendarDate(value)) return true;
  report(issues, path, value === undefined ? MM.required : MM.notDate, { actual: show(value) });
  return false;
}

/** Checks an optional string among `values`; returns it, `fallback` when absent, else `undefined`. */
export function checkEnum<T extends string>(
  value: unknown,
  values: readonly T[],
  path: IssuePath,
  issues: Issue[],
  fallback?: T,
): T | undefined {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
  report(issues, path, value === undefined ? MM.required : MM.notEnum, { values: values.join(" | "), actual: show(value) });
  return undefined;
}

/** The sign rule of a number: any finite value, not negative, or strictly positive. */
export type NumberRule = "ANY" | "NON_NEGATIVE" | "POSITIVE";

/** Checks a required finite number obeying `rule`. */
export function checkNumber(value: unknown, path: IssuePath, issues: Issue[], rule: NumberRule): value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    report(issues, path, value === undefined ? MM.required : MM.notNumber, { actual: show(value) });
    return false;
  }
  if (rule === "POSITIVE" && value <= 0) report(issues, path, MM.notPositive, { actual: show(value) });
  else if (rule === "NON_NEGATIVE" && value < 0) report(issues, path, MM.negative, { actual: show(value) });
  else return true;
  return false;
}

/** Reports the second and later use of the same id (`ids` maps an id to its first index). */
export function checkUniqueId(id: string, index: number, ids: Map<string, number>, path: IssuePath, issues: Issue[]): void {
  const first = ids.get(id);
  if (first === undefined) ids.set(id, index);
  else report(issues, path, MM.duplicateId, { value: id, first });
}

/** Throws `INPUT_INVALID` with every error-severity issue (and the path of the first), if any. */
export function throwIfInvalid(issues: readonly Issue[]): void {
  const errors = issues.filter((i) => i.severity === "error");
  const first = errors[0];
  if (first) throw new KinerjaError("INPUT_INVALID", fill(MM.invalid, { count: errors.length }), { path: first.path, issues: errors });
}



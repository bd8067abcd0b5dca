/**
 * Small input checkers shared by the development module. Each pushes a bilingual
 * `INPUT_INVALID` issue with the offending path (never throws), reads only own properties, and
 * treats `null` like an absent optional value (JSON has no `undefined`).
 * @module
 */
import { KinerjaError, issue, type Issue, type IssuePath } from "../errors.js";
import { DV } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { fillBoth, show } from "./format.js";
import { pathText as pathTextOf } from "../internal/describe-value.js";

/** A path written for people: `indikator[2].capaian`. */
export function pathText(path: IssuePath): string {
  return pathTextOf(path, "input");
}

/** A plain object with string keys. */
export type Dict = Readonly<Record<string, unknown>>;


/** True for a non-null, non-array object. */
export function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own property `key` of `record` (never an inherited one). */
export function own(record: Dict, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when an optional value is absent (`undefined` or `null`). */
export function absent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** Pushes an `INPUT_INVALID` issue at `path` with a message filled from `template`. */
export function pushIssue(issues: Issue[], path: IssuePath, template: LocalizedText, params: Readonly<Record<string, string | number>> = {}): void {
  issues.push(issue("INPUT_INVALID", path, fillBoth(template, { name: pathText(path), ...params })));
}

/** Checks an object; returns it when valid. */
export function checkDict(value: unknown, path: IssuePath, issues: Issue[]): Dict | undefined {
  if (isDict(value)) return value;
  pushIssue(issues, path, DV.notObject, { actual: show(value) });
  return undefined;
}

/** Checks a list; returns it when valid. */
export function checkList(value: unknown, path: IssuePath, issues: Issue[]): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  pushIssue(issues, path, DV.notList, { actual: show(value) });
  return undefined;
}

/** Checks a non-empty string; returns it when valid. */
export function checkText(value: unknown, path: IssuePath, issues: Issue[]): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value;
  pushIssue(issues, path, DV.notText, { actual: show(value) });
  return undefined;
}

/** Checks an optional non-empty string (absent is fine). */
export function checkOptionalText(value: unknown, path: IssuePath, issues: Issue[]): string | undefined {
  return absent(value) ? undefined : checkText(value, path, issues);
}

/** How strict a number check is. */
export type NumberRule = "finite" | "nonNegative" | "positive";

/** Checks a finite number under `rule`; returns it when valid. */
export function checkNumber(value: unknown, path: IssuePath, issues: Issue[], rule: NumberRule = "finite"): number | undefined {
  const ok = typeof value === "number" && Number.isFinite(value) && (rule === "finite" || (rule === "nonNegative" ? value >= 0 : value > 0));
  if (ok) return value;
  const template = rule === "finite" ? DV.notNumber : rule === "nonNegative" ? DV.notNonNegative : DV.notPositive;
  pushIssue(issues, path, template, { actual: show(value) });
  return undefined;
}

/** Checks a whole number ≥ 1; returns it when valid. */
export function checkPositiveInteger(value: unknown, path: IssuePath, issues: Issue[]): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  pushIssue(issues, path, DV.notPositiveInteger, { actual: show(value) });
  return undefined;
}

/** Checks that `value` is one of `values`; returns it when valid. */
export function checkEnum<T extends string>(value: unknown, values: readonly T[], path: IssuePath, issues: Issue[]): T | undefined {
  if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
  pushIssue(issues, path, DV.notEnum, { values: values.join(", "), actual: show(value) });
  return undefined;
}

/** Checks an optional list of non-empty strings; returns it (or `[]` when absent). */
export function checkTextList(value: unknown, path: IssuePath, issues: Issue[]): readonly string[] {
  if (absent(value)) return [];
  const list = checkList(value, path, issues);
  if (!list) return [];
  const texts: string[] = [];
  list.forEach((v, i) => {
    const text = checkText(v, [...path, i], issues);
    if (text !== undefined) texts.push(text);
  });
  return texts;
}

/** Reports every own key of `record` that is not in `known`. */
export function checkKnownKeys(record: Dict, known: readonly string[], path: IssuePath, issues: Issue[]): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) pushIssue(issues, [...path, key], DV.unknownKey, { key, known: known.join(", ") });
  }
}

/** Throws `KinerjaError` `INPUT_INVALID` listing every issue (path of the first) when there is any. */
export function throwIfIssues(issues: readonly Issue[], summary: LocalizedText = DV.invalid): void {
  const first = issues[0];
  if (first) throw new KinerjaError("INPUT_INVALID", fillBoth(summary, { count: issues.length }), { path: first.path, issues });
}

/** Throws `KinerjaError` `INPUT_INVALID` listing `issues` (which must not be empty). */
export function fail(issues: readonly Issue[], summary: LocalizedText = DV.invalid): never {
  throwIfIssues(issues, summary);
  throw new KinerjaError("INTERNAL", { id: "Kesalahan internal: tidak ada masalah untuk dilaporkan", en: "Internal error: no issue to report" });
}

/**
 * The operators of rule conditions: json-rules-engine's defaults (`equal`, `notEqual`, `in`,
 * `notIn`, `contains`, `doesNotContain`, `lessThan(Inclusive)`, `greaterThan(Inclusive)`), date
 * comparisons built on date-fns, and the decorators (`someFact`, `everyFact`, `someValue`,
 * `everyValue`, `swap`, `not`). Each has a static type rule checked at compile time and the same
 * run-time semantics as json-rules-engine 7.3: an operator first validates the fact value, then
 * compares. Kinerja's one deliberate difference: a null compared value makes a numeric or date
 * comparison false (JavaScript would compare null as 0).
 * @module
 */
import { compareAsc } from "date-fns";
import { isCalendarDate, parseCalendarDate } from "../../internal/calendar-date.js";
import type { LocalizedText } from "../../i18n/text.js";
import { fill } from "../../i18n/text.js";
import { R } from "../../i18n/rule-messages.js";
import { describeType, textsOutsideEnum, withNull, type Type, type Value } from "../types.js";

/** A compiled comparison: json-rules-engine's `Operator.evaluate(factValue, jsonValue)`. */
export type Comparison = (fact: Value, value: Value) => boolean;

/** The static rule of an operator: the operand types it accepts, or why not. */
export interface OperatorCheck {
  (fact: Type, value: Type, operator: string): LocalizedText | undefined;
}

/** An operator: its static check and its run-time comparison. */
export interface OperatorSpec {
  readonly check: OperatorCheck;
  readonly compare: Comparison;
}

/** A decorator: how it changes the operand types and wraps the inner comparison. */
export interface DecoratorSpec {
  /** The inner operand types, or an error message. */
  readonly inner: (fact: Type, value: Type, operator: string) => { fact: Type; value: Type } | LocalizedText;
  readonly wrap: (next: Comparison) => Comparison;
}

const isList = (v: Value): v is readonly Value[] => Array.isArray(v);
const isNumber = (v: Value): v is number => typeof v === "number";

/** The names of json-rules-engine's default operators. */
export const DEFAULT_OPERATOR_NAMES: readonly string[] = ["equal", "notEqual", "in", "notIn", "contains", "doesNotContain", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"];
/** The names of the date operators Kinerja adds. */
export const DATE_OPERATOR_NAMES: readonly string[] = ["dateBefore", "dateAfter", "dateOnOrBefore", "dateOnOrAfter", "dateEqual"];
/** The names of json-rules-engine's operator decorators. */
export const DECORATOR_NAMES: readonly string[] = ["someFact", "someValue", "everyFact", "everyValue", "swap", "not"];

/** The built-in operators by name. */
export const BUILT_IN_OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map<string, OperatorSpec>([
  ["equal", { check: scalarPair, compare: (a, b) => a === b }],
  ["notEqual", { check: scalarPair, compare: (a, b) => a !== b }],
  ["in", { check: memberOf("value"), compare: (a, b) => isList(b) && b.indexOf(a) > -1 }],
  ["notIn", { check: memberOf("value"), compare: (a, b) => isList(b) && b.indexOf(a) === -1 }],
  ["contains", { check: memberOf("fact"), compare: (a, b) => isList(a) && a.indexOf(b) > -1 }],
  ["doesNotContain", { check: memberOf("fact"), compare: (a, b) => isList(a) && a.indexOf(b) === -1 }],
  ["lessThan", { check: numbers, compare: (a, b) => isNumber(a) && isNumber(b) && a < b }],
  ["lessThanInclusive", { check: numbers, compare: (a, b) => isNumber(a) && isNumber(b) && a <= b }],
  ["greaterThan", { check: numbers, compare: (a, b) => isNumber(a) && isNumber(b) && a > b }],
  ["greaterThanInclusive", { check: numbers, compare: (a, b) => isNumber(a) && isNumber(b) && a >= b }],
  ["dateBefore", dateOperator((c) => c < 0)],
  ["dateAfter", dateOperator((c) => c > 0)],
  ["dateOnOrBefore", dateOperator((c) => c <= 0)],
  ["dateOnOrAfter", dateOperator((c) => c >= 0)],
  ["dateEqual", dateOperator((c) => c === 0)],
]);

/** The decorators by name; the first decorator of `a:b:op` is the outermost. */
export const DECORATORS: ReadonlyMap<string, DecoratorSpec> = new Map<string, DecoratorSpec>([
  ["someFact", { inner: elementOf("fact"), wrap: (next) => (f, v) => isList(f) && f.some((x) => next(x, v)) }],
  ["everyFact", { inner: elementOf("fact"), wrap: (next) => (f, v) => isList(f) && f.every((x) => next(x, v)) }],
  ["someValue", { inner: elementOf("value"), wrap: (next) => (f, v) => isList(v) && v.some((x) => next(f, x)) }],
  ["everyValue", { inner: elementOf("value"), wrap: (next) => (f, v) => isList(v) && v.every((x) => next(f, x)) }],
  ["swap", { inner: (fact, value) => ({ fact: value, value: fact }), wrap: (next) => (f, v) => next(v, f) }],
  ["not", { inner: (fact, value) => ({ fact, value }), wrap: (next) => (f, v) => !next(f, v) }],
]);

type Kind = "number" | "text" | "boolean" | "date" | "null" | "any" | "list" | "object";

function kindOf(t: Type): Kind {
  if (t.k === "string" || t.k === "enum") return "text";
  return t.k;
}

/** The message for an operand of the wrong type. */
export function mismatch(operator: string, side: "fact" | "value", expected: string, actual: Type): LocalizedText {
  const sideText = side === "fact" ? R.sideFact : R.sideValue;
  return {
    id: fill(R.operandType, { operator, side: sideText.id, expected, actual: describeType(actual) }).id,
    en: fill(R.operandType, { operator, side: sideText.en, expected, actual: describeType(actual) }).en,
  };
}

/** `equal` / `notEqual`: two scalars that can be equal (numbers, texts, booleans, dates, null). */
function scalarPair(fact: Type, value: Type, operator: string): LocalizedText | undefined {
  for (const [side, t] of [["fact", fact], ["value", value]] as const) {
    if (kindOf(t) === "list" || kindOf(t) === "object") return mismatch(operator, side, "number | string | boolean | date", t);
  }
  return comparable(fact, value) ? enumCheck(fact, value) ?? enumCheck(value, fact) : fill(R.notComparable, { operator, fact: describeType(fact), value: describeType(value) });
}

function comparable(a: Type, b: Type): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === "any" || kb === "any" || ka === "null" || kb === "null") return true;
  if ((ka === "text" && kb === "date") || (ka === "date" && kb === "text")) return true;
  return ka === kb;
}

/** Texts written in the document (a literal, a literal list, a constant) compared with an enum must be among its values (catches typos). */
function enumCheck(a: Type, b: Type): LocalizedText | undefined {
  const wrong = textsOutsideEnum(a, b)[0];
  return wrong === undefined ? undefined : fill(R.enumValue, { value: wrong, type: describeType(withNull(a, false)) });
}

/** `in` (value is a list holding the fact) / `contains` (fact is a list holding the value). */
function memberOf(listSide: "fact" | "value"): OperatorCheck {
  return (fact, value, operator) => {
    const list = listSide === "fact" ? fact : value;
    const item = listSide === "fact" ? value : fact;
    if (list.k === "any") return undefined;
    if (list.k !== "list") return mismatch(operator, listSide, "list", list);
    return scalarPair(list.of, item, operator);
  };
}

function numbers(fact: Type, value: Type, operator: string): LocalizedText | undefined {
  for (const [side, t] of [["fact", fact], ["value", value]] as const) {
    if (t.k === "date") return { ...mismatch(operator, side, "number", t) };
    if (t.k !== "number" && t.k !== "any" && t.k !== "null") return mismatch(operator, side, "number", t);
  }
  return undefined;
}

function dateOperator(test: (comparison: number) => boolean): OperatorSpec {
  const check: OperatorCheck = (fact, value, operator) => {
    for (const [side, t] of [["fact", fact], ["value", value]] as const) {
      // A literal list of distinct date texts (`someValue:dateBefore` with ["2024-01-01", "2024-06-30"]) is typed as an enum of them.
      const ok =
        t.k === "date" || t.k === "any" || t.k === "null" || (t.k === "string" && (t.literal === undefined || isCalendarDate(t.literal))) || (t.k === "enum" && t.values.every(isCalendarDate));
      if (!ok) return t.k === "string" ? fill(R.badDate, { value: t.literal }) : mismatch(operator, side, "date", t);
    }
    return undefined;
  };
  const compare: Comparison = (a, b) => {
    // Only `YYYY-MM-DD` calendar dates, as the compile-time check demands of literals: parseISO
    // alone would also take a string fact such as "2024", "2024-03", "20240315" or a timestamp.
    const left = parseCalendarDate(a);
    const right = parseCalendarDate(b);
    return left !== undefined && right !== undefined && test(compareAsc(left, right));
  };
  return { check, compare };
}

function elementOf(side: "fact" | "value"): DecoratorSpec["inner"] {
  return (fact, value, operator) => {
    const list = side === "fact" ? fact : value;
    if (list.k === "any") return { fact, value };
    if (list.k !== "list") return mismatch(operator, side, "list", list);
    return side === "fact" ? { fact: list.of, value } : { fact, value: list.of };
  };
}

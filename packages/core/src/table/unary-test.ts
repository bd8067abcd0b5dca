/**
 * DMN-style unary tests: the text of one decision-table input cell (`< 50`, `[76..90]`,
 * `"A", "B"`, `not(< 10)`, `-`), parsed to a small tree, resolved, compiled to a matcher, printed
 * back canonically and analysed for overlaps and gaps.
 *
 * Semantics (a deliberate, documented simplification of DMN's three-valued logic):
 * - `-` (or an empty cell) matches every value, `null` included.
 * - A comparison or range matches only a value of its own type (number with number, string with
 *   string, boolean with boolean); anything else, `null` included, is simply not matched.
 * - `= null` / `null` matches `null` only, and `!= null` matches every non-null value.
 * - `not(items)` is the plain boolean complement of the list: it matches exactly the values that
 *   no item matches, so `not(< 10)` matches `null`, `"x"` and `10`, while `not(null)` does not
 *   match `null`.
 * - `undefined` is treated as `null` (an absent input).
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import { fill } from "../i18n/text.js";

export { parseUnaryTest } from "./unary-test-parse.js";
export {
  boundaryPoints,
  compileUnaryTest,
  representatives,
  testsIntersect,
} from "./unary-test-analysis.js";
export type { BoundaryPoints, ColumnDomain } from "./unary-test-analysis.js";

/** A value a unary test can mention or be matched against. */
export type Scalar = number | string | boolean | null;

/** A comparison operator of a unary test (`=` is also what a bare literal means). */
export type CompareOp = "<" | "<=" | ">" | ">=" | "=" | "!=";

/** One item of a unary-test list: a comparison, a range or a not-yet-resolved bare name. */
export type UnaryItem =
  | { readonly kind: "compare"; readonly op: CompareOp; readonly value: Scalar }
  | {
      readonly kind: "range";
      readonly low: number | string;
      readonly high: number | string;
      readonly lowInclusive: boolean;
      readonly highInclusive: boolean;
    }
  | { readonly kind: "name"; readonly name: string };

/** A parsed cell: `-` (anything) or a possibly negated disjunction of items. */
export type UnaryTest =
  | { readonly kind: "any" }
  | { readonly kind: "list"; readonly negated: boolean; readonly items: readonly UnaryItem[] };

/** A problem in a cell, with its bilingual message and zero-based offsets (end exclusive). */
export interface UnaryTestProblem {
  readonly message: LocalizedText;
  readonly start: number;
  readonly end: number;
}

/** The result of parsing or resolving a unary test. */
export type UnaryTestResult = { ok: true; test: UnaryTest } | { ok: false; error: UnaryTestProblem };

const UNKNOWN_NAMES: LocalizedText = {
  id: "Nama tidak dikenal: {names}",
  en: "Unknown name(s): {names}",
};

/**
 * Replaces `name` items with `=` comparisons through `resolve`; unknown names (where `resolve`
 * returns undefined) are all listed in one problem spanning offsets 0..0, since parsed items carry
 * no positions (the caller points at the whole cell).
 */
export function resolveNames(test: UnaryTest, resolve: (name: string) => Scalar | undefined): UnaryTestResult {
  if (test.kind === "any") return { ok: true, test };
  const unknown: string[] = [];
  const items = test.items.map((item): UnaryItem => {
    if (item.kind !== "name") return item;
    const value = resolve(item.name);
    if (value === undefined) unknown.push(item.name);
    return { kind: "compare", op: "=", value: value ?? null };
  });
  if (unknown.length > 0) {
    return { ok: false, error: { message: fill(UNKNOWN_NAMES, { names: unknown }), start: 0, end: 0 } };
  }
  return { ok: true, test: { kind: "list", negated: test.negated, items } };
}

/** Prints the canonical text of a test, which {@link parseUnaryTest} reads back to an equal test. */
export function printUnaryTest(test: UnaryTest): string {
  if (test.kind === "any") return "-";
  const body = test.items.map(printItem).join(", ");
  return test.negated ? `not(${body})` : body;
}

function printItem(item: UnaryItem): string {
  switch (item.kind) {
    case "name":
      return item.name;
    case "compare":
      return item.op === "=" ? printScalar(item.value) : `${item.op} ${printScalar(item.value)}`;
    case "range": {
      const open = item.lowInclusive ? "[" : "(";
      const close = item.highInclusive ? "]" : ")";
      return `${open}${printScalar(item.low)}..${printScalar(item.high)}${close}`;
    }
  }
}

/** Prints one literal value in unary-test syntax (strings double-quoted and escaped). */
export function printScalar(value: Scalar): string {
  if (typeof value === "string") return `"${value.replace(/[\\"\n\r\t]/g, escapeChar)}"`;
  return String(value);
}

const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(ch: string): string {
  return ESCAPES[ch] ?? ch;
}

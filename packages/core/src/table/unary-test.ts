/**
 * DMN-style unary tests: the text of one decision-table input cell (`< 50`, `[76..90]`,
 * `"A", "B"`, `not(< 10)`, `-`), parsed to a small tree, resolved, compiled to a matcher, printed
 * back canonically and analysed for overlaps and gaps.
 *
 * Where a value goes, a cell may also write a name: an identifier, optionally dotted
 * (`SANGAT_BAIK`, `>= batasBaik`, `[batas.baik..batas.sangatBaik)`, `"A", kodeLain`). The parser
 * keeps names as {@link NameRef}s; {@link resolveNames} replaces each with its value (the policy
 * compiler looks up the column's enum values, then the policy's constants), so matching and the
 * analysis only ever see literals.
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
import { isNameRef } from "./unary-test-analysis.js";

export { parseUnaryTest } from "./unary-test-parse.js";
export {
  boundaryPoints,
  compileUnaryTest,
  isNameRef,
  representatives,
  testsIntersect,
} from "./unary-test-analysis.js";
export type { BoundaryPoints, ColumnDomain } from "./unary-test-analysis.js";

/** A value a unary test can mention or be matched against. */
export type Scalar = number | string | boolean | null;

/** A comparison operator of a unary test (`=` is also what a bare literal or name means). */
export type CompareOp = "<" | "<=" | ">" | ">=" | "=" | "!=";

/**
 * A name written in a cell where a value goes (`SANGAT_BAIK`, `batasBaik`, `batas.sangatBaik`):
 * an enum value of the column or a (dotted path into a) constant of the policy, replaced by its
 * value at compile time by {@link resolveNames}.
 */
export interface NameRef {
  readonly name: string;
}

/**
 * One item of a unary-test list: a comparison or a range. `N` is what may stand in for a literal
 * value: a {@link NameRef} in a parsed test, `never` once {@link resolveNames} has replaced every
 * name with its value. A bare name (or `= name`) is an `=` comparison with that name.
 */
export type UnaryItem<N = NameRef> =
  | { readonly kind: "compare"; readonly op: CompareOp; readonly value: Scalar | N }
  | {
      readonly kind: "range";
      readonly low: number | string | N;
      readonly high: number | string | N;
      readonly lowInclusive: boolean;
      readonly highInclusive: boolean;
    };

/** A cell: `-` (anything) or a possibly negated disjunction of items (names allowed unless `N` is `never`). */
export type UnaryTest<N = NameRef> =
  | { readonly kind: "any" }
  | { readonly kind: "list"; readonly negated: boolean; readonly items: readonly UnaryItem<N>[] };

/** A test whose every value is a literal: what matching and analysis work on. */
export type ResolvedUnaryTest = UnaryTest<never>;

/** A problem in a cell, with its bilingual message and zero-based offsets (end exclusive). */
export interface UnaryTestProblem {
  readonly message: LocalizedText;
  readonly start: number;
  readonly end: number;
}

/** The result of parsing a unary test. */
export type UnaryTestResult = { ok: true; test: UnaryTest } | { ok: false; error: UnaryTestProblem };

/**
 * The result of resolving the names of a test: the literal-only test, or a problem that is an
 * unknown name (`UNKNOWN_NAME`) or a value that does not fit where its name stands (`TYPE_MISMATCH`).
 */
export type ResolveResult = { ok: true; test: ResolvedUnaryTest } | { ok: false; error: ResolveProblem };

/** Why the names of a test could not be resolved, with the issue code to report it under. */
export interface ResolveProblem extends UnaryTestProblem {
  readonly code: "UNKNOWN_NAME" | "TYPE_MISMATCH";
}

const MSG = {
  unknownNames: { id: "Nama tidak dikenal: {names}", en: "Unknown name(s): {names}" },
  orderName: {
    id: "Operator '{op}' hanya dapat membandingkan angka atau teks, sedangkan '{name}' bernilai {value}",
    en: "Operator '{op}' can only compare numbers or strings, but '{name}' is {value}",
  },
  boundName: {
    id: "Batas rentang harus berupa angka atau teks, sedangkan '{name}' bernilai {value}",
    en: "A range bound must be a number or a string, but '{name}' is {value}",
  },
  mixedRange: {
    id: "Batas bawah dan batas atas rentang '{range}' harus sejenis (keduanya angka atau keduanya teks)",
    en: "The low and high bounds of the range '{range}' must have the same type (both numbers or both strings)",
  },
} as const satisfies Record<string, LocalizedText>;

/** Thrown inside {@link resolveNames} only. */
class ResolveFailure {
  constructor(readonly error: ResolveProblem) {}
}

/** Every distinct name a test mentions, in order of appearance. */
export function namesOf(test: UnaryTest): string[] {
  if (test.kind === "any") return [];
  const operands = test.items.flatMap((item) => (item.kind === "compare" ? [item.value] : [item.low, item.high]));
  return [...new Set(operands.filter(isNameRef).map((ref) => ref.name))];
}

/**
 * Replaces every name with its value through `resolve`, giving a literal-only test. Unknown names
 * (where `resolve` returns undefined) are all listed in one `UNKNOWN_NAME` problem; a value that
 * cannot stand where its name does (`< flag` with a boolean, a range bound that is not a number or
 * string, bounds of different types) is a `TYPE_MISMATCH`. Problems span offsets 0..0, since parsed
 * items carry no positions (the caller points at the whole cell).
 */
export function resolveNames(test: UnaryTest, resolve: (name: string) => Scalar | undefined): ResolveResult {
  if (test.kind === "any") return { ok: true, test };
  const unknown = namesOf(test).filter((name) => resolve(name) === undefined);
  if (unknown.length > 0) return { ok: false, error: problem("UNKNOWN_NAME", fill(MSG.unknownNames, { names: unknown })) };
  const value = (operand: Scalar | NameRef): Scalar => (isNameRef(operand) ? normalise(resolve(operand.name) ?? null) : operand);
  try {
    const items = test.items.map((item): UnaryItem<never> => {
      if (item.kind === "compare") {
        const resolved = value(item.value);
        if (isNameRef(item.value)) checkOrderable(item.op, item.value.name, resolved);
        return { kind: "compare", op: item.op, value: resolved };
      }
      const low = bound(item.low, value(item.low));
      const high = bound(item.high, value(item.high));
      if (typeof low !== typeof high) throw new ResolveFailure(problem("TYPE_MISMATCH", fill(MSG.mixedRange, { range: printItem(item) })));
      return { ...item, low, high };
    });
    return { ok: true, test: { kind: "list", negated: test.negated, items } };
  } catch (e) {
    if (e instanceof ResolveFailure) return { ok: false, error: e.error };
    throw e;
  }
}

/** `-0` as `0`, like the parser reads it. */
function normalise(value: Scalar): Scalar {
  return value === 0 ? 0 : value;
}

function checkOrderable(op: CompareOp, name: string, value: Scalar): void {
  if (op === "=" || op === "!=" || typeof value === "number" || typeof value === "string") return;
  throw new ResolveFailure(problem("TYPE_MISMATCH", fill(MSG.orderName, { op, name, value })));
}

function bound(operand: number | string | NameRef, value: Scalar): number | string {
  if (typeof value === "number" || typeof value === "string") return value;
  const name = isNameRef(operand) ? operand.name : String(operand);
  throw new ResolveFailure(problem("TYPE_MISMATCH", fill(MSG.boundName, { name, value })));
}

function problem(code: ResolveProblem["code"], message: LocalizedText): ResolveProblem {
  return { code, message, start: 0, end: 0 };
}

/** Prints the canonical text of a test, which {@link parseUnaryTest} reads back to an equal test. */
export function printUnaryTest(test: UnaryTest): string {
  if (test.kind === "any") return "-";
  const body = test.items.map(printItem).join(", ");
  return test.negated ? `not(${body})` : body;
}

/** Prints one item of a test (a comparison or a range) in canonical form. */
export function printItem(item: UnaryItem): string {
  switch (item.kind) {
    case "compare":
      return item.op === "=" ? printOperand(item.value) : `${item.op} ${printOperand(item.value)}`;
    case "range": {
      const open = item.lowInclusive ? "[" : "(";
      const close = item.highInclusive ? "]" : ")";
      return `${open}${printOperand(item.low)}..${printOperand(item.high)}${close}`;
    }
  }
}

function printOperand(operand: Scalar | NameRef): string {
  return isNameRef(operand) ? operand.name : printScalar(operand);
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

/**
 * Matching and analysis of unary tests: compiling a test to a matcher closure, and finding the
 * finitely many representative values of a column on which overlap and gap checks are exact.
 * @module
 */
import { KinerjaError } from "../errors.js";
import type { CompareOp, NameRef, Scalar, UnaryItem, UnaryTest } from "./unary-test.js";

/** The set of values an input column can take, for representative points. */
export type ColumnDomain =
  | { readonly kind: "number"; readonly min?: number; readonly max?: number; readonly integer?: boolean }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "string" }
  | { readonly kind: "boolean" };

/** Distinct literal and bound values mentioned by some tests, sorted per type. */
export interface BoundaryPoints {
  numbers: number[];
  strings: string[];
  booleans: boolean[];
  hasNull: boolean;
}

type Predicate = (value: Scalar) => boolean;

/** True when an operand of a parsed item is a name still to be resolved rather than a literal. */
export function isNameRef(operand: unknown): operand is NameRef {
  return typeof operand === "object" && operand !== null;
}

/**
 * Compiles a resolved test to a matcher closure (no eval): numbers compare numerically, strings by
 * UTF-16 code unit order, equality is strict, a comparison across types is false, `undefined` is
 * treated as `null`, and `not(...)` is the boolean complement of its list. Throws `UNKNOWN_NAME`
 * for a name that was not resolved first.
 */
export function compileUnaryTest(test: UnaryTest): (value: unknown) => boolean {
  if (test.kind === "any") return () => true;
  const predicates = test.items.map(compileItem);
  const negated = test.negated;
  // Without a null literal, every item already refuses null, undefined and non-scalars: the raw
  // input gives the same answers as its scalar form, and a lone item is its own matcher.
  if (!test.items.some((item) => item.kind === "compare" && item.value === null)) return rawMatcher(predicates, negated);
  return (input: unknown): boolean => {
    const value = toScalar(input);
    for (const predicate of predicates) if (predicate(value)) return !negated;
    return negated;
  };
}

function rawMatcher(predicates: readonly Predicate[], negated: boolean): (value: unknown) => boolean {
  const only = predicates.length === 1 ? (predicates[0] as (value: unknown) => boolean) : undefined;
  if (only && !negated) return only;
  return (input: unknown): boolean => {
    for (const predicate of predicates) if (predicate(input as Scalar)) return !negated;
    return negated;
  };
}

/** Maps an input to a scalar: `undefined` becomes `null`, non-scalars become a never-matched marker. */
function toScalar(input: unknown): Scalar {
  if (input === undefined || input === null) return null;
  const type = typeof input;
  return type === "number" || type === "string" || type === "boolean" ? (input as Scalar) : NO_MATCH;
}

/** A value no item matches (a fresh object is never `===` a literal and has no scalar type). */
const NO_MATCH = Object.freeze({}) as unknown as Scalar;

function compileItem(item: UnaryItem): Predicate {
  if (item.kind === "compare") {
    const { op, value } = item;
    if (isNameRef(value)) unresolved(value);
    return compileCompare(op, value);
  }
  const { low, high } = item;
  if (isNameRef(low)) unresolved(low);
  if (isNameRef(high)) unresolved(high);
  return compileRange(low, high, item.lowInclusive, item.highInclusive);
}

function unresolved(ref: NameRef): never {
  throw new KinerjaError("UNKNOWN_NAME", {
    id: `Nama '${ref.name}' belum diselesaikan sebelum kompilasi uji`,
    en: `Name '${ref.name}' was not resolved before compiling the test`,
  });
}

function compileCompare(op: CompareOp, lit: Scalar): Predicate {
  switch (op) {
    case "=":
      return (v) => v === lit;
    case "!=":
      return lit === null ? (v) => v !== null && v !== NO_MATCH : (v) => typeof v === typeof lit && v !== lit;
    default:
      return compileOrder(op, lit);
  }
}

function compileOrder(op: "<" | "<=" | ">" | ">=", lit: Scalar): Predicate {
  if (typeof lit !== "number" && typeof lit !== "string") return () => false;
  const type = typeof lit;
  const same = (v: Scalar): v is number | string => typeof v === type;
  switch (op) {
    case "<":
      return (v) => same(v) && v < lit;
    case "<=":
      return (v) => same(v) && v <= lit;
    case ">":
      return (v) => same(v) && v > lit;
    case ">=":
      return (v) => same(v) && v >= lit;
  }
}

function compileRange(low: number | string, high: number | string, lowIn: boolean, highIn: boolean): Predicate {
  const type = typeof low;
  if (typeof high !== type) return () => false;
  return (v) => {
    if (typeof v !== type) return false;
    const x = v as number | string;
    return (lowIn ? x >= low : x > low) && (highIn ? x <= high : x < high);
  };
}

/**
 * Collects the sorted distinct numbers, strings and booleans mentioned by the tests, and whether
 * `null` is (unresolved names are skipped).
 */
export function boundaryPoints(tests: readonly UnaryTest[]): BoundaryPoints {
  const numbers = new Set<number>();
  const strings = new Set<string>();
  const booleans = new Set<boolean>();
  let hasNull = false;
  const add = (value: Scalar | NameRef): void => {
    if (isNameRef(value)) return;
    if (typeof value === "number") numbers.add(value);
    else if (typeof value === "string") strings.add(value);
    else if (typeof value === "boolean") booleans.add(value);
    else hasNull = true;
  };
  for (const item of tests.flatMap((t) => (t.kind === "list" ? t.items : []))) {
    if (item.kind === "compare") add(item.value);
    if (item.kind === "range") [item.low, item.high].forEach(add);
  }
  return {
    numbers: [...numbers].sort((a, b) => a - b),
    strings: [...strings].sort(compareCodeUnits),
    booleans: [...booleans].sort((a, b) => Number(a) - Number(b)),
    hasNull,
  };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns representative values of a column such that every test's truth is the same for any
 * domain value as for some representative; `null` is included only when a test mentions `null`.
 */
export function representatives(tests: readonly UnaryTest[], domain: ColumnDomain): Scalar[] {
  const points = boundaryPoints(tests);
  const values = domainRepresentatives(points, domain, usesStringOrder(tests));
  return points.hasNull ? [...values, null] : values;
}

function domainRepresentatives(points: BoundaryPoints, domain: ColumnDomain, stringOrder: boolean): Scalar[] {
  switch (domain.kind) {
    case "number":
      return numberRepresentatives(points.numbers, domain.min, domain.max);
    case "enum":
      return [...new Set(domain.values)];
    case "string":
      return stringRepresentatives(points.strings, stringOrder);
    case "boolean":
      return [false, true];
  }
}

/**
 * Boundaries inside [min, max] plus the domain ends, a point strictly between each pair of
 * neighbours, and one point beyond each unbounded end.
 */
function numberRepresentatives(boundaries: readonly number[], min?: number, max?: number): number[] {
  const inside = boundaries.filter((b) => (min === undefined || b >= min) && (max === undefined || b <= max));
  const ends = [min, max].filter((e): e is number => e !== undefined);
  const anchors = [...new Set([...inside, ...ends])].sort((a, b) => a - b);
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (first === undefined || last === undefined) return [0];
  const result: number[] = min === undefined ? [stepAway(first, -1)] : [];
  anchors.forEach((a, i) => {
    result.push(a);
    const next = anchors[i + 1];
    const mid = next === undefined ? a : a / 2 + next / 2;
    if (next !== undefined && mid > a && mid < next) result.push(mid);
  });
  if (max === undefined) result.push(stepAway(last, 1));
  return result;
}

/** A number beyond `x` in direction `dir` (`x ± 1`, or further when 1 is lost to rounding). */
function stepAway(x: number, dir: 1 | -1): number {
  const y = x + dir;
  return y !== x ? y : x + dir * Math.abs(x);
}

/** True when some test orders strings (`< "M"`, `["A".."C"]`), so literals alone are not enough. */
function usesStringOrder(tests: readonly UnaryTest[]): boolean {
  return tests.some((t) => t.kind === "list" && t.items.some(ordersStrings));
}

function ordersStrings(item: UnaryItem): boolean {
  if (item.kind === "range") return typeof item.low === "string";
  return item.kind === "compare" && typeof item.value === "string" && item.op !== "=" && item.op !== "!=";
}

/**
 * Every string literal plus one string not among them; when strings are ordered, also the empty
 * string and the immediate successor `s + "\0"` of each literal, which lies strictly between it and
 * the next literal whenever any string does.
 */
function stringRepresentatives(literals: readonly string[], ordered: boolean): string[] {
  if (!ordered) return [...literals, freshString(literals)];
  const result = new Set<string>(["", ...literals]);
  for (const s of literals) result.add(`${s}\u0000`);
  return [...result].sort(compareCodeUnits);
}

function freshString(taken: readonly string[]): string {
  let candidate = "";
  while (taken.includes(candidate)) candidate += "?";
  return candidate;
}

/**
 * True when some domain value satisfies both resolved tests; exact because both tests' truth is
 * constant between their representatives.
 */
export function testsIntersect(a: UnaryTest, b: UnaryTest, domain: ColumnDomain): boolean {
  const matchA = compileUnaryTest(a);
  const matchB = compileUnaryTest(b);
  return representatives([a, b], domain).some((value) => matchA(value) && matchB(value));
}

/**
 * Ordering and filtering of indexed column values, as a SQL database with a binary collation
 * does it: numbers by value, strings by Unicode code point (UTF-8 byte order), `null` matching
 * only `is-null`.
 * @internal
 * @module
 */
import type { ColumnValue, Condition } from "@kinerja/core";

/** −1, 0 or 1 as `a` sorts before, with or after `b` (null first, then numbers, then strings). */
export function compareValues(a: ColumnValue, b: ColumnValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : 1;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return compareCodePoints(a, b);
}

/** Compares two tuples element by element (a shorter prefix sorts first). */
export function compareTuples(a: readonly ColumnValue[], b: readonly ColumnValue[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** True when `value` satisfies `condition` (SQL semantics: a null only matches `is-null`). */
export function matches(value: ColumnValue, condition: Condition): boolean {
  if (condition.op === "is-null") return value === null;
  if (value === null) return false;
  switch (condition.op) {
    case "=":
      return value === condition.value;
    case "in":
      return condition.value.includes(value);
    case ">=":
      return sameType(value, condition.value) && compareValues(value, condition.value) >= 0;
    case "<=":
      return sameType(value, condition.value) && compareValues(value, condition.value) <= 0;
    case ">":
      return sameType(value, condition.value) && compareValues(value, condition.value) > 0;
    case "<":
      return sameType(value, condition.value) && compareValues(value, condition.value) < 0;
  }
}

/**
 * Code-point order of two strings. UTF-16 code-unit order differs from it only when a surrogate
 * (U+D800–U+DFFF) meets a unit at or above U+E000, so those are remapped before comparing.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) < rank(y) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

function sameType(a: ColumnValue, b: string | number): boolean {
  return typeof a === typeof b;
}

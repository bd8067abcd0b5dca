/**
 * The comparison rules of the acceptance-vector format (see the `about` field of
 * `vectors.public.json`): numbers are compared after rounding both sides to 2 decimals HALF_UP;
 * every field in `expected` must match and extra output fields are ignored; `reason` and
 * `violation` are human descriptions, matched when the output reports the input invalid
 * (`valid: false`) with at least one reason, whatever its wording.
 * @module
 */
import { roundDecimal } from "@kinerja/core";

/** Fields whose expected value is a human description, not a value to compare. */
const DESCRIPTIONS: ReadonlySet<string> = new Set(["reason", "violation"]);

/** One field that does not match, with the path inside the case's `expected`. */
export interface Difference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every difference between an expected object and an actual output (empty when they match). */
export function compareExpected(expected: Readonly<Record<string, unknown>>, actual: Readonly<Record<string, unknown>>): Difference[] {
  const differences: Difference[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (DESCRIPTIONS.has(key)) {
      if (!reportsInvalid(actual)) differences.push({ path: key, expected: want, actual: { valid: actual["valid"], reasons: reasonsOf(actual) } });
      continue;
    }
    compareValue(key, want, Object.hasOwn(actual, key) ? actual[key] : undefined, differences);
  }
  return differences;
}

function reportsInvalid(actual: Readonly<Record<string, unknown>>): boolean {
  return actual["valid"] === false && reasonsOf(actual).length > 0;
}

function reasonsOf(actual: Readonly<Record<string, unknown>>): readonly unknown[] {
  for (const key of ["reasons", "violations"]) {
    const value = actual[key];
    if (Array.isArray(value)) return value;
  }
  return [];
}

function compareValue(path: string, want: unknown, got: unknown, out: Difference[]): void {
  if (typeof want === "number") {
    if (typeof got !== "number" || !Number.isFinite(got) || round2(want) !== round2(got)) out.push({ path, expected: want, actual: got });
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return void out.push({ path, expected: want, actual: got });
    want.forEach((w, i) => compareValue(`${path}[${i}]`, w, got[i], out));
    return;
  }
  if (want !== null && typeof want === "object") {
    if (got === null || typeof got !== "object" || Array.isArray(got)) return void out.push({ path, expected: want, actual: got });
    const g = got as Record<string, unknown>;
    for (const [key, w] of Object.entries(want)) compareValue(`${path}.${key}`, w, Object.hasOwn(g, key) ? g[key] : undefined, out);
    return;
  }
  if (want !== got) out.push({ path, expected: want, actual: got });
}

function round2(x: number): number {
  return roundDecimal(x, 2, "HALF_UP");
}

/**
 * Runs acceptance vectors — files in the format of `vectors.public.json`: `{ cases: [{ id, kind,
 * input, expected, source? }] }` — through the presets and core utilities, one adapter per `kind`.
 * One failing or unreadable case never stops the others.
 * @module
 */
import { compareExpected, type Difference } from "./compare.js";
import type { AdapterTable, VectorInput } from "./types.js";

/** One case of a vector file. */
export interface VectorCase {
  readonly id: string;
  readonly kind: string;
  readonly input: VectorInput;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly source?: string;
}

/** The result of one case: its actual output beside the expected one. */
export interface CaseOutcome {
  readonly id: string;
  readonly kind: string;
  readonly passed: boolean;
  readonly expected: Readonly<Record<string, unknown>>;
  /** The adapter's output (absent when it failed). */
  readonly actual?: Readonly<Record<string, unknown>>;
  readonly differences: readonly Difference[];
  /** Why the case could not be evaluated (unknown kind, unreadable input, …). */
  readonly error?: string;
  readonly source?: string;
}

/** The whole run. */
export interface VectorReport {
  readonly passed: number;
  readonly failed: number;
  readonly cases: readonly CaseOutcome[];
}

/**
 * Parses a vector file's JSON value; throws a `TypeError` naming what is wrong when it is not in
 * the format (a `cases` array of objects with string `id` and `kind` and object `input` / `expected`).
 */
export function readVectorFile(value: unknown): VectorCase[] {
  const cases = value !== null && typeof value === "object" ? (value as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(cases)) throw new TypeError("a vector file is an object with a `cases` array");
  return cases.map((c, i) => {
    const ok =
      c !== null && typeof c === "object" && typeof c.id === "string" && typeof c.kind === "string" && isRecord(c.input) && isRecord(c.expected);
    if (!ok) throw new TypeError(`cases[${i}] needs a string id and kind and object input and expected`);
    return c as VectorCase;
  });
}

/**
 * Evaluates every case with the adapter of its kind.
 *
 * @example
 * ```ts
 * const report = runVectors(readVectorFile(JSON.parse(text)));
 * console.log(`${report.passed} passed, ${report.failed} failed`);
 * ```
 */
export function runVectors(cases: readonly VectorCase[], adapters: AdapterTable): VectorReport {
  const outcomes = cases.map((c) => runCase(c, adapters));
  const passed = outcomes.filter((o) => o.passed).length;
  return { passed, failed: outcomes.length - passed, cases: outcomes };
}

function runCase(c: VectorCase, adapters: AdapterTable): CaseOutcome {
  const base = { id: c.id, kind: c.kind, expected: c.expected, ...(c.source === undefined ? {} : { source: c.source }) };
  const adapter = Object.hasOwn(adapters, c.kind) ? adapters[c.kind] : undefined;
  if (!adapter) return { ...base, passed: false, differences: [], error: `no adapter for kind "${c.kind}" (known: ${Object.keys(adapters).join(", ")})` };
  try {
    const actual = adapter(c.input);
    const differences = compareExpected(c.expected, actual);
    return { ...base, passed: differences.length === 0, actual, differences };
  } catch (error) {
    return { ...base, passed: false, differences: [], error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

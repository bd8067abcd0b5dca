/**
 * Assertions of the conformance suite (plain `node:assert/strict`, so any runner works), exported
 * for adapter authors' own tests: the error a call must fail with, and a walk over every page of
 * a list.
 * @module
 */
import assert from "node:assert/strict";
import { STORE_ERROR_CODES, type IssuePath, type KinerjaError, type Page, type StoreError, type StoreErrorReason } from "@kinerja/core";

/** What {@link expectStoreError} checks. */
export interface ExpectedStoreError {
  readonly reason: StoreErrorReason;
  /** The error's exact `path`, when given. */
  readonly path?: IssuePath;
}

/**
 * Asserts that `promise` rejects with a `StoreError` of this reason (its code matching, a
 * bilingual message, `isRetryable` only for connection / serialization failures) and, when
 * given, this path. Returns the error.
 *
 * @example
 * ```ts
 * await expectStoreError(store.putUnit({ actor, unitId, nama, parentId: "missing" }), { reason: "constraint", path: ["parentId"] });
 * ```
 */
export async function expectStoreError(promise: Promise<unknown>, expected: ExpectedStoreError): Promise<StoreError> {
  const error = await rejection(promise);
  const e = error as Partial<StoreError>;
  assert.equal(e?.name, "StoreError", `expected a StoreError (${expected.reason}), got ${describe(error)}`);
  assert.equal(e.reason, expected.reason, `expected reason ${expected.reason}, got ${String(e.reason)}: ${e.message}`);
  assert.equal(e.code, STORE_ERROR_CODES[expected.reason]);
  assert.equal(e.isRetryable, expected.reason === "connection" || expected.reason === "serialization");
  assertBilingual(e.text);
  if (expected.path !== undefined) assert.deepEqual([...(e.path ?? [])], [...expected.path], `path of: ${e.message}`);
  return error as StoreError;
}

/**
 * Asserts that `promise` rejects with `INPUT_INVALID` (not a `StoreError`) whose issues each
 * carry a code, a path and a bilingual message, and that every path of `paths` begins some
 * issue's path. Returns the error.
 *
 * @example
 * ```ts
 * await expectInputInvalid(store.listUnits({ limit: 0 }), [["limit"]]);
 * ```
 */
export async function expectInputInvalid(promise: Promise<unknown>, paths: readonly IssuePath[] = []): Promise<KinerjaError> {
  const error = await rejection(promise);
  const e = error as Partial<KinerjaError>;
  assert.equal(e?.code, "INPUT_INVALID", `expected INPUT_INVALID, got ${describe(error)}`);
  assert.notEqual(e.name, "StoreError");
  const issues = e.issues ?? [];
  assert.ok(issues.length > 0, "INPUT_INVALID without issues");
  for (const i of issues) {
    assert.equal(typeof i.code, "string");
    assert.ok(Array.isArray(i.path), "issue without a path");
    assertBilingual(i.message);
  }
  for (const path of paths) {
    const found = issues.some((i) => startsWith(i.path, path));
    assert.ok(found, `no issue at ${JSON.stringify(path)}; issues at ${JSON.stringify(issues.map((i) => i.path))}`);
  }
  return error as KinerjaError;
}

/** Options of {@link collectPages}. */
export interface CollectPagesOptions {
  /** The page size asked for (pages must not be larger); default none. */
  readonly limit?: number;
  /** Give up after this many pages; default 10 000. */
  readonly maxPages?: number;
}

/**
 * Walks a list from its first page to the page whose `nextCursor` is `null` and returns every
 * item. Asserts that no page is larger than `limit` and that no page after the first is empty
 * (a list must end with `nextCursor: null`, not with an empty page).
 *
 * @example
 * ```ts
 * const units = await collectPages((cursor) => store.listUnits({ parentId, limit: 2, ...(cursor ? { cursor } : {}) }), { limit: 2 });
 * ```
 */
export async function collectPages<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>, options: CollectPagesOptions = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < (options.maxPages ?? 10_000); n++) {
    const page = await fetch(cursor);
    assert.ok(Array.isArray(page.items), "a page without items");
    if (options.limit !== undefined) assert.ok(page.items.length <= options.limit, `page of ${page.items.length} items, limit ${options.limit}`);
    if (n > 0) assert.ok(page.items.length > 0, "an empty page after a nextCursor: the previous page should have ended the list");
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    assert.equal(typeof page.nextCursor, "string");
    cursor = page.nextCursor;
  }
  assert.fail("the list never ended (nextCursor never null)");
}

/** True when `path` begins with `prefix`. */
export function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error;
  }
  assert.fail(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 300)}`);
}

function assertBilingual(text: unknown): void {
  const t = text as { id?: unknown; en?: unknown } | undefined;
  assert.ok(typeof t?.id === "string" && t.id.length > 0, "message without Bahasa Indonesia text");
  assert.ok(typeof t?.en === "string" && t.en.length > 0, "message without English text");
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name} ${(error as { code?: string }).code ?? ""}: ${error.message}`;
  return String(error);
}

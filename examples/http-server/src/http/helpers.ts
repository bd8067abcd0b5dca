/**
 * Small helpers shared by route handlers and domain modules: If-Match on upserts, the
 * Idempotency-Key of store writes, optional fields under `exactOptionalPropertyTypes`, reading
 * every page of a store list. The one implementation of each: do not copy them elsewhere.
 * @module
 */
import type { Page } from "@kinerja/core";
import { HttpError } from "./errors.js";

/** The If-Match version of an update, or a 428 when the header is missing. */
export function needIfMatch(ifMatch: number | undefined): number {
  if (ifMatch === undefined) {
    throw new HttpError(428, "PRECONDITION_REQUIRED", {
      id: 'Data ini sudah ada: kirim header If-Match berisi ETag terakhir, mis. If-Match: "3"',
      en: 'This record exists: send an If-Match header with its last ETag, e.g. If-Match: "3"',
    });
  }
  return ifMatch;
}

/**
 * `{ expectedRowVersion }` for an update of `existing` (If-Match required), `{}` for a create.
 * A retry of a create with its Idempotency-Key (no If-Match) goes to the store as a create, which
 * replays the first result (or answers 409 when the key was not used for this create).
 */
export function versionIf(existing: unknown, ifMatch: number | undefined, idempotencyKey?: string): { expectedRowVersion?: number } {
  if (!existing) return {};
  if (ifMatch === undefined && idempotencyKey !== undefined) return {};
  return { expectedRowVersion: needIfMatch(ifMatch) };
}

/** 201 for a record just created (rowVersion 1), else 200. */
export function upsertStatus(saved: { readonly rowVersion: number }): 200 | 201 {
  return saved.rowVersion === 1 ? 201 : 200;
}

/** `{ idempotencyKey }` when the request carried one. */
export function idem(key: string | undefined): { idempotencyKey?: string } {
  return key === undefined ? {} : { idempotencyKey: key };
}

/** `value` without its `undefined` properties (for store options under exactOptionalPropertyTypes). */
export function compact<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The page size {@link everyPage} asks for: the store's largest, so few round trips are needed. */
export const FULL_PAGE = 1000;

/**
 * Every item of a paged store list: `fetch` gets `{ limit, cursor? }` to spread into the store's
 * options, e.g. `everyPage((page) => store.listUnits({ ...page }))`.
 */
export async function everyPage<T>(fetch: (page: { limit: number; cursor?: string }) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch({ limit: FULL_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}

/** `YYYY-MM-DD` of `now` (UTC). */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Storage errors: a {@link KinerjaError} with one of a few reasons (not found, conflict,
 * constraint, connection, serialization) and whether retrying the same call can succeed.
 * @module
 */
import { KinerjaError, type Issue, type IssuePath, type KinerjaErrorCode } from "../errors.js";
import type { LocalizedText } from "../i18n/text.js";

/** Why a storage call failed. */
export type StoreErrorReason = "not_found" | "conflict" | "constraint" | "connection" | "serialization" | "unknown";

/** Every {@link StoreErrorReason}. */
export const STORE_ERROR_REASONS: readonly StoreErrorReason[] = Object.freeze([
  "not_found",
  "conflict",
  "constraint",
  "connection",
  "serialization",
  "unknown",
] as const);

/** The `KinerjaError` code a {@link StoreError} of each {@link StoreErrorReason} carries. */
export const STORE_ERROR_CODES: Readonly<Record<StoreErrorReason, KinerjaErrorCode>> = Object.freeze({
  not_found: "STORE_NOT_FOUND",
  conflict: "STORE_CONFLICT",
  constraint: "STORE_CONSTRAINT",
  connection: "STORE_CONNECTION",
  serialization: "STORE_SERIALIZATION",
  unknown: "STORE_FAILED",
});

/** Options of the {@link StoreError} constructor. */
export interface StoreErrorOptions {
  readonly path?: IssuePath;
  readonly cause?: unknown;
  readonly issues?: readonly Issue[];
  /** Overrides the reason's default (connection and serialization failures are retryable). */
  readonly retryable?: boolean;
}

/**
 * A failed storage call. `reason` classifies it; `isRetryable` says whether the same call may
 * succeed when repeated (a dropped connection, a serialization failure or deadlock): the failed
 * write left nothing behind, and an idempotency key makes the retry safe.
 *
 * @example
 * ```ts
 * try { await store.updatePlan(...); } catch (e) { if (isStoreError(e) && e.reason === "conflict") reload(); }
 * ```
 */
export class StoreError extends KinerjaError {
  /** The class of failure. */
  readonly reason: StoreErrorReason;
  /** True when repeating the call can succeed (connection and serialization failures). */
  readonly isRetryable: boolean;

  constructor(reason: StoreErrorReason, text: LocalizedText, options: StoreErrorOptions = {}) {
    super(STORE_ERROR_CODES[reason], text, {
      ...(options.path ? { path: options.path } : {}),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      ...(options.issues ? { issues: options.issues } : {}),
    });
    this.name = "StoreError";
    this.reason = reason;
    this.isRetryable = options.retryable ?? (reason === "connection" || reason === "serialization");
  }
}

/** True when `value` is a {@link StoreError}. */
export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}

/** True when `value` is a storage failure that may succeed if the same call is repeated. */
export function isRetryable(value: unknown): boolean {
  return value instanceof StoreError && value.isRetryable;
}

/** A `not_found` error for an entity (`plan`, `employee`, …) and its key. */
export function notFound(entity: string, key: string, path: IssuePath = []): StoreError {
  return new StoreError("not_found", { id: `${entity} '${key}' tidak ditemukan`, en: `${entity} '${key}' was not found` }, { path });
}

/** A `conflict` error for a stale optimistic version. */
export function staleVersion(entity: string, key: string, expected: number, actual: number | undefined): StoreError {
  const now = actual === undefined ? "" : `; versi saat ini ${actual}`;
  const nowEn = actual === undefined ? "" : `; the current version is ${actual}`;
  return new StoreError(
    "conflict",
    {
      id: `${entity} '${key}' sudah diubah orang lain (versi ${expected} sudah usang${now}); muat ulang lalu ulangi`,
      en: `${entity} '${key}' was changed by someone else (version ${expected} is stale${nowEn}); reload and retry`,
    },
    { path: ["expectedRowVersion"] },
  );
}

/** A `constraint` error with a bilingual explanation. */
export function constraint(text: LocalizedText, path: IssuePath = [], cause?: unknown): StoreError {
  return new StoreError("constraint", text, { path, ...(cause === undefined ? {} : { cause }) });
}

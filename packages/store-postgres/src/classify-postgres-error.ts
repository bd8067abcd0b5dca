/**
 * Classifies what `pg` throws into a {@link StoreError} reason by SQLSTATE, Node socket code or
 * the messages `pg` uses for a lost connection.
 * @module
 */
import { StoreError, isStoreError, type StoreErrorReason } from "@kinerja/core";
import { SOCKET_ERROR_CODES } from "@kinerja/store-sql";

/** SQLSTATEs (besides classes 08 and 23) with a reason of their own. */
const SQLSTATE_REASONS: Readonly<Record<string, StoreErrorReason>> = Object.freeze({
  "40001": "serialization", // serialization_failure
  "40P01": "serialization", // deadlock_detected
  "55P03": "serialization", // lock_not_available (lock_timeout)
  "57P01": "connection", // admin_shutdown (also pg_terminate_backend)
  "57P02": "connection", // crash_shutdown
  "57P03": "connection", // cannot_connect_now (starting up, in recovery)
  "53300": "connection", // too_many_connections
});

/** Messages `pg` and `pg-pool` throw (without a code) when a connection is lost or cannot be made. */
const CONNECTION_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/,
  /is not queryable/,
  /timeout exceeded when trying to connect/,
  /^timeout expired$/,
  /^Query read timeout$/,
];

/**
 * Turns an error thrown by `pg` into a classified {@link StoreError}: SQLSTATE class 23 →
 * `constraint`; 40001, 40P01, 55P03 → `serialization`; class 08, 57P01–57P03, 53300, socket errors
 * and "Connection terminated" → `connection` (both retryable); anything else → `unknown`. A
 * `StoreError` is returned unchanged.
 *
 * @example
 * ```ts
 * classifyPostgresError(Object.assign(new Error("dup"), { code: "23505" })).reason; // "constraint"
 * ```
 */
export function classifyPostgresError(error: unknown): StoreError {
  if (isStoreError(error)) return error;
  const code = codeOf(error);
  const message = messageOf(error);
  const reason = reasonOf(code, message);
  const detail = code === undefined ? message : `${code}: ${message}`;
  return new StoreError(reason, textOf(reason, detail, constraintOf(error)), { cause: error });
}

function reasonOf(code: string | undefined, message: string): StoreErrorReason {
  if (code !== undefined) {
    if (/^23[0-9A-Z]{3}$/.test(code)) return "constraint";
    if (/^08[0-9A-Z]{3}$/.test(code)) return "connection";
    const known = SQLSTATE_REASONS[code];
    if (known) return known;
    if (SOCKET_ERROR_CODES.has(code)) return "connection";
  }
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(message)) ? "connection" : "unknown";
}

function textOf(reason: StoreErrorReason, detail: string, constraintName: string | undefined): { id: string; en: string } {
  switch (reason) {
    case "constraint": {
      const name = constraintName === undefined ? "" : ` (${constraintName})`;
      return { id: `Batasan basis data dilanggar${name}: ${detail}`, en: `A database constraint was violated${name}: ${detail}` };
    }
    case "serialization":
      return {
        id: `Transaksi bertabrakan dengan transaksi lain dan dibatalkan; ulangi (${detail})`,
        en: `The transaction conflicted with a concurrent one and was rolled back; retry it (${detail})`,
      };
    case "connection":
      return {
        id: `Koneksi ke PostgreSQL gagal atau terputus; ulangi (${detail})`,
        en: `The connection to PostgreSQL failed or was lost; retry (${detail})`,
      };
    default:
      return { id: `Kesalahan PostgreSQL: ${detail}`, en: `PostgreSQL error: ${detail}` };
  }
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.length > 0 ? code : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "unexpected error";
}

function constraintOf(error: unknown): string | undefined {
  const name = typeof error === "object" && error !== null ? (error as { constraint?: unknown }).constraint : undefined;
  return typeof name === "string" && name.length > 0 ? name : undefined;
}

/**
 * Classifies what `mysql2` throws into a {@link StoreError} reason by server error number, SQLSTATE,
 * client error code or the messages mysql2 uses for a closed connection.
 * @module
 */
import { StoreError, isStoreError, type StoreErrorReason } from "@kinerja/core";
import { SOCKET_ERROR_CODES } from "@kinerja/store-sql";

/** Server error numbers with a reason of their own. */
const ERRNO_REASONS: ReadonlyMap<number, StoreErrorReason> = new Map<number, StoreErrorReason>([
  [1062, "constraint"], // ER_DUP_ENTRY
  [1586, "constraint"], // ER_DUP_ENTRY_WITH_KEY_NAME
  [1451, "constraint"], // ER_ROW_IS_REFERENCED_2
  [1452, "constraint"], // ER_NO_REFERENCED_ROW_2
  [1216, "constraint"], // ER_NO_REFERENCED_ROW
  [1217, "constraint"], // ER_ROW_IS_REFERENCED
  [1048, "constraint"], // ER_BAD_NULL_ERROR
  [3819, "constraint"], // ER_CHECK_CONSTRAINT_VIOLATED (MySQL)
  [4025, "constraint"], // ER_CONSTRAINT_FAILED (MariaDB)
  [1213, "serialization"], // ER_LOCK_DEADLOCK
  [1205, "serialization"], // ER_LOCK_WAIT_TIMEOUT
  [1020, "serialization"], // ER_CHECKREAD (record changed since the last read)
  [1040, "connection"], // ER_CON_COUNT_ERROR (too many connections)
  [1053, "connection"], // ER_SERVER_SHUTDOWN
  [1152, "connection"], // ER_ABORTING_CONNECTION
  [1927, "connection"], // ER_CONNECTION_KILLED (MariaDB)
  [2006, "connection"], // CR_SERVER_GONE_ERROR
  [2013, "connection"], // CR_SERVER_LOST
  [4031, "connection"], // ER_CLIENT_INTERACTION_TIMEOUT (MySQL)
]);

/** Client-side codes of a lost or refused connection. */
const CONNECTION_CODES: ReadonlySet<string> = new Set(["PROTOCOL_CONNECTION_LOST", "PROTOCOL_SEQUENCE_TIMEOUT", ...SOCKET_ERROR_CODES]);

/** Messages mysql2 throws (without a code) when a connection is closed or none is available. */
const CONNECTION_MESSAGES: readonly RegExp[] = [/in closed state/, /^Connection lost/, /^No connections available/, /^Queue limit reached/];

/**
 * Turns an error thrown by `mysql2` into a classified {@link StoreError}: duplicate keys, foreign
 * keys, NOT NULL and CHECK violations → `constraint`; deadlocks (1213) and lock wait timeouts (1205)
 * → `serialization`; a lost, killed or refused connection (2006, 2013, 1927, `ECONNRESET`,
 * `PROTOCOL_CONNECTION_LOST`, any fatal error) → `connection`; anything else → `unknown`. A
 * `StoreError` is returned unchanged.
 *
 * @example
 * ```ts
 * classifyMysqlError(Object.assign(new Error("dup"), { errno: 1062, code: "ER_DUP_ENTRY" })).reason; // "constraint"
 * ```
 */
export function classifyMysqlError(error: unknown): StoreError {
  if (isStoreError(error)) return error;
  const fields = fieldsOf(error);
  const reason = reasonOf(fields);
  const label = fields.code ?? (fields.errno === undefined ? undefined : String(fields.errno));
  const detail = label === undefined ? fields.message : `${label}: ${fields.message}`;
  return new StoreError(reason, textOf(reason, detail), { cause: error });
}

interface ErrorFields {
  readonly errno: number | undefined;
  readonly code: string | undefined;
  readonly sqlState: string | undefined;
  readonly fatal: boolean;
  readonly message: string;
}

function reasonOf(fields: ErrorFields): StoreErrorReason {
  const byErrno = fields.errno === undefined ? undefined : ERRNO_REASONS.get(fields.errno);
  if (byErrno) return byErrno;
  if (fields.code !== undefined && CONNECTION_CODES.has(fields.code)) return "connection";
  if (fields.sqlState === "23000") return "constraint";
  if (fields.sqlState === "40001") return "serialization";
  if (fields.sqlState?.startsWith("08")) return "connection";
  if (fields.fatal) return "connection";
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(fields.message)) ? "connection" : "unknown";
}

function textOf(reason: StoreErrorReason, detail: string): { id: string; en: string } {
  switch (reason) {
    case "constraint":
      return { id: `Batasan basis data dilanggar: ${detail}`, en: `A database constraint was violated: ${detail}` };
    case "serialization":
      return {
        id: `Transaksi bertabrakan dengan transaksi lain dan dibatalkan; ulangi (${detail})`,
        en: `The transaction conflicted with a concurrent one and was rolled back; retry it (${detail})`,
      };
    case "connection":
      return { id: `Koneksi ke MySQL gagal atau terputus; ulangi (${detail})`, en: `The connection to MySQL failed or was lost; retry (${detail})` };
    default:
      return { id: `Kesalahan MySQL: ${detail}`, en: `MySQL error: ${detail}` };
  }
}

function fieldsOf(error: unknown): ErrorFields {
  const record = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : {};
  const errno = record["errno"];
  const code = record["code"];
  const sqlState = record["sqlState"];
  return {
    errno: typeof errno === "number" ? errno : undefined,
    code: typeof code === "string" && code.length > 0 ? code : undefined,
    sqlState: typeof sqlState === "string" ? sqlState : undefined,
    fatal: record["fatal"] === true,
    message: error instanceof Error ? error.message : typeof error === "string" ? error : "unexpected error",
  };
}

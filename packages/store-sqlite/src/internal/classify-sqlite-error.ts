/**
 * Turning better-sqlite3's errors into classified `StoreError`s.
 * @module
 */
import { StoreError, isStoreError } from "@kinerja/core";

/**
 * `SQLITE_CONSTRAINT_*` → `constraint`; `SQLITE_BUSY*` / `SQLITE_LOCKED*` → `serialization`
 * (retryable: another connection held the lock past the busy timeout); a closed database →
 * `connection`; anything else → `unknown`. A `StoreError` is returned as is.
 */
export function classifySqliteError(error: unknown, databaseOpen: boolean): StoreError {
  if (isStoreError(error)) return error;
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith("SQLITE_CONSTRAINT")) {
    return new StoreError("constraint", { id: `Penulisan melanggar batasan basis data SQLite (${detail})`, en: `The write violates a SQLite constraint (${detail})` }, { cause: error });
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new StoreError(
      "serialization",
      { id: `Basis data SQLite sedang dikunci koneksi lain (${detail}); ulangi`, en: `The SQLite database is locked by another connection (${detail}); retry` },
      { cause: error },
    );
  }
  if (!databaseOpen || /connection is not open/i.test(detail)) return closedDatabase(error);
  return new StoreError("unknown", { id: `Kegagalan SQLite: ${detail}`, en: `SQLite failed: ${detail}` }, { cause: error });
}

/** The `connection` error of a database that was closed. */
export function closedDatabase(cause?: unknown): StoreError {
  return new StoreError(
    "connection",
    { id: "Basis data SQLite sudah ditutup", en: "The SQLite database is closed" },
    cause === undefined ? {} : { cause },
  );
}

function codeOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "";
}

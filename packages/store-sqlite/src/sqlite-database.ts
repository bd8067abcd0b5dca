/**
 * The parts of a better-sqlite3 `Database` the adapter uses, as structural types: the published
 * typings of `@kinerja/store-sqlite` then need neither `better-sqlite3` nor `@types/better-sqlite3`.
 * A `new Database(...)` from better-sqlite3 12 fits them.
 * @module
 */

/** A prepared statement of better-sqlite3. */
export interface SqliteStatement {
  /** True when the statement returns rows. */
  readonly reader: boolean;
  /** Runs a query and returns every row as an object. */
  all(...params: unknown[]): unknown[];
  /** Runs a statement that returns no rows. */
  run(...params: unknown[]): { readonly changes: number | bigint };
}

/** An open better-sqlite3 `Database` (a file, or `":memory:"`). */
export interface SqliteDatabase {
  prepare(source: string): SqliteStatement;
  /** False once `close()` was called. */
  readonly open: boolean;
  /** True inside a transaction. */
  readonly inTransaction: boolean;
  /** True for an in-memory (or temporary) database. */
  readonly memory: boolean;
  /** The file name the database was opened with. */
  readonly name: string;
}

/** True when `value` looks like an open better-sqlite3 `Database`. */
export function isSqliteDatabase(value: unknown): value is SqliteDatabase {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof SqliteDatabase, unknown>>;
  return typeof candidate.prepare === "function" && typeof candidate.open === "boolean" && typeof candidate.inTransaction === "boolean" && typeof candidate.memory === "boolean";
}

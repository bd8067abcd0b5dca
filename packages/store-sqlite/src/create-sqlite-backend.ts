/**
 * `createSqliteBackend`: the shared relational backend of `@kinerja/store-sql` on a better-sqlite3
 * database the caller opened.
 * @module
 */
import type { StoreBackend } from "@kinerja/core";
import { createSqlBackend } from "@kinerja/store-sql";
import { createSqliteDriver } from "./internal/sqlite-driver.js";
import { isSqliteDatabase, type SqliteDatabase } from "./sqlite-database.js";

/** Options of {@link createSqliteBackend}. */
export interface SqliteBackendOptions {
  /**
   * An open better-sqlite3 `Database` (`new Database("kinerja.db")` or `":memory:"`). The caller
   * owns it: the adapter never closes it and sets no pragma on it (it only switches `busy_timeout`
   * off while taking the write lock or committing, to wait asynchronously, and restores it).
   */
  readonly database: SqliteDatabase;
  /** Prepended to every table name (`simpeg_` → `simpeg_kinerja_plan`); default none. */
  readonly tablePrefix?: string;
}

/**
 * The `StoreBackend` of SQLite, for `createStore` from `@kinerja/core` (most applications call
 * {@link createSqliteStore} instead). Transactions are serialised in the process (one connection):
 * writes and migrations run in `BEGIN IMMEDIATE`, reads in `BEGIN DEFERRED`; waiting for another
 * connection's lock does not block the event loop.
 *
 * @example
 * ```ts
 * const store = createStore(createSqliteBackend({ database: new Database("kinerja.db") }));
 * ```
 */
export function createSqliteBackend(options: SqliteBackendOptions): StoreBackend {
  if (typeof options !== "object" || options === null) throw new TypeError("createSqliteBackend: options are required");
  if (!isSqliteDatabase(options.database)) throw new TypeError("createSqliteBackend: `database` must be a better-sqlite3 Database");
  if (!options.database.open) throw new TypeError("createSqliteBackend: `database` is closed");
  return createSqlBackend(createSqliteDriver(options.database), {
    name: "sqlite",
    ...(options.tablePrefix === undefined ? {} : { tablePrefix: options.tablePrefix }),
  });
}

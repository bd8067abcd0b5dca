/**
 * `createSqliteStore`: the embedded default `KinerjaStore` — every domain rule of `@kinerja/core`
 * on a SQLite file (or `:memory:`) through better-sqlite3.
 * @module
 */
import { createStore, type KinerjaStore, type StoreOptions } from "@kinerja/core";
import { createSqliteBackend, type SqliteBackendOptions } from "./create-sqlite-backend.js";

/** Options of {@link createSqliteStore}: the database, and the store's clock, id generator and retries. */
export interface SqliteStoreOptions extends SqliteBackendOptions, StoreOptions {}

/**
 * A `KinerjaStore` on a better-sqlite3 database you opened. Call `migrate()` once at start-up
 * (it is safe on every start).
 *
 * @example
 * ```ts
 * import Database from "better-sqlite3";
 * const database = new Database("kinerja.db");
 * database.pragma("journal_mode = WAL");
 * const store = createSqliteStore({ database });
 * await store.migrate();
 * ```
 */
export function createSqliteStore(options: SqliteStoreOptions): KinerjaStore {
  const backend = createSqliteBackend(options);
  const { clock, newId, maxRetries } = options;
  return createStore(backend, {
    ...(clock === undefined ? {} : { clock }),
    ...(newId === undefined ? {} : { newId }),
    ...(maxRetries === undefined ? {} : { maxRetries }),
  });
}

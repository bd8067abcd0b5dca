/**
 * `createPostgresStore` / `createPostgresBackend`: a full `KinerjaStore` (every rule of core's
 * `createStore`) on PostgreSQL through an injected `pg` pool.
 * @module
 */
import { createStore, type KinerjaStore, type StoreBackend, type StoreOptions } from "@kinerja/core";
import { createSqlBackend } from "@kinerja/store-sql";
import type { Pool } from "pg";
import { checkPostgresOptions } from "./internal/check-options.js";
import { createPostgresDriver, type PostgresIsolationLevel } from "./postgres-driver.js";

/** Options of {@link createPostgresBackend}. */
export interface PostgresBackendOptions {
  /** The `pg` pool to borrow clients from; the application creates it and ends it. */
  readonly pool: Pool;
  /**
   * The schema of the store's tables (created by `migrate()` when missing); every transaction sets
   * it with `SET LOCAL search_path`. Default: the connection's current schema (usually `public`).
   */
  readonly schema?: string;
  /** Prepended to every table name (`simpeg_` → `simpeg_kinerja_plan`); default none. */
  readonly tablePrefix?: string;
  /**
   * Isolation of writing transactions; default `"read committed"` (updates check `row_version`,
   * unique constraints guard the rest). `"serializable"` also rules out write skew between
   * concurrent writes; its serialization failures are retried by the store.
   */
  readonly isolationLevel?: PostgresIsolationLevel;
}

/** Options of {@link createPostgresStore}: the backend's, plus the store's clock, id generator and retries. */
export interface PostgresStoreOptions extends PostgresBackendOptions, StoreOptions {}

/**
 * Creates a {@link KinerjaStore} on PostgreSQL. Call `migrate()` once at start-up.
 *
 * @example
 * ```ts
 * const store = createPostgresStore({ pool: new pg.Pool({ connectionString }), schema: "kinerja" });
 * await store.migrate();
 * await store.putUnit({ actor: "admin", unitId: "setda", nama: "Sekretariat Daerah" });
 * ```
 */
export function createPostgresStore(options: PostgresStoreOptions): KinerjaStore {
  checkPostgresOptions("createPostgresStore", options);
  const { clock, newId, maxRetries } = options;
  return createStore(buildBackend(options), {
    ...(clock ? { clock } : {}),
    ...(newId ? { newId } : {}),
    ...(maxRetries === undefined ? {} : { maxRetries }),
  });
}

/**
 * Creates the PostgreSQL {@link StoreBackend} (row-level primitives only); pass it to core's
 * `createStore`. Most applications call {@link createPostgresStore} instead.
 *
 * @example
 * ```ts
 * const store = createStore(createPostgresBackend({ pool }), { clock });
 * ```
 */
export function createPostgresBackend(options: PostgresBackendOptions): StoreBackend {
  checkPostgresOptions("createPostgresBackend", options);
  return buildBackend(options);
}

function buildBackend(options: PostgresBackendOptions): StoreBackend {
  const driver = createPostgresDriver({
    pool: options.pool,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    ...(options.isolationLevel === undefined ? {} : { isolationLevel: options.isolationLevel }),
  });
  return createSqlBackend(driver, options.tablePrefix === undefined ? {} : { tablePrefix: options.tablePrefix });
}

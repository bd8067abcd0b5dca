/**
 * `createMysqlStore` / `createMysqlBackend`: a full `KinerjaStore` (every rule of core's
 * `createStore`) on MySQL or MariaDB through an injected `mysql2/promise` pool.
 * @module
 */
import { createStore, type KinerjaStore, type StoreBackend, type StoreOptions } from "@kinerja/core";
import { createSqlBackend } from "@kinerja/store-sql";
import type { Pool } from "mysql2/promise";
import { checkMysqlOptions } from "./internal/check-options.js";
import { createMysqlDialect } from "./mysql-dialect.js";
import { createMysqlDriver, type MysqlIsolationLevel } from "./mysql-driver.js";

/** Options of {@link createMysqlBackend}. */
export interface MysqlBackendOptions {
  /** The `mysql2/promise` pool to borrow connections from (its database holds the tables); the application ends it. */
  readonly pool: Pool;
  /** Prepended to every table name (`simpeg_` → `simpeg_kinerja_plan`); default none. */
  readonly tablePrefix?: string;
  /** Isolation of writing transactions; default `"read committed"` (fewer gap locks and deadlocks than InnoDB's default). */
  readonly isolationLevel?: MysqlIsolationLevel;
  /**
   * Most bytes one statement of a bulk write holds; default 4 MiB. Keep it well under the server's
   * `max_allowed_packet` (16 MiB on MariaDB, 64 MiB on MySQL 8 by default).
   */
  readonly maxStatementBytes?: number;
  /** Seconds `migrate()` waits for another process's migration lock; default 30. */
  readonly migrationLockTimeoutSeconds?: number;
}

/** Options of {@link createMysqlStore}: the backend's, plus the store's clock, id generator and retries. */
export interface MysqlStoreOptions extends MysqlBackendOptions, StoreOptions {}

/**
 * Creates a {@link KinerjaStore} on MySQL 8 or MariaDB 10.6+. Call `migrate()` once at start-up.
 *
 * @example
 * ```ts
 * const store = createMysqlStore({ pool: mysql.createPool({ uri: process.env.DATABASE_URL }) });
 * await store.migrate();
 * await store.putUnit({ actor: "admin", unitId: "setda", nama: "Sekretariat Daerah" });
 * ```
 */
export function createMysqlStore(options: MysqlStoreOptions): KinerjaStore {
  checkMysqlOptions("createMysqlStore", options);
  const { clock, newId, maxRetries } = options;
  return createStore(buildBackend(options), {
    ...(clock ? { clock } : {}),
    ...(newId ? { newId } : {}),
    ...(maxRetries === undefined ? {} : { maxRetries }),
  });
}

/**
 * Creates the MySQL {@link StoreBackend} (row-level primitives only); pass it to core's
 * `createStore`. Most applications call {@link createMysqlStore} instead.
 *
 * @example
 * ```ts
 * const store = createStore(createMysqlBackend({ pool }), { clock });
 * ```
 */
export function createMysqlBackend(options: MysqlBackendOptions): StoreBackend {
  checkMysqlOptions("createMysqlBackend", options);
  return buildBackend(options);
}

function buildBackend(options: MysqlBackendOptions): StoreBackend {
  const driver = createMysqlDriver({
    pool: options.pool,
    dialect: createMysqlDialect(options.maxStatementBytes === undefined ? {} : { maxStatementBytes: options.maxStatementBytes }),
    ...(options.isolationLevel === undefined ? {} : { isolationLevel: options.isolationLevel }),
    ...(options.migrationLockTimeoutSeconds === undefined ? {} : { migrationLockTimeoutSeconds: options.migrationLockTimeoutSeconds }),
  });
  return createSqlBackend(driver, options.tablePrefix === undefined ? {} : { tablePrefix: options.tablePrefix });
}

/**
 * `createSqlBackend`: the one relational `StoreBackend` behind the SQLite, PostgreSQL and MySQL
 * adapters. It generates every statement from `ENTITY_TABLES` and a {@link SqlDialect}, and runs
 * them through a {@link SqlDriver}; an adapter supplies only the driver.
 * @module
 */
import { ENTITY_KINDS, ENTITY_TABLES, type BackendTransaction, type EntityKind, type MigrationReport, type StoreBackend } from "@kinerja/core";
import type { SqlDriver } from "./driver.js";
import { applyMigrations } from "./internal/apply-migrations.js";
import { EntitySql } from "./internal/entity-sql.js";
import { LogSql } from "./internal/log-sql.js";
import { classified, createSqlTransaction, runStatement, type SqlContext } from "./internal/sql-transaction.js";
import { assertTablePrefix, sqlTableNames } from "./schema.js";

/** Options of {@link createSqlBackend}. */
export interface SqlBackendOptions {
  /** The backend's (and store's) name; default the dialect's name (`sqlite`, `postgres`, `mysql`). */
  readonly name?: string;
  /**
   * Prepended to every table name (`simpeg_` → `simpeg_kinerja_plan`), to share a database or
   * schema with other tables; lowercase letters, digits and `_`, at most 20 characters. Default none.
   */
  readonly tablePrefix?: string;
}

/**
 * A {@link StoreBackend} over a SQL database: pass it to `createStore` from `@kinerja/core`.
 * `migrate()` creates or upgrades the tables (see {@link SQL_MIGRATIONS}); `transaction()` runs on
 * one connection of `driver.transaction`. Driver failures are thrown as `StoreError`s classified by
 * `driver.classify`; `StoreError`s (and any error thrown by the work itself) pass through unchanged.
 *
 * @example
 * ```ts
 * const backend = createSqlBackend(myDriver, { tablePrefix: "simpeg_" });
 * const store = createStore(backend);
 * await store.migrate();
 * ```
 */
export function createSqlBackend(driver: SqlDriver, options: SqlBackendOptions = {}): StoreBackend {
  checkDriver(driver);
  if (typeof options !== "object" || options === null) throw new TypeError("createSqlBackend: options must be an object");
  const tablePrefix = options.tablePrefix ?? "";
  assertTablePrefix(tablePrefix);
  const name = options.name ?? driver.dialect.name;
  if (typeof name !== "string" || name.length === 0 || name.length > 100) throw new TypeError("createSqlBackend: name must be a string of 1–100 characters");
  const names = sqlTableNames(tablePrefix);
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new EntitySql(driver.dialect, names.entities[kind], ENTITY_TABLES[kind])])) as Record<EntityKind, EntitySql>;
  const context: SqlContext = { driver, entities, log: new LogSql(driver.dialect, names) };
  return {
    name,
    capabilities: driver.capabilities,
    async migrate(): Promise<MigrationReport> {
      try {
        return await applyMigrations(driver, names, tablePrefix, async (connection, sql, params) => (await runStatement(driver, connection, sql, params)).rows);
      } catch (error) {
        throw classified(driver, error);
      }
    },
    transaction<T>(work: (tx: BackendTransaction) => Promise<T>, transactionOptions: { readonly readOnly: boolean }): Promise<T> {
      if (typeof work !== "function") throw new TypeError("transaction: work must be a function");
      return runTransaction(context, work, { readOnly: transactionOptions?.readOnly === true });
    },
  };
}

/**
 * Runs `work` in a driver transaction. What `work` throws is rethrown as is (its driver failures
 * were classified where they happened); a failure of the driver itself (BEGIN, COMMIT, a rollback
 * that failed) is classified.
 */
async function runTransaction<T>(context: SqlContext, work: (tx: BackendTransaction) => Promise<T>, options: { readonly readOnly: boolean }): Promise<T> {
  let thrown: { readonly error: unknown } | undefined;
  try {
    return await context.driver.transaction(async (connection) => {
      try {
        return await work(createSqlTransaction(context, connection));
      } catch (error) {
        thrown = { error };
        throw error;
      }
    }, options);
  } catch (error) {
    if (thrown !== undefined && thrown.error === error) throw error;
    throw classified(context.driver, error);
  }
}

function checkDriver(driver: SqlDriver): void {
  if (typeof driver !== "object" || driver === null) throw new TypeError("createSqlBackend: driver must be a SqlDriver");
  for (const method of ["transaction", "withMigrationLock", "classify"] as const) {
    if (typeof driver[method] !== "function") throw new TypeError(`createSqlBackend: driver.${method} must be a function`);
  }
  const dialect = driver.dialect as Partial<SqlDriver["dialect"]> | undefined;
  if (typeof dialect !== "object" || dialect === null || typeof dialect.placeholder !== "function" || typeof dialect.quoteIdentifier !== "function" || typeof dialect.types !== "object") {
    throw new TypeError("createSqlBackend: driver.dialect must be a SqlDialect");
  }
  // The widest row (an evaluation or an audit entry) binds 8 parameters.
  for (const [limit, min] of [["maxParameters", 8], ["maxStatementBytes", 1024]] as const) {
    const value = dialect[limit];
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) throw new RangeError(`createSqlBackend: dialect.${limit} must be an integer ≥ ${min}`);
  }
  if (typeof driver.capabilities !== "object" || driver.capabilities === null) throw new TypeError("createSqlBackend: driver.capabilities is required");
}

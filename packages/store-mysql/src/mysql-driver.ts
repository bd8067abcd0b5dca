/**
 * The MySQL / MariaDB {@link SqlDriver}: one pooled connection per transaction
 * (`START TRANSACTION` … `COMMIT` / `ROLLBACK`), `GET_LOCK` around migrations, values read the
 * same whatever the pool's type-casting options, and errors classified by error number. A
 * connection that broke is destroyed, not returned to the pool.
 * @module
 */
import type { StoreCapabilities, StoreError } from "@kinerja/core";
import type { SqlConnection, SqlDialect, SqlDriver, SqlParam, SqlResult } from "@kinerja/store-sql";
import type { Pool, PoolConnection } from "mysql2/promise";
import { classifyMysqlError } from "./classify-mysql-error.js";
import { checkMysqlOptions } from "./internal/check-options.js";
import { checkSession } from "./internal/session-check.js";
import { readValue } from "./internal/type-cast.js";
import { mysqlDialect } from "./mysql-dialect.js";

/** The isolation level of writing transactions (read-only ones always use a `REPEATABLE READ` snapshot). */
export type MysqlIsolationLevel = "read committed" | "repeatable read" | "serializable";

/** Options of {@link createMysqlDriver}. */
export interface MysqlDriverOptions {
  /** The `mysql2/promise` pool the store borrows connections from (the application owns it). */
  readonly pool: Pool;
  /** Isolation of writing transactions; default `"read committed"` (fewer gap locks, fewer deadlocks). */
  readonly isolationLevel?: MysqlIsolationLevel;
  /** The dialect (default {@link mysqlDialect}; build one with `createMysqlDialect` to change the statement size). */
  readonly dialect?: SqlDialect;
  /** Seconds `migrate()` waits for another process's migration lock; default 30. */
  readonly migrationLockTimeoutSeconds?: number;
}

const CAPABILITIES: StoreCapabilities = Object.freeze({ persistent: true, multiProcess: true, parallelWriters: true });

/** The named lock of migrations: one per database (`MD5` keeps the name under 64 characters). */
const LOCK_NAME_SQL = "CONCAT('kinerja_migrate:', MD5(COALESCE(DATABASE(), '')))";

/**
 * Creates the MySQL / MariaDB driver of the shared SQL backend (for `createSqlBackend`; most
 * applications call `createMysqlStore` instead).
 *
 * @example
 * ```ts
 * const backend = createSqlBackend(createMysqlDriver({ pool: mysql.createPool({ uri }) }));
 * ```
 */
export function createMysqlDriver(options: MysqlDriverOptions): SqlDriver {
  checkMysqlOptions("createMysqlDriver", options);
  const { pool } = options;
  const isolation = `SET TRANSACTION ISOLATION LEVEL ${(options.isolationLevel ?? "read committed").toUpperCase()}`;
  const lockTimeout = options.migrationLockTimeoutSeconds ?? 30;
  return Object.freeze({
    dialect: options.dialect ?? mysqlDialect,
    capabilities: CAPABILITIES,
    transaction: <T>(work: (connection: SqlConnection) => Promise<T>, txOptions: { readonly readOnly: boolean }): Promise<T> =>
      withConnection(pool, async (session) => {
        if (txOptions.readOnly) {
          await session.connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
          await session.connection.query("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        } else {
          await session.connection.query(isolation);
          await session.connection.query("START TRANSACTION");
        }
        return inTransaction(session, work);
      }),
    withMigrationLock: <T>(work: (connection: SqlConnection) => Promise<T>): Promise<T> =>
      withConnection(pool, async (session) => {
        await acquireMigrationLock(session.connection, lockTimeout);
        try {
          return await work(session.connection);
        } finally {
          await session.connection.query(`SELECT RELEASE_LOCK(${LOCK_NAME_SQL})`).catch(session.markBroken);
        }
      }),
    classify: (error: unknown): StoreError => classifyMysqlError(error),
  }) satisfies SqlDriver;
}

/** A borrowed connection with its query wrapper and whether it broke. */
interface Session {
  readonly connection: SqlConnection;
  /** Marks the connection unusable, so it is destroyed instead of returned to the pool. */
  markBroken(error: unknown): void;
}

/** Borrows a connection, checks its session once, runs `body`, and releases (or destroys) it. */
async function withConnection<T>(pool: Pool, body: (session: Session) => Promise<T>): Promise<T> {
  let raw: PoolConnection;
  try {
    raw = await pool.getConnection();
  } catch (error) {
    throw classifyMysqlError(error);
  }
  let broken = false;
  const markBroken = (): void => {
    broken = true;
  };
  // An 'error' event without a listener would crash the process.
  raw.on("error", markBroken);
  const connection: SqlConnection = { query: (sql, params) => runQuery(raw, sql, params, markBroken) };
  try {
    await checkSession(raw, connection);
    return await body({ connection, markBroken });
  } finally {
    raw.off("error", markBroken);
    if (broken) raw.destroy();
    else raw.release();
  }
}

/** Runs `work` in the open transaction: COMMIT when it resolves, ROLLBACK (and rethrow) when it rejects. */
async function inTransaction<T>(session: Session, work: (connection: SqlConnection) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work(session.connection);
  } catch (error) {
    await session.connection.query("ROLLBACK").catch(session.markBroken);
    throw error;
  }
  try {
    await session.connection.query("COMMIT");
  } catch (error) {
    await session.connection.query("ROLLBACK").catch(session.markBroken);
    throw classifyMysqlError(error);
  }
  return result;
}

/** Waits for the database's migration lock; a timeout is a retryable `serialization` error. */
async function acquireMigrationLock(connection: SqlConnection, timeoutSeconds: number): Promise<void> {
  const result = await connection.query(`SELECT GET_LOCK(${LOCK_NAME_SQL}, ?) AS locked`, [timeoutSeconds]);
  if (result.rows[0]?.["locked"] === 1) return;
  throw classifyMysqlError(
    Object.assign(new Error(`another process held the migration lock for more than ${timeoutSeconds} s`), { errno: 1205, code: "ER_LOCK_WAIT_TIMEOUT" }),
  );
}

/**
 * Runs one statement with mysql2's client-side escaping (`query`, not prepared statements, so bulk
 * inserts of any size never fill the server's prepared-statement cache), with fixed result options
 * whatever the pool's own (`rowsAsArray`, `nestTables`, `typeCast`).
 */
async function runQuery(raw: PoolConnection, sql: string, params: readonly SqlParam[] = [], markBroken: () => void): Promise<SqlResult> {
  try {
    const [result] = await raw.query({ sql, values: [...params], rowsAsArray: false, nestTables: false, typeCast: readValue });
    if (Array.isArray(result)) return { rows: result as Record<string, unknown>[], affectedRows: 0 };
    return { rows: [], affectedRows: (result as { affectedRows?: number }).affectedRows ?? 0 };
  } catch (error) {
    const classified = classifyMysqlError(error);
    if (classified.reason === "connection") markBroken();
    throw classified;
  }
}

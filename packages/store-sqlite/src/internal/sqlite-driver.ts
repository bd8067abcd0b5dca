/**
 * The `SqlDriver` of SQLite on better-sqlite3: one synchronous connection, wrapped in promises,
 * whose transactions are serialised by a FIFO mutex (`BEGIN IMMEDIATE` for writes and migrations,
 * `BEGIN DEFERRED` for reads). Taking the write lock and committing wait for other connections
 * asynchronously (see `busy-wait.ts`).
 * @module
 */
import { createSerialQueue, type StoreError } from "@kinerja/core";
import type { SqlConnection, SqlCopyTarget, SqlDriver, SqlParam, SqlResult } from "@kinerja/store-sql";
import type { SqliteDatabase } from "../sqlite-database.js";
import { runWaitingForLock } from "./busy-wait.js";
import { classifySqliteError, closedDatabase } from "./classify-sqlite-error.js";
import { SQLITE_DIALECT } from "./sqlite-dialect.js";
import { StatementCache } from "./statement-cache.js";

/** How many prepared statements one database keeps. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Rows per multi-row INSERT of a bulk load (8-column rows: 800 parameters). Measured on 320,000
 * evaluation rows and their audit entries (WAL, synchronous=NORMAL): 1 row per statement 96,000
 * rows/s, 16 rows 109,000, 40 rows 112,000, 100 rows 116,000–122,000, 200 rows 109,000–114,000.
 */
export const ROWS_PER_INSERT = 100;

/** A {@link SqlDriver} on an open better-sqlite3 database. */
export function createSqliteDriver(database: SqliteDatabase): SqlDriver {
  const statements = new StatementCache(database, STATEMENT_CACHE_SIZE);
  const mutex = createSerialQueue();
  const persistent = !database.memory;

  const inTransaction = async <T>(begin: string, work: (connection: SqlConnection) => Promise<T>): Promise<T> => {
    if (!database.open) throw closedDatabase();
    if (begin === "BEGIN IMMEDIATE") await runWaitingForLock(statements, begin);
    else statements.run(begin, []);
    const connection = openConnection(statements);
    try {
      const result = await work(connection);
      await runWaitingForLock(statements, "COMMIT");
      return result;
    } catch (error) {
      rollback(database, statements);
      throw error;
    } finally {
      connection.close();
    }
  };

  return {
    dialect: SQLITE_DIALECT,
    capabilities: Object.freeze({ persistent, multiProcess: persistent, parallelWriters: false }),
    transaction: <T>(work: (connection: SqlConnection) => Promise<T>, options: { readonly readOnly: boolean }): Promise<T> =>
      mutex.run(() => inTransaction(options.readOnly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE", work)),
    withMigrationLock: <T>(work: (connection: SqlConnection) => Promise<T>): Promise<T> => mutex.run(() => inTransaction("BEGIN IMMEDIATE", work)),
    classify: (error: unknown): StoreError => classifySqliteError(error, database.open),
  };
}

/** A connection usable until the transaction that opened it ends. */
function openConnection(statements: StatementCache): SqlConnection & { close(): void } {
  let open = true;
  return {
    query: async (sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> => {
      if (!open) throw new Error("this SQLite connection belongs to a transaction that has ended");
      return statements.run(sql, params);
    },
    // SQLite's fastest bulk load: one prepared INSERT of ROWS_PER_INSERT rows run again and again
    // (no statement of tens of thousands of parameters to build and bind, and a hundredth of the
    // calls of single-row inserts).
    copyRows: async (target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[]): Promise<boolean> => {
      if (!open) throw new Error("this SQLite connection belongs to a transaction that has ended");
      statements.insertRows(target, rows, ROWS_PER_INSERT);
      return true;
    },
    close: (): void => {
      open = false;
    },
  };
}

/** Rolls back what is left of a failed transaction (SQLite may already have rolled it back). */
function rollback(database: SqliteDatabase, statements: StatementCache): void {
  if (!database.open || !database.inTransaction) return;
  try {
    statements.run("ROLLBACK", []);
  } catch {
    // The original error matters more than a failed rollback; the connection is left as SQLite left it.
  }
}

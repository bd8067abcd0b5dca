/**
 * What a SQL adapter supplies to {@link createSqlBackend}: a dialect (placeholders, column types,
 * limits) and a driver that runs statements inside transactions on one connection and classifies
 * the driver's errors.
 * @module
 */
import type { StoreCapabilities, StoreError } from "@kinerja/core";

/** A statement parameter. */
export type SqlParam = string | number | null;

/** The outcome of one statement. */
export interface SqlResult {
  /** Rows of a query (empty for other statements). */
  readonly rows: readonly Record<string, unknown>[];
  /** Rows inserted, updated or deleted. */
  readonly affectedRows: number;
}

/** The table and columns a bulk copy loads (both quoted by the dialect). */
export interface SqlCopyTarget {
  /** The quoted table name. */
  readonly table: string;
  /** The quoted column names, in the order of each row's values. */
  readonly columns: readonly string[];
}

/** One connection inside a transaction. */
export interface SqlConnection {
  query(sql: string, params?: readonly SqlParam[]): Promise<SqlResult>;
  /**
   * Optional: loads `rows` (each the values of `target.columns` in order) into `target.table` the
   * database's fastest way (PostgreSQL: one `COPY … FROM STDIN`; SQLite: one prepared 100-row
   * `INSERT` run again and again, the rest row by row), inside the current transaction. The SQL
   * backend uses it for inserts of {@link COPY_MIN_ROWS} rows or more, at most
   * {@link COPY_MAX_ROWS} per call. Resolves `false`, having sent nothing, when it cannot carry
   * these values faithfully (the backend then inserts them with statements); a database error
   * rejects, like `query`.
   */
  copyRows?(target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[]): Promise<boolean>;
}

/** The fewest rows an insert must have to go through {@link SqlConnection.copyRows}. */
export const COPY_MIN_ROWS = 256;
/** The most rows one {@link SqlConnection.copyRows} call receives (longer inserts take several). */
export const COPY_MAX_ROWS = 5_000;

/** The SQL spelling of one database. */
export interface SqlDialect {
  readonly name: "sqlite" | "postgres" | "mysql";
  /** The placeholder of the parameter at 0-based `index` (`?` or `$1`). */
  placeholder(index: number): string;
  /** Quotes an identifier (`"name"` or `` `name` ``). */
  quoteIdentifier(name: string): string;
  /** Column types used by the schema. */
  readonly types: {
    /** A primary-key text of up to 700 characters. */
    readonly key: string;
    /** An indexed text of up to 200 characters. */
    readonly shortText: string;
    readonly integer: string;
    /** An unbounded text (JSON documents, traces). */
    readonly longText: string;
    /** An auto-increment integer primary key (the audit log's `seq`). */
    readonly serialPrimaryKey: string;
    /**
     * Optional: a short ASCII name of up to 40 characters (the audit log's `entity` and `action`).
     * Default `shortText`. MySQL sets it (e.g. `VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin`)
     * so that the index on `(entity, entity_key, seq)` stays under InnoDB's 3072-byte key limit.
     */
    readonly tag?: string;
  };
  /** Extra text after `CREATE TABLE (...)` (e.g. `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`). */
  readonly tableSuffix: string;
  /**
   * Optional: bulk inserts that bind all their rows as ONE parameter, a JSON array of rows (each
   * an array of the column values in order), which the database unpacks (PostgreSQL
   * `SELECT … FROM json_array_elements($1::json)`). The client serialises natively and the server
   * parses and plans one small statement instead of tens of thousands of parameters.
   */
  readonly jsonRowsInsert?: {
    /** The insert of `columns` (in order) into `table` (quoted) from parameter 1. */
    insertSql(table: string, columns: readonly { readonly name: string; readonly type: "key" | "shortText" | "integer" | "longText" | "tag" }[]): string;
    /** Most rows one statement inserts. */
    readonly maxRows: number;
  };
  /** Most parameters one statement may bind. */
  readonly maxParameters: number;
  /** Most bytes one statement should hold (bulk inserts are split below it). */
  readonly maxStatementBytes: number;
}

/** A database driver: transactions on one connection, a migration lock, and error classification. */
export interface SqlDriver {
  readonly dialect: SqlDialect;
  readonly capabilities: StoreCapabilities;
  /**
   * Runs `work` in one transaction on one connection: BEGIN, then COMMIT when it resolves or
   * ROLLBACK when it rejects (rethrowing the original error). Must not leave the connection in a
   * transaction, and must release it to the pool (destroying it when it broke).
   */
  transaction<T>(work: (connection: SqlConnection) => Promise<T>, options: { readonly readOnly: boolean }): Promise<T>;
  /** Runs `work` while holding a lock that serialises migrations across processes. */
  withMigrationLock<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T>;
  /** Turns a driver error into a classified `StoreError` (unique violations → `constraint`, …). */
  classify(error: unknown): StoreError;
}

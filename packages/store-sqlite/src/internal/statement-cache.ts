/**
 * Prepared better-sqlite3 statements, cached by SQL text (least recently used evicted), and the
 * promise-shaped `query` the SQL backend calls.
 * @module
 */
import type { SqlCopyTarget, SqlParam, SqlResult } from "@kinerja/store-sql";
import type { SqliteDatabase, SqliteStatement } from "../sqlite-database.js";

/** Prepares each SQL text once and runs it, returning rows (queries) or the changed-row count. */
export class StatementCache {
  readonly #database: SqliteDatabase;
  readonly #capacity: number;
  readonly #statements = new Map<string, SqliteStatement>();

  constructor(database: SqliteDatabase, capacity: number) {
    this.#database = database;
    this.#capacity = capacity;
  }

  /** Runs `sql` with `params` (synchronously; throws the driver's error). */
  run(sql: string, params: readonly SqlParam[]): SqlResult {
    const statement = this.#prepared(sql);
    if (statement.reader) return { rows: statement.all(params) as Record<string, unknown>[], affectedRows: 0 };
    return { rows: [], affectedRows: Number(statement.run(params).changes) };
  }

  /**
   * Inserts `rows` (each the values of `target.columns`) into `target.table` in order:
   * `perStatement` rows at a time through one prepared multi-row statement, the rest one row at a
   * time (synchronously; throws the driver's error at the first failing statement).
   */
  insertRows(target: SqlCopyTarget, rows: readonly (readonly SqlParam[])[], perStatement: number): void {
    const width = target.columns.length;
    const head = `INSERT INTO ${target.table} (${target.columns.join(", ")}) VALUES `;
    const tuple = `(${target.columns.map(() => "?").join(", ")})`;
    const whole = rows.length - (rows.length % perStatement);
    if (whole > 0) {
      const statement = this.#prepared(head + Array.from({ length: perStatement }, () => tuple).join(", "));
      const flat: SqlParam[] = new Array<SqlParam>(perStatement * width);
      for (let start = 0; start < whole; start += perStatement) {
        let k = 0;
        for (let r = start; r < start + perStatement; r++) {
          const row = rows[r] as readonly SqlParam[];
          for (let c = 0; c < width; c++) flat[k++] = row[c] as SqlParam;
        }
        statement.run(flat);
      }
    }
    if (whole < rows.length) {
      const statement = this.#prepared(head + tuple);
      for (let r = whole; r < rows.length; r++) statement.run(rows[r] as readonly SqlParam[]);
    }
  }

  /** How many statements are cached. */
  get size(): number {
    return this.#statements.size;
  }

  #prepared(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached !== undefined) {
      this.#statements.delete(sql);
      this.#statements.set(sql, cached);
      return cached;
    }
    const statement = this.#database.prepare(sql);
    if (this.#statements.size >= this.#capacity) {
      const oldest = this.#statements.keys().next();
      if (!oldest.done) this.#statements.delete(oldest.value);
    }
    this.#statements.set(sql, statement);
    return statement;
  }
}

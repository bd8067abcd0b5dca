/**
 * Prepared better-sqlite3 statements, cached by SQL text (least recently used evicted), and the
 * promise-shaped `query` the SQL backend calls.
 * @module
 */
import type { SqlParam, SqlResult } from "@kinerja/store-sql";
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

  /** Runs the statement `sql` once per parameter list of `rows`, in order (synchronously; throws the driver's error at the first failing row). */
  runEach(sql: string, rows: readonly (readonly SqlParam[])[]): void {
    const statement = this.#prepared(sql);
    for (const row of rows) statement.run(row);
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

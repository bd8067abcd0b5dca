/**
 * The statements on one entity table (get, get many, find, insert, update), generated once from
 * its `ENTITY_TABLES` layout and the dialect. Identifiers are quoted; values are always bound.
 * @module
 */
import type { EntityRow, EntityTable, FindQuery } from "@kinerja/core";
import type { SqlCopyTarget, SqlDialect, SqlParam } from "../driver.js";
import { BoundedCache } from "./bounded-cache.js";
import { chunkRanges, tuple, valueBytes, valuesSql, type RowShape } from "./chunks.js";
import { buildFind } from "./find-sql.js";
import { jsonRowInserts, type ArrayColumn } from "./json-rows.js";
import type { ColumnType } from "./values.js";

/** A statement and its parameters. */
export interface BoundStatement {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** The generated SQL of one entity table. */
export class EntitySql {
  /** The indexed columns with their types, in table order. */
  readonly columns: readonly (readonly [string, ColumnType])[];
  /** `SELECT key, row_version, <columns>, data FROM <table>` (no WHERE). */
  readonly selectFrom: string;
  readonly #dialect: SqlDialect;
  readonly #table: string;
  readonly #getSql: string;
  readonly #updateSql: string;
  readonly #insertHead: string;
  readonly #insertShape: RowShape;
  readonly #texts = new BoundedCache<string>(64);
  readonly #arrayColumns: readonly ArrayColumn[];
  /** The table and its columns in insert order, for a bulk copy. */
  readonly copyTarget: SqlCopyTarget;

  constructor(dialect: SqlDialect, table: string, layout: EntityTable) {
    const q = (name: string): string => dialect.quoteIdentifier(name);
    this.#dialect = dialect;
    this.#table = q(table);
    this.columns = Object.entries(layout.columns);
    const names = this.columns.map(([name]) => name);
    this.selectFrom = `SELECT ${["key", "row_version", ...names, "data"].map(q).join(", ")} FROM ${this.#table}`;
    this.#getSql = `${this.selectFrom} WHERE ${q("key")} = ${dialect.placeholder(0)}`;
    const sets = ["row_version", "data", ...names].map((name, i) => `${q(name)} = ${dialect.placeholder(i)}`);
    const n = sets.length;
    this.#updateSql = `UPDATE ${this.#table} SET ${sets.join(", ")} WHERE ${q("key")} = ${dialect.placeholder(n)} AND ${q("row_version")} = ${dialect.placeholder(n + 1)}`;
    const insertHead = `INSERT INTO ${this.#table} (${["key", "row_version", ...names, "data"].map(q).join(", ")}) VALUES `;
    const paramsPerRow = names.length + 3;
    this.#insertHead = insertHead;
    this.#arrayColumns = [
      { name: "key", type: "key" },
      { name: "row_version", type: "integer" },
      ...this.columns.map(([name, type]): ArrayColumn => ({ name, type: type === "integer" ? "integer" : "shortText" })),
      { name: "data", type: "longText" },
    ];
    this.#insertShape = { fixedBytes: insertHead.length, paramsPerRow, tupleBytes: tuple(dialect, dialect.maxParameters - paramsPerRow, paramsPerRow).length };
    this.copyTarget = Object.freeze({ table: this.#table, columns: Object.freeze(["key", "row_version", ...names, "data"].map(q)) });
  }

  /** The row with key `key`. */
  get(key: string): BoundStatement {
    return { sql: this.#getSql, params: [key] };
  }

  /**
   * The rows with these keys, in statements of at most `maxParameters` keys. The key lists are
   * padded (repeating the last key) to a power of two so few distinct texts are prepared.
   */
  getMany(keys: readonly string[]): BoundStatement[] {
    const unique = [...new Set(keys)];
    const max = Math.max(1, this.#dialect.maxParameters);
    const statements: BoundStatement[] = [];
    for (let start = 0; start < unique.length; start += max) {
      const chunk = unique.slice(start, start + max);
      const size = Math.min(max, 2 ** Math.ceil(Math.log2(chunk.length)));
      const last = chunk[chunk.length - 1] as string;
      while (chunk.length < size) chunk.push(last);
      statements.push({ sql: this.#texts.get(`in:${size}`, () => this.#inSql(size)), params: chunk });
    }
    return statements;
  }

  /** A keyset-paginated query (see {@link buildFind}). */
  find(query: FindQuery): BoundStatement {
    return buildFind(this.#dialect, this.selectFrom, this.columns, query);
  }

  /** Multi-row inserts of `rows`, split under the dialect's parameter and size limits. */
  insert(rows: readonly EntityRow[]): BoundStatement[] {
    const byColumn = jsonRowInserts(this.#dialect, this.#table, this.#arrayColumns, rows.length, (r) => this.valuesOf(rows[r] as EntityRow));
    if (byColumn) return byColumn;
    const ranges = chunkRanges(rows.length, this.#insertShape, this.#dialect, (i) => rowBytes(rows[i] as EntityRow));
    return ranges.map(([start, end]) => {
      const params: SqlParam[] = [];
      for (let i = start; i < end; i++) this.#pushRow(params, rows[i] as EntityRow);
      return { sql: this.#texts.get(`insert:${end - start}`, () => this.#insertSql(end - start)), params };
    });
  }

  /** Replaces the row if its stored version is `expectedRowVersion` (one affected row when it was). */
  update(row: EntityRow, expectedRowVersion: number): BoundStatement {
    const params: SqlParam[] = [row.rowVersion, row.data];
    for (const [name] of this.columns) params.push(row.columns[name] ?? null);
    params.push(row.key, expectedRowVersion);
    return { sql: this.#updateSql, params };
  }

  /** The values of `row` in the order of {@link copyTarget}'s columns. */
  valuesOf(row: EntityRow): SqlParam[] {
    const values: SqlParam[] = [];
    this.#pushRow(values, row);
    return values;
  }

  /** Appends the values of `row` (in {@link valuesOf}'s order) to a statement's parameters, with no array of its own. */
  #pushRow(params: SqlParam[], row: EntityRow): void {
    params.push(row.key, row.rowVersion);
    for (const [name] of this.columns) params.push(row.columns[name] ?? null);
    params.push(row.data);
  }

  #inSql(size: number): string {
    const marks = Array.from({ length: size }, (_, i) => this.#dialect.placeholder(i));
    return `${this.selectFrom} WHERE ${this.#dialect.quoteIdentifier("key")} IN (${marks.join(", ")})`;
  }

  #insertSql(rowCount: number): string {
    return valuesSql(this.#dialect, this.#insertHead, rowCount, this.#insertShape.paramsPerRow);
  }
}

function rowBytes(row: EntityRow): number {
  let bytes = valueBytes(row.key) + valueBytes(row.data) + 8;
  for (const name in row.columns) bytes += valueBytes(row.columns[name] ?? null);
  return bytes;
}

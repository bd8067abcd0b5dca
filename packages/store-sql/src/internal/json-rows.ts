/**
 * Bulk inserts that bind all their rows as one JSON parameter (for dialects with
 * `jsonRowsInsert`, i.e. PostgreSQL `json_array_elements`): the statement text is fixed, the
 * rows travel as one natively serialised JSON array of arrays.
 * @module
 */
import type { SqlDialect, SqlParam } from "../driver.js";
import type { BoundStatement } from "./entity-sql.js";

/** A column of a JSON-rows insert and its schema type. */
export interface ArrayColumn {
  readonly name: string;
  readonly type: "key" | "shortText" | "integer" | "longText" | "tag";
}

/**
 * The statements inserting `count` rows (`rowOf(i)` gives row `i`'s values in column order),
 * `maxRows` per statement; `undefined` when the dialect has no JSON-rows insert.
 */
export function jsonRowInserts(dialect: SqlDialect, table: string, columns: readonly ArrayColumn[], count: number, rowOf: (row: number) => readonly SqlParam[]): BoundStatement[] | undefined {
  const bulk = dialect.jsonRowsInsert;
  if (!bulk) return undefined;
  const sql = bulk.insertSql(table, columns);
  const statements: BoundStatement[] = [];
  for (let start = 0; start < count; start += bulk.maxRows) {
    const end = Math.min(count, start + bulk.maxRows);
    const rows: (readonly SqlParam[])[] = new Array<readonly SqlParam[]>(end - start);
    for (let r = start; r < end; r++) rows[r - start] = rowOf(r);
    statements.push({ sql, params: [JSON.stringify(rows)] });
  }
  return statements;
}

/**
 * Bulk inserts that bind one array per column (for dialects with `columnArrays`, i.e.
 * PostgreSQL `unnest`): the statement text is fixed, the rows go into the arrays.
 * @module
 */
import type { SqlDialect, SqlScalar } from "../driver.js";
import type { BoundStatement } from "./entity-sql.js";

/** A column of a column-array insert and its schema type. */
export interface ArrayColumn {
  readonly name: string;
  readonly type: "key" | "shortText" | "integer" | "longText" | "tag";
}

/** The statements inserting `count` rows whose values `valueOf(row, column)` gives, `maxRows` per statement. */
export function columnArrayInserts(
  dialect: SqlDialect,
  table: string,
  columns: readonly ArrayColumn[],
  count: number,
  valueOf: (row: number, column: number) => SqlScalar,
): BoundStatement[] | undefined {
  const arrays = dialect.columnArrays;
  if (!arrays) return undefined;
  const sql = arrays.insertSql(table, columns);
  const statements: BoundStatement[] = [];
  for (let start = 0; start < count; start += arrays.maxRows) {
    const end = Math.min(count, start + arrays.maxRows);
    const params = columns.map((_, c) => {
      const values: SqlScalar[] = new Array<SqlScalar>(end - start);
      for (let r = start; r < end; r++) values[r - start] = valueOf(r, c);
      return values;
    });
    statements.push({ sql, params });
  }
  return statements;
}

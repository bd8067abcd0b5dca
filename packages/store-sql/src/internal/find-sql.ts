/**
 * The keyset-paginated `SELECT` of `BackendTransaction.find`: conditions on indexed columns,
 * `ORDER BY` the sort columns then the key, a start position after a previous row, and a limit.
 * @module
 */
import type { Condition, FindQuery } from "@kinerja/core";
import type { SqlDialect, SqlParam } from "../driver.js";
import type { ColumnType } from "./values.js";

const COMPARISONS: ReadonlySet<string> = new Set(["=", ">=", "<=", ">", "<"]);

/**
 * Builds the query. The position is `(a, b, key) > (?, ?, ?)` where the dialect has row values
 * that use indexes (SQLite, PostgreSQL), else the expanded form
 * `a >= ? AND (a > ? OR (a = ? AND (b > ? OR (b = ? AND key > ?))))` (MySQL). `LIMIT` is written as
 * a validated integer literal (MySQL's prepared statements refuse a bound `LIMIT`); every other
 * value is bound. Throws a `TypeError` on an unknown column or a malformed query.
 */
export function buildFind(dialect: SqlDialect, selectFrom: string, columns: readonly (readonly [string, ColumnType])[], query: FindQuery): { sql: string; params: SqlParam[] } {
  const known = new Set(["key", ...columns.map(([name]) => name)]);
  const params: SqlParam[] = [];
  const bind = (value: SqlParam): string => {
    params.push(value);
    return dialect.placeholder(params.length - 1);
  };
  const q = (name: string): string => dialect.quoteIdentifier(checkColumn(known, name));
  const clauses = query.where.map((condition) => conditionSql(condition, q, bind));
  const order = [...query.orderBy.map(q), q("key")];
  if (query.after !== undefined) clauses.push(positionSql(dialect, order, checkAfter(query), bind));
  const where = clauses.length > 0 ? ` WHERE ${clauses.join(" AND ")}` : "";
  return { sql: `${selectFrom}${where} ORDER BY ${order.join(", ")}${limitSql(query.limit)}`, params };
}

/** True when an `in` condition of the query has an empty list (no row can match). */
export function matchesNothing(query: FindQuery): boolean {
  return query.where.some((condition) => condition.op === "in" && Array.isArray(condition.value) && condition.value.length === 0);
}

function conditionSql(condition: Condition, q: (name: string) => string, bind: (value: SqlParam) => string): string {
  const column = q(condition.column);
  if (condition.op === "is-null") return `${column} IS NULL`;
  if (condition.op === "in") {
    if (!Array.isArray(condition.value) || condition.value.length === 0) throw new TypeError(`find: 'in' on ${condition.column} needs a non-empty list`);
    return `${column} IN (${condition.value.map((value) => bind(checkValue(value))).join(", ")})`;
  }
  if (!COMPARISONS.has(condition.op)) throw new TypeError(`find: unknown operator ${JSON.stringify((condition as { op: unknown }).op)}`);
  return `${column} ${condition.op} ${bind(checkValue(condition.value))}`;
}

function positionSql(dialect: SqlDialect, order: readonly string[], after: readonly (string | number)[], bind: (value: SqlParam) => string): string {
  if (order.length === 1) return `${order[0]} > ${bind(after[0] as string | number)}`;
  if (dialect.name !== "mysql") return `(${order.join(", ")}) > (${after.map((value) => bind(value)).join(", ")})`;
  const first = `${order[0]} >= ${bind(after[0] as string | number)}`;
  return `${first} AND ${expanded(order, after, 0, bind)}`;
}

/** `(a > ? OR (a = ? AND <rest>))`, ending with `key > ?`. */
function expanded(order: readonly string[], after: readonly (string | number)[], i: number, bind: (value: SqlParam) => string): string {
  const column = order[i] as string;
  const value = after[i] as string | number;
  if (i === order.length - 1) return `${column} > ${bind(value)}`;
  return `(${column} > ${bind(value)} OR (${column} = ${bind(value)} AND ${expanded(order, after, i + 1, bind)}))`;
}

function limitSql(limit: number | undefined): string {
  if (limit === undefined) return "";
  if (!Number.isSafeInteger(limit) || limit < 0) throw new TypeError(`find: limit must be a non-negative integer, got ${String(limit)}`);
  return ` LIMIT ${limit}`;
}

function checkAfter(query: FindQuery): readonly (string | number)[] {
  const after = query.after ?? [];
  if (after.length !== query.orderBy.length + 1) throw new TypeError(`find: 'after' needs ${query.orderBy.length + 1} values (the sort columns then the key), got ${after.length}`);
  after.forEach(checkValue);
  return after;
}

function checkColumn(known: ReadonlySet<string>, name: string): string {
  if (!known.has(name)) throw new TypeError(`find: unknown column ${JSON.stringify(name)}`);
  return name;
}

function checkValue(value: unknown): string | number {
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) return value;
  throw new TypeError(`find: a value must be a string or a finite number, got ${typeof value}`);
}

/**
 * Turning the values drivers return (numbers, bigints, numeric strings, strings, buffers) into the
 * plain numbers and strings of the backend rows.
 * @module
 */
import type { AuditAction, AuditRow, ColumnValue, EntityKind, EntityRow, IdempotencyRow } from "@kinerja/core";

/** A column's declared type in `ENTITY_TABLES`. */
export type ColumnType = "text" | "integer";

/** An integer from a driver value: a number, a bigint (SQLite safe integers) or a numeric string (PostgreSQL BIGINT). */
export function toInteger(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint" || typeof value === "string") return Number(value);
  throw new TypeError(`expected an integer from the database, got ${typeof value}`);
}

/** A string from a driver value (a `Buffer` / `Uint8Array` is decoded as UTF-8). */
export function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return decoder.decode(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  throw new TypeError(`expected text from the database, got ${value === null ? "null" : typeof value}`);
}

/** A nullable string from a driver value. */
export function toNullableText(value: unknown): string | null {
  return value === null || value === undefined ? null : toText(value);
}

/** An indexed column value of the given type. */
export function toColumnValue(value: unknown, type: ColumnType): ColumnValue {
  if (value === null || value === undefined) return null;
  return type === "integer" ? toInteger(value) : toText(value);
}

/** Maps an entity-table row (`key`, `row_version`, the columns, `data`) to an {@link EntityRow}. */
export function toEntityRow(row: Record<string, unknown>, columns: readonly (readonly [string, ColumnType])[]): EntityRow {
  const values: Record<string, ColumnValue> = {};
  for (const [name, type] of columns) values[name] = toColumnValue(row[name], type);
  return { key: toText(row["key"]), rowVersion: toInteger(row["row_version"]), columns: values, data: toText(row["data"]) };
}

/** Maps an audit-table row to an {@link AuditRow}. */
export function toAuditRow(row: Record<string, unknown>): AuditRow {
  return {
    seq: toInteger(row["seq"]),
    at: toText(row["at"]),
    actor: toText(row["actor"]),
    action: toText(row["action"]) as AuditAction,
    entity: toText(row["entity"]) as EntityKind,
    entityKey: toText(row["entity_key"]),
    before: toNullableText(row["before_data"]),
    after: toNullableText(row["after_data"]),
    idempotencyKey: toNullableText(row["idempotency_key"]),
  };
}

/** Maps an idempotency-table row to an {@link IdempotencyRow}. */
export function toIdempotencyRow(row: Record<string, unknown>): IdempotencyRow {
  return { key: toText(row["key"]), fingerprint: toText(row["fingerprint"]), response: toText(row["response"]), createdAt: toText(row["created_at"]) };
}

const decoder = new TextDecoder();

/**
 * Checks of what callers hand the memory backend: the shapes a SQL database would refuse (an
 * unknown table or column, a text too long for its column, a missing value). A failed check is
 * a `StoreError` with reason `unknown`, as a SQL driver's error would be classified.
 * @internal
 * @module
 */
import {
  ENTITY_TABLES,
  StoreError,
  type AuditDraft,
  type ColumnValue,
  type Condition,
  type EntityKind,
  type EntityRow,
  type EntityTable,
  type FindQuery,
  type IdempotencyRow,
} from "@kinerja/core";

/** Longest primary key (the SQL adapters' key column). */
export const MAX_KEY_LENGTH = 700;
/** Longest indexed text value. */
export const MAX_TEXT_LENGTH = 200;

const ACTIONS: ReadonlySet<string> = new Set(["CREATE", "UPDATE", "PUBLISH", "TRANSITION"]);
const OPS: ReadonlySet<string> = new Set(["=", ">=", "<=", ">", "<", "in", "is-null"]);

/** The table of `kind`; throws for an unknown kind. */
export function tableOf(kind: unknown): EntityTable {
  if (typeof kind === "string" && Object.hasOwn(ENTITY_TABLES, kind)) return ENTITY_TABLES[kind as EntityKind];
  throw misuse(`tabel entitas tidak dikenal: ${String(kind)}`, `unknown entity kind: ${String(kind)}`);
}

/** A frozen copy of a row after checking its key, version, columns and data. */
export function checkedRow(kind: EntityKind, row: EntityRow): EntityRow {
  const table = tableOf(kind);
  if (typeof row !== "object" || row === null) throw misuse(`baris ${kind} bukan objek`, `a ${kind} row is not an object`);
  checkKey(row.key, `${kind}.key`);
  if (!isVersion(row.rowVersion)) throw misuse(`rowVersion ${kind} '${row.key}' tidak sah`, `invalid rowVersion of ${kind} '${row.key}'`);
  if (typeof row.data !== "string") throw misuse(`data ${kind} '${row.key}' bukan teks JSON`, `data of ${kind} '${row.key}' is not JSON text`);
  const columns: Record<string, ColumnValue> = {};
  const given = row.columns ?? {};
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(table.columns, name)) throw misuse(`kolom ${table.table}.${name} tidak ada`, `no column ${table.table}.${name}`);
  }
  for (const [name, type] of Object.entries(table.columns)) {
    if (!Object.hasOwn(given, name)) throw misuse(`kolom ${table.table}.${name} tidak diisi`, `column ${table.table}.${name} is missing`);
    columns[name] = checkColumn(table, name, type, given[name]);
  }
  return Object.freeze({ key: row.key, rowVersion: row.rowVersion, columns: Object.freeze(columns), data: row.data });
}

/** Checks a query's columns, operators, keyset position and limit against the table of `kind`. */
export function checkQuery(kind: EntityKind, query: FindQuery): void {
  const table = tableOf(kind);
  if (typeof query !== "object" || query === null || !Array.isArray(query.where) || !Array.isArray(query.orderBy)) {
    throw misuse(`kueri ${kind} tidak sah`, `invalid ${kind} query`);
  }
  for (const condition of query.where) checkCondition(table, condition);
  for (const column of query.orderBy) checkColumnName(table, column);
  if (query.after !== undefined && (!Array.isArray(query.after) || query.after.length !== query.orderBy.length + 1)) {
    throw misuse(`posisi 'after' harus berisi nilai orderBy lalu kunci`, `'after' must hold the orderBy values then the key`);
  }
  if (query.limit !== undefined && !(Number.isSafeInteger(query.limit) && query.limit >= 0)) {
    throw misuse(`limit ${String(query.limit)} tidak sah`, `invalid limit ${String(query.limit)}`);
  }
}

/** Checks an audit draft. */
export function checkAuditDraft(entry: AuditDraft): void {
  tableOf(entry.entity);
  const ok =
    typeof entry.at === "string" &&
    typeof entry.actor === "string" &&
    ACTIONS.has(entry.action) &&
    typeof entry.entityKey === "string" &&
    (entry.before === null || typeof entry.before === "string") &&
    (entry.after === null || typeof entry.after === "string") &&
    (entry.idempotencyKey === null || typeof entry.idempotencyKey === "string");
  if (!ok) throw misuse("entri audit tidak sah", "invalid audit entry");
}

/** Checks an idempotency record. */
export function checkIdempotencyRow(row: IdempotencyRow): void {
  const ok =
    typeof row === "object" &&
    row !== null &&
    typeof row.fingerprint === "string" &&
    typeof row.response === "string" &&
    typeof row.createdAt === "string";
  if (!ok) throw misuse("catatan idempotensi tidak sah", "invalid idempotency record");
  checkKey(row.key, "idempotency.key");
}

/** Checks a primary key: a non-empty text of at most {@link MAX_KEY_LENGTH} characters. */
export function checkKey(key: unknown, label: string): asserts key is string {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw misuse(`${label} harus teks 1–${MAX_KEY_LENGTH} karakter`, `${label} must be a text of 1–${MAX_KEY_LENGTH} characters`);
  }
}

/** A `StoreError` (reason `unknown`) for a call the backend cannot serve. */
export function misuse(id: string, en: string): StoreError {
  return new StoreError("unknown", { id: `Backend memori: ${id}`, en: `Memory backend: ${en}` });
}

function checkColumn(table: EntityTable, name: string, type: "text" | "integer", value: unknown): ColumnValue {
  if (value === null) return null;
  if (type === "integer" && Number.isSafeInteger(value)) return value as number;
  if (type === "text" && typeof value === "string" && value.length <= MAX_TEXT_LENGTH) return value;
  throw misuse(`nilai kolom ${table.table}.${name} tidak sesuai tipe ${type}`, `value of ${table.table}.${name} does not fit type ${type}`);
}

function checkCondition(table: EntityTable, condition: Condition): void {
  if (typeof condition !== "object" || condition === null || !OPS.has(condition.op)) {
    throw misuse(`kondisi tidak sah pada ${table.table}`, `invalid condition on ${table.table}`);
  }
  checkColumnName(table, condition.column);
  if (condition.op === "is-null") return;
  const values: readonly unknown[] = condition.op === "in" ? condition.value : [condition.value];
  const ok = Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
  if (!ok) throw misuse(`nilai kondisi ${table.table}.${condition.column} tidak sah`, `invalid value for ${table.table}.${condition.column}`);
}

function checkColumnName(table: EntityTable, column: unknown): void {
  if (typeof column !== "string" || !Object.hasOwn(table.columns, column)) {
    throw misuse(`kolom ${table.table}.${String(column)} tidak ada`, `no column ${table.table}.${String(column)}`);
  }
}

function isVersion(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

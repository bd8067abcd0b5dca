/**
 * The relational schema of a Kinerja store: the table names (with an optional prefix) and the
 * `CREATE TABLE` / `CREATE INDEX` statements of the initial schema, spelled by a {@link SqlDialect}.
 * Every statement is idempotent (`IF NOT EXISTS`), so a migration interrupted on a database whose
 * DDL is not transactional (MySQL) can simply run again.
 * @module
 */
import { ENTITY_KINDS, ENTITY_TABLES, type EntityKind, type EntityTable } from "@kinerja/core";
import type { SqlDialect } from "./driver.js";

/** The names of every table of one store (the prefix already applied). */
export interface SqlTableNames {
  /** One table per entity kind (e.g. `kinerja_plan`). */
  readonly entities: Readonly<Record<EntityKind, string>>;
  /** The append-only audit log (`kinerja_audit`). */
  readonly audit: string;
  /** Stored outcomes of idempotent writes (`kinerja_idempotency`). */
  readonly idempotency: string;
  /** Applied schema versions (`kinerja_migrations`). */
  readonly migrations: string;
}

/** Columns of the audit table, in insert order (`seq` is generated). */
export const AUDIT_COLUMNS: readonly string[] = Object.freeze(["at", "actor", "action", "entity", "entity_key", "before_data", "after_data", "idempotency_key"]);

/** The longest accepted `tablePrefix` (index names must stay within 63 characters). */
export const MAX_TABLE_PREFIX_LENGTH = 20;

/**
 * The table names of a store whose tables start with `tablePrefix` (default none).
 *
 * @example
 * ```ts
 * sqlTableNames("simpeg_").entities.plan; // "simpeg_kinerja_plan"
 * ```
 */
export function sqlTableNames(tablePrefix = ""): SqlTableNames {
  assertTablePrefix(tablePrefix);
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, tablePrefix + ENTITY_TABLES[kind].table])) as Record<EntityKind, string>;
  return Object.freeze({
    entities: Object.freeze(entities),
    audit: `${tablePrefix}kinerja_audit`,
    idempotency: `${tablePrefix}kinerja_idempotency`,
    migrations: `${tablePrefix}kinerja_migrations`,
  });
}

/** Every table name of a store, entity tables first (handy to drop a test schema). */
export function allTableNames(names: SqlTableNames): readonly string[] {
  return [...ENTITY_KINDS.map((kind) => names.entities[kind]), names.audit, names.idempotency, names.migrations];
}

/** The statement creating the migrations table (run before the applied versions are read). */
export function createMigrationsTableStatement(dialect: SqlDialect, names: SqlTableNames): string {
  const q = quoter(dialect);
  const t = dialect.types;
  return createTable(dialect, names.migrations, [`${q("version")} ${t.integer} NOT NULL PRIMARY KEY`, `${q("name")} ${t.shortText} NOT NULL`, `${q("applied_at")} ${t.shortText} NOT NULL`], []);
}

/** The entity kinds whose tables a later migration adds (not part of version 1). */
const LATER_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(["calibration"]);

/** The statements of the initial schema (version 1): entity tables, audit, idempotency, migrations. */
export function initialSchemaStatements(dialect: SqlDialect, names: SqlTableNames): readonly string[] {
  const statements: string[] = [];
  for (const kind of ENTITY_KINDS) {
    if (!LATER_KINDS.has(kind)) statements.push(...entityTableStatements(dialect, names.entities[kind], ENTITY_TABLES[kind]));
  }
  statements.push(...auditTableStatements(dialect, names.audit));
  statements.push(idempotencyTableStatement(dialect, names.idempotency));
  statements.push(createMigrationsTableStatement(dialect, names));
  return statements;
}

/** The statements creating one entity kind's table and indexes (for a migration that adds a kind). */
export function entityTableStatementsOf(dialect: SqlDialect, names: SqlTableNames, kind: EntityKind): readonly string[] {
  return entityTableStatements(dialect, names.entities[kind], ENTITY_TABLES[kind]);
}

/** Throws a `RangeError` unless `prefix` is empty or a lowercase SQL-safe name of at most 20 characters. */
export function assertTablePrefix(prefix: unknown): asserts prefix is string {
  if (typeof prefix !== "string" || (prefix !== "" && !/^[a-z][a-z0-9_]*$/.test(prefix)) || prefix.length > MAX_TABLE_PREFIX_LENGTH) {
    throw new RangeError(`tablePrefix must be empty or match /^[a-z][a-z0-9_]*$/ with at most ${MAX_TABLE_PREFIX_LENGTH} characters, got ${JSON.stringify(prefix)}`);
  }
}

function entityTableStatements(dialect: SqlDialect, table: string, layout: EntityTable): string[] {
  const q = quoter(dialect);
  const t = dialect.types;
  const columns = [
    `${q("key")} ${t.key} NOT NULL PRIMARY KEY`,
    `${q("row_version")} ${t.integer} NOT NULL`,
    ...Object.entries(layout.columns).map(([name, type]) => `${q(name)} ${type === "integer" ? t.integer : t.shortText}`),
    `${q("data")} ${t.longText} NOT NULL`,
  ];
  const unique = layout.unique.map((set) => `CONSTRAINT ${q(`${table}_${set.join("_")}_key`)} UNIQUE (${set.map(q).join(", ")})`);
  return withIndexes(dialect, table, [...columns, ...unique], layout.indexes);
}

function auditTableStatements(dialect: SqlDialect, table: string): string[] {
  const q = quoter(dialect);
  const t = dialect.types;
  const tag = t.tag ?? t.shortText;
  const columns = [
    `${q("seq")} ${t.serialPrimaryKey}`,
    `${q("at")} ${t.shortText} NOT NULL`,
    `${q("actor")} ${t.shortText} NOT NULL`,
    `${q("action")} ${tag} NOT NULL`,
    `${q("entity")} ${tag} NOT NULL`,
    `${q("entity_key")} ${t.key} NOT NULL`,
    `${q("before_data")} ${t.longText}`,
    `${q("after_data")} ${t.longText}`,
    `${q("idempotency_key")} ${t.shortText}`,
  ];
  return withIndexes(dialect, table, columns, [["entity", "entity_key", "seq"]]);
}

function idempotencyTableStatement(dialect: SqlDialect, table: string): string {
  const q = quoter(dialect);
  const t = dialect.types;
  const columns = [`${q("key")} ${t.key} NOT NULL PRIMARY KEY`, `${q("fingerprint")} ${t.shortText} NOT NULL`, `${q("response")} ${t.longText} NOT NULL`, `${q("created_at")} ${t.shortText} NOT NULL`];
  return createTable(dialect, table, columns, []);
}

/** MySQL has no `CREATE INDEX IF NOT EXISTS`: its indexes go inside `CREATE TABLE` instead. */
function withIndexes(dialect: SqlDialect, table: string, definitions: readonly string[], indexes: readonly (readonly string[])[]): string[] {
  const q = quoter(dialect);
  const named = indexes.map((set) => ({ name: q(`${table}_${set.join("_")}_idx`), columns: set.map(q).join(", ") }));
  if (dialect.name === "mysql") return [createTable(dialect, table, definitions, named.map((index) => `INDEX ${index.name} (${index.columns})`))];
  return [createTable(dialect, table, definitions, []), ...named.map((index) => `CREATE INDEX IF NOT EXISTS ${index.name} ON ${q(table)} (${index.columns})`)];
}

function quoter(dialect: SqlDialect): (name: string) => string {
  return (name) => dialect.quoteIdentifier(name);
}

function createTable(dialect: SqlDialect, table: string, definitions: readonly string[], inline: readonly string[]): string {
  const suffix = dialect.tableSuffix ? ` ${dialect.tableSuffix}` : "";
  return `CREATE TABLE IF NOT EXISTS ${dialect.quoteIdentifier(table)} (\n  ${[...definitions, ...inline].join(",\n  ")}\n)${suffix}`;
}

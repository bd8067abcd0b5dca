/**
 * The `BackendTransaction` of the SQL backend: every primitive as generated statements run on the
 * one connection of a driver transaction, with every driver failure classified.
 * @module
 */
import { isStoreError, type AuditDraft, type AuditRow, type BackendTransaction, type EntityKind, type EntityRow, type FindQuery, type IdempotencyRow, type StoreError } from "@kinerja/core";
import { COPY_MAX_ROWS, COPY_MIN_ROWS, type SqlConnection, type SqlCopyTarget, type SqlDriver, type SqlParam, type SqlResult } from "../driver.js";
import type { BoundStatement, EntitySql } from "./entity-sql.js";
import { matchesNothing } from "./find-sql.js";
import { auditValues, type AuditQuery, type LogSql } from "./log-sql.js";
import { toAuditRow, toEntityRow, toIdempotencyRow } from "./values.js";

/** What the statements of one backend are generated from. */
export interface SqlContext {
  readonly driver: SqlDriver;
  readonly entities: Readonly<Record<EntityKind, EntitySql>>;
  readonly log: LogSql;
}

/** A {@link BackendTransaction} running on `connection`. */
export function createSqlTransaction(context: SqlContext, connection: SqlConnection): BackendTransaction {
  const exec = (sql: string, params: readonly SqlParam[]): Promise<SqlResult> => runStatement(context.driver, connection, sql, params);
  /**
   * Inserts `rows` by the connection's bulk copy when it has one and there are enough rows (in
   * slices of at most COPY_MAX_ROWS, in order), else — or for a slice it cannot carry — by statements.
   */
  const bulkInsert = async <T>(rows: readonly T[], target: SqlCopyTarget, valuesOf: (row: T) => SqlParam[], statements: (rows: readonly T[]) => BoundStatement[]): Promise<void> => {
    const copy = connection.copyRows?.bind(connection);
    if (copy === undefined || rows.length < COPY_MIN_ROWS) {
      for (const statement of statements(rows)) await exec(statement.sql, statement.params);
      return;
    }
    for (let start = 0; start < rows.length; start += COPY_MAX_ROWS) {
      const slice = rows.slice(start, start + COPY_MAX_ROWS);
      let copied: boolean;
      try {
        copied = await copy(target, slice.map(valuesOf));
      } catch (error) {
        throw classified(context.driver, error);
      }
      if (!copied) for (const statement of statements(slice)) await exec(statement.sql, statement.params);
    }
  };
  return {
    async get(kind: EntityKind, key: string): Promise<EntityRow | undefined> {
      const table = entitySql(context, kind);
      const statement = table.get(checkKey(key));
      const { rows } = await exec(statement.sql, statement.params);
      return rows[0] === undefined ? undefined : toEntityRow(rows[0], table.columns);
    },
    async getMany(kind: EntityKind, keys: readonly string[]): Promise<EntityRow[]> {
      const table = entitySql(context, kind);
      if (!Array.isArray(keys)) throw new TypeError("getMany: keys must be an array");
      const found: EntityRow[] = [];
      for (const statement of table.getMany(keys.map(checkKey))) {
        const { rows } = await exec(statement.sql, statement.params);
        for (const row of rows) found.push(toEntityRow(row, table.columns));
      }
      return found;
    },
    async find(kind: EntityKind, query: FindQuery): Promise<EntityRow[]> {
      const table = entitySql(context, kind);
      if (matchesNothing(query)) return [];
      const statement = table.find(query);
      const { rows } = await exec(statement.sql, statement.params);
      return rows.map((row) => toEntityRow(row, table.columns));
    },
    async insert(kind: EntityKind, rows: readonly EntityRow[]): Promise<void> {
      const table = entitySql(context, kind);
      await bulkInsert(rows, table.copyTarget, (row) => table.valuesOf(row), (slice) => table.insert(slice));
    },
    async update(kind: EntityKind, row: EntityRow, expectedRowVersion: number): Promise<boolean> {
      const statement = entitySql(context, kind).update(row, expectedRowVersion);
      const result = await exec(statement.sql, statement.params);
      return result.affectedRows === 1;
    },
    async appendAudit(entries: readonly AuditDraft[]): Promise<void> {
      await bulkInsert(entries, context.log.auditCopyTarget, auditValues, (slice) => context.log.appendAudit(slice));
    },
    async findAudit(query: AuditQuery): Promise<AuditRow[]> {
      entitySql(context, query.entity);
      const statement = context.log.findAudit(query);
      const { rows } = await exec(statement.sql, statement.params);
      return rows.map(toAuditRow);
    },
    async getIdempotency(key: string): Promise<IdempotencyRow | undefined> {
      const statement = context.log.getIdempotency(checkKey(key));
      const { rows } = await exec(statement.sql, statement.params);
      return rows[0] === undefined ? undefined : toIdempotencyRow(rows[0]);
    },
    async putIdempotency(row: IdempotencyRow): Promise<void> {
      const statement = context.log.putIdempotency(row);
      await exec(statement.sql, statement.params);
    },
  };
}

/** Runs one statement, turning a driver failure into a classified `StoreError`. */
export async function runStatement(driver: SqlDriver, connection: SqlConnection, sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> {
  try {
    return await connection.query(sql, params);
  } catch (error) {
    throw classified(driver, error);
  }
}

/** `error` itself when it is already a `StoreError`, else the driver's classification of it. */
export function classified(driver: SqlDriver, error: unknown): StoreError {
  return isStoreError(error) ? error : driver.classify(error);
}

function entitySql(context: SqlContext, kind: EntityKind): EntitySql {
  const table = Object.hasOwn(context.entities, kind) ? context.entities[kind] : undefined;
  if (table === undefined) throw new TypeError(`unknown entity kind ${JSON.stringify(kind)}`);
  return table;
}

function checkKey(key: unknown): string {
  if (typeof key !== "string") throw new TypeError(`a key must be a string, got ${typeof key}`);
  return key;
}

/**
 * The statements on the audit log and the idempotency records.
 * @module
 */
import type { AuditDraft, EntityKind, IdempotencyRow } from "@kinerja/core";
import type { SqlCopyTarget, SqlDialect, SqlParam } from "../driver.js";
import { AUDIT_COLUMNS, type SqlTableNames } from "../schema.js";
import { BoundedCache } from "./bounded-cache.js";
import { chunkRanges, tuple, valueBytes, valuesSql, type RowShape } from "./chunks.js";
import type { BoundStatement } from "./entity-sql.js";
import { jsonRowInserts, type ArrayColumn } from "./json-rows.js";

const AUDIT_TYPES: readonly ArrayColumn["type"][] = ["shortText", "shortText", "tag", "tag", "key", "longText", "longText", "shortText"];

/** A query of one entity's audit entries. */
export interface AuditQuery {
  readonly entity: EntityKind;
  readonly entityKey: string;
  readonly afterSeq?: number;
  readonly limit: number;
}

/** The generated SQL of the audit and idempotency tables. */
export class LogSql {
  readonly #dialect: SqlDialect;
  readonly #insertHead: string;
  readonly #insertShape: RowShape;
  readonly #findFirst: string;
  readonly #findAfter: string;
  readonly #getIdempotency: string;
  readonly #putIdempotency: string;
  readonly #texts = new BoundedCache<string>(64);
  readonly #auditTable: string;
  /** The audit table and its columns in insert order, for a bulk copy. */
  readonly auditCopyTarget: SqlCopyTarget;

  constructor(dialect: SqlDialect, names: SqlTableNames) {
    const q = (name: string): string => dialect.quoteIdentifier(name);
    const p = (i: number): string => dialect.placeholder(i);
    this.#dialect = dialect;
    this.#auditTable = q(names.audit);
    this.auditCopyTarget = Object.freeze({ table: this.#auditTable, columns: Object.freeze(AUDIT_COLUMNS.map(q)) });
    this.#insertHead = `INSERT INTO ${q(names.audit)} (${AUDIT_COLUMNS.map(q).join(", ")}) VALUES `;
    const per = AUDIT_COLUMNS.length;
    this.#insertShape = { fixedBytes: this.#insertHead.length, paramsPerRow: per, tupleBytes: tuple(dialect, dialect.maxParameters - per, per).length };
    const select = `SELECT ${["seq", ...AUDIT_COLUMNS].map(q).join(", ")} FROM ${q(names.audit)} WHERE ${q("entity")} = ${p(0)} AND ${q("entity_key")} = ${p(1)}`;
    this.#findFirst = `${select} ORDER BY ${q("seq")}`;
    this.#findAfter = `${select} AND ${q("seq")} > ${p(2)} ORDER BY ${q("seq")}`;
    const idempotency = ["key", "fingerprint", "response", "created_at"].map(q);
    this.#getIdempotency = `SELECT ${idempotency.join(", ")} FROM ${q(names.idempotency)} WHERE ${q("key")} = ${p(0)}`;
    this.#putIdempotency = `INSERT INTO ${q(names.idempotency)} (${idempotency.join(", ")}) VALUES ${tuple(dialect, 0, 4)}`;
  }

  /** Multi-row inserts of audit entries, split under the dialect's limits, in order. */
  appendAudit(entries: readonly AuditDraft[]): BoundStatement[] {
    const columns = AUDIT_COLUMNS.map((name, i): ArrayColumn => ({ name, type: AUDIT_TYPES[i] ?? "shortText" }));
    const byColumn = jsonRowInserts(this.#dialect, this.#auditTable, columns, entries.length, (r) => auditValues(entries[r] as AuditDraft));
    if (byColumn) return byColumn;
    const ranges = chunkRanges(entries.length, this.#insertShape, this.#dialect, (i) => draftBytes(entries[i] as AuditDraft));
    return ranges.map(([start, end]) => {
      const params: SqlParam[] = [];
      for (let i = start; i < end; i++) pushAuditValues(params, entries[i] as AuditDraft);
      return { sql: this.#texts.get(String(end - start), () => this.#insertSql(end - start)), params };
    });
  }

  /** Entries of one entity after `afterSeq`, oldest first, at most `limit` (an integer literal). */
  findAudit(query: AuditQuery): BoundStatement {
    if (!Number.isSafeInteger(query.limit) || query.limit < 0) throw new TypeError(`findAudit: limit must be a non-negative integer, got ${String(query.limit)}`);
    if (query.afterSeq === undefined) return { sql: `${this.#findFirst} LIMIT ${query.limit}`, params: [query.entity, query.entityKey] };
    if (!Number.isSafeInteger(query.afterSeq)) throw new TypeError(`findAudit: afterSeq must be an integer, got ${String(query.afterSeq)}`);
    return { sql: `${this.#findAfter} LIMIT ${query.limit}`, params: [query.entity, query.entityKey, query.afterSeq] };
  }

  /** The idempotency record with this key. */
  getIdempotency(key: string): BoundStatement {
    return { sql: this.#getIdempotency, params: [key] };
  }

  /** Inserts an idempotency record (a duplicate key is a constraint violation). */
  putIdempotency(row: IdempotencyRow): BoundStatement {
    return { sql: this.#putIdempotency, params: [row.key, row.fingerprint, row.response, row.createdAt] };
  }

  #insertSql(rowCount: number): string {
    return valuesSql(this.#dialect, this.#insertHead, rowCount, this.#insertShape.paramsPerRow);
  }
}

function draftBytes(entry: AuditDraft): number {
  return (
    valueBytes(entry.at) +
    valueBytes(entry.actor) +
    valueBytes(entry.action) +
    valueBytes(entry.entity) +
    valueBytes(entry.entityKey) +
    valueBytes(entry.before) +
    valueBytes(entry.after) +
    valueBytes(entry.idempotencyKey)
  );
}

/** The values of an audit entry in the order of `AUDIT_COLUMNS`. */
export function auditValues(e: AuditDraft): SqlParam[] {
  const values: SqlParam[] = [];
  pushAuditValues(values, e);
  return values;
}

/** Appends {@link auditValues} to a statement's parameters, with no array of its own. */
function pushAuditValues(params: SqlParam[], e: AuditDraft): void {
  params.push(e.at, e.actor, e.action, e.entity, e.entityKey, e.before, e.after, e.idempotencyKey);
}

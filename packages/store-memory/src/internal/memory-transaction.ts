/**
 * One transaction of the memory backend. Every mutation is applied at once and recorded in an
 * undo log; {@link MemoryTransaction.rollback} replays the log backwards, so a rejected
 * transaction leaves nothing behind without copying any table.
 * @internal
 * @module
 */
import {
  StoreError,
  type AuditDraft,
  type AuditRow,
  type BackendTransaction,
  type EntityKind,
  type EntityRow,
  type FindQuery,
  type IdempotencyRow,
} from "@kinerja/core";
import { checkAuditDraft, checkedRow, checkIdempotencyRow, checkKey, checkQuery, misuse, tableOf } from "./checks.js";
import { compareTuples, matches } from "./compare.js";
import { uniqueValue, type MemoryState } from "./memory-state.js";

/** A transaction over a {@link MemoryState}; the caller serializes transactions. */
export class MemoryTransaction implements BackendTransaction {
  readonly #state: MemoryState;
  readonly #readOnly: boolean;
  readonly #undo: (() => void)[] = [];
  #open = true;

  constructor(state: MemoryState, readOnly: boolean) {
    this.#state = state;
    this.#readOnly = readOnly;
  }

  async get(kind: EntityKind, key: string): Promise<EntityRow | undefined> {
    this.#check(kind);
    checkKey(key, `${kind}.key`);
    return this.#state.table(kind).get(key);
  }

  async getMany(kind: EntityKind, keys: readonly string[]): Promise<EntityRow[]> {
    this.#check(kind);
    if (!Array.isArray(keys)) throw misuse("keys harus larik", "keys must be an array");
    const table = this.#state.table(kind);
    const out: EntityRow[] = [];
    for (const key of new Set(keys)) {
      checkKey(key, `${kind}.key`);
      const row = table.get(key);
      if (row) out.push(row);
    }
    return out;
  }

  async find(kind: EntityKind, query: FindQuery): Promise<EntityRow[]> {
    this.#check(kind);
    checkQuery(kind, query);
    const positionOf = (row: EntityRow) => [...query.orderBy.map((c) => row.columns[c] ?? null), row.key];
    const after = query.after;
    const rows = [...this.#state.table(kind).values()]
      .filter((row) => query.where.every((c) => matches(row.columns[c.column] ?? null, c)))
      .map((row) => ({ row, position: positionOf(row) }))
      .filter((r) => after === undefined || compareTuples(r.position, after) > 0)
      .sort((a, b) => compareTuples(a.position, b.position));
    const limited = query.limit === undefined ? rows : rows.slice(0, query.limit);
    return limited.map((r) => r.row);
  }

  async insert(kind: EntityKind, rows: readonly EntityRow[]): Promise<void> {
    this.#check(kind, true);
    if (!Array.isArray(rows)) throw misuse("rows harus larik", "rows must be an array");
    const checked = rows.map((row) => checkedRow(kind, row));
    this.#checkNew(kind, checked);
    for (const row of checked) {
      this.#state.put(kind, row);
      this.#undo.push(() => this.#state.remove(kind, row.key));
    }
  }

  async update(kind: EntityKind, row: EntityRow, expectedRowVersion: number): Promise<boolean> {
    this.#check(kind, true);
    const next = checkedRow(kind, row);
    const previous = this.#state.table(kind).get(next.key);
    if (!previous || previous.rowVersion !== expectedRowVersion) return false;
    const violation = this.#state.uniqueViolation(kind, next);
    if (violation) throw uniqueError(kind, violation.columns, next.key);
    this.#state.put(kind, next);
    this.#undo.push(() => this.#state.put(kind, previous));
    return true;
  }

  async appendAudit(entries: readonly AuditDraft[]): Promise<void> {
    this.#check(undefined, true);
    if (!Array.isArray(entries)) throw misuse("entri audit harus larik", "audit entries must be an array");
    entries.forEach(checkAuditDraft);
    for (const entry of entries) {
      const row: AuditRow = Object.freeze({ ...pickDraft(entry), seq: this.#state.lastSeq + 1 });
      this.#state.pushAudit(row);
      this.#undo.push(() => this.#state.popAudit());
    }
  }

  async findAudit(query: { readonly entity: EntityKind; readonly entityKey: string; readonly afterSeq?: number; readonly limit: number }): Promise<AuditRow[]> {
    this.#check();
    if (typeof query !== "object" || query === null) throw misuse("kueri audit tidak sah", "invalid audit query");
    tableOf(query.entity);
    if (typeof query.entityKey !== "string") throw misuse("entityKey harus teks", "entityKey must be a text");
    const afterSeq = query.afterSeq ?? 0;
    if (!Number.isSafeInteger(afterSeq) || !Number.isSafeInteger(query.limit) || query.limit < 0) {
      throw misuse("afterSeq / limit audit tidak sah", "invalid audit afterSeq / limit");
    }
    const entries = this.#state.auditOf(query.entity, query.entityKey);
    const start = firstAfter(entries, afterSeq);
    return entries.slice(start, start + query.limit);
  }

  async getIdempotency(key: string): Promise<IdempotencyRow | undefined> {
    this.#check();
    checkKey(key, "idempotency.key");
    return this.#state.idempotency.get(key);
  }

  async putIdempotency(row: IdempotencyRow): Promise<void> {
    this.#check(undefined, true);
    checkIdempotencyRow(row);
    if (this.#state.idempotency.has(row.key)) {
      throw new StoreError("constraint", { id: `Kunci idempotensi '${row.key}' sudah ada`, en: `Idempotency key '${row.key}' already exists` });
    }
    const stored: IdempotencyRow = Object.freeze({ key: row.key, fingerprint: row.fingerprint, response: row.response, createdAt: row.createdAt });
    this.#state.idempotency.set(row.key, stored);
    this.#undo.push(() => this.#state.idempotency.delete(row.key));
  }

  /** Ends the transaction keeping its changes. */
  commit(): void {
    this.#open = false;
    this.#undo.length = 0;
  }

  /** Ends the transaction undoing every change, newest first. */
  rollback(): void {
    this.#open = false;
    for (let undo = this.#undo.pop(); undo; undo = this.#undo.pop()) undo();
  }

  /** Throws when the transaction has ended, the kind is unknown, or a write is attempted read-only. */
  #check(kind?: unknown, write = false): void {
    if (!this.#open) throw misuse("transaksi sudah selesai", "the transaction has already ended");
    if (kind !== undefined) tableOf(kind);
    if (write && this.#readOnly) throw misuse("penulisan dalam transaksi baca-saja", "write in a read-only transaction");
  }

  /** Duplicate keys and unique sets, against the table and within the batch, before any row is stored. */
  #checkNew(kind: EntityKind, rows: readonly EntityRow[]): void {
    const table = this.#state.table(kind);
    const keys = new Set<string>();
    const uniques = tableOf(kind).unique;
    const seen = uniques.map(() => new Set<string>());
    for (const row of rows) {
      if (table.has(row.key) || keys.has(row.key)) throw duplicateKey(kind, row.key);
      keys.add(row.key);
      const violation = this.#state.uniqueViolation(kind, row);
      if (violation) throw uniqueError(kind, violation.columns, row.key);
      uniques.forEach((columns, i) => {
        const value = uniqueValue(row, columns);
        if (value === undefined) return;
        if (seen[i]?.has(value)) throw uniqueError(kind, columns, row.key);
        seen[i]?.add(value);
      });
    }
  }
}

function duplicateKey(kind: EntityKind, key: string): StoreError {
  const table = tableOf(kind).table;
  return new StoreError("constraint", { id: `${table}: kunci '${key}' sudah ada`, en: `${table}: key '${key}' already exists` });
}

function uniqueError(kind: EntityKind, columns: readonly string[], key: string): StoreError {
  const table = tableOf(kind).table;
  const set = columns.join(", ");
  return new StoreError("constraint", {
    id: `${table}: baris '${key}' melanggar keunikan (${set})`,
    en: `${table}: row '${key}' violates the unique column set (${set})`,
  });
}

function pickDraft(entry: AuditDraft): AuditDraft {
  const { at, actor, action, entity, entityKey, before, after, idempotencyKey } = entry;
  return { at, actor, action, entity, entityKey, before, after, idempotencyKey };
}

/** Index of the first entry with `seq` greater than `afterSeq` (entries are in `seq` order). */
function firstAfter(entries: readonly AuditRow[], afterSeq: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid]?.seq ?? 0) <= afterSeq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

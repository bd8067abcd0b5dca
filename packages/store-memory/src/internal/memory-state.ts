/**
 * The memory backend's data: a map of rows per entity kind with the indexes of its unique column
 * sets, the audit log (with an index per entity), idempotency records and applied migrations.
 * Rows are frozen `EntityRow` objects and are replaced, never changed in place.
 * @internal
 * @module
 */
import { ENTITY_KINDS, ENTITY_TABLES, type AuditRow, type EntityKind, type EntityRow, type IdempotencyRow } from "@kinerja/core";

/** A violated unique column set: the columns and the key of the row already holding the values. */
export interface UniqueViolation {
  readonly columns: readonly string[];
  readonly holder: string;
}

/** Everything the memory backend stores. */
export class MemoryState {
  /** Rows of each entity kind by key. */
  readonly tables: ReadonlyMap<EntityKind, Map<string, EntityRow>>;
  /** The append-only audit log, in `seq` order. */
  readonly audit: AuditRow[] = [];
  /** Idempotency records by `operation:key`. */
  readonly idempotency: Map<string, IdempotencyRow> = new Map();
  /** Applied migrations by version. */
  readonly migrations: Map<number, { readonly name: string; readonly appliedAt: string }> = new Map();
  /** The `seq` of the last audit entry. */
  lastSeq = 0;

  readonly #uniques: ReadonlyMap<EntityKind, readonly Map<string, string>[]>;
  readonly #auditByEntity: Map<string, AuditRow[]> = new Map();

  constructor() {
    this.tables = new Map(ENTITY_KINDS.map((kind) => [kind, new Map<string, EntityRow>()]));
    this.#uniques = new Map(ENTITY_KINDS.map((kind) => [kind, ENTITY_TABLES[kind].unique.map(() => new Map<string, string>())]));
  }

  /** The rows of `kind`. */
  table(kind: EntityKind): Map<string, EntityRow> {
    return this.tables.get(kind) as Map<string, EntityRow>;
  }

  /** The first unique column set `row` would violate (ignoring the row with its own key), if any. */
  uniqueViolation(kind: EntityKind, row: EntityRow): UniqueViolation | undefined {
    const sets = ENTITY_TABLES[kind].unique;
    const indexes = this.#uniqueIndexes(kind);
    for (let i = 0; i < sets.length; i++) {
      const value = uniqueValue(row, sets[i] ?? []);
      const holder = value === undefined ? undefined : indexes[i]?.get(value);
      if (holder !== undefined && holder !== row.key) return { columns: sets[i] ?? [], holder };
    }
    return undefined;
  }

  /** Stores `row` (new or replacing the row with its key) and updates the unique indexes. */
  put(kind: EntityKind, row: EntityRow): void {
    const table = this.table(kind);
    const previous = table.get(row.key);
    if (previous) this.#unindex(kind, previous);
    table.set(row.key, row);
    this.#index(kind, row);
  }

  /** Removes the row with `key` and its unique index entries. */
  remove(kind: EntityKind, key: string): void {
    const table = this.table(kind);
    const previous = table.get(key);
    if (!previous) return;
    this.#unindex(kind, previous);
    table.delete(key);
  }

  /** Appends an audit entry (its `seq` must be `lastSeq + 1`). */
  pushAudit(entry: AuditRow): void {
    this.audit.push(entry);
    this.lastSeq = entry.seq;
    const id = entityId(entry.entity, entry.entityKey);
    const list = this.#auditByEntity.get(id);
    if (list) list.push(entry);
    else this.#auditByEntity.set(id, [entry]);
  }

  /** Removes the last audit entry (undo of {@link pushAudit}). */
  popAudit(): void {
    const entry = this.audit.pop();
    if (!entry) return;
    const id = entityId(entry.entity, entry.entityKey);
    const list = this.#auditByEntity.get(id);
    list?.pop();
    if (list?.length === 0) this.#auditByEntity.delete(id);
    this.lastSeq = this.audit[this.audit.length - 1]?.seq ?? 0;
  }

  /** The audit entries of one entity, oldest first. */
  auditOf(entity: EntityKind, entityKey: string): readonly AuditRow[] {
    return this.#auditByEntity.get(entityId(entity, entityKey)) ?? [];
  }

  #uniqueIndexes(kind: EntityKind): readonly Map<string, string>[] {
    return this.#uniques.get(kind) ?? [];
  }

  #index(kind: EntityKind, row: EntityRow): void {
    ENTITY_TABLES[kind].unique.forEach((columns, i) => {
      const value = uniqueValue(row, columns);
      if (value !== undefined) this.#uniqueIndexes(kind)[i]?.set(value, row.key);
    });
  }

  #unindex(kind: EntityKind, row: EntityRow): void {
    ENTITY_TABLES[kind].unique.forEach((columns, i) => {
      const value = uniqueValue(row, columns);
      const index = this.#uniqueIndexes(kind)[i];
      if (value !== undefined && index?.get(value) === row.key) index.delete(value);
    });
  }
}

/**
 * The index entry of a unique column set: the JSON of its values, or `undefined` when one is
 * null (as in SQL, rows with a null in the set never collide).
 */
export function uniqueValue(row: EntityRow, columns: readonly string[]): string | undefined {
  const values = columns.map((c) => row.columns[c] ?? null);
  return values.includes(null) ? undefined : JSON.stringify(values);
}

function entityId(entity: EntityKind, entityKey: string): string {
  return `${entity}\u0000${entityKey}`;
}

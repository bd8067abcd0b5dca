/**
 * The primitives an adapter implements so that {@link createStore} can build a full
 * `KinerjaStore` on them: transactions over entity tables (a key, an optimistic version, a few
 * indexed columns and the record as JSON text), the audit log, idempotency records and
 * migrations. All the domain rules (validation, lifecycle, cascading, audit content, idempotency
 * semantics) live once in core; an adapter only stores rows.
 * @module
 */
import type { MigrationReport, StoreCapabilities } from "./contract.js";
import type { AuditAction, EntityKind } from "./records.js";

/** A value of an indexed column. */
export type ColumnValue = string | number | null;

/** One row of an entity table. */
export interface EntityRow {
  /** The primary key (unique per entity kind). */
  readonly key: string;
  readonly rowVersion: number;
  /** The indexed columns of the kind (see {@link ENTITY_TABLES}), every one present. */
  readonly columns: Readonly<Record<string, ColumnValue>>;
  /** The whole record as JSON text. */
  readonly data: string;
}

/**
 * A filter on an indexed column. `in` takes a non-empty list that may be long (a whole team):
 * backends split it under their parameter limit.
 */
export type Condition =
  | { readonly column: string; readonly op: "=" | ">=" | "<=" | ">" | "<"; readonly value: string | number }
  | { readonly column: string; readonly op: "in"; readonly value: readonly (string | number)[] }
  | { readonly column: string; readonly op: "is-null" };

/** A keyset-paginated query on one entity table. */
export interface FindQuery {
  /** All must hold. */
  readonly where: readonly Condition[];
  /** Ascending sort columns (never null in the rows queried), possibly none; the key breaks ties. */
  readonly orderBy: readonly string[];
  /** Start after this position: the values of `orderBy` then the key. */
  readonly after?: readonly (string | number)[];
  /** At most this many rows. */
  readonly limit?: number;
}

/** An audit entry to append (the backend assigns `seq`). `before` / `after` are JSON text or null. */
export interface AuditDraft {
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly entity: EntityKind;
  readonly entityKey: string;
  readonly before: string | null;
  /**
   * The record after the change as JSON, or `null`. An evaluation's `CREATE` entry is `null`: it
   * stores no copy of the immutable record, and `listAudit` reads `after` from the evaluation row.
   */
  readonly after: string | null;
  readonly idempotencyKey: string | null;
}

/** A stored audit entry as the backend returns it. */
export interface AuditRow extends AuditDraft {
  readonly seq: number;
}

/** The stored outcome of an idempotent write. */
export interface IdempotencyRow {
  /** `operation:key`. */
  readonly key: string;
  /** SHA-256 of the canonical JSON of the operation and its input. */
  readonly fingerprint: string;
  /** The result as JSON text. */
  readonly response: string;
  readonly createdAt: string;
}

/** The operations available inside one transaction. */
export interface BackendTransaction {
  get(kind: EntityKind, key: string): Promise<EntityRow | undefined>;
  /** The rows with these keys that exist (any order). */
  getMany(kind: EntityKind, keys: readonly string[]): Promise<EntityRow[]>;
  find(kind: EntityKind, query: FindQuery): Promise<EntityRow[]>;
  /**
   * Inserts rows; a duplicate key or a violated unique column set throws a `StoreError` with
   * reason `constraint` (the transaction is then rolled back by the caller).
   */
  insert(kind: EntityKind, rows: readonly EntityRow[]): Promise<void>;
  /** Replaces a row if its stored version is `expectedRowVersion`; false when it is not (or is gone). */
  update(kind: EntityKind, row: EntityRow, expectedRowVersion: number): Promise<boolean>;
  appendAudit(entries: readonly AuditDraft[]): Promise<void>;
  /** Audit entries of one entity with `seq` greater than `afterSeq`, oldest first. */
  findAudit(query: { readonly entity: EntityKind; readonly entityKey: string; readonly afterSeq?: number; readonly limit: number }): Promise<AuditRow[]>;
  getIdempotency(key: string): Promise<IdempotencyRow | undefined>;
  /** Inserts an idempotency record; a duplicate key throws a `StoreError` with reason `constraint`. */
  putIdempotency(row: IdempotencyRow): Promise<void>;
}

/** What an adapter provides to {@link createStore}. */
export interface StoreBackend {
  readonly name: string;
  readonly capabilities: StoreCapabilities;
  /** Creates or upgrades the tables (see {@link ENTITY_TABLES}); records applied versions in a table. */
  migrate(): Promise<MigrationReport>;
  /**
   * Runs `work` in one transaction: commits when it resolves, rolls back when it rejects (and
   * rethrows). Driver failures are thrown as classified `StoreError`s.
   */
  transaction<T>(work: (tx: BackendTransaction) => Promise<T>, options: { readonly readOnly: boolean }): Promise<T>;
}

/** Layout of one entity table: its indexed columns and unique column sets. */
export interface EntityTable {
  /** SQL table name. */
  readonly table: string;
  /** Indexed columns: name → type (`text` values are at most 200 characters). */
  readonly columns: Readonly<Record<string, "text" | "integer">>;
  /** Column sets that must be unique (a violation is a `constraint` error). */
  readonly unique: readonly (readonly string[])[];
  /** Column sets to index for the queries the store makes. */
  readonly indexes: readonly (readonly string[])[];
}

/** The table layout of every entity kind: the same in every SQL adapter. */
export const ENTITY_TABLES: Readonly<Record<EntityKind, EntityTable>> = Object.freeze({
  policy: { table: "kinerja_policy", columns: { policy_id: "text", policy_version: "text", hash: "text", status: "text" }, unique: [], indexes: [["hash"], ["policy_id", "policy_version"]] },
  unit: { table: "kinerja_unit", columns: { parent_id: "text" }, unique: [], indexes: [["parent_id"]] },
  unitPredikat: { table: "kinerja_unit_predikat", columns: { unit_id: "text", tahun: "integer" }, unique: [], indexes: [["unit_id", "tahun"]] },
  employee: { table: "kinerja_employee", columns: { unit_id: "text", atasan_nip: "text" }, unique: [], indexes: [["unit_id"], ["atasan_nip"]] },
  plan: { table: "kinerja_plan", columns: { nip: "text", tahun: "integer", unit_id: "text" }, unique: [["nip", "tahun"]], indexes: [["tahun", "unit_id", "nip"]] },
  realisation: { table: "kinerja_realisation", columns: { plan_id: "text", periode: "text" }, unique: [], indexes: [["plan_id", "periode"]] },
  activity: { table: "kinerja_activity", columns: { plan_id: "text", tanggal: "text" }, unique: [], indexes: [["plan_id", "tanggal"]] },
  feedback: { table: "kinerja_feedback", columns: { plan_id: "text", periode: "text", tanggal: "text" }, unique: [], indexes: [["plan_id", "tanggal"]] },
  behaviour: { table: "kinerja_behaviour", columns: { plan_id: "text", periode: "text" }, unique: [["plan_id", "periode"]], indexes: [] },
  competency: { table: "kinerja_competency", columns: { nip: "text", tanggal: "text" }, unique: [], indexes: [["nip", "tanggal"]] },
  evaluation: {
    table: "kinerja_evaluation",
    columns: { plan_id: "text", nip: "text", unit_id: "text", tahun: "integer", periode: "text" },
    unique: [["plan_id", "periode"]],
    // No (nip, tahun) index: an employee's history goes through their plans (unique on nip, tahun)
    // and the (plan_id, periode) unique index, so a bulk write maintains one index fewer.
    indexes: [["unit_id", "tahun", "nip"]],
  },
  // Added by schema version 2 (SQL migration `add_calibration`).
  calibration: { table: "kinerja_calibration", columns: { unit_id: "text", tahun: "integer", periode: "text", status: "text" }, unique: [], indexes: [["unit_id", "tahun"]] },
} satisfies Record<EntityKind, EntityTable>);

/** Every entity kind, in the order tables are created. */
export const ENTITY_KINDS: readonly EntityKind[] = Object.freeze(Object.keys(ENTITY_TABLES) as EntityKind[]);

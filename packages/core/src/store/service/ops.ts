/**
 * Record-level steps shared by the store's operations: load, create, update and upsert with
 * optimistic versions and audit entries, and the lists' keyset queries.
 * @module
 */
import type { BackendTransaction, Condition } from "../backend.js";
import type { AuditAction, EntityKind, Page } from "../records.js";
import { isStoreError, notFound, StoreError, staleVersion } from "../store-error.js";
import { fromRow, keyOf, toRow, type RecordOf } from "./codec.js";
import { DEFAULT_LIMIT, decodeCursor, toPage } from "./cursor.js";
import type { Services, WriteScope } from "./write.js";

/** Human names of the entity kinds, for messages. */
const NAMES: Readonly<Record<EntityKind, string>> = {
  policy: "Policy",
  unit: "Unit",
  unitPredikat: "UnitPredikat",
  employee: "Employee",
  plan: "Plan",
  realisation: "Realisation",
  activity: "Activity",
  feedback: "Feedback",
  behaviour: "Behaviour",
  competency: "Competency",
  evaluation: "Evaluation",
  calibration: "Calibration",
};

/** The record with this key, or `undefined`. */
export async function load<K extends EntityKind>(tx: BackendTransaction, kind: K, key: string): Promise<RecordOf[K] | undefined> {
  const row = await tx.get(kind, key);
  return row ? fromRow(kind, row) : undefined;
}

/** The record with this key; `not_found` when it does not exist. */
export async function loadOrFail<K extends EntityKind>(tx: BackendTransaction, kind: K, key: string, path: readonly (string | number)[] = []): Promise<RecordOf[K]> {
  const found = await load(tx, kind, key);
  if (!found) throw notFound(NAMES[kind], key, path);
  return found;
}

/** Inserts a new record (audited `CREATE`); an existing key is a `conflict`. */
export async function create<K extends EntityKind>(scope: WriteScope, kind: K, record: RecordOf[K], audited: unknown = record): Promise<RecordOf[K]> {
  const key = keyOf(kind, record);
  try {
    await scope.tx.insert(kind, [toRow(kind, record)]);
  } catch (error) {
    if (isStoreError(error) && error.reason === "constraint") throw alreadyExists(kind, key, error);
    throw error;
  }
  scope.audit("CREATE", kind, key, null, audited);
  return record;
}

/** Replaces `before` by `after` if its version is still `expected` (audited with `action`). */
export async function replace<K extends EntityKind>(
  scope: WriteScope,
  kind: K,
  before: RecordOf[K],
  after: RecordOf[K],
  expected: number,
  action: AuditAction = "UPDATE",
): Promise<RecordOf[K]> {
  const key = keyOf(kind, before);
  if (before.rowVersion !== expected) throw staleVersion(NAMES[kind], key, expected, before.rowVersion);
  const ok = await scope.tx.update(kind, toRow(kind, after), expected);
  if (!ok) throw staleVersion(NAMES[kind], key, expected, undefined);
  scope.audit(action, kind, key, before, after);
  return after;
}

/**
 * Create-or-update by optimistic version: without `expected` the record must not exist yet
 * (`conflict`); with it, it must exist (`not_found`) at that version (`conflict`).
 */
export async function upsert<K extends EntityKind>(
  scope: WriteScope,
  kind: K,
  key: string,
  expected: number | undefined,
  build: (previous: RecordOf[K] | undefined) => RecordOf[K],
): Promise<RecordOf[K]> {
  const previous = await load(scope.tx, kind, key);
  if (expected === undefined) {
    if (previous) throw alreadyExists(kind, key);
    return create(scope, kind, build(undefined));
  }
  if (!previous) throw notFound(NAMES[kind], key, ["expectedRowVersion"]);
  return replace(scope, kind, previous, build(previous), expected);
}

/** The fields of a record's next version: `rowVersion` + 1 and `updatedAt`. */
export function bump(previous: { readonly rowVersion: number; readonly createdAt: string } | undefined, at: string): { rowVersion: number; createdAt: string; updatedAt: string } {
  return { rowVersion: (previous?.rowVersion ?? 0) + 1, createdAt: previous?.createdAt ?? at, updatedAt: at };
}

/** A `conflict`: the record already exists. */
export function alreadyExists(kind: EntityKind, key: string, cause?: unknown): StoreError {
  return new StoreError(
    "conflict",
    {
      id: `${NAMES[kind]} '${key}' sudah ada; untuk mengubahnya kirim expectedRowVersion`,
      en: `${NAMES[kind]} '${key}' already exists; to change it, pass expectedRowVersion`,
    },
    cause === undefined ? {} : { cause },
  );
}

/** A keyset-paginated list of one entity kind. */
export async function listPage<K extends EntityKind, T = RecordOf[K]>(
  services: Services,
  request: {
    readonly kind: K;
    readonly list: string;
    readonly operation: string;
    readonly where: readonly Condition[];
    readonly orderBy: readonly { readonly column: string; readonly of: (r: RecordOf[K]) => string | number }[];
    readonly cursor?: string | undefined;
    readonly limit?: number | undefined;
    readonly map?: (r: RecordOf[K]) => T;
  },
): Promise<Page<T>> {
  const limit = request.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(request.list, request.cursor, request.orderBy.length + 1, request.operation);
  const rows = await services.backend.transaction(
    (tx) => tx.find(request.kind, { where: request.where, orderBy: request.orderBy.map((o) => o.column), limit: limit + 1, ...(after ? { after } : {}) }),
    { readOnly: true },
  );
  const records = rows.map((row) => fromRow(request.kind, row));
  const page = toPage(request.list, records, limit, (r) => [...request.orderBy.map((o) => o.of(r)), keyOf(request.kind, r)]);
  const map = request.map;
  return map ? { items: page.items.map((r) => map(r)), nextCursor: page.nextCursor } : (page as unknown as Page<T>);
}

/** Every record of a kind matching `where` (for short lists: a plan's records), ordered. */
export async function listAll<K extends EntityKind>(tx: BackendTransaction, kind: K, where: readonly Condition[], orderBy: readonly string[]): Promise<RecordOf[K][]> {
  const rows = await tx.find(kind, { where, orderBy });
  return rows.map((row) => fromRow(kind, row));
}

/** Runs a read in a read-only transaction. */
export function read<T>(services: Services, work: (tx: BackendTransaction) => Promise<T>): Promise<T> {
  return services.backend.transaction(work, { readOnly: true });
}

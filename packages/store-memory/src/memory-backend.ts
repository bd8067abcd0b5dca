/**
 * The memory `StoreBackend`: rows, audit log and idempotency records in maps, transactions
 * serialized by a FIFO mutex and undone on rejection.
 * @module
 */
import { createSerialQueue, type BackendTransaction, type MigrationReport, type StoreBackend, type StoreCapabilities } from "@kinerja/core";
import { misuse } from "./internal/checks.js";
import { MemoryState } from "./internal/memory-state.js";
import { MemoryTransaction } from "./internal/memory-transaction.js";

/** The memory backend's capabilities: nothing outlives the process or leaves it; writes run one at a time. */
export const MEMORY_CAPABILITIES: StoreCapabilities = Object.freeze({ persistent: false, multiProcess: false, parallelWriters: false });

/** The one schema version of the memory backend. */
const MIGRATIONS: readonly { readonly version: number; readonly name: string }[] = Object.freeze([
  Object.freeze({ version: 1, name: "initial" }),
]);

/**
 * Creates an empty in-memory {@link StoreBackend}. Transactions run one at a time in the order
 * they were started; each one commits when its work resolves and is undone entirely when it
 * rejects. Inserts enforce primary keys and the unique column sets of `ENTITY_TABLES` (a
 * `StoreError` with reason `constraint`), as a database would.
 *
 * @example
 * ```ts
 * import { createStore } from "@kinerja/core";
 * const store = createStore(createMemoryBackend(), { clock: () => new Date("2025-01-01T00:00:00Z") });
 * ```
 */
export function createMemoryBackend(): StoreBackend {
  const state = new MemoryState();
  const mutex = createSerialQueue();
  return Object.freeze({
    name: "memory",
    capabilities: MEMORY_CAPABILITIES,
    migrate: (): Promise<MigrationReport> => mutex.run(async () => migrate(state)),
    transaction<T>(work: (tx: BackendTransaction) => Promise<T>, options: { readonly readOnly: boolean }): Promise<T> {
      if (typeof work !== "function") return Promise.reject(misuse("work harus fungsi", "work must be a function"));
      if (typeof options !== "object" || options === null || typeof options.readOnly !== "boolean") {
        return Promise.reject(misuse("options.readOnly harus boolean", "options.readOnly must be a boolean"));
      }
      return mutex.run(() => runTransaction(state, work, options.readOnly));
    },
  });
}

async function runTransaction<T>(state: MemoryState, work: (tx: BackendTransaction) => Promise<T>, readOnly: boolean): Promise<T> {
  const tx = new MemoryTransaction(state, readOnly);
  try {
    const result = await work(tx);
    tx.commit();
    return result;
  } catch (error) {
    tx.rollback();
    throw error;
  }
}

function migrate(state: MemoryState): MigrationReport {
  const applied = MIGRATIONS.filter((m) => !state.migrations.has(m.version));
  const appliedAt = new Date().toISOString();
  for (const m of applied) state.migrations.set(m.version, { name: m.name, appliedAt });
  const version = Math.max(0, ...state.migrations.keys());
  return { applied: applied.map((m) => ({ version: m.version, name: m.name })), version };
}

/**
 * `createMemoryStore`: a full `KinerjaStore` (every rule of core's `createStore`) on the memory
 * backend.
 * @module
 */
import { createStore, KinerjaError, type Issue, type KinerjaStore, type LocalizedText } from "@kinerja/core";
import { createMemoryBackend } from "./memory-backend.js";

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock of `createdAt`, `updatedAt`, audit `at` and the default `evaluatedAt`; default `() => new Date()`. */
  readonly clock?: () => Date;
  /** Generates the ids the caller does not give; default `crypto.randomUUID()`. */
  readonly newId?: () => string;
}

/**
 * Creates an empty in-memory {@link KinerjaStore}: the reference adapter, for tests, demos and
 * short-lived tools. Data lives as long as the returned object; writes run one at a time.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await store.putUnit({ unitId: "setda", nama: "Sekretariat Daerah", actor: "admin" });
 * (await store.getUnit({ unitId: "setda" }))?.rowVersion; // 1
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): KinerjaStore {
  checkOptions(options);
  const { clock, newId } = options;
  return createStore(createMemoryBackend(), { ...(clock ? { clock } : {}), ...(newId ? { newId } : {}) });
}

function checkOptions(options: unknown): asserts options is MemoryStoreOptions {
  const o = options as Record<string, unknown> | null;
  const issues: Issue[] = [];
  if (typeof o !== "object" || o === null) {
    issues.push(problem([], { id: "Opsi harus objek", en: "The options must be an object" }));
  } else {
    for (const name of ["clock", "newId"] as const) {
      if (o[name] !== undefined && typeof o[name] !== "function") issues.push(problem([name], { id: `${name} harus fungsi`, en: `${name} must be a function` }));
    }
  }
  if (issues.length === 0) return;
  throw new KinerjaError("INPUT_INVALID", { id: "Opsi createMemoryStore tidak sah", en: "Invalid createMemoryStore options" }, { issues, path: issues[0]?.path ?? [] });
}

function problem(path: readonly string[], message: LocalizedText): Issue {
  return { code: "INPUT_INVALID", severity: "error", path, message };
}

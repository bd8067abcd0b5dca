/**
 * The options of {@link runStoreConformance}: the injected test functions, how to build a store,
 * and which capability-dependent tests to skip.
 * @module
 */
import type { KinerjaStore, StoreCapabilities } from "@kinerja/core";

/** An async test body. */
export type ConformanceTestBody = () => Promise<void>;

/** The test-registering function of a runner (vitest's or jest's `it`), with an optional `skip`. */
export interface ConformanceIt {
  (name: string, body: ConformanceTestBody, timeoutMs?: number): void;
  /** Registers a skipped test (vitest / jest `it.skip`); when absent, skipped tests are not registered. */
  skip?: (name: string, body: ConformanceTestBody, timeoutMs?: number) => void;
}

/** The runner functions the suite registers its tests with (vitest, jest, or an adapter of another runner). */
export interface ConformanceRunner {
  describe(name: string, body: () => void): void;
  readonly it: ConformanceIt;
  beforeAll(body: ConformanceTestBody, timeoutMs?: number): void;
  afterAll(body: ConformanceTestBody, timeoutMs?: number): void;
}

/** What `setup` must pass to the store factory, so the suite controls time and generated ids. */
export interface ConformanceStoreOptions {
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** A store made by `setup`, and how to dispose of it. */
export interface ConformanceSetup {
  readonly store: KinerjaStore;
  /** Closes connections, drops the test schema, … */
  readonly teardown?: () => Promise<void>;
  /**
   * Opens another store on the same data (a new connection pool, as another process would), for
   * the `persistent` and `multiProcess` tests. Required unless those are skipped.
   */
  readonly openPeer?: (options: ConformanceStoreOptions) => Promise<ConformanceSetup>;
}

/** The capability-dependent groups of tests. */
export type ConformanceCapability = keyof StoreCapabilities;

/** Test groups to skip: `true` registers them as skipped. A store lacking a capability must skip its group. */
export type ConformanceSkips = Readonly<Partial<Record<ConformanceCapability, boolean>>>;

/** Options of {@link runStoreConformance}. */
export interface StoreConformanceOptions {
  /** Shown in the top-level describe (`KinerjaStore conformance: <name>`). */
  readonly name: string;
  /** The runner's functions, e.g. `{ describe, it, beforeAll, afterAll }` from vitest. */
  readonly test: ConformanceRunner;
  /**
   * Builds a store for one area of the suite (called once per area, in `beforeAll`); must pass
   * `options` to the store factory. Tests use random ids, so areas may share one real database.
   */
  readonly setup: (options: ConformanceStoreOptions) => Promise<ConformanceSetup>;
  /** Capability groups to skip (see {@link skipsFor}). */
  readonly skip?: ConformanceSkips;
  /** Timeout of every test and hook, in ms; default 60 000. */
  readonly timeoutMs?: number;
  /** Items of the bulk `saveEvaluations` test; default 2000. */
  readonly bulkSize?: number;
  /** Bytes of the large-trace test; default 5 000 000. */
  readonly largeTraceBytes?: number;
}

/**
 * The skips a store's capabilities call for: every capability it lacks.
 *
 * @example
 * ```ts
 * runStoreConformance({ ..., skip: skipsFor(createMemoryBackend().capabilities) });
 * ```
 */
export function skipsFor(capabilities: StoreCapabilities): ConformanceSkips {
  return { persistent: !capabilities.persistent, multiProcess: !capabilities.multiProcess, parallelWriters: !capabilities.parallelWriters };
}

/**
 * How the suite's areas register their tests: each area is a `describe` with its own store
 * (built once in `beforeAll` by the adapter's `setup`), a clock and an id generator the tests
 * control, and capability-gated tests that are skipped explicitly.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { KinerjaStore } from "@kinerja/core";
import type { ConformanceCapability, ConformanceSetup, ConformanceStoreOptions, StoreConformanceOptions } from "./options.js";

/** The clock the suite hands the store: the real time unless a test fixes it. */
export class ClockControl {
  #fixed: Date | undefined;
  /** The store's clock. */
  readonly now = (): Date => (this.#fixed ? new Date(this.#fixed.getTime()) : new Date());
  /** Fixes the clock at `iso` until {@link reset}; returns the instant as `toISOString()` prints it. */
  set(iso: string): string {
    this.#fixed = new Date(iso);
    return this.#fixed.toISOString();
  }
  reset(): void {
    this.#fixed = undefined;
  }
}

/** The id generator the suite hands the store: queued ids first, then random UUIDs. */
export class IdControl {
  readonly #queue: string[] = [];
  /** How many ids the store asked for. */
  calls = 0;
  /** The store's id generator. */
  readonly next = (): string => {
    this.calls++;
    return this.#queue.shift() ?? randomUUID();
  };
  /** Makes the generator return these ids next. */
  queue(...ids: readonly string[]): void {
    this.#queue.push(...ids);
  }
  reset(): void {
    this.#queue.length = 0;
    this.calls = 0;
  }
}

/** What a test body receives. */
export interface SuiteContext {
  readonly store: KinerjaStore;
  readonly setup: ConformanceSetup;
  readonly clock: ClockControl;
  readonly ids: IdControl;
  /** The options to pass when opening another store (`openPeer`). */
  readonly storeOptions: ConformanceStoreOptions;
  /** The actor of the suite's writes. */
  readonly actor: string;
  readonly bulkSize: number;
  readonly largeTraceBytes: number;
}

/** A test body. */
export type SuiteTest = (ctx: SuiteContext) => Promise<void>;

/** How an area registers its tests. */
export interface AreaApi {
  test(name: string, body: SuiteTest): void;
  /** A test that needs a capability: registered as skipped when the options skip it. */
  testWith(capability: ConformanceCapability, name: string, body: SuiteTest): void;
}

/** One area of the suite (one source file). */
export interface AreaDefinition {
  readonly name: string;
  readonly register: (area: AreaApi) => void;
}

/** Declares an area. */
export function defineArea(name: string, register: (area: AreaApi) => void): AreaDefinition {
  return { name, register };
}

/** The actor every suite write names. */
export const SUITE_ACTOR = "conformance-suite";

/** Registers one area with the runner. */
export function registerArea(area: AreaDefinition, options: StoreConformanceOptions): void {
  const { test: runner } = options;
  const timeout = options.timeoutMs ?? 60_000;
  runner.describe(area.name, () => {
    const clock = new ClockControl();
    const ids = new IdControl();
    const storeOptions: ConformanceStoreOptions = { clock: clock.now, newId: ids.next };
    let setup: ConformanceSetup | undefined;
    runner.beforeAll(async () => {
      setup = await options.setup(storeOptions);
      assert.ok(setup && typeof setup.store === "object", "setup must resolve to { store, teardown? }");
    }, timeout);
    runner.afterAll(async () => {
      await setup?.teardown?.();
    }, timeout);
    const run = (body: SuiteTest, capability?: ConformanceCapability) => async () => {
      assert.ok(setup, "setup did not complete");
      if (capability) {
        assert.equal(setup.store.capabilities[capability], true, `store.capabilities.${capability} is false: pass skip: { ${capability}: true }`);
      }
      const ctx: SuiteContext = {
        store: setup.store,
        setup,
        clock,
        ids,
        storeOptions,
        actor: SUITE_ACTOR,
        bulkSize: options.bulkSize ?? 2000,
        largeTraceBytes: options.largeTraceBytes ?? 5_000_000,
      };
      try {
        await body(ctx);
      } finally {
        clock.reset();
        ids.reset();
      }
    };
    area.register({
      test: (name, body) => runner.it(name, run(body), timeout),
      testWith: (capability, name, body) => {
        const label = `[${capability}] ${name}`;
        if (options.skip?.[capability]) runner.it.skip?.(label, run(body, capability), timeout);
        else runner.it(label, run(body, capability), timeout);
      },
    });
  });
}

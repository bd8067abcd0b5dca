/**
 * runStoreConformance is runner-agnostic: it registers its areas and tests through the injected
 * functions, skips capability groups with `it.skip`, and checks its options.
 */
import { describe, expect, it } from "vitest";
import { CONFORMANCE_AREAS, runStoreConformance, skipsFor, type ConformanceRunner } from "../src/index.js";

/** A runner that records what is registered instead of running it. */
function recorder() {
  const events: string[] = [];
  const path: string[] = [];
  const it = Object.assign((name: string) => void events.push(`it ${[...path, name].join(" > ")}`), {
    skip: (name: string) => void events.push(`skip ${[...path, name].join(" > ")}`),
  });
  const runner: ConformanceRunner = {
    describe(name, body) {
      path.push(name);
      body();
      path.pop();
    },
    it,
    beforeAll: () => void events.push("beforeAll"),
    afterAll: () => void events.push("afterAll"),
  };
  return { runner, events };
}

describe("runStoreConformance", () => {
  it("registers one describe per area with its hooks, and skips capability groups through it.skip", () => {
    const { runner, events } = recorder();
    runStoreConformance({ name: "fake", test: runner, setup: async () => ({ store: {} as never }), skip: { multiProcess: true } });
    expect(events.filter((e) => e === "beforeAll")).toHaveLength(CONFORMANCE_AREAS.length);
    const tests = events.filter((e) => e.startsWith("it ") || e.startsWith("skip "));
    expect(tests.length).toBeGreaterThan(120);
    expect(new Set(tests).size).toBe(tests.length);
    expect(tests.every((t) => t.includes("KinerjaStore conformance: fake > "))).toBe(true);
    const skipped = tests.filter((t) => t.startsWith("skip "));
    expect(skipped.length).toBe(2);
    expect(skipped.every((t) => t.includes("[multiProcess]"))).toBe(true);
    expect(tests.some((t) => t.startsWith("it ") && t.includes("[persistent]"))).toBe(true);
  });

  it("leaves skipped tests out when the runner has no it.skip", () => {
    const { runner, events } = recorder();
    const bare: ConformanceRunner = { ...runner, it: (name, body, timeout) => runner.it(name, body, timeout) };
    runStoreConformance({ name: "bare", test: bare, setup: async () => ({ store: {} as never }), skip: skipsFor({ persistent: false, multiProcess: false, parallelWriters: false }) });
    expect(events.some((e) => e.includes("[persistent]") || e.includes("[multiProcess]") || e.includes("[parallelWriters]"))).toBe(false);
  });

  it("rejects bad options", () => {
    const { runner } = recorder();
    expect(() => runStoreConformance({ name: "", test: runner, setup: async () => ({ store: {} as never }) })).toThrow(/name/);
    expect(() => runStoreConformance({ name: "x", test: { ...runner, beforeAll: undefined as never }, setup: async () => ({ store: {} as never }) })).toThrow(/beforeAll/);
    expect(() => runStoreConformance({ name: "x", test: runner, setup: async () => ({ store: {} as never }), skip: { fast: true } as never })).toThrow(/skip\.fast/);
    expect(() => runStoreConformance({ name: "x", test: runner, setup: async () => ({ store: {} as never }), timeoutMs: 0 })).toThrow(/timeoutMs/);
  });

  it("skipsFor skips exactly the capabilities a store lacks", () => {
    expect(skipsFor({ persistent: true, multiProcess: false, parallelWriters: true })).toEqual({ persistent: false, multiProcess: true, parallelWriters: false });
  });
});

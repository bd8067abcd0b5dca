/**
 * Aborting: the promise rejects with `signal.reason`, every worker has exited when it does, the
 * input is released (its iterator's `return` runs), the output is left open holding the envelopes
 * of a prefix of the input, in order — whether the abort comes mid-run, before the start, while
 * the workers start, while the input hangs, or while scoring in the calling thread.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scoreNdjson } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector, SKP_POLICY, ndjsonLines } from "./support/ndjson.js";

const LINES = ndjsonLines(3000);

interface Probe {
  pulled: number;
  released: boolean;
}

async function* probedInput(probe: Probe, lines: readonly string[] = LINES): AsyncGenerator<string> {
  try {
    for (const line of lines) {
      probe.pulled++;
      yield line + "\n";
    }
  } finally {
    probe.released = true;
  }
}

afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

describe("abort", { timeout: 60_000 }, () => {
  it("mid-run: rejects with the reason, terminates the workers, releases the input, leaves an ordered prefix", async () => {
    const probe: Probe = { pulled: 0, released: false };
    let received = 0;
    const output = new Collector({ highWaterMark: 1, delayMs: 3, onWrite: (chunk) => (received += chunk.split("\n").length - 1) });
    const controller = new AbortController();
    const reason = new Error("operator pressed Ctrl+C");
    const run = scoreNdjson({ policy: SKP_POLICY, input: probedInput(probe), output, workers: 2, batchSize: 10, signal: controller.signal });
    await vi.waitFor(() => expect(received).toBeGreaterThanOrEqual(50), { timeout: 30_000, interval: 5 });
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
    expect(liveWorkerCount()).toBe(0);
    expect(probe.released).toBe(true);
    expect(probe.pulled).toBeLessThan(LINES.length);
    expect(output.writableEnded).toBe(false);
    const lines = output.envelopes.map((e) => e.line);
    expect(lines.length).toBeGreaterThanOrEqual(50);
    expect(lines).toEqual(lines.map((_, i) => i + 1));
  });

  it("an already aborted signal: rejects at once, reads nothing, starts no worker", async () => {
    const probe: Probe = { pulled: 0, released: false };
    const output = new Collector();
    const run = scoreNdjson({ policy: SKP_POLICY, input: probedInput(probe), output, workers: 2, signal: AbortSignal.abort() });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(probe.pulled).toBe(0);
    expect(output.text).toBe("");
  });

  it("while the workers are starting", async () => {
    const probe: Probe = { pulled: 0, released: false };
    const controller = new AbortController();
    const run = scoreNdjson({ policy: SKP_POLICY, input: probedInput(probe), output: new Collector(), workers: 2, signal: controller.signal });
    await sleep(20);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(probe.pulled).toBe(0);
  });

  it("while the input hangs (a stalled upload): rejects promptly", async () => {
    async function* hanging(): AsyncGenerator<string> {
      yield LINES[0] + "\n";
      await new Promise(() => undefined);
    }
    const output = new Collector();
    const controller = new AbortController();
    const run = scoreNdjson({ policy: SKP_POLICY, input: hanging(), output, workers: 1, batchSize: 1, signal: controller.signal });
    await vi.waitFor(() => expect(output.envelopes).toHaveLength(1), { timeout: 30_000, interval: 10 });
    const started = performance.now();
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("while scoring in the calling thread (workers: 0): timers still fire between batches", async () => {
    const output = new Collector();
    const run = scoreNdjson({ policy: SKP_POLICY, input: [LINES.join("\n")], output, workers: 0, batchSize: 20, signal: AbortSignal.timeout(50) });
    await expect(run).rejects.toMatchObject({ name: "TimeoutError" });
    const lines = output.envelopes.map((e) => e.line);
    expect(lines.length).toBeLessThan(LINES.length);
    expect(lines).toEqual(lines.map((_, i) => i + 1));
  });
});

/**
 * Backpressure and bounded memory: with a slow output, `write()` returning false is respected
 * (nothing is written until `drain`), and the input is never read more than
 * `max(workers, 1) × maxInFlight × batchSize` lines ahead of what the output has received —
 * counted at the input iterator (lines pulled) and in the Writable's `_write` (lines received).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scoreNdjson } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector, SKP_POLICY, ndjsonLines } from "./support/ndjson.js";

const LINES = ndjsonLines(600, { notJson: 50 });

interface Probe {
  pulled: number;
  received: number;
  maxAhead: number;
  writesWhileFull: number;
}

/** One line per chunk, recording how far the reading runs ahead of the output. */
async function* countingInput(probe: Probe, lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) {
    probe.pulled++;
    probe.maxAhead = Math.max(probe.maxAhead, probe.pulled - probe.received);
    yield line + "\n";
  }
}

/** A slow Writable (highWaterMark 1: every write asks to wait) that counts lines as `_write` receives them. */
function slowOutput(probe: Probe, delayMs: number | "never"): Collector {
  const output = new Collector({
    highWaterMark: 1,
    ...(delayMs === "never" ? { delayMs: 1e9 } : { delayMs }),
    onWrite: (chunk) => {
      probe.received += chunk.split("\n").length - 1;
    },
  });
  const write = output.write.bind(output) as (chunk: unknown) => boolean;
  output.write = ((chunk: unknown) => {
    if (output.writableNeedDrain) probe.writesWhileFull++;
    return write(chunk);
  }) as typeof output.write;
  return output;
}

afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

describe("backpressure", { timeout: 60_000 }, () => {
  it.each<[string, number, number, number]>([
    ["2 workers", 2, 2, 10],
    ["1 worker", 1, 3, 7],
    ["the calling thread", 0, 2, 16],
  ])("%s, maxInFlight %i, batchSize %i: reads at most the bound ahead, waits for drain", async (_where, workers, maxInFlight, batchSize) => {
    const probe: Probe = { pulled: 0, received: 0, maxAhead: 0, writesWhileFull: 0 };
    const output = slowOutput(probe, 2);
    const summary = await scoreNdjson({ policy: SKP_POLICY, input: countingInput(probe, LINES), output, workers, maxInFlight, batchSize });
    const bound = Math.max(workers, 1) * maxInFlight * batchSize;
    expect(probe.maxAhead).toBeLessThanOrEqual(bound);
    // The pipeline really filled up: the slow output, not the input, set the pace.
    expect(probe.maxAhead).toBeGreaterThan(bound - batchSize);
    expect(probe.writesWhileFull).toBe(0);
    expect(summary).toMatchObject({ total: 600, ok: 588, failed: 12 });
    expect(output.envelopes.map((e) => e.line)).toEqual(LINES.map((_, i) => i + 1));
  });

  it("stops reading at the bound when the output never drains (then aborts cleanly)", async () => {
    const probe: Probe = { pulled: 0, received: 0, maxAhead: 0, writesWhileFull: 0 };
    const output = slowOutput(probe, "never");
    const controller = new AbortController();
    const run = scoreNdjson({ policy: SKP_POLICY, input: countingInput(probe, LINES), output, workers: 2, maxInFlight: 2, batchSize: 10, signal: controller.signal });
    // The first batch reaches _write, which never calls back; give the pipeline time to fill.
    await vi.waitFor(() => expect(probe.received).toBe(10), { timeout: 30_000, interval: 20 });
    await sleep(300);
    expect(probe.received).toBe(10);
    expect(probe.pulled - probe.received).toBeLessThanOrEqual(40);
    expect(probe.pulled).toBeGreaterThan(10);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(probe.pulled).toBeLessThanOrEqual(50);
  });
});

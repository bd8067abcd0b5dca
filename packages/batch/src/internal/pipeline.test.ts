/**
 * The ordered pipeline with a scripted executor: batches finishing in reverse or random order are
 * written in input order, no more than `capacity` batches are ever outstanding, finished batches
 * are written while the input is still slow, and an executor failure stops the run.
 */
import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { PolicyRef } from "@kinerja/core";
import type { Executor } from "./executor.js";
import { createLineReader } from "./lines.js";
import { pump } from "./pipeline.js";
import type { BatchOutput, LineBatch } from "./protocol.js";
import { createStopper } from "./stopper.js";

const POLICY: PolicyRef = { id: "p", version: "1", hash: "h" };

/** Echoes each line as `<line>\n` after `delay(seq)` ms; records the completion order. */
function scripted(delay: (seq: number) => number): Executor & { completed: number[]; maxOutstanding: number } {
  let seq = 0;
  let outstanding = 0;
  const executor = {
    workers: 4,
    ready: Promise.resolve(POLICY),
    failure: new Promise<never>(() => undefined),
    completed: [] as number[],
    maxOutstanding: 0,
    submit: async (batch: LineBatch): Promise<BatchOutput> => {
      const mine = seq++;
      outstanding++;
      executor.maxOutstanding = Math.max(executor.maxOutstanding, outstanding);
      await sleep(delay(mine));
      outstanding--;
      executor.completed.push(mine);
      return { text: batch.lines.map((l) => `${l}\n`).join(""), ok: batch.lines.length, failed: 0 };
    },
    close: () => Promise.resolve(),
  };
  return executor;
}

function collect(output: PassThrough): () => string {
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString()));
  return () => chunks.join("");
}

const numbered = (n: number): string => Array.from({ length: n }, (_, i) => `x${i + 1}`).join("\n") + "\n";

describe("pump", () => {
  it("writes batches in input order when they finish in reverse order", async () => {
    const executor = scripted((seq) => 5 * (8 - (seq % 8)));
    const output = new PassThrough();
    const text = collect(output);
    const counts = await pump(createLineReader([numbered(80)], 100), executor, output, { batchSize: 5, capacity: 8 }, createStopper(undefined));
    expect(counts).toEqual({ ok: 80, failed: 0 });
    expect(text()).toBe(Array.from({ length: 80 }, (_, i) => `${i + 1}\n`).join(""));
    expect(executor.completed.slice(0, 8)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(executor.maxOutstanding).toBe(8);
  });

  it("writes in order under random completion times, never with more than `capacity` outstanding", async () => {
    for (const capacity of [1, 3, 7]) {
      const delays = Array.from({ length: 40 }, (_, i) => (i * 7919) % 13);
      const executor = scripted((seq) => delays[seq] ?? 0);
      const output = new PassThrough();
      const text = collect(output);
      await pump(createLineReader([numbered(117)], 100), executor, output, { batchSize: 3, capacity }, createStopper(undefined));
      expect(text()).toBe(Array.from({ length: 117 }, (_, i) => `${i + 1}\n`).join(""));
      expect(executor.maxOutstanding).toBeLessThanOrEqual(capacity);
    }
  });

  it("writes a finished batch while the next input line is still on its way", async () => {
    let release: () => void = () => undefined;
    async function* slow(): AsyncGenerator<string> {
      yield "a\n";
      await new Promise<void>((r) => (release = r));
      yield "b\n";
    }
    const output = new PassThrough();
    const text = collect(output);
    const run = pump(createLineReader(slow(), 100), scripted(() => 0), output, { batchSize: 1, capacity: 4 }, createStopper(undefined));
    await sleep(30);
    expect(text()).toBe("1\n");
    release();
    await run;
    expect(text()).toBe("1\n2\n");
  });

  it("rejects with the executor's error", async () => {
    const boom = new Error("worker crashed");
    const executor: Executor = { ...scripted(() => 0), submit: () => Promise.reject(boom) };
    await expect(pump(createLineReader([numbered(10)], 100), executor, new PassThrough(), { batchSize: 2, capacity: 2 }, createStopper(undefined))).rejects.toBe(boom);
  });
});

describe("the built worker's Node options", () => {
  it("drop the @kinerja/source condition in both spellings and keep the rest", async () => {
    const { withoutSourceCondition } = await import("./pool.js");
    expect(withoutSourceCondition(["--conditions=@kinerja/source", "--import", "tsx", "-C", "@kinerja/source", "--conditions", "other", "--max-old-space-size=256"])).toEqual(["--import", "tsx", "--conditions", "other", "--max-old-space-size=256"]);
  });
});

/**
 * The ordered pipeline: read a batch of lines, hand it to the executor, write finished batches in
 * input order. At most `capacity` batches are between reading and the output (the one being read
 * included; a batch leaves when the output has taken it — after `drain` when `write()` returned
 * false), so the input is never read more than `capacity × batchSize` lines ahead of the output.
 * @module
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Executor } from "./executor.js";
import type { LineReader } from "./lines.js";
import type { BatchOutput } from "./protocol.js";
import type { Stopper } from "./stopper.js";

/** How much the pipeline may hold. */
export interface PumpLimits {
  /** Lines per batch. */
  readonly batchSize: number;
  /** Batches between reading and writing, at most. */
  readonly capacity: number;
}

/** The counts of the lines written. */
export interface PumpCounts {
  readonly ok: number;
  readonly failed: number;
}

/**
 * Runs the pipeline to the end of the input; rejects as soon as `stopper` stops. Reading and
 * writing run side by side: a finished batch is written at once even while the input is slow.
 */
export async function pump(reader: LineReader, executor: Executor, output: Writable, limits: PumpLimits, stopper: Stopper): Promise<PumpCounts> {
  const pending: Promise<BatchOutput>[] = [];
  const added = wakeup();
  const freed = wakeup();
  let reading = true;
  let ok = 0;
  let failed = 0;

  const readLoop = async (): Promise<void> => {
    for (;;) {
      while (pending.length >= limits.capacity) await stopper.guard(freed.wait());
      const batch = await stopper.guard(reader.read(limits.batchSize));
      if (batch === undefined) break;
      const scored = executor.submit(batch);
      scored.catch(() => undefined); // surfaced when the write loop awaits it
      pending.push(scored);
      added.wake();
    }
    reading = false;
    added.wake();
  };

  const writeLoop = async (): Promise<void> => {
    for (;;) {
      const head = pending[0];
      if (head === undefined) {
        if (!reading) return;
        await stopper.guard(added.wait());
        continue;
      }
      const done = await stopper.guard(head);
      ok += done.ok;
      failed += done.failed;
      // The batch keeps its place (and the reader waits) until the output has taken it.
      await writeText(output, done.text, stopper);
      pending.shift();
      freed.wake();
    }
  };

  try {
    await Promise.all([readLoop(), writeLoop()]);
  } catch (error) {
    stopper.stop(error);
    throw error;
  }
  return { ok, failed };
}

/** Writes `text`, then waits for `drain` if the stream asked for it. */
export async function writeText(output: Writable, text: string, stopper: Stopper): Promise<void> {
  if (text.length === 0 || output.write(text)) return;
  await waitDrain(output, stopper);
}

/** Ends the output (unless told not to, or it is the process's stdout/stderr) and waits until it has finished. */
export async function endOutput(output: Writable, end: boolean, stopper: Stopper): Promise<void> {
  if (!end || output === process.stdout || output === process.stderr) {
    if (output.writableNeedDrain) await waitDrain(output, stopper);
    return;
  }
  output.end();
  await stopper.guard(finished(output));
}

/** Stops the run when the output fails or closes before it has finished; returns the unsubscribe. */
export function watchOutput(output: Writable, stopper: Stopper): () => void {
  if (output.destroyed || output.writableEnded) throw new Error("scoreNdjson: the output stream is already ended or destroyed");
  const onError = (error: unknown): void => stopper.stop(error);
  const onClose = (): void => {
    if (!output.writableFinished) stopper.stop(new Error("scoreNdjson: the output stream closed before every line was written"));
  };
  output.on("error", onError);
  output.on("close", onClose);
  return () => {
    output.off("error", onError);
    output.off("close", onClose);
  };
}

async function waitDrain(output: Writable, stopper: Stopper): Promise<void> {
  const listening = new AbortController();
  try {
    await stopper.guard(once(output, "drain", { signal: listening.signal }));
  } finally {
    listening.abort();
  }
}

/** A one-waiter wake-up call: `wait()` resolves at the next `wake()`. */
function wakeup(): { wait(): Promise<void>; wake(): void } {
  let resolve: (() => void) | undefined;
  return {
    wait: () =>
      new Promise<void>((r) => {
        resolve = r;
      }),
    wake: () => {
      const r = resolve;
      resolve = undefined;
      r?.();
    },
  };
}

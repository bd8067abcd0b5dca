/**
 * A pool of worker threads, each compiling the policy once and scoring the batches it is sent.
 * A batch goes to the worker with the fewest batches outstanding. Every worker is terminated by
 * `close`, which the caller runs on completion, on error and on abort.
 * @module
 */
import { Worker } from "node:worker_threads";
import type { PolicyRef } from "@kinerja/core";
import type { Executor } from "./executor.js";
import { reviveFailure, type BatchMessage, type BatchOutput, type LineBatch, type ScorerInit, type WorkerMessage } from "./protocol.js";

interface Slot {
  readonly worker: Worker;
  readonly outstanding: Map<number, { resolve: (output: BatchOutput) => void; reject: (error: unknown) => void }>;
  readonly ready: Promise<PolicyRef>;
}

let live = 0;

/** Worker threads started by this module that have not exited yet (for tests: must be 0 after every run). */
export function liveWorkerCount(): number {
  return live;
}

/** Starts `size` workers (at least 1) scoring with `init`. */
export function createWorkerPool(size: number, init: ScorerInit): Executor {
  let failed: { readonly error: unknown } | undefined;
  let closing = false;
  let seq = 0;
  let fail: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = (error) => {
      if (failed !== undefined || closing) return;
      failed = { error };
      for (const slot of slots) for (const pending of slot.outstanding.values()) pending.reject(error);
      reject(error);
    };
  });
  failure.catch(() => undefined);
  const slots: Slot[] = [];
  try {
    for (let i = 0; i < size; i++) slots.push(startWorker(init, (error) => fail(error), () => closing));
  } catch (error) {
    // A thread that cannot start (out of resources): stop the ones already started.
    closing = true;
    for (const slot of slots) void slot.worker.terminate().catch(() => undefined);
    throw error;
  }
  const ready = Promise.all(slots.map((s) => s.ready)).then((refs) => refs[0] as PolicyRef);
  ready.catch(() => undefined);

  return {
    workers: size,
    ready: Promise.race([ready, failure]),
    failure,
    submit(batch: LineBatch): Promise<BatchOutput> {
      if (failed !== undefined) return Promise.reject(failed.error);
      const slot = leastBusy(slots);
      const message: BatchMessage = { seq: seq++, lines: batch.lines, texts: batch.texts };
      return new Promise<BatchOutput>((resolve, reject) => {
        slot.outstanding.set(message.seq, { resolve, reject });
        slot.worker.postMessage(message);
      });
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
    },
  };
}

function startWorker(init: ScorerInit, fail: (error: unknown) => void, closing: () => boolean): Slot {
  const worker = spawn(init);
  live++;
  const outstanding: Slot["outstanding"] = new Map();
  let markReady: (policy: PolicyRef) => void = () => undefined;
  const ready = new Promise<PolicyRef>((resolve) => {
    markReady = resolve;
  });
  worker.on("message", (message: WorkerMessage) => {
    if (message.type === "ready") markReady(message.policy);
    else if (message.type === "fatal") fail(reviveFailure(message.error));
    else {
      const pending = outstanding.get(message.seq);
      outstanding.delete(message.seq);
      pending?.resolve({ text: message.text, ok: message.ok, failed: message.failed });
    }
  });
  worker.on("error", (error) => fail(error));
  worker.on("messageerror", (error) => fail(error));
  worker.on("exit", (code) => {
    live--;
    if (!closing()) fail(new Error(`@kinerja/batch: a scoring worker stopped unexpectedly (exit code ${code})`));
  });
  return { worker, outstanding, ready };
}

/**
 * Built (`dist/index.js` or `.cjs`): the ESM worker `dist/worker.js`. From source (TypeScript run
 * by vitest or tsx through the `@kinerja/source` condition): `worker.ts` beside this file, loaded
 * through tsx by the small `source-worker.mjs`, with the same condition so @kinerja/core is
 * also read from source.
 */
function spawn(init: ScorerInit): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    return new Worker(new URL("./source-worker.mjs", here), {
      workerData: { init, entry: new URL("./worker.ts", here).href },
      execArgv: ["--conditions=@kinerja/source"],
    });
  }
  // The built worker loads built code: drop a `@kinerja/source` condition the parent may run
  // with (a tsx-run caller), or @kinerja/core would resolve to TypeScript the worker cannot load.
  return new Worker(new URL("./worker.js", here), { workerData: { init }, execArgv: withoutSourceCondition(process.execArgv) });
}

/** The Node options without `--conditions=@kinerja/source` (either spelling). */
export function withoutSourceCondition(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (/^(--conditions|-C)=@kinerja\/source$/.test(arg)) continue;
    if ((arg === "--conditions" || arg === "-C") && execArgv[i + 1] === "@kinerja/source") {
      i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

function leastBusy(slots: readonly Slot[]): Slot {
  let best = slots[0] as Slot;
  for (const slot of slots) if (slot.outstanding.size < best.outstanding.size) best = slot;
  return best;
}

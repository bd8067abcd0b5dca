/**
 * Where batches are scored: a pool of worker threads, or the calling thread (`workers: 0`).
 * @module
 */
import type { PolicyRef } from "@kinerja/core";
import { createLineScorer } from "./line-scorer.js";
import type { BatchOutput, LineBatch, ScorerInit } from "./protocol.js";

/** Scores batches somewhere; every method is safe to call after a failure. */
export interface Executor {
  /** Threads scoring (0: the calling thread). */
  readonly workers: number;
  /** The policy every scorer compiled, once all are ready; rejects like {@link Executor.failure}. */
  readonly ready: Promise<PolicyRef>;
  /** Rejects with the first error that stops the executor (a policy that does not compile, a crashed worker); never resolves. */
  readonly failure: Promise<never>;
  /** Scores one batch; batches may complete in any order. */
  submit(batch: LineBatch): Promise<BatchOutput>;
  /** Stops every thread and waits until they have exited. */
  close(): Promise<void>;
}

/** Scores in the calling thread, one batch per macrotask so timers and abort signals still run. */
export function createInlineExecutor(init: ScorerInit): Executor {
  let fail: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => undefined);
  const scorer = createLineScorer(init);
  scorer.catch(fail);
  return {
    workers: 0,
    ready: scorer.then((s) => s.policy),
    failure,
    submit: (batch) =>
      scorer.then(
        (s) =>
          new Promise<BatchOutput>((resolve, reject) => {
            setImmediate(() => {
              try {
                resolve(s.score(batch));
              } catch (error) {
                fail(error);
                reject(error);
              }
            });
          }),
      ),
    close: () => Promise.resolve(),
  };
}

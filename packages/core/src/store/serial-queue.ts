/**
 * A first-in, first-out queue of async work for storage backends: each piece of work starts only
 * when every piece queued before it has settled, so a backend's transactions never interleave on
 * one connection (or one in-memory state).
 * @module
 */

/** Runs async work one piece at a time, in the order it was queued. */
export interface SerialQueue {
  /**
   * Queues `work`; it starts once everything queued before it has settled (resolved or rejected,
   * so one failure never blocks the queue), and the returned promise settles with its outcome.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** How many pieces of work are queued or running. */
  readonly pending: number;
}

/**
 * Creates an empty {@link SerialQueue}.
 *
 * @example
 * ```ts
 * const queue = createSerialQueue();
 * const transaction = <T>(work: () => Promise<T>): Promise<T> => queue.run(work);
 * ```
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const settle = (): void => {
    pending--;
  };
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail.then(work);
      tail = result.then(settle, settle);
      return result;
    },
    get pending(): number {
      return pending;
    },
  };
}

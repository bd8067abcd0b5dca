/**
 * One way to stop a run from anywhere (an abort signal, a crashed worker, a failing output):
 * every await of the run goes through `guard`, which rejects as soon as the run is stopped.
 * Listeners are removed as each guarded promise settles, so a long run accumulates none.
 * @module
 */

/** Stops a run and makes its pending awaits reject with the reason. */
export interface Stopper {
  /** Stops the run with `reason` (the first reason wins). */
  stop(reason: unknown): void;
  /** `promise`, or a rejection with the stop reason if the run stops first. */
  guard<T>(promise: Promise<T>): Promise<T>;
  /** Removes the abort listener. */
  dispose(): void;
}

/** A stopper that also stops when `signal` aborts (with `signal.reason`). */
export function createStopper(signal: AbortSignal | undefined): Stopper {
  let stopped: { readonly reason: unknown } | undefined;
  const waiting = new Set<(reason: unknown) => void>();
  const stop = (reason: unknown): void => {
    if (stopped !== undefined) return;
    stopped = { reason };
    for (const reject of waiting) reject(reason);
    waiting.clear();
  };
  const onAbort = (): void => stop(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted === true) onAbort();
  return {
    stop,
    guard<T>(promise: Promise<T>): Promise<T> {
      if (stopped !== undefined) {
        promise.catch(() => undefined);
        return Promise.reject(stopped.reason);
      }
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        promise.then(
          (value) => {
            waiting.delete(reject);
            resolve(value);
          },
          (error: unknown) => {
            waiting.delete(reject);
            reject(error);
          },
        );
      });
    },
    dispose: () => signal?.removeEventListener("abort", onAbort),
  };
}

/**
 * A first-in, first-out async mutex: each task starts when every task queued before it has
 * settled, so the memory backend's transactions never interleave.
 * @internal
 * @module
 */

/** Runs async tasks one at a time, in the order they were queued. */
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;

  /** Queues `task`; resolves or rejects with its outcome once it has run alone. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.#pending++;
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => this.#settle(),
      () => this.#settle(),
    );
    return result;
  }

  /** How many tasks are queued or running. */
  get pending(): number {
    return this.#pending;
  }

  #settle(): void {
    this.#pending--;
  }
}

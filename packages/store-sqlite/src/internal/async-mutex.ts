/**
 * A first-in-first-out async mutex: one better-sqlite3 connection runs one transaction at a time,
 * and an async `work` would otherwise interleave its statements with another caller's.
 * @module
 */

/** Runs tasks one after another, in the order they were submitted. */
export class AsyncMutex {
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;

  /** Runs `task` once every task submitted before it has settled; resolves or rejects with it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.#pending++;
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => this.#release(),
      () => this.#release(),
    );
    return result;
  }

  /** How many tasks are running or waiting. */
  get pending(): number {
    return this.#pending;
  }

  #release(): void {
    this.#pending--;
  }
}

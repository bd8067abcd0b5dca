/**
 * A small map that forgets its oldest entry past a size, for generated SQL texts.
 * @module
 */

/** Memoises values by string key, keeping at most `capacity` entries (oldest evicted first). */
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** The value of `key`, computed by `make` and remembered when absent. */
  get(key: string, make: () => V): V {
    const found = this.#entries.get(key);
    if (found !== undefined) return found;
    const value = make();
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
    return value;
  }

  /** How many entries are remembered. */
  get size(): number {
    return this.#entries.size;
  }
}

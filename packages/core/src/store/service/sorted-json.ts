/**
 * The text an idempotency fingerprint hashes: JSON with every object's keys sorted, so a retry
 * matches whatever order its fields were sent in. It must stay byte-identical across releases
 * (fingerprints of earlier calls are stored), so {@link sortedJsonByReplacer} is the reference and
 * {@link sortedJson} only a faster way to the same text.
 * @module
 */

/** Thrown inside the fast walk for what it does not handle itself (a `toJSON` method). */
class NotPlain extends Error {}

/**
 * JSON with every object's keys sorted, as {@link sortedJsonByReplacer} writes it: a walk copies
 * each object whose keys are out of order into an ordinary object in sorted order (an own
 * `__proto__` key stays a plain data key), then the native `JSON.stringify` runs its fast path
 * without a replacer — about twice as fast on a 10,000-item bulk write. A value with a `toJSON`
 * method, or nesting too deep for the walk, goes by the reference instead.
 */
export function sortedJson(value: unknown): string {
  let sorted: unknown;
  try {
    sorted = sortedCopy(value);
  } catch (error) {
    if (error instanceof NotPlain || error instanceof RangeError) return sortedJsonByReplacer(value);
    throw error;
  }
  return JSON.stringify(sorted) ?? "null";
}

/**
 * The reference: native `JSON.stringify` with a replacer that swaps an object whose keys are out
 * of order for a sorted, prototype-free copy (RFC 8785 `canonicalJson` also formats numbers and
 * names the path of what JSON cannot hold; a fingerprint needs neither).
 */
export function sortedJsonByReplacer(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? "null";
}

function sortKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (inOrder(keys)) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys.sort()) copy[key] = (value as Record<string, unknown>)[key];
  return copy;
}

/** `value` with every object's keys in sorted order: itself where nothing needs to change. */
function sortedCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") throw new NotPlain();
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const copy = sortedCopy(item);
      if (copy !== item) (out ??= value.slice())[i] = copy;
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const ordered = inOrder(keys);
  let out: Record<string, unknown> | undefined;
  if (!ordered) keys.sort();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = record[key];
    const copy = sortedCopy(item);
    if (out === undefined && ordered && copy === item) continue;
    if (out === undefined) {
      out = {};
      // Only an ordered object gets here after i = 0: its earlier values were returned unchanged.
      for (let j = 0; j < i; j++) put(out, keys[j] as string, record[keys[j] as string]);
    }
    put(out, key, copy);
  }
  return out ?? value;
}

function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) >= (keys[i] as string)) return false;
  return true;
}

/** Sets an own enumerable data property, `__proto__` included (plain assignment would set the prototype). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

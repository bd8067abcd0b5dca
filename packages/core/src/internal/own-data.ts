/**
 * Reading a plain-data field fast: a direct property read, falling back to `Object.hasOwn` only
 * when the read found something an input cannot hold (a function, or Object.prototype itself via
 * `__proto__`), so inherited members never pass for data. Used on every field of every input.
 * @module
 */

/** The own data value of `record[key]`, or undefined when it is absent or only inherited. */
export function ownData(record: object, key: string): unknown {
  const found = (record as Record<string, unknown>)[key];
  if (found === undefined) return undefined;
  if ((typeof found === "function" || found === Object.prototype) && !Object.hasOwn(record, key)) return undefined;
  return found;
}

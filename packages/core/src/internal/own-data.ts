/**
 * Reading a field of a plain-data object fast: a direct property read, with `Object.hasOwn`
 * consulted only when the read found what only an inherited Object.prototype member can be (a
 * function, or Object.prototype itself through `__proto__`). Only for plain objects (prototype
 * Object.prototype or null): the scorer copies any other input object into plain data first.
 * @module
 */

/** The own data value of `record[key]` on a plain object, or undefined when it is absent or inherited. */
export function ownData(record: object, key: string): unknown {
  const found = (record as Record<string, unknown>)[key];
  if (found === undefined) return undefined;
  if ((typeof found === "function" || found === Object.prototype) && !Object.hasOwn(record, key)) return undefined;
  return found;
}

/** True for an object whose prototype is Object.prototype or null (what JSON.parse produces). */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of a value made only of plain objects and arrays: own enumerable data properties, no
 * prototypes, no functions or symbols — what a class instance or `Object.create(proto)` input
 * means as data.
 */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (value === null || typeof value !== "object") return typeof value === "function" || typeof value === "symbol" ? undefined : value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = plainData((value as Record<string, unknown>)[key]);
    if (v !== undefined) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

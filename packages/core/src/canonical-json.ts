/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme) and the content hash built on it.
 *
 * Every scoring result carries `contentHash(policy)`, so two policy documents that differ only
 * in key order, whitespace or number spelling (`4.50` vs `4.5`) get the same hash.
 *
 * Accepted values are exactly what JSON can hold: `null`, booleans, finite numbers, strings,
 * arrays and plain objects (prototype `Object.prototype` or `null`). Object properties whose
 * value is `undefined` are omitted, as `JSON.stringify` does. Everything else throws a
 * `TypeError` naming the path of the offending value (`$.tables[2].rules[0]`), including
 * `undefined` or holes inside arrays (which `JSON.stringify` would silently turn into `null`).
 * @module
 */
import { sha256Hex } from "./internal/sha256.js";
import { compareAscending } from "./internal/order.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Location of the value being written, as a stack of keys and indices; rendered only when an
 * error is thrown (`$.tables[2].rules[0]`, `$["two words"]`), so encoding builds no path strings.
 */
type PathStack = Array<string | number>;

function renderPath(path: PathStack): string {
  let out = "$";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else out += IDENTIFIER.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** True for `{}` literals, `JSON.parse` results and `Object.create(null)`, also across realms. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  if (proto === Object.prototype) return true;
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === "[object Object]";
}

/** A short name for a rejected value's kind, for error messages. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return "bigint";
  if (typeof value === "function") return "function";
  if (typeof value === "symbol") return "symbol";
  if (typeof value === "undefined") return "undefined";
  if (typeof value === "object") {
    const ctor: unknown = (Object.getPrototypeOf(value) as { constructor?: unknown } | null)?.constructor;
    const name = typeof ctor === "function" ? ctor.name : "";
    return name === "" ? "non-plain object" : `${name} object`;
  }
  return typeof value;
}

function reject(value: unknown, path: PathStack, why: string): never {
  throw new TypeError(`canonicalJson: cannot encode ${describe(value)} at ${renderPath(path)}: ${why}`);
}

function write(value: unknown, path: PathStack, ancestors: Set<object>): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) reject(value, path, "JSON has no non-finite numbers");
      // ECMAScript Number::toString is exactly the RFC 8785 number form; -0 prints as "0".
      return JSON.stringify(value);
    case "object":
      break;
    case "undefined":
      return reject(value, path, "undefined is only allowed as an (omitted) object property value");
    default:
      return reject(value, path, "not a JSON value");
  }

  if (value === null) return "null";
  if (ancestors.has(value)) reject(value, path, "cyclic reference");

  if (Array.isArray(value)) {
    ancestors.add(value);
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (!Object.prototype.hasOwnProperty.call(value, i)) reject(undefined, path, "sparse array hole");
      if (i > 0) out += ",";
      out += write(value[i], path, ancestors);
      path.pop();
    }
    ancestors.delete(value);
    return `${out}]`;
  }

  if (!isPlainObject(value)) reject(value, path, "only plain objects and arrays are JSON");

  ancestors.add(value);
  // Object.keys gives own enumerable string keys, including an own "__proto__" data property;
  // reading it back through the record sees that own property, never Object.prototype's accessor.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(compareAscending);
  let out = "{";
  let first = true;
  for (const key of keys) {
    const child = record[key];
    if (child === undefined) continue;
    if (!first) out += ",";
    first = false;
    path.push(key);
    out += `${JSON.stringify(key)}:${write(child, path, ancestors)}`;
    path.pop();
  }
  ancestors.delete(value);
  return `${out}}`;
}

/**
 * Serializes a JSON value to its RFC 8785 canonical form (sorted keys, no whitespace,
 * shortest ECMAScript numbers), throwing a `TypeError` that names the path of anything JSON cannot hold.
 */
export function canonicalJson(value: unknown): string {
  return write(value, [], new Set<object>());
}

/**
 * Lowercase hex SHA-256 of the UTF-8 encoded canonical JSON of `value`.
 * @example
 * contentHash({ b: 1, a: [true, null] }) === contentHash({ a: [true, null], b: 1.0 }); // true
 * contentHash({}); // "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
 */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

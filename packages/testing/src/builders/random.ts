/**
 * Random identifiers and numbers for test data: unique enough that many test runs can share one
 * real database without colliding.
 * @module
 */
import { randomBytes, randomInt as cryptoRandomInt } from "node:crypto";

/**
 * A random identifier `prefix-xxxxxxxxxxxxxxxx` (16 base-32 characters, 80 random bits): valid
 * for every id field of the store (1–100 characters, no control characters).
 *
 * @example
 * ```ts
 * randomId("unit"); // "unit-k3v9q0c1m2x7r4ta"
 * ```
 */
export function randomId(prefix = "id"): string {
  if (typeof prefix !== "string" || prefix.length > 80) throw new TypeError("randomId: prefix must be a text of at most 80 characters");
  const alphabet = "0123456789abcdefghijklmnopqrstuv";
  let out = "";
  for (const byte of randomBytes(16)) out += alphabet[byte & 31];
  return prefix === "" ? out : `${prefix}-${out}`;
}

/** A random integer in `[min, max]` (both inclusive). */
export function randomInt(min: number, max: number): number {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) throw new RangeError(`randomInt: invalid range [${min}, ${max}]`);
  return cryptoRandomInt(min, max + 1);
}

/** A random element of a non-empty list. */
export function pick<T>(items: readonly T[]): T {
  if (items.length === 0) throw new RangeError("pick: empty list");
  return items[randomInt(0, items.length - 1)] as T;
}

/** `n` with leading zeros to `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Freezing a JSON-like value and everything inside it, so a compiled policy's document, constants
 * and prebuilt values cannot be changed by the code that receives them.
 * @module
 */

/** Freezes `value` and every object and array inside it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

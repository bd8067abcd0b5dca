/**
 * Fresh plain records of a fixed shape: a template object with the keys in order is copied with
 * an object spread (one shape, no per-key transitions), and the caller assigns the values.
 * @module
 */
import { UNSAFE_NAMES } from "./compile-expr.js";
import type { Value } from "./types.js";

/**
 * A maker of fresh plain objects whose own keys are `names` in order (each `null` until assigned).
 * Names such as `__proto__` (refused by the policy checks anyway) get an empty object, which
 * assignment then fills as before.
 */
export function recordMaker(names: readonly string[]): () => Record<string, Value> {
  if (names.some((n) => UNSAFE_NAMES.has(n))) return () => ({});
  const template: Record<string, Value> = {};
  for (const name of names) template[name] = null;
  return () => ({ ...template });
}

/**
 * The one ascending order of the engine: numbers by value, strings by UTF-16 code units (never by
 * locale, as RFC 8785 section 3.2.3 requires for canonical JSON), so every sort is the same on
 * every machine.
 * @module
 */

/** −1, 0 or 1 as `a` sorts before, with or after `b`. */
export function compareAscending<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How validation messages show the offending value and where it is: a short, safe rendering of any
 * value, and a path written the way a developer reads it. Shared by every module that validates
 * its own input (monitoring, development, cohort, domain utilities).
 * @module
 */
import type { IssuePath } from "../errors.js";

/** A short, safe rendering of any value for a message (`"x"`, `12`, `null`, `undefined`, `10n`), at most 60 characters. */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function" || typeof value === "symbol") return typeof value;
  try {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return typeof value;
  }
}

/** A path written the way a developer reads it: `indikator[0].realisasi[2].periode`; `empty` for the root. */
export function pathText(path: IssuePath, empty = "(input)"): string {
  let text = "";
  for (const part of path) text += typeof part === "number" ? `[${part}]` : text === "" ? part : `.${part}`;
  return text === "" ? empty : text;
}

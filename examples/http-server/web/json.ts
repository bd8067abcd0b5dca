/**
 * Safe readers of untyped JSON: fields of the expected type or `null` / `[]`, never a throw.
 * The record readers (`records.ts`, `results.ts`) are built on these.
 * @module
 */
import type { LocalizedText } from "./i18n.js";

/** A JSON object (or an empty one when the value is not an object). */
export type Obj = Readonly<Record<string, unknown>>;

/** The value as an object, `{}` otherwise. */
export function obj(value: unknown): Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}

/** A string field, or `null`. */
export function str(o: Obj, key: string): string | null {
  const v = o[key];
  return typeof v === "string" ? v : null;
}

/** A number field, or `null`. */
export function numField(o: Obj, key: string): number | null {
  const v = o[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** An array field, `[]` when absent. */
export function arr(o: Obj, key: string): readonly unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : [];
}

/** A bilingual text field (a plain string counts for both languages), or `null`. */
export function textField(o: Obj, key: string): LocalizedText | null {
  return asText(o[key]);
}

/** A value as bilingual text, or `null`. */
export function asText(v: unknown): LocalizedText | null {
  if (typeof v === "string") return { id: v, en: v };
  const o = obj(v);
  const id = str(o, "id");
  const en = str(o, "en");
  return id !== null && en !== null ? { id, en } : null;
}

/** The items of a page (`{ items }`) or of a bare array. */
export function items(body: unknown): readonly unknown[] {
  return Array.isArray(body) ? body : arr(obj(body), "items");
}

/**
 * Bilingual text: every user-facing message exists in Bahasa Indonesia (the default) and English.
 * @module
 */

/** A supported language: Bahasa Indonesia (`id`, the default) or English (`en`). */
export type Lang = "id" | "en";

/** A text in both languages. */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/** The default language of every rendered text. */
export const DEFAULT_LANG: Lang = "id";

/** Picks the text in `lang` (Bahasa Indonesia when omitted). */
export function localize(text: LocalizedText, lang: Lang = DEFAULT_LANG): string {
  return lang === "en" ? text.en : text.id;
}

/**
 * Builds a {@link LocalizedText} from two template strings with `{name}` placeholders.
 *
 * @example
 * ```ts
 * fill({ id: "Nama {name} tidak dikenal", en: "Unknown name {name}" }, { name: "x" });
 * ```
 */
export function fill(template: LocalizedText, params: Readonly<Record<string, unknown>> = {}): LocalizedText {
  return { id: substitute(template.id, params), en: substitute(template.en, params) };
}

function substitute(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? formatParam(params[key]) : whole,
  );
}

function formatParam(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(formatParam).join(", ");
  return JSON.stringify(value) ?? String(value);
}

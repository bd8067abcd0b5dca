/**
 * The CLI's own bilingual texts (Bahasa Indonesia by default, English with `--lang en`) and the
 * helpers that pick and fill them.
 * @module
 */
import { localize, type Lang, type LocalizedText } from "@kinerja/core";

/** Fills `{name}` placeholders of a text in both languages. */
export function fill(text: LocalizedText, params: Readonly<Record<string, unknown>> = {}): LocalizedText {
  return { id: substitute(text.id, params), en: substitute(text.en, params) };
}

/** Picks and fills a text in one language. */
export function say(lang: Lang, text: LocalizedText, params: Readonly<Record<string, unknown>> = {}): string {
  return localize(fill(text, params), lang);
}

/** A number written the way readers of `lang` expect (`25.000` / `25,000`, `12,5` / `12.5`). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "en" ? "en-US" : "id-ID", { maximumFractionDigits: 2 });
}

function substitute(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : whole));
}

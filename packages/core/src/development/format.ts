/**
 * Writing numbers and filling bilingual templates for the development module: numbers get a
 * decimal comma in Bahasa Indonesia and a decimal point in English, gaps carry an explicit sign
 * (`+12,5`, `−37,5` with the minus sign U+2212), and each placeholder may differ per language.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import { toPlainString } from "../internal/decimal.js";
export { show } from "../internal/describe-value.js";

/** A template parameter: a number (written per language), a text in both languages, or a plain string. */
export type TextParam = number | string | LocalizedText | readonly (string | LocalizedText)[];

/** `n` written the Indonesian way (`62,5`) and the English way (`62.5`). */
export function numberText(n: number): LocalizedText {
  const en = toPlainString(n);
  return { id: en.replace(".", ","), en };
}

/** A signed gap: `+12,5` / `−37,5` (U+2212) / `0`. */
export function signedText(n: number): LocalizedText {
  if (n === 0) return { id: "0", en: "0" };
  const magnitude = numberText(Math.abs(n));
  const sign = n > 0 ? "+" : "\u2212";
  return { id: sign + magnitude.id, en: sign + magnitude.en };
}

/** True when `value` is a {@link LocalizedText}. */
export function isLocalized(value: unknown): value is LocalizedText {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as LocalizedText).id === "string" && typeof (value as LocalizedText).en === "string";
}

/**
 * Fills `template` separately per language: numbers are written per language, texts pick their
 * language, lists are joined with ", ".
 */
export function fillBoth(template: LocalizedText, params: Readonly<Record<string, TextParam>>): LocalizedText {
  return { id: substitute(template.id, params, "id"), en: substitute(template.en, params, "en") };
}

/** Joins bilingual parts with a bilingual separator. */
export function joinBoth(parts: readonly LocalizedText[], separator: LocalizedText): LocalizedText {
  return { id: parts.map((p) => p.id).join(separator.id), en: parts.map((p) => p.en).join(separator.en) };
}


function substitute(template: string, params: Readonly<Record<string, TextParam>>, lang: "id" | "en"): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? render(params[key] as TextParam, lang) : whole));
}

function render(value: TextParam, lang: "id" | "en"): string {
  if (typeof value === "number") return numberText(value)[lang];
  if (typeof value === "string") return value;
  if (isLocalized(value)) return value[lang];
  return value.map((v) => (typeof v === "string" ? v : v[lang])).join(", ");
}

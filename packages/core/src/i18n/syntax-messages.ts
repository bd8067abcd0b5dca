/**
 * Bilingual message templates for syntax errors in Kinerja expressions (lexer and parser).
 *
 * Placeholders look like `{name}` and are filled by {@link syntaxMessage}; a placeholder value may
 * itself be a {@link LocalizedText}, which is substituted language by language.
 * Positions in messages are zero-based character offsets, the same numbers as `start` in spans.
 * @module
 */
import { fill, localize, type Lang, type LocalizedText } from "./text.js";

/** Names of the syntax message templates. */
export type SyntaxMessageKey =
  | "empty"
  | "tooLong"
  | "tooDeep"
  | "unknownCharacter"
  | "unknownOperator"
  | "unterminatedString"
  | "unterminatedComment"
  | "invalidEscape"
  | "malformedNumber"
  | "numberTooLarge"
  | "expected"
  | "unexpectedEnd"
  | "reservedWord"
  | "chainedComparison"
  | "needsParentheses";

/** Templates of every syntax error message, in Bahasa Indonesia and English. */
export const SYNTAX_MESSAGES: Readonly<Record<SyntaxMessageKey, LocalizedText>> = {
  empty: { id: "Ekspresi kosong", en: "The expression is empty" },
  tooLong: {
    id: "Ekspresi terlalu panjang: {length} karakter, maksimum {max}",
    en: "The expression is too long: {length} characters, the maximum is {max}",
  },
  tooDeep: {
    id: "Ekspresi terlalu bertingkat pada posisi {position}: maksimum {max} tingkat",
    en: "The expression is nested too deeply at position {position}: the maximum is {max} levels",
  },
  unknownCharacter: {
    id: "Karakter tidak dikenal '{char}' pada posisi {position}",
    en: "Unknown character '{char}' at position {position}",
  },
  unknownOperator: {
    id: "Operator tidak dikenal '{operator}' pada posisi {position}; gunakan '{suggestion}'",
    en: "Unknown operator '{operator}' at position {position}; use '{suggestion}'",
  },
  unterminatedString: {
    id: "String yang dimulai pada posisi {position} tidak ditutup (tanda kutip penutup harus berada di baris yang sama)",
    en: "Unterminated string starting at position {position} (the closing quote must be on the same line)",
  },
  unterminatedComment: {
    id: "Komentar yang dimulai pada posisi {position} tidak ditutup dengan '*/'",
    en: "Unterminated comment starting at position {position}: missing '*/'",
  },
  invalidEscape: {
    id: "Escape tidak valid '{escape}' pada posisi {position}; yang diizinkan: \\\\ \\\" \\' \\n \\t \\uXXXX",
    en: "Invalid escape '{escape}' at position {position}; allowed: \\\\ \\\" \\' \\n \\t \\uXXXX",
  },
  malformedNumber: {
    id: "Angka tidak valid '{text}' pada posisi {position}",
    en: "Malformed number '{text}' at position {position}",
  },
  numberTooLarge: {
    id: "Angka '{text}' pada posisi {position} terlalu besar",
    en: "Number '{text}' at position {position} is too large",
  },
  expected: {
    id: "Diharapkan {expected} pada posisi {position}, ditemukan {found}",
    en: "Expected {expected} at position {position}, found {found}",
  },
  unexpectedEnd: {
    id: "Ekspresi berakhir terlalu cepat pada posisi {position}; diharapkan {expected}",
    en: "Unexpected end of expression at position {position}; expected {expected}",
  },
  reservedWord: {
    id: "Kata kunci '{word}' pada posisi {position} tidak dapat digunakan sebagai nama",
    en: "Reserved word '{word}' at position {position} cannot be used as a name",
  },
  chainedComparison: {
    id: "Perbandingan tidak dapat dirangkai: '{operator}' pada posisi {position} mengikuti perbandingan lain; gunakan 'and', misalnya 'a < b and b < c'",
    en: "Comparisons cannot be chained: '{operator}' at position {position} follows another comparison; use 'and', e.g. 'a < b and b < c'",
  },
  needsParentheses: {
    id: "Ekspresi {construct} pada posisi {position} harus diapit tanda kurung di sini, misalnya {example}",
    en: "The {construct} expression at position {position} must be wrapped in parentheses here, e.g. {example}",
  },
};

/** Names of the phrases that fill `{expected}` placeholders. */
export type SyntaxPhraseKey = "expression" | "name" | "end" | "commaOr";

/** Phrases substituted into syntax messages, such as what was expected. */
export const SYNTAX_PHRASES: Readonly<Record<SyntaxPhraseKey, LocalizedText>> = {
  expression: { id: "ekspresi", en: "an expression" },
  name: { id: "nama", en: "a name" },
  end: { id: "akhir ekspresi", en: "the end of the expression" },
  commaOr: { id: "',' atau '{closer}'", en: "',' or '{closer}'" },
};

/** A placeholder value: plain text or a number (same in both languages) or a bilingual text. */
export type SyntaxMessageParam = string | number | LocalizedText;

/** Fills the syntax message template `key` with `params`, substituting bilingual values per language. */
export function syntaxMessage(
  key: SyntaxMessageKey,
  params: Readonly<Record<string, SyntaxMessageParam>> = {},
): LocalizedText {
  const template = SYNTAX_MESSAGES[key];
  return { id: fill(template, paramsIn(params, "id")).id, en: fill(template, paramsIn(params, "en")).en };
}

function paramsIn(params: Readonly<Record<string, SyntaxMessageParam>>, lang: Lang): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    result[key] = typeof value === "object" ? localize(value, lang) : value;
  }
  return result;
}

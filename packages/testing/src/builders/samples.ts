/**
 * Values that storage layers tend to corrupt: names in many scripts, and numbers whose decimal
 * form does not survive a careless float or decimal column.
 * @module
 */

/**
 * Texts that must round-trip exactly: Indonesian names with diacritics and apostrophes,
 * decomposed accents, emoji (astral and ZWJ sequences), CJK, right-to-left scripts, quotes and
 * backslashes. Each is 1–200 characters, with no control characters.
 */
export const UNICODE_NAMES: readonly string[] = Object.freeze([
  "Ni Luh Putu Ayu Sukmawati, S.E., M.Ak.",
  "Ir. H. Muh. Ma'ruf Amin — Kepala Bidang",
  "Dra. Sri Rahayu Ningsih‑Pratiwi",
  "Andréa Zoë Çelik-Müller",
  "Nguyễn Thị Minh Khai",
  "Jose\u0301 Mari\u0301a (decomposed)",
  "Teuku Umar 🇮🇩 👩🏽‍💻 🧑‍🌾",
  "王小明 · 山田太郎 · 김민수",
  "محمد بن عبد الله",
  "שלום עליכם",
  'Quote " and backslash \\ and \u2028 separator',
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛",
]);

/**
 * Numbers that must come back exactly (`Object.is`): binary fractions and non-terminating
 * binary values, tiny and large magnitudes, negative values.
 */
export const EXACT_NUMBERS: readonly number[] = Object.freeze([
  0, 1, 0.1, 0.2, 0.30000000000000004, 28.125, 1e-7, 123456789.123, -42.5, 99.99, 100, 1234567890123.5, Number.MAX_SAFE_INTEGER, 5e-324,
]);

/**
 * Keyword matching for the development catalogue: case-insensitive, whole words. A text and a
 * keyword are split into words (Unicode letters and digits, after NFKC normalisation and
 * lower-casing); a keyword matches when its words occur consecutively in the text. So "TI"
 * matches "layanan berbasis TI" but not "pasien", and "teknologi informasi" matches
 * "Layanan berbasis Teknologi-Informasi".
 *
 * Whole words rather than substrings because short keywords are common (TI, SDM, IT) and would
 * otherwise match inside unrelated words. Indonesian affixes are not stripped: "layanan" does
 * not match "pelayanan", so a catalogue lists the forms it means (`["layanan", "pelayanan"]`).
 * @module
 */

/** The lower-cased words of `text` (letters and digits; everything else separates words). */
export function words(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** True when `keyword` has at least one word (so it can ever match). */
export function isUsableKeyword(keyword: string): boolean {
  return words(keyword).length > 0;
}

/** True when the words of `keyword` occur consecutively among `textWords`. */
export function containsKeyword(textWords: readonly string[], keyword: string): boolean {
  const wanted = words(keyword);
  if (wanted.length === 0 || wanted.length > textWords.length) return false;
  for (let start = 0; start + wanted.length <= textWords.length; start++) {
    if (wanted.every((w, k) => textWords[start + k] === w)) return true;
  }
  return false;
}

/** The keywords of `keywords` found in `text`, in the keywords' order. */
export function matchingKeywords(text: string, keywords: readonly string[]): string[] {
  const textWords = words(text);
  return keywords.filter((k) => containsKeyword(textWords, k));
}

/** The values equal to one of `wanted`, ignoring case (NFKC, lower case). */
export function matchingValues(values: readonly string[], wanted: readonly string[]): string[] {
  const have = new Set(values.map(fold));
  return wanted.filter((w) => have.has(fold(w)));
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/**
 * The bilingual messages of @kinerja/batch (Bahasa Indonesia first, as everywhere in Kinerja).
 * @module
 */
import type { LocalizedText } from "@kinerja/core";

/** A line that `JSON.parse` refuses; `detail` is the parser's own (English) explanation. */
export function notJson(line: number, detail: string): LocalizedText {
  return { id: `Baris ${line} bukan JSON yang sah: ${detail}`, en: `Line ${line} is not valid JSON: ${detail}` };
}

/** A line longer than the `maxLineLength` option. */
export function lineTooLong(line: number, max: number): LocalizedText {
  return { id: `Baris ${line} lebih panjang dari ${max} karakter; baris ini tidak dibaca`, en: `Line ${line} is longer than ${max} characters; it was not read` };
}

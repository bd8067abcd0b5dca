/**
 * Turns zod's schema issues into Kinerja issues with a message in Bahasa Indonesia and English.
 * @module
 */
import type * as z from "zod";
import { issue, type Issue } from "../errors.js";
import { fill, type LocalizedText } from "../i18n/text.js";

const TEMPLATES: Readonly<Record<string, LocalizedText>> = {
  invalid_type: { id: "Tipe salah: diharapkan {expected}", en: "Wrong type: expected {expected}" },
  missing: { id: "Wajib diisi ({expected})", en: "Required ({expected})" },
  unrecognized_keys: { id: "Kunci tidak dikenal: {keys}", en: "Unknown keys: {keys}" },
  invalid_value: { id: "Nilai harus salah satu dari {values}", en: "The value must be one of {values}" },
  too_small: { id: "Terlalu kecil/pendek: minimum {minimum}", en: "Too small/short: minimum {minimum}" },
  too_big: { id: "Terlalu besar/panjang: maksimum {maximum}", en: "Too big/long: maximum {maximum}" },
  invalid_format: { id: "Format tidak sah: {detail}", en: "Invalid format: {detail}" },
  invalid_union: { id: "Bentuk tidak sesuai dengan pilihan mana pun", en: "Does not match any allowed form" },
  not_multiple_of: { id: "Harus kelipatan {divisor}", en: "Must be a multiple of {divisor}" },
  invalid_key: { id: "Kunci tidak sah", en: "Invalid key" },
  custom: { id: "Tidak sah: {detail}", en: "Invalid: {detail}" },
};

/** Bilingual texts of the format rules the schemas declare with a `kinerja:` message key. */
const FORMATS: Readonly<Record<string, LocalizedText>> = {
  "kinerja:name": {
    id: "Nama harus terdiri dari huruf, angka dan '_', tidak diawali angka",
    en: "A name must consist of letters, digits and '_', not starting with a digit",
  },
  "kinerja:date": { id: "Harus tanggal berformat YYYY-MM-DD", en: "Must be a date formatted YYYY-MM-DD" },
  "kinerja:id": { id: "Id tidak boleh memuat karakter kendali atau ':'", en: "An id may not hold control characters or ':'" },
  "kinerja:period": {
    id: "Periode harus berformat YYYY, YYYY-Qn atau YYYY-MM",
    en: "A period must be formatted YYYY, YYYY-Qn or YYYY-MM",
  },
  "kinerja:code": { id: "Harus kode HURUF_BESAR (mis. BAIK)", en: "Must be an UPPER_SNAKE code (e.g. BAIK)" },
  "kinerja:ratings": { id: "Nilai sekurang-kurangnya satu nilai dasar BerAKHLAK", en: "Rate at least one BerAKHLAK core value" },
  "kinerja:url": { id: "Harus URL http(s)", en: "Must be an http(s) URL" },
  "kinerja:policyId": {
    id: "Id kebijakan hanya boleh huruf kecil, angka, '.', '_' atau '-'",
    en: "A policy id may only hold lower-case letters, digits, '.', '_' or '-'",
  },
};

/** Converts every zod issue (never only the first) into a Kinerja `SCHEMA` issue. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return issues.flatMap((zi) => {
    if (zi.code === "invalid_union" && zi.errors.length > 0) return fromUnion(zi, prefix);
    // `__proto__` keys are reported as UNSAFE_NAME by the raw-document scan of compile-policy.
    if (zi.code === "unrecognized_keys" && zi.keys.every((k) => k === "__proto__")) return [];
    const path = [...prefix, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    return [issue("SCHEMA", path, messageOf(zi))];
  });
}

/** For a union (e.g. a decision `kind`), report the issues of the closest alternative. */
function fromUnion(zi: z.core.$ZodIssueInvalidUnion, prefix: readonly (string | number)[]): Issue[] {
  const base = [...prefix, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const best = [...zi.errors].sort((a, b) => a.length - b.length)[0] ?? [];
  if (best.length === 0) return [issue("SCHEMA", base, messageOf(zi))];
  return fromZodIssues(best, base);
}

function messageOf(zi: z.core.$ZodIssue): LocalizedText {
  const format = Object.hasOwn(FORMATS, zi.message) ? FORMATS[zi.message] : undefined;
  if (format) return format;
  // A bad discriminator (`kind: "formulaX"`) lists the allowed values rather than "no matching form".
  if (zi.code === "invalid_union" && "options" in zi && zi.options) return fill(TEMPLATES["invalid_value"] as LocalizedText, { values: zi.options.map((v) => JSON.stringify(v)) });
  const template = (zi.code === "invalid_type" && isMissing(zi) ? TEMPLATES["missing"] : TEMPLATES[zi.code]) ?? TEMPLATES["custom"];
  const params: Record<string, unknown> = { detail: zi.message };
  if (zi.code === "invalid_type") params["expected"] = zi.expected;
  if (zi.code === "unrecognized_keys") params["keys"] = zi.keys;
  if (zi.code === "invalid_value") params["values"] = zi.values.map((v) => JSON.stringify(v));
  if (zi.code === "too_small") params["minimum"] = String(zi.minimum);
  if (zi.code === "too_big") params["maximum"] = String(zi.maximum);
  if (zi.code === "not_multiple_of") params["divisor"] = String(zi.divisor);
  if (zi.code === "invalid_format") params["detail"] = zi.message;
  return fill(template as LocalizedText, params);
}

function isMissing(zi: z.core.$ZodIssueInvalidType): boolean {
  return zi.input === undefined;
}

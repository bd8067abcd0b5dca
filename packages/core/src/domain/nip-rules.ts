/**
 * Internal helpers of the NIP / NI PPPK parsers: normalisation, calendar arithmetic, the problem
 * collector and the rules both identifiers share (shape, birth date, gender digit, sequence number).
 * @internal
 * @module
 */
import { KinerjaError } from "../errors.js";
import { DM } from "../i18n/domain-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import type { JenisKelamin, NipProblem, NipProblemCode } from "./nip.js";

/** Digits of a NIP PNS or an NI PPPK. */
export const NIP_LENGTH = 18;
/** Digits of the old NIP replaced by Perka BKN 22/2007. */
export const LEGACY_NIP_LENGTH = 9;
/** Earliest birth year / TMT year accepted [I]. */
export const MIN_YEAR = 1900;
/** First year with PPPK appointments (PP 49/2018 came into force at the end of 2018) [I]. */
export const FIRST_PPPK_YEAR = 2019;
/** Minimum age at appointment [I]. */
export const MIN_AGE = 18;

/** Separators allowed in display forms: whitespace, dots, hyphens and Unicode dashes / minus. */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;
const DIGITS = /^[0-9]+$/;

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The text with every separator removed; throws `INPUT_INVALID` when `text` is not a string. */
export function normalizeText(text: unknown, label: string): string {
  if (typeof text !== "string") {
    throw new KinerjaError("INPUT_INVALID", fill(DM.notText, { label, actual: describe(text) }), { path: [] });
  }
  return text.replace(SEPARATORS, "");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** The number written by `s[start..end)`, or `null` when that slice is not all ASCII digits. */
export function digitsAt(s: string, start: number, end: number): number | null {
  const part = s.slice(start, end);
  return part.length === end - start && DIGITS.test(part) ? Number(part) : null;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True for a real proleptic-Gregorian date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return (a.y - b.y) * 10_000 + (a.m - b.m) * 100 + (a.d - b.d);
}

/** Completed years of age on `on` for someone born on `birth`. */
export function ageOn(birth: Ymd, on: Ymd): number {
  const beforeBirthday = on.m < birth.m || (on.m === birth.m && on.d < birth.d);
  return on.y - birth.y - (beforeBirthday ? 1 : 0);
}

/** `n` with leading zeros to `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD`. */
export function isoDate(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/**
 * The `today` option as a date; the current local date when omitted (the only clock read).
 * Throws `INPUT_INVALID` (path `["today"]`) for anything but a real `YYYY-MM-DD` date.
 */
export function resolveToday(today: unknown): Ymd {
  if (today === undefined) {
    const now = new Date();
    return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
  }
  const match = typeof today === "string" ? /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(today) : null;
  const date = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (!date || !isRealDate(date.y, date.m, date.d)) {
    throw new KinerjaError("INPUT_INVALID", fill(DM.invalidToday, { value: String(today) }), { path: ["today"] });
  }
  return date;
}

/** Collects errors and warnings in the order the rules find them. */
export class Problems {
  readonly errors: NipProblem[] = [];
  readonly warnings: NipProblem[] = [];

  error(code: NipProblemCode, start: number, end: number, message: LocalizedText, hint?: LocalizedText): void {
    this.errors.push(problem(code, "error", start, end, message, hint));
  }

  warning(code: NipProblemCode, start: number, end: number, message: LocalizedText): void {
    this.warnings.push(problem(code, "warning", start, end, message));
  }
}

function problem(
  code: NipProblemCode,
  severity: "error" | "warning",
  start: number,
  end: number,
  message: LocalizedText,
  hint?: LocalizedText,
): NipProblem {
  return hint ? { code, severity, message, hint, start, end } : { code, severity, message, start, end };
}

/**
 * Shape rules: EMPTY, NOT_DIGITS (one problem spanning the first to the last non-digit), and
 * LEGACY_NIP (9 digits, PNS only) or LENGTH. True when the string has 18 characters, so that the
 * field rules can run on the fields made of digits.
 */
export function checkShape(s: string, label: string, legacy: boolean, out: Problems): boolean {
  if (s.length === 0) {
    out.error("EMPTY", 0, 0, fill(DM.empty, { label }));
    return false;
  }
  let first = -1;
  let last = -1;
  const chars: string[] = [];
  let index = 0;
  for (const ch of s) {
    if (ch < "0" || ch > "9") {
      if (first < 0) first = index;
      last = index + ch.length;
      const quoted = JSON.stringify(ch);
      if (chars.length < 5 && !chars.includes(quoted)) chars.push(quoted);
    }
    index += ch.length;
  }
  if (first >= 0) out.error("NOT_DIGITS", first, last, fill(DM.notDigits, { label, chars }));
  if (legacy && s.length === LEGACY_NIP_LENGTH && first < 0) {
    out.error("LEGACY_NIP", 0, s.length, fill(DM.legacyNip));
  } else if (s.length !== NIP_LENGTH) {
    const [start, end] = s.length > NIP_LENGTH ? [NIP_LENGTH, s.length] : [0, s.length];
    out.error("LENGTH", start, end, fill(DM.length, { label, count: s.length }));
  }
  return s.length === NIP_LENGTH;
}

/** Birth date rules (digits 1–8): BIRTH_YEAR, BIRTH_DATE, BIRTH_IN_FUTURE. The date when it is valid. */
export function checkBirth(s: string, today: Ymd, out: Problems): Ymd | null {
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 4, 6);
  const d = digitsAt(s, 6, 8);
  if (y === null || m === null || d === null) return null;
  let ok = true;
  if (y < MIN_YEAR) {
    out.error("BIRTH_YEAR", 0, 4, fill(DM.birthYear, { year: pad(y, 4), min: MIN_YEAR }));
    ok = false;
  }
  if (!isRealDate(y, m, d)) {
    out.error("BIRTH_DATE", 0, 8, fill(DM.birthDate, { value: s.slice(0, 8) }));
    return null;
  }
  const birth = { y, m, d };
  if (compareYmd(birth, today) > 0) {
    out.error("BIRTH_IN_FUTURE", 0, 8, fill(DM.birthInFuture, { date: isoDate(birth), today: isoDate(today) }));
    ok = false;
  }
  return ok ? birth : null;
}

/** Gender digit (digit 15) and sequence number (digits 16–18): GENDER_DIGIT, NOMOR_URUT_ZERO. */
export function checkTail(s: string, out: Problems): { jenisKelamin: JenisKelamin; nomorUrut: number } | null {
  const gender = digitsAt(s, 14, 15);
  const urut = digitsAt(s, 15, 18);
  let jenisKelamin: JenisKelamin | null = null;
  if (gender === 1) jenisKelamin = "PRIA";
  else if (gender === 2) jenisKelamin = "WANITA";
  else if (gender !== null) out.error("GENDER_DIGIT", 14, 15, fill(DM.genderDigit, { digit: String(gender) }));
  if (urut === 0) out.error("NOMOR_URUT_ZERO", 15, 18, fill(DM.nomorUrutZero));
  return jenisKelamin && urut !== null && urut > 0 ? { jenisKelamin, nomorUrut: urut } : null;
}

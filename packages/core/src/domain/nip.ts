/**
 * Parsers of the two 18-digit identifiers of Indonesian civil servants: the NIP of a PNS
 * (Peraturan Kepala BKN 22/2007: tanggal lahir 8 + TMT CPNS 6 + jenis kelamin 1 + nomor urut 3)
 * and the NI PPPK (tanggal lahir 8 + tahun pengangkatan 4 + kode 2 + jenis kelamin 1 + nomor urut 3).
 *
 * The parsers never throw on a string and never read the clock except for the default `today`;
 * every problem is reported, each with a code, a bilingual message and the offsets of the
 * offending digits.
 * @module
 */
import { KinerjaError } from "../errors.js";
import { DM } from "../i18n/domain-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import {
  FIRST_PPPK_YEAR,
  MIN_AGE,
  MIN_YEAR,
  NIP_LENGTH,
  Problems,
  ageOn,
  checkBirth,
  checkShape,
  checkTail,
  compareYmd,
  digitsAt,
  isoDate,
  normalizeText,
  pad,
  resolveToday,
  type Ymd,
} from "./nip-rules.js";

/**
 * Why a NIP / NI PPPK is invalid (severity `error`) or implausible (severity `warning`).
 * `[I]` marks rules inferred rather than read in the regulation.
 *
 * - `EMPTY` — nothing but separators.
 * - `NOT_DIGITS` — a character other than a digit or a separator (space, dot, dash).
 * - `LEGACY_NIP` — the old 9-digit NIP (PNS only).
 * - `LENGTH` — not 18 digits.
 * - `BIRTH_YEAR` — birth year before 1900 [I]. `BIRTH_DATE` — digits 1–8 are not a real date [I].
 * - `BIRTH_IN_FUTURE` — the birth date is after `today` [I].
 * - `TMT_YEAR` — TMT CPNS year (PNS) / tahun pengangkatan (PPPK) before 1900 [I].
 * - `TMT_MONTH` — TMT CPNS month not 01–12 (PNS only) [I].
 * - `TMT_BEFORE_BIRTH` — TMT CPNS (first day of its month) before the birth date / tahun
 *   pengangkatan before the birth year [I].
 * - `GENDER_DIGIT` — digit 15 is not 1 (pria) or 2 (wanita).
 * - `NOMOR_URUT_ZERO` — nomor urut (digits 16–18) is 000 [I].
 * - Warnings: `AGE_UNDER_18` — under 18 at TMT / in the appointment year [I]; `TMT_IN_FUTURE` —
 *   TMT / appointment year after `today` [I]; `TMT_BEFORE_PPPK` — appointment year before 2019 (PPPK only) [I].
 */
export type NipProblemCode =
  | "EMPTY"
  | "NOT_DIGITS"
  | "LEGACY_NIP"
  | "LENGTH"
  | "BIRTH_YEAR"
  | "BIRTH_DATE"
  | "BIRTH_IN_FUTURE"
  | "TMT_YEAR"
  | "TMT_MONTH"
  | "TMT_BEFORE_BIRTH"
  | "GENDER_DIGIT"
  | "NOMOR_URUT_ZERO"
  | "AGE_UNDER_18"
  | "TMT_IN_FUTURE"
  | "TMT_BEFORE_PPPK";

/**
 * One problem. `start`/`end` (0-based, end exclusive) locate the offending characters in the
 * identifier without separators (`canonical` when valid, `normalized` otherwise): for a
 * 18-character string, the gender digit is `14..15` and the nomor urut `15..18`.
 */
export interface NipProblem {
  readonly code: NipProblemCode;
  readonly severity: "error" | "warning";
  readonly message: LocalizedText;
  /** A suggestion, e.g. that a NIP failing the TMT month rule fits an NI PPPK. */
  readonly hint?: LocalizedText;
  readonly start: number;
  readonly end: number;
}

/** Jenis kelamin from digit 15: 1 = PRIA, 2 = WANITA. */
export type JenisKelamin = "PRIA" | "WANITA";

/** Options of {@link parseNip} and {@link parseNiPppk}. */
export interface NipOptions {
  /** The reference date of the plausibility rules, `YYYY-MM-DD`; default: the current local date. */
  readonly today?: string;
}

/** An invalid identifier: every error found, and the warnings of the fields that could be read. */
export interface NipInvalid {
  readonly valid: false;
  /** The input without separators; the offsets of the problems point into it. */
  readonly normalized: string;
  readonly problems: readonly NipProblem[];
  readonly warnings: readonly NipProblem[];
}

/** A valid NIP PNS. */
export interface NipValid {
  readonly valid: true;
  /** The 18 digits without separators. */
  readonly canonical: string;
  /** `YYYY-MM-DD`. */
  readonly tanggalLahir: string;
  /** `YYYY-MM` (the TMT CPNS day is not encoded; it is usually the 1st). */
  readonly tmtCpns: string;
  readonly jenisKelamin: JenisKelamin;
  /** 1–999. */
  readonly nomorUrut: number;
  /** Plausibility warnings (the NIP is still valid). */
  readonly warnings: readonly NipProblem[];
}

/** The outcome of {@link parseNip}. */
export type NipResult = NipValid | NipInvalid;

/** A valid NI PPPK. */
export interface NiPppkValid {
  readonly valid: true;
  readonly canonical: string;
  readonly tanggalLahir: string;
  /** Digits 9–12. */
  readonly tahunPengangkatan: number;
  /** Digits 13–14, kept as text (its meaning is not published; it is not validated). */
  readonly kode: string;
  readonly jenisKelamin: JenisKelamin;
  readonly nomorUrut: number;
  readonly warnings: readonly NipProblem[];
}

/** The outcome of {@link parseNiPppk}. */
export type NiPppkResult = NiPppkValid | NipInvalid;

/**
 * Parses and checks an 18-digit NIP PNS. Spaces, dots and dashes are ignored, so display forms
 * such as `19860926 201505 1 001` are accepted. Throws (`INPUT_INVALID`) only when `text` is not
 * a string or `options.today` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const r = parseNip("19860926 201505 1 001", { today: "2025-01-01" });
 * if (r.valid) r.tmtCpns; // "2015-05"
 * ```
 */
export function parseNip(text: string, options: NipOptions = {}): NipResult {
  const today = resolveToday(options.today);
  const s = normalizeText(text, "NIP");
  const out = new Problems();
  if (!checkShape(s, "NIP", true, out)) return invalid(s, out);
  const birth = checkBirth(s, today, out);
  const tmt = checkTmt(s, today, out);
  const tail = checkTail(s, out);
  if (birth && tmt) {
    const tmtDate = { y: tmt.y, m: tmt.m, d: 1 };
    const shown = { tmt: `${pad(tmt.y, 4)}-${pad(tmt.m, 2)}`, birth: isoDate(birth) };
    if (compareYmd(tmtDate, birth) < 0) out.error("TMT_BEFORE_BIRTH", 0, 14, fill(DM.tmtBeforeBirth, shown));
    else {
      const age = ageOn(birth, tmtDate);
      if (age < MIN_AGE) out.warning("AGE_UNDER_18", 0, 14, fill(DM.ageUnder18, { tmt: shown.tmt, age }));
    }
  }
  if (tmt && compareYmd({ y: tmt.y, m: tmt.m, d: 1 }, today) > 0) {
    out.warning("TMT_IN_FUTURE", 8, 14, fill(DM.tmtInFuture, { tmt: `${pad(tmt.y, 4)}-${pad(tmt.m, 2)}`, today: isoDate(today) }));
  }
  if (out.errors.length > 0 || !birth || !tmt || !tail) return invalid(s, out);
  return {
    valid: true,
    canonical: s,
    tanggalLahir: isoDate(birth),
    tmtCpns: `${pad(tmt.y, 4)}-${pad(tmt.m, 2)}`,
    ...tail,
    warnings: out.warnings,
  };
}

/** TMT CPNS rules (digits 9–14): TMT_YEAR, TMT_MONTH. Year and month when both are valid. */
function checkTmt(s: string, today: Ymd, out: Problems): { y: number; m: number } | null {
  const y = digitsAt(s, 8, 12);
  const m = digitsAt(s, 12, 14);
  if (y !== null && y < MIN_YEAR) out.error("TMT_YEAR", 8, 12, fill(DM.tmtYear, { year: pad(y, 4), min: MIN_YEAR }));
  if (m !== null && (m < 1 || m > 12)) {
    const fitsPppk = inspectPppk(s, today).out.errors.length === 0;
    out.error("TMT_MONTH", 12, 14, fill(DM.tmtMonth, { month: pad(m, 2) }), fitsPppk ? fill(DM.looksLikePppk) : undefined);
  }
  return y !== null && m !== null && y >= MIN_YEAR && m >= 1 && m <= 12 ? { y, m } : null;
}

/**
 * Parses and checks an 18-digit NI PPPK (nomor induk PPPK): tanggal lahir, tahun pengangkatan,
 * a 2-digit kode, jenis kelamin and nomor urut. Same input forms, problems and throws as
 * {@link parseNip}.
 *
 * @example
 * ```ts
 * const r = parseNiPppk("199009132025242014", { today: "2025-06-01" });
 * if (r.valid) r.tahunPengangkatan; // 2025
 * ```
 */
export function parseNiPppk(text: string, options: NipOptions = {}): NiPppkResult {
  const today = resolveToday(options.today);
  const s = normalizeText(text, "NI PPPK");
  const { out, fields } = inspectPppk(s, today);
  if (out.errors.length > 0 || !fields) return invalid(s, out);
  return { valid: true, canonical: s, ...fields, warnings: out.warnings };
}

type PppkFields = Omit<NiPppkValid, "valid" | "canonical" | "warnings">;

/** Every NI PPPK rule; shared by {@link parseNiPppk} and the NI PPPK hint of {@link parseNip}. */
function inspectPppk(s: string, today: Ymd): { out: Problems; fields: PppkFields | null } {
  const out = new Problems();
  if (!checkShape(s, "NI PPPK", false, out)) return { out, fields: null };
  const birth = checkBirth(s, today, out);
  let year = digitsAt(s, 8, 12);
  if (year !== null && year < MIN_YEAR) {
    out.error("TMT_YEAR", 8, 12, fill(DM.pppkYear, { year: pad(year, 4), min: MIN_YEAR }));
    year = null;
  }
  const kode = digitsAt(s, 12, 14) === null ? null : s.slice(12, 14);
  const tail = checkTail(s, out);
  if (birth && year !== null) {
    if (year < birth.y) out.error("TMT_BEFORE_BIRTH", 0, 12, fill(DM.pppkBeforeBirth, { year, birthYear: birth.y }));
    else if (year - birth.y < MIN_AGE) out.warning("AGE_UNDER_18", 0, 12, fill(DM.pppkAgeUnder18, { year, age: year - birth.y }));
  }
  if (year !== null && year > today.y) out.warning("TMT_IN_FUTURE", 8, 12, fill(DM.pppkInFuture, { year, today: isoDate(today) }));
  if (year !== null && year < FIRST_PPPK_YEAR) out.warning("TMT_BEFORE_PPPK", 8, 12, fill(DM.pppkBeforeRegime, { year, first: FIRST_PPPK_YEAR }));
  const fields =
    birth && year !== null && kode !== null && tail ? { tanggalLahir: isoDate(birth), tahunPengangkatan: year, kode, ...tail } : null;
  return { out, fields };
}

function invalid(normalized: string, out: Problems): NipInvalid {
  return { valid: false, normalized, problems: out.errors, warnings: out.warnings };
}

/**
 * Groups 18 digits for display, 8-6-1-3: `"198609262015051001"` → `"19860926 201505 1 001"`.
 * Separators in the input are ignored; only the shape is checked (use {@link parseNip} to validate).
 * Throws `INPUT_INVALID` when the input is not 18 digits.
 */
export function formatNip(canonical: string): string {
  const s = normalizeText(canonical, "NIP");
  if (s.length !== NIP_LENGTH || digitsAt(s, 0, NIP_LENGTH) === null) {
    throw new KinerjaError("INPUT_INVALID", fill(DM.formatNotNip, { label: "NIP" }), { path: [] });
  }
  return `${s.slice(0, 8)} ${s.slice(8, 14)} ${s.slice(14, 15)} ${s.slice(15)}`;
}

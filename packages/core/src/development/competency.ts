/**
 * Competency-development records against the yearly minimum: PP 11/2017 Pasal 203(4) as amended
 * by PP 17/2020 requires at least 20 JP a year for a PNS [V]; 24 JP for PPPK is inferred [I]
 * (see `JP_MINIMUM`). Records are grouped by calendar year of their date; each year's verdict is
 * `checkJpMinimum`'s.
 * @module
 */
import { isValid, parse } from "date-fns";
import type { Issue } from "../errors.js";
import { checkJpMinimum, JP_MINIMUM, type JenisAsn } from "../domain/kompetensi.js";
import { DV } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { decAdd } from "../internal/decimal.js";
import { fillBoth, show } from "./format.js";
import { absent, checkDict, checkEnum, checkKnownKeys, checkList, checkNumber, checkOptionalText, checkText, fail, own, pushIssue, throwIfIssues } from "./input-checks.js";
import { compareAscending } from "../internal/order.js";

/** One competency-development activity. Extra fields are ignored. */
export interface CompetencyRecord {
  /** The date the activity was completed (or credited), `YYYY-MM-DD`; decides the year. */
  readonly tanggal: string;
  readonly nama: string;
  /** Jam pelajaran credited; finite, ≥ 0. */
  readonly jp: number;
  /** E.g. "PELATIHAN", "SEMINAR"; free text. */
  readonly jenis?: string;
}

/** Input of {@link summariseCompetency}. */
export interface CompetencyInput {
  readonly records: readonly CompetencyRecord[];
  /** Default `"PNS"`. */
  readonly jenisAsn?: JenisAsn;
  /** Overrides `JP_MINIMUM` (e.g. an agency's higher target); finite, ≥ 0. */
  readonly minimum?: number;
  /** Report only this year (even when it has no record). */
  readonly tahun?: number;
}

/** One calendar year. */
export interface CompetencyYear {
  readonly tahun: number;
  /** Total JP of the year's records (decimal-exact). */
  readonly totalJp: number;
  readonly minimum: number;
  /** JP still missing, 0 when compliant. */
  readonly kekurangan: number;
  readonly compliant: boolean;
  /** The year's records, by date then name. */
  readonly records: readonly CompetencyRecord[];
  /** "Tahun 2024: Pengembangan kompetensi 16 JP belum memenuhi …". */
  readonly message: LocalizedText;
}

/** Output of {@link summariseCompetency}. */
export interface CompetencySummary {
  readonly jenisAsn: JenisAsn;
  readonly minimum: number;
  /**
   * Every year from the first to the last record's (years in between with no record count as
   * 0 JP), or only `tahun` when given.
   */
  readonly perTahun: readonly CompetencyYear[];
  /** True when every reported year meets the minimum. */
  readonly compliant: boolean;
}

const INPUT_KEYS = ["records", "jenisAsn", "minimum", "tahun"];
const DATE = /^(\d{4})-\d{2}-\d{2}$/;

/**
 * Totals competency-development JP per calendar year and checks each year against the minimum.
 * Throws `KinerjaError` `INPUT_INVALID` listing every problem (a record without a real
 * `YYYY-MM-DD` date, a negative JP, an unknown `jenisAsn`, …) with its path.
 *
 * @example
 * ```ts
 * summariseCompetency({ records: [{ tanggal: "2024-03-12", nama: "Pelayanan prima", jp: 12 }] })
 *   .perTahun[0]; // { tahun: 2024, totalJp: 12, minimum: 20, kekurangan: 8, compliant: false, … }
 * ```
 */
export function summariseCompetency(input: CompetencyInput): CompetencySummary {
  const issues: Issue[] = [];
  const record = checkDict(input, [], issues);
  if (!record) fail(issues);
  checkKnownKeys(record, INPUT_KEYS, [], issues);
  const rawJenis = own(record, "jenisAsn");
  const jenisAsn = absent(rawJenis) ? "PNS" : (checkEnum(rawJenis, ["PNS", "PPPK"] as const, ["jenisAsn"], issues) ?? "PNS");
  const rawMinimum = own(record, "minimum");
  const minimum = absent(rawMinimum) ? JP_MINIMUM[jenisAsn] : (checkNumber(rawMinimum, ["minimum"], issues, "nonNegative") ?? 0);
  const rawTahun = own(record, "tahun");
  const tahun = absent(rawTahun) ? undefined : checkYear(rawTahun, issues);
  const list = checkList(own(record, "records"), ["records"], issues) ?? [];
  const records = list.map((r, i) => checkRecord(r, i, issues));
  throwIfIssues(issues);

  const byYear = new Map<number, CompetencyRecord[]>();
  for (const r of records as CompetencyRecord[]) {
    const year = Number(r.tanggal.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  const years = tahun !== undefined ? [tahun] : yearRange([...byYear.keys()]);
  const perTahun = years.map((year) => summariseYear(year, byYear.get(year) ?? [], jenisAsn, minimum));
  return { jenisAsn, minimum, perTahun, compliant: perTahun.every((y) => y.compliant) };
}

function summariseYear(tahun: number, records: readonly CompetencyRecord[], jenisAsn: JenisAsn, minimum: number): CompetencyYear {
  const sorted = [...records].sort((a, b) => compareAscending(a.tanggal, b.tanggal) || compareAscending(a.nama, b.nama) || a.jp - b.jp);
  const totalJp = sorted.reduce((sum, r) => decAdd(sum, r.jp), 0);
  const verdict = checkJpMinimum({ jamPelajaran: totalJp, jenisAsn, minimum });
  return {
    tahun,
    totalJp,
    minimum: verdict.minimum,
    kekurangan: verdict.kekurangan,
    compliant: verdict.compliant,
    records: sorted,
    message: fillBoth(DV.yearVerdict, { tahun: String(tahun), verdict: verdict.message }),
  };
}

function checkRecord(value: unknown, i: number, issues: Issue[]): CompetencyRecord | undefined {
  const record = checkDict(value, ["records", i], issues);
  if (!record) return undefined;
  const before = issues.length;
  const tanggal = checkDate(own(record, "tanggal"), i, issues);
  const nama = checkText(own(record, "nama"), ["records", i, "nama"], issues);
  const jp = checkNumber(own(record, "jp"), ["records", i, "jp"], issues, "nonNegative");
  const jenis = checkOptionalText(own(record, "jenis"), ["records", i, "jenis"], issues);
  if (issues.length > before || tanggal === undefined || nama === undefined || jp === undefined) return undefined;
  return { tanggal, nama, jp: jp + 0, ...(jenis === undefined ? {} : { jenis }) };
}

/** A real calendar date `YYYY-MM-DD` (date-fns rejects 2023-02-29 and 2024-04-31). */
function checkDate(value: unknown, i: number, issues: Issue[]): string | undefined {
  const path = ["records", i, "tanggal"];
  if (absent(value) || value === "") {
    pushIssue(issues, path, DV.dateMissing);
    return undefined;
  }
  const ok = typeof value === "string" && DATE.test(value) && isValid(parse(value, "yyyy-MM-dd", new Date(2000, 0, 1)));
  if (ok) return value;
  pushIssue(issues, path, DV.dateInvalid, { actual: show(value) });
  return undefined;
}

function checkYear(value: unknown, issues: Issue[]): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) return value;
  pushIssue(issues, ["tahun"], DV.yearInvalid, { actual: show(value) });
  return undefined;
}

function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}


/**
 * Daily activity reports (laporan harian) as evidence of work on each RHK: how many activities
 * per RHK per period, and findings about the data (an RHK with no activity in an ended period, a
 * report linked to an unknown RHK or to none, a report outside the plan period or after `asOf`).
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import { fill } from "../i18n/text.js";
import type { CalendarDate } from "./calendar-date.js";
import { finding, type MonitoringFinding } from "./findings.js";
import { checkArray, checkDate, checkEnum, checkRec, checkText, checkUniqueId, throwIfInvalid } from "./input-checks.js";
import { checkPlanPeriod, FREKUENSI, periodsOf, type Frekuensi, type Period, type PeriodePenilaian } from "./periods.js";

/** An RHK (Rencana Hasil Kerja) of the plan that reports and feedback link to: its id and, optionally, its text. */
export interface RhkRef {
  readonly id: string;
  readonly teks?: string;
}

/** One daily activity report. */
export interface LaporanHarian {
  readonly tanggal: CalendarDate;
  /** The RHK the activity works towards. */
  readonly rhk?: string;
  /** What was done. */
  readonly uraian: string;
}

/** Input of {@link summariseActivities}. */
export interface SummariseActivitiesInput {
  readonly periode: PeriodePenilaian;
  readonly frekuensi: Frekuensi;
  /** The monitoring date, read as the end of that day. */
  readonly asOf: CalendarDate;
  readonly rhk: readonly RhkRef[];
  readonly laporanHarian: readonly LaporanHarian[];
}

/** Activities of one RHK in one period that has started by `asOf`. */
export interface PeriodActivity {
  readonly periode: string;
  readonly mulai: CalendarDate;
  readonly selesai: CalendarDate;
  /** Whether the period has ended as of `asOf`. */
  readonly ended: boolean;
  readonly jumlah: number;
  /** The report dates, sorted (a date repeats when a day has several reports). */
  readonly tanggal: readonly CalendarDate[];
}

/** The activities of one RHK. */
export interface RhkActivity extends RhkRef {
  /** Reports counted for this RHK. */
  readonly total: number;
  /** One entry per period started by `asOf`, in order, including periods with no activity. */
  readonly perPeriode: readonly PeriodActivity[];
  /** Ended periods with no activity. */
  readonly periodsWithoutActivity: readonly string[];
}

/** Result of {@link summariseActivities}. */
export interface ActivitySummary {
  readonly asOf: CalendarDate;
  /** One entry per RHK, in input order. */
  readonly rhk: readonly RhkActivity[];
  /** Reports counted: linked to a known RHK, inside the plan, not after `asOf`. */
  readonly counted: number;
  /** Findings about the data, reports first (in input order), then RHK without activity. */
  readonly findings: readonly MonitoringFinding[];
}

const KEYS = ["periode", "frekuensi", "asOf", "rhk", "laporanHarian"];
const REPORT_KEYS = ["tanggal", "rhk", "uraian"];

/**
 * Counts the daily reports per RHK and per period, and lists the findings about them. Only
 * malformed input throws (`KinerjaError` `INPUT_INVALID` with every issue); problems in the data
 * are findings.
 *
 * @example
 * ```ts
 * const s = summariseActivities({
 *   periode: { mulai: "2024-01-01", selesai: "2024-12-31" }, frekuensi: "BULANAN", asOf: "2024-02-29",
 *   rhk: [{ id: "RHK-1" }], laporanHarian: [{ tanggal: "2024-01-08", rhk: "RHK-1", uraian: "Patroli" }],
 * });
 * s.findings[0]?.code; // "RHK_TANPA_AKTIVITAS" (February has no report)
 * ```
 */
export function summariseActivities(input: SummariseActivitiesInput): ActivitySummary {
  const { periode, frekuensi, asOf, rhk, reports } = checkInput(input);
  const periods = periodsOf(periode, frekuensi).filter((p) => p.mulai <= asOf);
  const known = new Map(rhk.map((r) => [r.id, new Map<string, CalendarDate[]>()]));
  const findings: MonitoringFinding[] = [];
  let counted = 0;
  reports.forEach((report, index) => {
    const problems = reportFindings(report, index, periode, asOf, known);
    findings.push(...problems);
    const dates = report.rhk === undefined ? undefined : known.get(report.rhk);
    const period = periods.find((p) => p.mulai <= report.tanggal && report.tanggal <= p.selesai);
    if (!dates || !period || report.tanggal > asOf) return;
    counted++;
    const list = dates.get(period.code);
    if (list) list.push(report.tanggal);
    else dates.set(period.code, [report.tanggal]);
  });
  const activities = rhk.map((r) => rhkActivity(r, periods, known.get(r.id) ?? new Map(), asOf));
  activities.forEach((a, index) => {
    if (a.periodsWithoutActivity.length === 0) return;
    const message = fill(MM.rhkNoActivity, { rhk: a.id, codes: a.periodsWithoutActivity });
    findings.push(finding("RHK_TANPA_AKTIVITAS", ["rhk", index], message, { rhk: a.id, periods: a.periodsWithoutActivity }));
  });
  return { asOf, rhk: activities, counted, findings };
}

/** The checked input; throws `INPUT_INVALID` with every issue. */
function checkInput(input: SummariseActivitiesInput): {
  periode: PeriodePenilaian;
  frekuensi: Frekuensi;
  asOf: CalendarDate;
  rhk: readonly RhkRef[];
  reports: readonly LaporanHarian[];
} {
  const issues: Issue[] = [];
  if (!checkRec(input, [], issues, KEYS)) throwIfInvalid(issues);
  const periode = checkPlanPeriod(input.periode, ["periode"], issues);
  const frekuensi = checkEnum(input.frekuensi, FREKUENSI, ["frekuensi"], issues);
  checkDate(input.asOf, ["asOf"], issues);
  const rhk = checkRhkList(input.rhk, ["rhk"], issues);
  if (checkArray(input.laporanHarian, ["laporanHarian"], issues)) {
    input.laporanHarian.forEach((report: unknown, index) => {
      const path = ["laporanHarian", index];
      if (!checkRec(report, path, issues, REPORT_KEYS)) return;
      checkDate(report["tanggal"], [...path, "tanggal"], issues);
      checkText(report["rhk"], [...path, "rhk"], issues, true);
      checkText(report["uraian"], [...path, "uraian"], issues);
    });
  }
  throwIfInvalid(issues);
  return { periode: periode as PeriodePenilaian, frekuensi: frekuensi as Frekuensi, asOf: input.asOf, rhk: rhk as readonly RhkRef[], reports: input.laporanHarian };
}

function reportFindings(
  report: LaporanHarian,
  index: number,
  periode: PeriodePenilaian,
  asOf: CalendarDate,
  known: ReadonlyMap<string, unknown>,
): MonitoringFinding[] {
  const path = ["laporanHarian", index];
  const { tanggal, rhk } = report;
  const found: MonitoringFinding[] = [];
  if (rhk === undefined) found.push(finding("TANPA_RHK", path, fill(MM.reportNoRhk, { tanggal })));
  else if (!known.has(rhk)) found.push(finding("RHK_TIDAK_DIKENAL", [...path, "rhk"], fill(MM.reportUnknownRhk, { tanggal, rhk }), { rhk }));
  if (tanggal < periode.mulai || tanggal > periode.selesai) {
    found.push(finding("DI_LUAR_PERIODE", [...path, "tanggal"], fill(MM.reportOutsidePlan, { tanggal, ...periode })));
  } else if (tanggal > asOf) {
    found.push(finding("SESUDAH_AS_OF", [...path, "tanggal"], fill(MM.reportAfterAsOf, { tanggal, asOf })));
  }
  return found;
}

function rhkActivity(rhk: RhkRef, periods: readonly Period[], dates: ReadonlyMap<string, CalendarDate[]>, asOf: CalendarDate): RhkActivity {
  const perPeriode = periods.map((p) => {
    const tanggal = [...(dates.get(p.code) ?? [])].sort();
    return { periode: p.code, mulai: p.mulai, selesai: p.selesai, ended: p.selesai <= asOf, jumlah: tanggal.length, tanggal };
  });
  return {
    ...rhkHeader(rhk),
    total: perPeriode.reduce((n, p) => n + p.jumlah, 0),
    perPeriode,
    periodsWithoutActivity: perPeriode.filter((p) => p.ended && p.jumlah === 0).map((p) => p.periode),
  };
}

/** Checks a list of `{ id, teks? }` with unique ids; returns it only when it is valid. */
export function checkRhkList(value: unknown, path: IssuePath, issues: Issue[]): readonly RhkRef[] | undefined {
  if (!checkArray(value, path, issues)) return undefined;
  const before = issues.length;
  const ids = new Map<string, number>();
  value.forEach((item, index) => {
    const itemPath = [...path, index];
    if (!checkRec(item, itemPath, issues, ["id", "teks"])) return;
    if (checkText(item["id"], [...itemPath, "id"], issues)) checkUniqueId(item["id"], index, ids, [...itemPath, "id"], issues);
    checkText(item["teks"], [...itemPath, "teks"], issues, true);
  });
  return issues.length === before ? (value as readonly RhkRef[]) : undefined;
}

/** The RHK as given, with `teks` only when present. */
export function rhkHeader(rhk: RhkRef): RhkRef {
  return rhk.teks === undefined ? { id: rhk.id } : { id: rhk.id, teks: rhk.teks };
}

/**
 * Monitoring periods of a plan period: months (`"2024-03"`) or quarters (`"2024-Q1"`), clipped to
 * the plan, which of them have ended as of a date, and how much of the plan has elapsed.
 *
 * Conventions (used by every monitoring function):
 * - `asOf` is read as the END of that day: a period whose last day is `asOf` has ended, so at
 *   `2024-06-30` the months January–June (6 of 12) have ended.
 * - A plan period that does not start or end on a period boundary clips its first and last
 *   periods (`mulai 2024-01-15` → `"2024-01"` runs 15–31 January); a clipped period still counts
 *   as one whole period in {@link ElapsedPeriods.fraction}. {@link ElapsedPeriods.dayFraction}
 *   counts calendar days instead, for callers who want a day-based pro-rating.
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import { decDiv } from "../internal/decimal.js";
import { endOfMonth, endOfQuarter, eachMonthOfInterval, eachQuarterOfInterval } from "date-fns";
import { formatCalendarDate, inclusiveDays, maxDate, minDate, parseCalendarDate, type CalendarDate } from "./calendar-date.js";
import { pad } from "../internal/calendar-date.js";
import { checkDate, checkEnum, checkRec, report, throwIfInvalid } from "./input-checks.js";

/** How often progress is monitored: monthly (`BULANAN`) or quarterly (`TRIWULANAN`). */
export type Frekuensi = "BULANAN" | "TRIWULANAN";

/** Every {@link Frekuensi}. */
export const FREKUENSI: readonly Frekuensi[] = Object.freeze(["BULANAN", "TRIWULANAN"] as const);

/** A plan period (periode penilaian), both days included; usually a calendar year. */
export interface PeriodePenilaian {
  readonly mulai: CalendarDate;
  readonly selesai: CalendarDate;
}

/** One monitoring period of a plan, clipped to the plan period. */
export interface Period {
  /** `"2024-03"` (a month) or `"2024-Q1"` (a quarter). */
  readonly code: string;
  /** First day in the plan. */
  readonly mulai: CalendarDate;
  /** Last day in the plan. */
  readonly selesai: CalendarDate;
  /** Days in the plan, both ends included. */
  readonly days: number;
  /** True when the plan period cuts this month or quarter short. */
  readonly clipped: boolean;
}

/** What a period code stands for on the calendar (not clipped to any plan). */
export interface PeriodCodeInfo {
  readonly code: string;
  readonly frekuensi: Frekuensi;
  readonly mulai: CalendarDate;
  readonly selesai: CalendarDate;
}

/** How far a plan period has run as of a date; see the module notes for the conventions. */
export interface ElapsedPeriods {
  readonly asOf: CalendarDate;
  /** Every period of the plan, in order. */
  readonly periods: readonly Period[];
  /** The periods whose last day is on or before `asOf`. */
  readonly ended: readonly Period[];
  /** The period holding `asOf` that has not ended yet, or `null`. */
  readonly current: Period | null;
  /** `ended.length / periods.length`, the basis of pro-rating (0 before the start, 1 after the end). */
  readonly fraction: number;
  /** Plan days from `mulai` through `asOf` (capped at `selesai`), both included. */
  readonly daysElapsed: number;
  /** All plan days. */
  readonly daysTotal: number;
  /** `daysElapsed / daysTotal`. */
  readonly dayFraction: number;
}

const MONTH_CODE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_CODE = /^(\d{4})-Q([1-4])$/;

/**
 * Reads a period code: `"2024-03"` is March 2024 (BULANAN), `"2024-Q1"` is January–March 2024
 * (TRIWULANAN). Returns `undefined` for anything else.
 * @example
 * parsePeriodCode("2024-Q2"); // { code: "2024-Q2", frekuensi: "TRIWULANAN", mulai: "2024-04-01", selesai: "2024-06-30" }
 */
export function parsePeriodCode(code: unknown): PeriodCodeInfo | undefined {
  if (typeof code !== "string") return undefined;
  const month = MONTH_CODE.exec(code);
  const quarter = month ? null : QUARTER_CODE.exec(code);
  const first = month ? `${month[1]}-${month[2]}-01` : quarter ? `${quarter[1]}-${quarterStartMonth(quarter[2])}-01` : "";
  const start = parseCalendarDate(first);
  if (!start) return undefined;
  const frekuensi: Frekuensi = month ? "BULANAN" : "TRIWULANAN";
  return { code, frekuensi, mulai: first, selesai: formatCalendarDate(periodEnd(start, frekuensi)) };
}

/** The code of the month or quarter holding `tanggal` (a `YYYY-MM-DD` date); throws `INPUT_INVALID` otherwise. */
export function periodCodeOf(tanggal: CalendarDate, frekuensi: Frekuensi): string {
  const issues: Issue[] = [];
  checkDate(tanggal, ["tanggal"], issues);
  checkEnum(frekuensi, FREKUENSI, ["frekuensi"], issues);
  throwIfInvalid(issues);
  return codeOf(parseCalendarDate(tanggal) as Date, frekuensi);
}

/**
 * The months or quarters of a plan period, in order, clipped to it. Throws `INPUT_INVALID` for a
 * date that is not a real `YYYY-MM-DD` date, a reversed period or an unknown frequency.
 * @example
 * listPeriods({ mulai: "2024-01-01", selesai: "2024-12-31" }, "TRIWULANAN").map((p) => p.code);
 * // ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
 */
export function listPeriods(periode: PeriodePenilaian, frekuensi: Frekuensi): readonly Period[] {
  const issues: Issue[] = [];
  checkPlanPeriod(periode, ["periode"], issues);
  checkEnum(frekuensi, FREKUENSI, ["frekuensi"], issues);
  throwIfInvalid(issues);
  return periodsOf(periode, frekuensi);
}

/** The period of the plan holding `tanggal`, or `undefined` when the date is outside the plan. */
export function findPeriod(tanggal: CalendarDate, periode: PeriodePenilaian, frekuensi: Frekuensi): Period | undefined {
  const issues: Issue[] = [];
  checkDate(tanggal, ["tanggal"], issues);
  checkPlanPeriod(periode, ["periode"], issues);
  checkEnum(frekuensi, FREKUENSI, ["frekuensi"], issues);
  throwIfInvalid(issues);
  return periodsOf(periode, frekuensi).find((p) => p.mulai <= tanggal && tanggal <= p.selesai);
}

/**
 * Which periods of the plan have ended as of `asOf` (end of that day) and the elapsed fractions.
 * `asOf` may lie before the plan (nothing elapsed) or after it (everything elapsed).
 * @example
 * elapsedPeriods({ mulai: "2024-01-01", selesai: "2024-12-31" }, "BULANAN", "2024-06-30").fraction; // 0.5
 */
export function elapsedPeriods(periode: PeriodePenilaian, frekuensi: Frekuensi, asOf: CalendarDate): ElapsedPeriods {
  const issues: Issue[] = [];
  checkPlanPeriod(periode, ["periode"], issues);
  checkEnum(frekuensi, FREKUENSI, ["frekuensi"], issues);
  checkDate(asOf, ["asOf"], issues);
  throwIfInvalid(issues);
  return elapsedOf(periodsOf(periode, frekuensi), periode, asOf);
}

/** Checks a plan period `{ mulai, selesai }`; reports and returns `undefined` when it is unusable. */
export function checkPlanPeriod(value: unknown, path: IssuePath, issues: Issue[]): PeriodePenilaian | undefined {
  if (!checkRec(value, path, issues, ["mulai", "selesai"])) return undefined;
  const okStart = checkDate(value["mulai"], [...path, "mulai"], issues);
  const okEnd = checkDate(value["selesai"], [...path, "selesai"], issues);
  if (!okStart || !okEnd) return undefined;
  const plan = { mulai: value["mulai"] as string, selesai: value["selesai"] as string };
  if (plan.mulai <= plan.selesai) return plan;
  report(issues, path, MM.planOrder, plan);
  return undefined;
}

/** {@link listPeriods} without validation: the caller has checked its arguments. */
export function periodsOf(periode: PeriodePenilaian, frekuensi: Frekuensi): readonly Period[] {
  const interval = { start: parseCalendarDate(periode.mulai) as Date, end: parseCalendarDate(periode.selesai) as Date };
  const starts = frekuensi === "BULANAN" ? eachMonthOfInterval(interval) : eachQuarterOfInterval(interval);
  return starts.map((start) => {
    const fullStart = formatCalendarDate(start);
    const fullEnd = formatCalendarDate(periodEnd(start, frekuensi));
    const mulai = maxDate(fullStart, periode.mulai);
    const selesai = minDate(fullEnd, periode.selesai);
    const days = inclusiveDays(parseCalendarDate(mulai) as Date, parseCalendarDate(selesai) as Date);
    return { code: codeOf(start, frekuensi), mulai, selesai, days, clipped: mulai !== fullStart || selesai !== fullEnd };
  });
}

/** {@link elapsedPeriods} on already listed periods. */
export function elapsedOf(periods: readonly Period[], periode: PeriodePenilaian, asOf: CalendarDate): ElapsedPeriods {
  const ended = periods.filter((p) => p.selesai <= asOf);
  const current = periods.find((p) => p.mulai <= asOf && asOf < p.selesai) ?? null;
  const start = parseCalendarDate(periode.mulai) as Date;
  const daysTotal = inclusiveDays(start, parseCalendarDate(periode.selesai) as Date);
  const daysElapsed = inclusiveDays(start, parseCalendarDate(minDate(asOf, periode.selesai)) as Date);
  return {
    asOf,
    periods,
    ended,
    current,
    fraction: decDiv(ended.length, periods.length),
    daysElapsed,
    daysTotal,
    dayFraction: decDiv(daysElapsed, daysTotal),
  };
}

function codeOf(date: Date, frekuensi: Frekuensi): string {
  const year = pad(date.getFullYear(), 4);
  return frekuensi === "BULANAN" ? `${year}-${pad(date.getMonth() + 1, 2)}` : `${year}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

function periodEnd(start: Date, frekuensi: Frekuensi): Date {
  return frekuensi === "BULANAN" ? endOfMonth(start) : endOfQuarter(start);
}

function quarterStartMonth(quarter: string | undefined): string {
  return pad((Number(quarter) - 1) * 3 + 1, 2);
}

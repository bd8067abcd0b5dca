/**
 * In-year progress of a stored plan with core monitoring (`monitorPlan`): each indicator against
 * its pro-rated target as of the end of a period (or today), with the traffic light reduced to
 * the flags the web app shows (`ON_TRACK`, `AT_RISK`, `NO_DATA`).
 * @module
 */
import { isKinerjaError, monitorPlan, parsePeriodCode, type Frekuensi, type IndikatorInput, type MonitoringResult, type ProgressStatus, type StoredPlan, type StoredRealisation } from "@kinerja/core";
import { HttpError } from "../http/errors.js";
import { akumulasiOf } from "./akumulasi.js";

/** The flag of a progress status: `OFF_TRACK` is at risk too; no data is not a progress of 0. */
export type ProgressFlag = "ON_TRACK" | "AT_RISK" | "NO_DATA";

/** The progress of a plan and the monitoring settings used. */
export interface PlanProgressReport {
  readonly asOf: string;
  readonly frekuensi: Frekuensi;
  readonly result: MonitoringResult;
}

/** The flag of a monitoring status. */
export function flagOf(status: ProgressStatus): ProgressFlag {
  return status === "ON_TRACK" ? "ON_TRACK" : status === "BELUM_ADA_DATA" ? "NO_DATA" : "AT_RISK";
}

/** A plan's flag and overall progress as of `today`, as `GET /plans/:planId/progress` shows them. */
export interface PlanFlag {
  readonly flag: ProgressFlag;
  /** Plan progress in % of the pro-rated target, `null` without data. */
  readonly capaian: number | null;
}

/**
 * The flag of `plan` as of `today` (`YYYY-MM-DD`): {@link planProgress} without a period, the
 * same computation as the progress page, so a team list and the page always agree. A plan core
 * monitoring cannot check (an indicator target of 0 or less, which the store accepts) has no
 * flag it could show: `NO_DATA`.
 */
export function planFlag(plan: StoredPlan, realisations: readonly StoredRealisation[], today: string): PlanFlag {
  try {
    const { rencana } = planProgress(plan, realisations, undefined, today).result;
    return { flag: flagOf(rencana.status), capaian: rencana.capaian };
  } catch (error) {
    if (isKinerjaError(error) && error.code === "INPUT_INVALID") return { flag: "NO_DATA", capaian: null };
    throw error;
  }
}

/**
 * Monitors `plan` with its periodic realisations. `periode`: a month or quarter (as of its last
 * day, in its frequency), the year (as of 31 December), or absent (as of `today`, kept inside the
 * plan's year). The frequency of a year or of today is the one of the recorded realisations
 * (monthly when any monthly one exists). Realisations of periods not ended by then are left out.
 */
export function planProgress(plan: StoredPlan, realisations: readonly StoredRealisation[], periode: string | undefined, today: string): PlanProgressReport {
  const { asOf, frekuensi } = settingsOf(plan, realisations, periode, today);
  const indicators = plan.rhk.flatMap((r) => r.indikator.map((k) => ({ rhkId: r.rhkId, k })));
  const weighted = indicators.length > 0 && indicators.every(({ k }) => k.bobot !== null);
  const indikator = indicators.map(({ rhkId, k }): IndikatorInput => ({
    id: k.indikatorId,
    iki: k.uraian,
    rhk: rhkId,
    satuan: k.satuan,
    polaritas: k.polaritas,
    target: k.target,
    // A range without its upper bound stored is its lower bound alone.
    ...(k.polaritas === "RENTANG" ? { targetMaks: k.targetMaks ?? k.target } : {}),
    akumulasi: akumulasiOf(k),
    ...(weighted ? { bobot: k.bobot as number } : {}),
    realisasi: realisations
      .filter((r) => r.indikatorId === k.indikatorId && endedBy(r.periode, frekuensi, asOf, plan.tahun))
      .map((r) => ({ periode: r.periode, nilai: r.nilai })),
  }));
  const result = monitorPlan({ periode: { mulai: `${plan.tahun}-01-01`, selesai: `${plan.tahun}-12-31` }, frekuensi, asOf, indikator });
  return { asOf, frekuensi, result };
}

function settingsOf(plan: StoredPlan, realisations: readonly StoredRealisation[], periode: string | undefined, today: string): { asOf: string; frekuensi: Frekuensi } {
  const first = `${plan.tahun}-01-01`;
  const last = `${plan.tahun}-12-31`;
  if (periode !== undefined && periode !== String(plan.tahun)) {
    const info = parsePeriodCode(periode);
    if (!info || !periode.startsWith(`${plan.tahun}-`)) throw outsideYear(periode, plan.tahun);
    return { asOf: info.selesai, frekuensi: info.frekuensi };
  }
  const asOf = periode !== undefined ? last : today < first ? first : today > last ? last : today;
  const kinds = new Set(realisations.map((r) => parsePeriodCode(r.periode)?.frekuensi));
  return { asOf, frekuensi: kinds.has("BULANAN") || !kinds.has("TRIWULANAN") ? "BULANAN" : "TRIWULANAN" };
}

function endedBy(periode: string, frekuensi: Frekuensi, asOf: string, tahun: number): boolean {
  const info = parsePeriodCode(periode);
  return info !== undefined && info.frekuensi === frekuensi && periode.startsWith(`${tahun}-`) && info.selesai <= asOf;
}

function outsideYear(periode: string, tahun: number): HttpError {
  const text = { id: `Periode ${periode} bukan periode rencana tahun ${tahun}`, en: `The period ${periode} is not a period of the ${tahun} plan` };
  return new HttpError(400, "INPUT_INVALID", text, { issues: [{ path: ["query", "periode"], message: text }] });
}

/**
 * In-year monitoring (pemantauan, PermenPANRB 6/2022 Pasal 5 stage 2): the supervisor's view of
 * each indicator's progress against its pro-rated target, and of the whole plan.
 * @module
 */
import { decAdd, decDiv, decMul } from "../internal/decimal.js";
import { boundedCapaian, statusOf } from "./capaian.js";
import { explainPlan } from "./explain.js";
import { indicatorProgress } from "./indicator-progress.js";
import { throwIfInvalid } from "./input-checks.js";
import type { Ambang, IndicatorProgress, MonitoringResult, MonitorPlanInput, PlanProgress } from "./progress-types.js";
import { checkMonitorInput, type CheckedPlan } from "./validate-plan.js";

/**
 * Computes the progress of every indicator of a plan as of `asOf`, and of the whole plan.
 *
 * - Progress uses the capaian formulas of PermenPANRB 8/2021 (NAIK, TURUN, RENTANG) against the
 *   target pro-rated by ended periods (`KUMULATIF`) or the whole target (`NILAI_TERAKHIR`,
 *   `RATA_RATA`); it is decimal-exact, rounded to 2 decimals HALF_UP and kept within
 *   `[0, capaianMaks]` (default 120).
 * - Status: `ON_TRACK` from `ambang.onTrack` (default 100), `AT_RISK` from `ambang.atRisk`
 *   (default 80), else `OFF_TRACK`; `BELUM_ADA_DATA` when an indicator has no realisation yet —
 *   it is then left out of the plan progress, never counted as 0.
 * - Plan progress: the mean of the indicators' rounded progress weighted by `bobot` (equal
 *   weights when no indicator has one), over the indicators with data; rounded 2 decimals HALF_UP.
 *
 * Throws `KinerjaError` `INPUT_INVALID` with every issue (see `validateMonitorInput`).
 *
 * @example
 * ```ts
 * const r = monitorPlan({
 *   periode: { mulai: "2024-01-01", selesai: "2024-12-31" }, frekuensi: "BULANAN", asOf: "2024-06-30",
 *   indikator: [{ id: "titik", iki: "Jumlah titik kemacetan yang ditangani", target: 8,
 *                 realisasi: [{ periode: "2024-02", nilai: 2 }, { periode: "2024-05", nilai: 3 }] }],
 * });
 * r.indikator[0]; // { targetProrata: 4, realisasi: 5, capaianRaw: 125, capaian: 120, status: "ON_TRACK", … }
 * ```
 */
export function monitorPlan(input: MonitorPlanInput): MonitoringResult {
  const { issues, plan } = checkMonitorInput(input);
  throwIfInvalid(issues);
  return monitorChecked(plan as CheckedPlan);
}

function monitorChecked(plan: CheckedPlan): MonitoringResult {
  const weighted = plan.indikator.some((i) => i.bobot !== undefined);
  const indikator = plan.indikator.map((i) => indicatorProgress(i, plan, i.bobot ?? 1));
  return {
    asOf: plan.asOf,
    periode: { mulai: plan.periode.mulai, selesai: plan.periode.selesai },
    frekuensi: plan.frekuensi,
    elapsed: plan.elapsed,
    ambang: plan.ambang,
    capaianMaks: plan.capaianMaks,
    indikator,
    rencana: planProgress(indikator, plan.ambang, plan.capaianMaks, weighted),
  };
}

/**
 * The weighted mean of the indicators' progress. Sums run in id order, so the result does not
 * depend on the order of the indicators; a weight of 0 changes nothing.
 */
function planProgress(indicators: readonly IndicatorProgress[], ambang: Ambang, capaianMaks: number, weighted: boolean): PlanProgress {
  const withData = indicators.filter((i) => i.capaian !== null);
  const included = withData.map((i) => i.id);
  const leftOut = indicators.filter((i) => i.capaian === null).map((i) => i.id);
  const byId = [...withData].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let totalBobot = 0;
  let weightedSum = 0;
  for (const i of byId) {
    totalBobot = decAdd(totalBobot, i.bobot);
    weightedSum = decAdd(weightedSum, decMul(i.bobot, i.capaian as number));
  }
  const capaian = totalBobot === 0 ? null : boundedCapaian(decDiv(weightedSum, totalBobot), capaianMaks);
  const status = capaian === null ? "BELUM_ADA_DATA" : statusOf(capaian, ambang);
  const shown = { capaian, status, included, leftOut, totalBobot } as const;
  return { ...shown, explanation: explainPlan(shown, indicators.length, weighted) };
}

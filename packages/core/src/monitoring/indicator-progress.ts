/**
 * Progress of one indicator against its (pro-rated) target as of the monitoring date.
 * @module
 */
import { decAdd, decDiv, decMul } from "../internal/decimal.js";
import { boundedCapaian, capaianFormula, isCapped, statusOf } from "./capaian.js";
import { explainIndicator } from "./explain.js";
import type { Akumulasi, IndicatorProgress, PeriodValue } from "./progress-types.js";
import type { CheckedIndicator } from "./validate-indicator.js";
import type { CheckedPlan } from "./validate-plan.js";

/**
 * Computes one indicator's progress; `bobot` is the weight it gets in the plan mean.
 *
 * - Pro-rating (`KUMULATIF` only): `target × ended / all periods`, multiplied before dividing so
 *   `8 × 6 / 12` is exactly 4; the other modes compare with the whole target.
 * - Realisation to date: the sum (`KUMULATIF`), the value of the latest period with data
 *   (`NILAI_TERAKHIR`) or the mean of the periods with data (`RATA_RATA`).
 * - No realisation at all (or no period ended): status `BELUM_ADA_DATA` and `capaian: null`,
 *   never a progress of 0.
 */
export function indicatorProgress(indicator: CheckedIndicator, plan: CheckedPlan, bobot: number): IndicatorProgress {
  const { elapsed } = plan;
  const byCode = new Map(indicator.realisasi.map((r) => [r.periode, r.nilai]));
  const values: PeriodValue[] = [];
  const missingPeriods: string[] = [];
  for (const period of elapsed.ended) {
    const nilai = byCode.get(period.code);
    if (nilai === undefined) missingPeriods.push(period.code);
    else values.push({ periode: period.code, nilai });
  }
  const ended = elapsed.ended.length;
  const total = elapsed.periods.length;
  const targetProrata = ended === 0 ? null : prorate(indicator.target, indicator.akumulasi, ended, total);
  const targetMaksProrata =
    indicator.targetMaks === undefined ? undefined : ended === 0 ? null : prorate(indicator.targetMaks, indicator.akumulasi, ended, total);
  const realisasi = values.length === 0 || targetProrata === null ? null : toDate(values, indicator.akumulasi);
  const capaianRaw =
    realisasi === null || targetProrata === null
      ? null
      : capaianFormula(indicator.polaritas, realisasi, targetProrata, targetMaksProrata ?? undefined);
  const capaian = capaianRaw === null ? null : boundedCapaian(capaianRaw, plan.capaianMaks);
  const shown: Omit<IndicatorProgress, "explanation"> = {
    id: indicator.id,
    iki: indicator.iki,
    ...(indicator.rhk === undefined ? {} : { rhk: indicator.rhk }),
    ...(indicator.satuan === undefined ? {} : { satuan: indicator.satuan }),
    polaritas: indicator.polaritas,
    akumulasi: indicator.akumulasi,
    bobot,
    target: indicator.target,
    ...(indicator.targetMaks === undefined ? {} : { targetMaks: indicator.targetMaks, targetMaksProrata: targetMaksProrata ?? null }),
    targetProrata,
    realisasi,
    values,
    missingPeriods,
    capaianRaw,
    capaian,
    capped: capaianRaw !== null && isCapped(capaianRaw, plan.capaianMaks),
    status: capaian === null ? "BELUM_ADA_DATA" : statusOf(capaian, plan.ambang),
  };
  return { ...shown, explanation: explainIndicator(shown, elapsed.asOf, ended, total) };
}

function prorate(target: number, akumulasi: Akumulasi, ended: number, total: number): number {
  return akumulasi === "KUMULATIF" ? decDiv(decMul(target, ended), total) : target;
}

function toDate(values: readonly PeriodValue[], akumulasi: Akumulasi): number {
  switch (akumulasi) {
    case "KUMULATIF":
      return sum(values);
    case "NILAI_TERAKHIR":
      return (values[values.length - 1] as PeriodValue).nilai;
    case "RATA_RATA":
      return decDiv(sum(values), values.length);
  }
}

function sum(values: readonly PeriodValue[]): number {
  return values.reduce((acc, v) => decAdd(acc, v.nilai), 0);
}

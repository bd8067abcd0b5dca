/**
 * The capaian (achievement) formulas of PermenPANRB 8/2021 applied to monitoring, the cap, the
 * rounding, and the traffic-light status. All arithmetic is decimal-exact (`internal/decimal.ts`).
 * @module
 */
import { decDiv, decMul, decSub } from "../internal/decimal.js";
import { roundDecimal } from "../rounding.js";
import type { Ambang, Polaritas, ProgressStatus } from "./progress-types.js";

/** Decimal places of every reported progress percentage (rounded HALF_UP). */
export const PROGRESS_SCALE = 2;

/**
 * The capaian formula, uncapped (REFERENCE §4.2, PermenPANRB 8/2021):
 * - `NAIK`: `realisasi / target × 100`;
 * - `TURUN` (lower is better): `(1 + (1 − realisasi / target)) × 100`, which is negative when the
 *   realisation is more than twice the target (the caller floors it at 0);
 * - `RENTANG` `[target, targetMaks]`: `realisasi / target × 100` below the range,
 *   `realisasi / targetMaks × 100` above it (so above the range scores over 100, as in 8/2021),
 *   and 100 inside.
 * Computed as `realisasi × 100 / target`, so `5 × 100 / 4` is exactly 125.
 * `target` and `targetMaks` are > 0 (checked by the caller).
 */
export function capaianFormula(polaritas: Polaritas, realisasi: number, target: number, targetMaks?: number): number {
  switch (polaritas) {
    case "NAIK":
      return percentOf(realisasi, target);
    case "TURUN":
      return decSub(200, percentOf(realisasi, target));
    case "RENTANG": {
      const upper = targetMaks ?? target;
      if (realisasi < target) return percentOf(realisasi, target);
      return realisasi > upper ? percentOf(realisasi, upper) : 100;
    }
  }
}

/**
 * The reported progress: `capaianRaw` rounded to 2 decimals HALF_UP, then kept within
 * `[0, capaianMaks]` (rounding first, so the result never passes the cap).
 */
export function boundedCapaian(capaianRaw: number, capaianMaks: number): number {
  const rounded = roundDecimal(capaianRaw, PROGRESS_SCALE, "HALF_UP");
  if (rounded < 0) return 0;
  return rounded > capaianMaks ? capaianMaks : rounded;
}

/** Whether the cap cuts the (rounded) progress down. */
export function isCapped(capaianRaw: number, capaianMaks: number): boolean {
  return roundDecimal(capaianRaw, PROGRESS_SCALE, "HALF_UP") > capaianMaks;
}

/** `ON_TRACK` from `ambang.onTrack`, `AT_RISK` from `ambang.atRisk`, else `OFF_TRACK`. */
export function statusOf(capaian: number, ambang: Ambang): ProgressStatus {
  if (capaian >= ambang.onTrack) return "ON_TRACK";
  return capaian >= ambang.atRisk ? "AT_RISK" : "OFF_TRACK";
}

function percentOf(realisasi: number, target: number): number {
  return decDiv(decMul(realisasi, 100), target);
}

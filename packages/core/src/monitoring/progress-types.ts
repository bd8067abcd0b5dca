/**
 * Types of `monitorPlan`: the plan and realisations it reads, and the progress it reports.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { CalendarDate } from "./calendar-date.js";
import type { ElapsedPeriods, Frekuensi, PeriodePenilaian } from "./periods.js";

/**
 * Which way an indicator is better: `NAIK` higher is better; `TURUN` lower is better (such as
 * minutes of congestion); `RENTANG` a target range `[target, targetMaks]`.
 */
export type Polaritas = "NAIK" | "TURUN" | "RENTANG";

/**
 * How period realisations add up:
 * - `KUMULATIF` — they add up, and the yearly target is pro-rated by the ended periods;
 * - `NILAI_TERAKHIR` — a level (such as average waiting minutes): the latest value is compared
 *   with the whole target;
 * - `RATA_RATA` — the mean of the period values is compared with the whole target.
 */
export type Akumulasi = "KUMULATIF" | "NILAI_TERAKHIR" | "RATA_RATA";

/** Traffic light of progress; `BELUM_ADA_DATA` means no realisation yet (not a progress of 0). */
export type ProgressStatus = "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "BELUM_ADA_DATA";

/** The realisation of one period. */
export interface RealisasiInput {
  /** `"2024-03"` (BULANAN) or `"2024-Q1"` (TRIWULANAN); the period must have ended. */
  readonly periode: string;
  /** Finite, ≥ 0. */
  readonly nilai: number;
}

/** One indicator (IKI) of the plan with its realisations so far. */
export interface IndikatorInput {
  /** Unique within the plan. */
  readonly id: string;
  /** The indicator's text (Indikator Kinerja Individu). */
  readonly iki: string;
  /** The RHK the indicator measures. */
  readonly rhk?: string;
  /** Unit shown in explanations ("menit", "titik"). */
  readonly satuan?: string;
  /** Default `NAIK`. */
  readonly polaritas?: Polaritas;
  /** The target of the whole plan period; > 0. For `RENTANG`, the lower bound. */
  readonly target: number;
  /** `RENTANG` only (and required there): the upper bound, ≥ `target`. */
  readonly targetMaks?: number;
  /** Default `KUMULATIF`. */
  readonly akumulasi?: Akumulasi;
  /** ≥ 0; give it on every indicator or on none (then all weigh the same). */
  readonly bobot?: number;
  readonly realisasi: readonly RealisasiInput[];
}

/** Thresholds of the status, in % of the (pro-rated) target. */
export interface Ambang {
  /** `ON_TRACK` when progress ≥ this; default 100. */
  readonly onTrack: number;
  /** `AT_RISK` when progress ≥ this (and below `onTrack`), else `OFF_TRACK`; default 80. */
  readonly atRisk: number;
}

/** Input of `monitorPlan`. */
export interface MonitorPlanInput {
  readonly periode: PeriodePenilaian;
  readonly frekuensi: Frekuensi;
  /** The monitoring date, read as the end of that day. */
  readonly asOf: CalendarDate;
  readonly indikator: readonly IndikatorInput[];
  /** Defaults `{ onTrack: 100, atRisk: 80 }`; both ≥ 0, `atRisk ≤ onTrack ≤ capaianMaks`. */
  readonly ambang?: Partial<Ambang>;
  /** Upper cap of progress in %, > 0; default 120 (as PermenPANRB 8/2021 capaian). */
  readonly capaianMaks?: number;
}

/** A realisation used, in period order. */
export interface PeriodValue {
  readonly periode: string;
  readonly nilai: number;
}

/** Progress of one indicator. All percentages are rounded to 2 decimals HALF_UP. */
export interface IndicatorProgress {
  readonly id: string;
  readonly iki: string;
  readonly rhk?: string;
  readonly satuan?: string;
  readonly polaritas: Polaritas;
  readonly akumulasi: Akumulasi;
  /** Weight in the plan progress (1 when no indicator has a `bobot`). */
  readonly bobot: number;
  /** The target as given (the whole plan period). */
  readonly target: number;
  readonly targetMaks?: number;
  /**
   * The target compared with: `target × ended / all periods` for `KUMULATIF`, the plain `target`
   * otherwise; `null` while no period has ended.
   */
  readonly targetProrata: number | null;
  /** `RENTANG` only: the upper bound, pro-rated like `targetProrata`. */
  readonly targetMaksProrata?: number | null;
  /** Realisation to date (sum, latest value or mean by `akumulasi`); `null` without data. */
  readonly realisasi: number | null;
  /** The realisations used, in period order. */
  readonly values: readonly PeriodValue[];
  /** Ended periods with no realisation (counted as nothing for `KUMULATIF`, skipped otherwise). */
  readonly missingPeriods: readonly string[];
  /** The capaian formula before the cap and rounding (may exceed `capaianMaks`). */
  readonly capaianRaw: number | null;
  /** Progress in %, in `[0, capaianMaks]`; `null` without data. */
  readonly capaian: number | null;
  /** Whether the cap cut `capaianRaw` down. */
  readonly capped: boolean;
  readonly status: ProgressStatus;
  /** One or two sentences explaining the numbers. */
  readonly explanation: LocalizedText;
}

/** Progress of the whole plan. */
export interface PlanProgress {
  /** Weighted mean of the `capaian` of the indicators with data, 2 decimals HALF_UP; `null` if none or if they weigh 0. */
  readonly capaian: number | null;
  readonly status: ProgressStatus;
  /** Ids of the indicators in the mean. */
  readonly included: readonly string[];
  /** Ids of the indicators left out because they have no data yet. */
  readonly leftOut: readonly string[];
  /** Sum of the weights of `included`. */
  readonly totalBobot: number;
  readonly explanation: LocalizedText;
}

/** Result of `monitorPlan`. */
export interface MonitoringResult {
  readonly asOf: CalendarDate;
  readonly periode: PeriodePenilaian;
  readonly frekuensi: Frekuensi;
  /** The periods, which have ended, and the elapsed fractions. */
  readonly elapsed: ElapsedPeriods;
  readonly ambang: Ambang;
  readonly capaianMaks: number;
  /** One entry per input indicator, in input order. */
  readonly indikator: readonly IndicatorProgress[];
  readonly rencana: PlanProgress;
}

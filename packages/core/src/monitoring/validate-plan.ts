/**
 * Validation of a `monitorPlan` input: every problem at once, each with a path and a bilingual
 * message, and the input with its defaults applied when there is none.
 * @module
 */
import type { Issue } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import type { CalendarDate } from "./calendar-date.js";
import { checkArray, checkDate, checkEnum, checkNumber, checkRec, checkUniqueId, isRec, report, type Rec } from "./input-checks.js";
import { checkPlanPeriod, elapsedOf, FREKUENSI, periodsOf, type ElapsedPeriods, type Frekuensi, type PeriodePenilaian } from "./periods.js";
import type { Ambang } from "./progress-types.js";
import { checkIndicator, type CheckedIndicator, type PeriodContext } from "./validate-indicator.js";

/** Default thresholds: on track from 100% of the pro-rated target, at risk from 80%. */
export const DEFAULT_AMBANG: Ambang = Object.freeze({ onTrack: 100, atRisk: 80 });

/** Default cap of progress: 120%, the cap of capaian IKI in PermenPANRB 8/2021. */
export const DEFAULT_CAPAIAN_MAKS: number = 120;

/** A monitoring input that passed validation, with defaults applied. */
export interface CheckedPlan {
  readonly periode: PeriodePenilaian;
  readonly frekuensi: Frekuensi;
  readonly asOf: CalendarDate;
  readonly elapsed: ElapsedPeriods;
  readonly indikator: readonly CheckedIndicator[];
  readonly ambang: Ambang;
  readonly capaianMaks: number;
}

const KEYS = ["periode", "frekuensi", "asOf", "indikator", "ambang", "capaianMaks"];

/**
 * Every problem of a `monitorPlan` input (an empty list when it is valid), each `INPUT_INVALID`
 * with a path such as `["indikator", 0, "realisasi", 2, "periode"]` and a bilingual message.
 * Useful to check a form before calling `monitorPlan`, which throws with the same issues.
 */
export function validateMonitorInput(input: unknown): readonly Issue[] {
  return checkMonitorInput(input).issues;
}

/** Validates a `monitorPlan` input; `plan` is set only when there is no issue. */
export function checkMonitorInput(input: unknown): { readonly issues: Issue[]; readonly plan?: CheckedPlan } {
  const issues: Issue[] = [];
  if (!checkRec(input, [], issues, KEYS)) return { issues };
  const periode = checkPlanPeriod(input["periode"], ["periode"], issues);
  const frekuensi = checkEnum(input["frekuensi"], FREKUENSI, ["frekuensi"], issues);
  const asOf = checkDate(input["asOf"], ["asOf"], issues) ? (input["asOf"] as string) : undefined;
  const elapsed = periode && frekuensi && asOf ? elapsedOf(periodsOf(periode, frekuensi), periode, asOf) : undefined;
  const context: PeriodContext | undefined =
    periode && frekuensi && elapsed
      ? { frekuensi, asOf: elapsed.asOf, mulai: periode.mulai, selesai: periode.selesai, periods: new Map(elapsed.periods.map((p) => [p.code, p])) }
      : undefined;
  const options = checkOptions(input, issues);
  const indikator = checkIndicators(input["indikator"], context, issues);
  if (issues.length > 0 || !periode || !frekuensi || !asOf || !elapsed || !options || !indikator) return { issues };
  return { issues, plan: { periode, frekuensi, asOf, elapsed, indikator, ...options } };
}

function checkIndicators(value: unknown, context: PeriodContext | undefined, issues: Issue[]): CheckedIndicator[] | undefined {
  if (!checkArray(value, ["indikator"], issues)) return undefined;
  const ids = new Map<string, number>();
  const checked: CheckedIndicator[] = [];
  value.forEach((item, index) => {
    const indicator = checkIndicator(item, ["indikator", index], context, issues);
    if (isRec(item) && typeof item["id"] === "string") checkUniqueId(item["id"], index, ids, ["indikator", index, "id"], issues);
    if (indicator) checked.push(indicator);
  });
  checkWeightsAllOrNone(value, issues);
  return checked;
}

/** Either every indicator has a `bobot` or none has: a half-weighted plan is ambiguous. */
function checkWeightsAllOrNone(items: readonly unknown[], issues: Issue[]): void {
  const weighted = items.filter((item) => isRec(item) && item["bobot"] !== undefined).length;
  if (weighted === 0 || weighted === items.length) return;
  items.forEach((item, index) => {
    if (isRec(item) && item["bobot"] === undefined) report(issues, ["indikator", index, "bobot"], MM.bobotMixed, { count: weighted });
  });
}

function checkOptions(input: Rec, issues: Issue[]): { ambang: Ambang; capaianMaks: number } | undefined {
  const before = issues.length;
  const capaianMaks = orDefault(input["capaianMaks"], DEFAULT_CAPAIAN_MAKS);
  const capOk = checkNumber(capaianMaks, ["capaianMaks"], issues, "POSITIVE");
  const raw = orDefault(input["ambang"], {});
  if (!checkRec(raw, ["ambang"], issues, ["onTrack", "atRisk"])) return undefined;
  const onTrack = orDefault(raw["onTrack"], DEFAULT_AMBANG.onTrack);
  const atRisk = orDefault(raw["atRisk"], DEFAULT_AMBANG.atRisk);
  const onOk = checkNumber(onTrack, ["ambang", "onTrack"], issues, "NON_NEGATIVE");
  const riskOk = checkNumber(atRisk, ["ambang", "atRisk"], issues, "NON_NEGATIVE");
  if (onOk && riskOk && atRisk > onTrack) report(issues, ["ambang", "atRisk"], MM.ambangOrder, { atRisk, onTrack });
  if (onOk && capOk && onTrack > capaianMaks) report(issues, ["ambang", "onTrack"], MM.ambangAboveCap, { onTrack, capaianMaks });
  if (issues.length > before || !onOk || !riskOk || !capOk) return undefined;
  return { ambang: { onTrack, atRisk }, capaianMaks };
}

/** `fallback` only for an absent value: `null` stays, to be reported as the wrong type. */
function orDefault(value: unknown, fallback: unknown): unknown {
  return value === undefined ? fallback : value;
}

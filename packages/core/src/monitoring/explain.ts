/**
 * The bilingual sentences that explain an indicator's and the plan's progress. Numbers are shown
 * rounded to 2 decimals (HALF_UP), with a decimal comma in Bahasa Indonesia.
 * @module
 */
import { MM } from "../i18n/monitoring-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import { toPlainString } from "../internal/decimal.js";
import { roundDecimal } from "../rounding.js";
import type { CalendarDate } from "./calendar-date.js";
import type { IndicatorProgress, PlanProgress } from "./progress-types.js";

/** A template parameter: the same text in both languages, or one per language. */
export type Param = string | number | LocalizedText;

/** Like `fill`, but a {@link LocalizedText} parameter gives each language its own text. */
export function fillBoth(template: LocalizedText, params: Readonly<Record<string, Param>>): LocalizedText {
  const id: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    id[key] = typeof value === "object" ? value.id : String(value);
    en[key] = typeof value === "object" ? value.en : String(value);
  }
  return { id: fill(template, id).id, en: fill(template, en).en };
}

/** A number for display: 2 decimals at most, decimal comma in `id` (`87.5` → `87,5`). */
export function shownNumber(n: number): LocalizedText {
  const en = toPlainString(roundDecimal(n, 2, "HALF_UP"));
  return { id: en.replace(".", ","), en };
}

/** Joins the parts of bilingual texts, language by language. */
export function concat(...parts: readonly LocalizedText[]): LocalizedText {
  return { id: parts.map((p) => p.id).join(""), en: parts.map((p) => p.en).join("") };
}

/** The numbers of an indicator the sentence is built from. */
type Shown = Omit<IndicatorProgress, "explanation">;

/** Explains one indicator's progress (or why it has none) in one or two sentences. */
export function explainIndicator(p: Shown, asOf: CalendarDate, endedCount: number, totalCount: number): LocalizedText {
  const arah = MM[p.polaritas];
  if (endedCount === 0) return fill(MM.noPeriodEnded, { asOf });
  if (p.realisasi === null || p.capaian === null || p.capaianRaw === null) {
    return fillBoth(MM.noData, { asOf, target: targetText(p, false), arah });
  }
  const main = fillBoth(MM.progress, {
    realisasi: withUnit(shownNumber(p.realisasi), p.satuan),
    target: targetText(p, true),
    arah,
    capaian: shownNumber(p.capaian),
    cap: p.capped ? fillBoth(MM.capped, { raw: shownNumber(p.capaianRaw) }) : "",
    status: MM[p.status],
  });
  return concat(main, basis(p, endedCount, totalCount), missing(p));
}

/** Explains the plan progress and which indicators were left out. */
export function explainPlan(p: Omit<PlanProgress, "explanation">, total: number, weighted: boolean): LocalizedText {
  const leftOut = p.leftOut.length > 0 ? fill(MM.planLeftOut, { ids: p.leftOut.join(", ") }) : { id: "", en: "" };
  if (p.included.length === 0) return concat(MM.planNoData, leftOut);
  if (p.capaian === null) return concat(fill(MM.planZeroWeight, { ids: p.included.join(", ") }), leftOut);
  const main = fillBoth(MM.plan, {
    capaian: shownNumber(p.capaian),
    mean: weighted ? MM.weightedMean : MM.plainMean,
    n: p.included.length,
    total,
    status: MM[p.status],
  });
  return concat(main, leftOut);
}

function basis(p: Shown, endedCount: number, totalCount: number): LocalizedText {
  switch (p.akumulasi) {
    case "KUMULATIF":
      return fillBoth(MM.basisKumulatif, { n: endedCount, total: totalCount, target: targetText(p, false) });
    case "NILAI_TERAKHIR":
      return fill(MM.basisTerakhir, { code: p.values[p.values.length - 1]?.periode ?? "" });
    case "RATA_RATA":
      return fill(MM.basisRataRata, { n: p.values.length });
  }
}

/**
 * The ended periods without a realisation: all of them for `KUMULATIF` (counted as zero) and
 * `RATA_RATA` (skipped); for `NILAI_TERAKHIR` only those after the latest value (stale data).
 */
function missing(p: Shown): LocalizedText {
  const latest = p.values[p.values.length - 1]?.periode ?? "";
  const codes = p.akumulasi === "NILAI_TERAKHIR" ? p.missingPeriods.filter((c) => c > latest) : p.missingPeriods;
  if (codes.length === 0) return { id: "", en: "" };
  const template = p.akumulasi === "KUMULATIF" ? MM.missingCounted : p.akumulasi === "RATA_RATA" ? MM.missingSkipped : MM.missingSince;
  return fill(template, { codes: codes.join(", ") });
}

/** The target (pro-rated or as given), a range for `RENTANG`, with its unit. */
function targetText(p: Shown, prorated: boolean): LocalizedText {
  const low = prorated && p.targetProrata !== null ? p.targetProrata : p.target;
  const highRaw = prorated && p.targetMaksProrata != null ? p.targetMaksProrata : p.targetMaks;
  const value = highRaw === undefined ? shownNumber(low) : fillBoth(MM.range, { min: shownNumber(low), max: shownNumber(highRaw) });
  return withUnit(value, p.satuan);
}

function withUnit(value: LocalizedText, satuan: string | undefined): LocalizedText {
  return satuan === undefined ? value : { id: `${value.id} ${satuan}`, en: `${value.en} ${satuan}` };
}

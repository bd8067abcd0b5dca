/**
 * Validation of one indicator of a monitoring input and of its realisations: shape, polarity and
 * target range, and the period codes (right frequency, inside the plan, ended, not repeated).
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import type { CalendarDate } from "./calendar-date.js";
import { checkArray, checkEnum, checkNumber, checkRec, checkText, report } from "./input-checks.js";
import { parsePeriodCode, type Frekuensi, type Period } from "./periods.js";
import type { Akumulasi, Polaritas, RealisasiInput } from "./progress-types.js";

/** An indicator that passed validation, defaults applied. */
export interface CheckedIndicator {
  readonly id: string;
  readonly iki: string;
  readonly rhk?: string;
  readonly satuan?: string;
  readonly polaritas: Polaritas;
  readonly akumulasi: Akumulasi;
  readonly target: number;
  readonly targetMaks?: number;
  readonly bobot?: number;
  readonly realisasi: readonly RealisasiInput[];
}

/** What realisation period codes are checked against (absent when the plan itself is invalid). */
export interface PeriodContext {
  readonly frekuensi: Frekuensi;
  readonly asOf: CalendarDate;
  readonly periods: ReadonlyMap<string, Period>;
  readonly mulai: CalendarDate;
  readonly selesai: CalendarDate;
}

const POLARITAS: readonly Polaritas[] = ["NAIK", "TURUN", "RENTANG"];
const AKUMULASI: readonly Akumulasi[] = ["KUMULATIF", "NILAI_TERAKHIR", "RATA_RATA"];
const KEYS = ["id", "iki", "rhk", "satuan", "polaritas", "target", "targetMaks", "akumulasi", "bobot", "realisasi"];

/** Checks `indikator[index]`; reports every problem and returns the indicator only when it is valid. */
export function checkIndicator(value: unknown, path: IssuePath, context: PeriodContext | undefined, issues: Issue[]): CheckedIndicator | undefined {
  const before = issues.length;
  if (!checkRec(value, path, issues, KEYS)) return undefined;
  const id = checkText(value["id"], [...path, "id"], issues);
  const iki = checkText(value["iki"], [...path, "iki"], issues);
  checkText(value["rhk"], [...path, "rhk"], issues, true);
  checkText(value["satuan"], [...path, "satuan"], issues, true);
  const polaritas = checkEnum(value["polaritas"], POLARITAS, [...path, "polaritas"], issues, "NAIK");
  const akumulasi = checkEnum(value["akumulasi"], AKUMULASI, [...path, "akumulasi"], issues, "KUMULATIF");
  checkTargets(value, path, polaritas, issues);
  if (value["bobot"] !== undefined) checkNumber(value["bobot"], [...path, "bobot"], issues, "NON_NEGATIVE");
  checkRealisations(value["realisasi"], [...path, "realisasi"], context, issues);
  if (issues.length > before || !id || !iki || !polaritas || !akumulasi) return undefined;
  return { ...(value as unknown as CheckedIndicator), polaritas, akumulasi };
}

function checkTargets(value: Readonly<Record<string, unknown>>, path: IssuePath, polaritas: Polaritas | undefined, issues: Issue[]): void {
  const target = value["target"];
  const targetMaks = value["targetMaks"];
  const targetOk = checkNumber(target, [...path, "target"], issues, "POSITIVE");
  const maksPath = [...path, "targetMaks"];
  if (targetMaks === undefined) {
    if (polaritas === "RENTANG") report(issues, maksPath, MM.targetMaksRequired);
    return;
  }
  if (polaritas !== undefined && polaritas !== "RENTANG") {
    report(issues, maksPath, MM.targetMaksNotRange, { polaritas });
    return;
  }
  if (checkNumber(targetMaks, maksPath, issues, "POSITIVE") && targetOk && targetMaks < target) {
    report(issues, maksPath, MM.targetMaksBelow, { targetMaks, target });
  }
}

function checkRealisations(value: unknown, path: IssuePath, context: PeriodContext | undefined, issues: Issue[]): void {
  if (!checkArray(value, path, issues)) return;
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    const itemPath = [...path, index];
    if (!checkRec(item, itemPath, issues, ["periode", "nilai"])) return;
    checkNumber(item["nilai"], [...itemPath, "nilai"], issues, "NON_NEGATIVE");
    const code = item["periode"];
    if (!checkText(code, [...itemPath, "periode"], issues)) return;
    if (checkPeriodCode(code, [...itemPath, "periode"], context, issues)) {
      const first = seen.get(code);
      if (first === undefined) seen.set(code, index);
      else report(issues, [...itemPath, "periode"], MM.periodDuplicate, { code, first });
    }
  });
}

/** Whether the code is a period of the plan that has ended (reports why not). */
function checkPeriodCode(code: string, path: IssuePath, context: PeriodContext | undefined, issues: Issue[]): boolean {
  const info = parsePeriodCode(code);
  if (!info) {
    report(issues, path, MM.periodCodeShape, { actual: code });
    return false;
  }
  if (!context) return true;
  if (info.frekuensi !== context.frekuensi) {
    report(issues, path, MM.periodWrongFrequency, { code, actual: info.frekuensi, frekuensi: context.frekuensi });
    return false;
  }
  const period = context.periods.get(code);
  if (!period) {
    report(issues, path, MM.periodOutsidePlan, { code, mulai: context.mulai, selesai: context.selesai });
    return false;
  }
  if (period.selesai > context.asOf) {
    report(issues, path, MM.periodNotEnded, { code, asOf: context.asOf, selesai: period.selesai });
    return false;
  }
  return true;
}

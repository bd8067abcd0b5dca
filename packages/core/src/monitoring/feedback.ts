/**
 * Continuous feedback (umpan balik berkelanjutan, PermenPANRB 6/2022 Pasal 5): the supervisor's
 * notes on an RHK during a period, their validation, and their grouping per RHK and per period.
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import { MM } from "../i18n/monitoring-messages.js";
import { fill } from "../i18n/text.js";
import type { CalendarDate } from "./calendar-date.js";
import { checkRhkList, rhkHeader, type RhkRef } from "./evidence.js";
import { finding, findingToIssue, type MonitoringFinding } from "./findings.js";
import { checkArray, checkDate, checkEnum, checkRec, checkText, checkUniqueId, pathText, report, throwIfInvalid } from "./input-checks.js";
import { checkPlanPeriod, FREKUENSI, parsePeriodCode, periodsOf, type Frekuensi, type PeriodePenilaian } from "./periods.js";

/** The kind of feedback: appreciation, a point to improve, or a direction. */
export type JenisUmpanBalik = "APRESIASI" | "PERBAIKAN" | "ARAHAN";

/** Every {@link JenisUmpanBalik}. */
export const JENIS_UMPAN_BALIK: readonly JenisUmpanBalik[] = Object.freeze(["APRESIASI", "PERBAIKAN", "ARAHAN"] as const);

/** One piece of continuous feedback on an RHK. This shape is stable: evaluation traces carry it. */
export interface UmpanBalik {
  /** Unique among the entries when given. */
  readonly id?: string;
  /** The RHK the feedback is about. */
  readonly rhk: string;
  /** The period it is about: `"2024-03"` or `"2024-Q1"`. */
  readonly periode: string;
  /** When it was given (`YYYY-MM-DD`); expected inside `periode`. */
  readonly tanggal: CalendarDate;
  /** Who gave it (name or NIP of the supervisor). */
  readonly pemberi?: string;
  readonly jenis?: JenisUmpanBalik;
  readonly teks: string;
}

/** What {@link validateFeedback} checks the entries against, besides their shape. */
export interface FeedbackContext {
  /** Ids of the plan's RHK: feedback on another RHK is flagged. */
  readonly rhk?: readonly string[];
  /** The plan period: feedback on a period outside it is flagged. */
  readonly periode?: PeriodePenilaian;
  /** The plan's frequency: feedback on a period of the other frequency is flagged. */
  readonly frekuensi?: Frekuensi;
  /** Prefix of every issue path (default `[]`), such as `["umpanBalik"]`. */
  readonly path?: IssuePath;
}

/** Input of {@link groupFeedback}. */
export interface GroupFeedbackInput {
  readonly periode: PeriodePenilaian;
  readonly frekuensi: Frekuensi;
  readonly rhk: readonly RhkRef[];
  readonly umpanBalik: readonly UmpanBalik[];
  /** Only feedback given on or before this date is grouped (the rest is counted in `afterSampai`). */
  readonly sampai?: CalendarDate;
}

/** The feedback on one RHK in one period, sorted by date (then input order). */
export interface FeedbackPeriod {
  readonly periode: string;
  readonly entries: readonly UmpanBalik[];
}

/** The feedback on one RHK, per period in order (periods without feedback are omitted). */
export interface FeedbackByRhk extends RhkRef {
  readonly total: number;
  readonly perPeriode: readonly FeedbackPeriod[];
}

/** Result of {@link groupFeedback}. */
export interface FeedbackGroups {
  /** One entry per RHK of the plan, in input order. */
  readonly rhk: readonly FeedbackByRhk[];
  /** Findings about the grouped entries (those after `sampai` are not examined). */
  readonly findings: readonly MonitoringFinding[];
  /** Entries left out because they are dated after `sampai`. */
  readonly afterSampai: number;
}

const KEYS = ["id", "rhk", "periode", "tanggal", "pemberi", "jenis", "teks"];
/** Findings that keep an entry out of the groups: it belongs to no RHK or period of the plan. */
const EXCLUDING = new Set(["RHK_TIDAK_DIKENAL", "PERIODE_DI_LUAR_RENCANA", "FREKUENSI_PERIODE_SALAH"]);

/**
 * Every problem of a list of feedback entries: malformed fields as error-severity
 * `INPUT_INVALID` issues, and, for well-formed entries, warnings (also `INPUT_INVALID`) for a
 * date outside the entry's period and, given a `context`, an unknown RHK or a period outside the
 * plan or of the wrong frequency. An empty list means valid.
 */
export function validateFeedback(entries: unknown, context: FeedbackContext = {}): readonly Issue[] {
  const issues: Issue[] = [];
  const base = context.path ?? [];
  const plan = context.periode === undefined ? undefined : checkPlanPeriod(context.periode, ["context", "periode"], issues);
  const frekuensi = context.frekuensi === undefined ? undefined : checkEnum(context.frekuensi, FREKUENSI, ["context", "frekuensi"], issues);
  const rhk = context.rhk === undefined ? undefined : checkIds(context.rhk, ["context", "rhk"], issues);
  const resolved = resolve(rhk, plan, frekuensi);
  if (!checkArray(entries, base, issues)) return issues;
  const ids = new Map<string, number>();
  const warnings: Issue[] = [];
  entries.forEach((entry, index) => {
    if (checkEntry(entry, [...base, index], index, issues, ids)) {
      warnings.push(...entryFindings(entry, [...base, index], resolved).map(findingToIssue));
    }
  });
  return [...issues, ...warnings];
}

/**
 * Groups feedback per RHK and per period, sorted by date. Malformed input throws `KinerjaError`
 * `INPUT_INVALID` with every issue; an unknown RHK, a period outside the plan or of the wrong
 * frequency (such entries are left out of the groups) and a date outside the entry's period
 * (kept in its period) are findings.
 */
export function groupFeedback(input: GroupFeedbackInput): FeedbackGroups {
  const issues: Issue[] = [];
  if (!checkRec(input, [], issues, ["periode", "frekuensi", "rhk", "umpanBalik", "sampai"])) throwIfInvalid(issues);
  const periode = checkPlanPeriod(input.periode, ["periode"], issues);
  const frekuensi = checkEnum(input.frekuensi, FREKUENSI, ["frekuensi"], issues);
  const rhk = checkRhkList(input.rhk, ["rhk"], issues);
  if (input.sampai !== undefined) checkDate(input.sampai, ["sampai"], issues);
  const ids = new Map<string, number>();
  const entries = checkArray(input.umpanBalik, ["umpanBalik"], issues) ? input.umpanBalik : [];
  entries.forEach((entry: unknown, index) => checkEntry(entry, ["umpanBalik", index], index, issues, ids));
  throwIfInvalid(issues);
  const context = resolve((rhk as readonly RhkRef[]).map((r) => r.id), periode, frekuensi);
  return grouped(input.rhk, entries, context, input.sampai);
}

function grouped(rhk: readonly RhkRef[], entries: readonly UmpanBalik[], context: Resolved, sampai: CalendarDate | undefined): FeedbackGroups {
  const findings: MonitoringFinding[] = [];
  const byRhk = new Map(rhk.map((r) => [r.id, [] as { entry: UmpanBalik; index: number }[]]));
  let afterSampai = 0;
  entries.forEach((entry, index) => {
    if (sampai !== undefined && entry.tanggal > sampai) {
      afterSampai++;
      return;
    }
    const found = entryFindings(entry, ["umpanBalik", index], context);
    findings.push(...found);
    if (!found.some((f) => EXCLUDING.has(f.code))) byRhk.get(entry.rhk)?.push({ entry, index });
  });
  const groups = rhk.map((r) => {
    const items = (byRhk.get(r.id) ?? []).sort((a, b) => byDateThenIndex(a, b));
    const codes = [...new Set(items.map((i) => i.entry.periode))].sort();
    const perPeriode = codes.map((code) => ({ periode: code, entries: items.filter((i) => i.entry.periode === code).map((i) => i.entry) }));
    return { ...rhkHeader(r), total: items.length, perPeriode };
  });
  return { rhk: groups, findings, afterSampai };
}

/** Checks the shape of one entry; reports every problem and says whether it is well formed. */
function checkEntry(entry: unknown, path: IssuePath, index: number, issues: Issue[], ids: Map<string, number>): entry is UmpanBalik {
  const before = issues.length;
  if (!checkRec(entry, path, issues, KEYS)) return false;
  if (checkText(entry["id"], [...path, "id"], issues, true)) checkUniqueId(entry["id"], index, ids, [...path, "id"], issues);
  checkText(entry["rhk"], [...path, "rhk"], issues);
  if (checkText(entry["periode"], [...path, "periode"], issues) && !parsePeriodCode(entry["periode"])) {
    report(issues, [...path, "periode"], MM.periodCodeShape, { actual: entry["periode"] });
  }
  checkDate(entry["tanggal"], [...path, "tanggal"], issues);
  checkText(entry["pemberi"], [...path, "pemberi"], issues, true);
  if (entry["jenis"] !== undefined) checkEnum(entry["jenis"], JENIS_UMPAN_BALIK, [...path, "jenis"], issues);
  checkText(entry["teks"], [...path, "teks"], issues);
  return issues.length === before;
}

/** The findings about a well-formed entry, given what is known of the plan. */
function entryFindings(entry: UmpanBalik, path: IssuePath, context: Resolved): MonitoringFinding[] {
  const found: MonitoringFinding[] = [];
  const { rhk, periode: code, tanggal } = entry;
  const info = parsePeriodCode(code);
  if (!info) return found;
  if (context.rhk && !context.rhk.has(rhk)) {
    found.push(finding("RHK_TIDAK_DIKENAL", [...path, "rhk"], fill(MM.feedbackUnknownRhk, { tanggal, rhk }), { rhk }));
  }
  const codePath = [...path, "periode"];
  const field = pathText(codePath);
  if (context.frekuensi && info.frekuensi !== context.frekuensi) {
    const message = fill(MM.periodWrongFrequency, { field, code, actual: info.frekuensi, frekuensi: context.frekuensi });
    found.push(finding("FREKUENSI_PERIODE_SALAH", codePath, message, { rhk, periods: [code] }));
  } else if (context.periode && !context.planCodes(info.frekuensi).has(code)) {
    const message = fill(MM.periodOutsidePlan, { field, code, ...context.periode });
    found.push(finding("PERIODE_DI_LUAR_RENCANA", codePath, message, { rhk, periods: [code] }));
  }
  if (tanggal < info.mulai || tanggal > info.selesai) {
    const message = fill(MM.feedbackDateOutside, { tanggal, code, mulai: info.mulai, selesai: info.selesai });
    found.push(finding("TANGGAL_DI_LUAR_PERIODE", [...path, "tanggal"], message, { rhk, periods: [code] }));
  }
  return found;
}

/** A checked context: RHK ids as a set, and the plan's period codes listed once per frequency. */
interface Resolved {
  readonly rhk: ReadonlySet<string> | undefined;
  readonly periode: PeriodePenilaian | undefined;
  readonly frekuensi: Frekuensi | undefined;
  readonly planCodes: (frekuensi: Frekuensi) => ReadonlySet<string>;
}

function resolve(rhk: readonly string[] | undefined, periode: PeriodePenilaian | undefined, frekuensi: Frekuensi | undefined): Resolved {
  const cache = new Map<Frekuensi, ReadonlySet<string>>();
  const planCodes = (f: Frekuensi): ReadonlySet<string> => {
    const codes = cache.get(f) ?? new Set(periode ? periodsOf(periode, f).map((p) => p.code) : []);
    cache.set(f, codes);
    return codes;
  };
  return { rhk: rhk ? new Set(rhk) : undefined, periode, frekuensi, planCodes };
}

/** Checks the context's list of RHK ids. */
function checkIds(value: unknown, path: IssuePath, issues: Issue[]): readonly string[] | undefined {
  if (!checkArray(value, path, issues)) return undefined;
  const before = issues.length;
  value.forEach((id, index) => checkText(id, [...path, index], issues));
  return issues.length === before ? (value as readonly string[]) : undefined;
}

function byDateThenIndex(a: { entry: UmpanBalik; index: number }, b: { entry: UmpanBalik; index: number }): number {
  if (a.entry.tanggal !== b.entry.tanggal) return a.entry.tanggal < b.entry.tanggal ? -1 : 1;
  return a.index - b.index;
}

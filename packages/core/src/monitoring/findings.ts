/**
 * Findings: problems in the DATA of daily reports and feedback (a report linked to an unknown RHK,
 * an RHK with no activity), as opposed to malformed input, which throws `INPUT_INVALID`. A finding
 * never stops a summary; it is listed beside it for the supervisor to follow up.
 * @module
 */
import { issue, type Issue, type IssuePath } from "../errors.js";
import type { LocalizedText } from "../i18n/text.js";

/**
 * What a finding is about:
 * - `RHK_TANPA_AKTIVITAS` — an RHK with no daily report in one or more ended periods;
 * - `RHK_TIDAK_DIKENAL` — a report or feedback linked to an RHK that is not in the plan;
 * - `TANPA_RHK` — a daily report linked to no RHK;
 * - `DI_LUAR_PERIODE` — a daily report dated outside the plan period;
 * - `SESUDAH_AS_OF` — a daily report dated after the monitoring date;
 * - `TANGGAL_DI_LUAR_PERIODE` — feedback dated outside the period it is about;
 * - `PERIODE_DI_LUAR_RENCANA` — feedback about a period outside the plan period;
 * - `FREKUENSI_PERIODE_SALAH` — feedback about a month in a quarterly plan, or the reverse.
 */
export type FindingCode =
  | "RHK_TANPA_AKTIVITAS"
  | "RHK_TIDAK_DIKENAL"
  | "TANPA_RHK"
  | "DI_LUAR_PERIODE"
  | "SESUDAH_AS_OF"
  | "TANGGAL_DI_LUAR_PERIODE"
  | "PERIODE_DI_LUAR_RENCANA"
  | "FREKUENSI_PERIODE_SALAH";

/** One finding about the data, with the path of the record it concerns. */
export interface MonitoringFinding {
  readonly code: FindingCode;
  /** Always `"warning"`: findings never stop a summary. */
  readonly severity: "warning";
  /** The record concerned, such as `["laporanHarian", 3, "rhk"]` or `["rhk", 0]`. */
  readonly path: IssuePath;
  readonly message: LocalizedText;
  /** The RHK concerned, when there is one. */
  readonly rhk?: string;
  /** The period codes concerned (`RHK_TANPA_AKTIVITAS`: every ended period without activity). */
  readonly periods?: readonly string[];
}

/** Creates a {@link MonitoringFinding}. */
export function finding(
  code: FindingCode,
  path: IssuePath,
  message: LocalizedText,
  extra: { readonly rhk?: string; readonly periods?: readonly string[] } = {},
): MonitoringFinding {
  return { code, severity: "warning", path, message, ...extra };
}

/** A finding as a warning-severity `INPUT_INVALID` {@link Issue}, for lists of issues. */
export function findingToIssue(f: MonitoringFinding): Issue {
  return issue("INPUT_INVALID", f.path, f.message, { severity: "warning" });
}

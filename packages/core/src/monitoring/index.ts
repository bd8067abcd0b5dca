/**
 * In-year monitoring (pemantauan kinerja, PermenPANRB 6/2022 Pasal 5 stage 2), the supervisor's
 * view: periods of a plan, progress against pro-rated targets, daily activity reports as
 * evidence, and continuous feedback.
 * @module
 */
export type { CalendarDate } from "./calendar-date.js";
export {
  elapsedPeriods,
  findPeriod,
  FREKUENSI,
  listPeriods,
  parsePeriodCode,
  periodCodeOf,
  type ElapsedPeriods,
  type Frekuensi,
  type Period,
  type PeriodCodeInfo,
  type PeriodePenilaian,
} from "./periods.js";
export { monitorPlan } from "./progress.js";
export { DEFAULT_AMBANG, DEFAULT_CAPAIAN_MAKS, validateMonitorInput } from "./validate-plan.js";
export type {
  Akumulasi,
  Ambang,
  IndicatorProgress,
  IndikatorInput,
  MonitoringResult,
  MonitorPlanInput,
  PeriodValue,
  PlanProgress,
  Polaritas,
  ProgressStatus,
  RealisasiInput,
} from "./progress-types.js";
export {
  summariseActivities,
  type ActivitySummary,
  type LaporanHarian,
  type PeriodActivity,
  type RhkActivity,
  type RhkRef,
  type SummariseActivitiesInput,
} from "./evidence.js";
export {
  groupFeedback,
  JENIS_UMPAN_BALIK,
  validateFeedback,
  type FeedbackByRhk,
  type FeedbackContext,
  type FeedbackGroups,
  type FeedbackPeriod,
  type GroupFeedbackInput,
  type JenisUmpanBalik,
  type UmpanBalik,
} from "./feedback.js";
export type { FindingCode, MonitoringFinding } from "./findings.js";

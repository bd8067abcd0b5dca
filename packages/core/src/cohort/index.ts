/**
 * Cohorts: distribution constraints as data, the check of a cohort's predikat distribution
 * (violations and feasibility), calibration proposals with the fewest changes chosen by evidence,
 * applying the accepted changes, per-unit calibration of a whole agency, and statistics and SVG
 * charts of the distribution against its allowed band.
 * @module
 */
export type {
  CalibrationChange,
  CalibrationFlag,
  CalibrationProposal,
  CalibrationStatus,
  CategoryCount,
  ChangeEvidence,
  CohortMember,
  CountConstraint,
  DistributionCheck,
  DistributionConstraints,
  Feasibility,
  InfeasibilityReason,
  KuadranTable,
  Violation,
} from "./types.js";
export { checkDistribution } from "./check.js";
export { proposeCalibration, type ProposeCalibrationInput } from "./propose.js";
export { applyCalibration } from "./apply.js";
export {
  calibrateAgency,
  type AgencyCalibration,
  type AgencyCalibrationSummary,
  type CalibrateAgencyOptions,
  type ConstraintsForUnit,
  type UnitCalibration,
} from "./agency.js";
export { distributionStats, unitDistributionStats, type CategoryStat, type DistributionStats } from "./stats.js";
export { distributionSvg, type DistributionSvgOptions } from "./svg.js";
export { CALIBRATION_FLAG_TEXT, CALIBRATION_FLAGS } from "./evidence.js";

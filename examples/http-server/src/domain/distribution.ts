/**
 * A unit's predikat distribution against SE MenPANRB 3/2023: counts and shares per predikat with
 * the band each may hold (core `distributionStats`), every violated rule and whether any
 * distribution of the headcount can comply (core `checkDistribution`), the chart (core
 * `distributionSvg`) and the state of its calibration. The distribution counts each member's
 * final predikat: the engine's, or the accepted calibration's.
 * @module
 */
import { checkDistribution, distributionStats, distributionSvg, type CategoryStat, type KinerjaStore, type Lang, type LocalizedText, type StoredCalibration, type Violation } from "@kinerja/core";
import { acceptedCalibration, finalPredikatUnder } from "./calibration-overlay.js";
import { constraintsOf, unitCohort, type UnitCohort } from "./cohort.js";
import { everyPage } from "../http/helpers.js";

/** A member of the distribution. */
export interface DistributionMember {
  readonly nip: string;
  readonly evaluationId: string;
  readonly predikat: string;
  readonly predikatFinal: string;
}

/** The calibration state shown with a distribution. */
export interface CalibrationState {
  readonly calibrationId: string;
  readonly status: StoredCalibration["status"];
  readonly rowVersion: number;
  readonly changes: number;
}

/** A unit's distribution for a year. */
export interface UnitDistribution {
  readonly unitId: string;
  readonly unitNama: string;
  readonly tahun: number;
  readonly periode: string;
  readonly predikatOrganisasi: string;
  readonly headcount: number;
  /** `ENGINE`: the engine's predikat; `CALIBRATED`: with an accepted calibration's changes. */
  readonly basis: "ENGINE" | "CALIBRATED";
  readonly categories: CategoryStat[];
  readonly compliant: boolean;
  readonly violations: Violation[];
  readonly feasible: boolean;
  readonly infeasibility: LocalizedText[];
  /** The accepted calibration, else the newest one of the year, else `null`. */
  readonly calibration: CalibrationState | null;
  readonly members: DistributionMember[];
}

/** The distribution of `unitId` in `tahun` (see the module notes). */
export async function unitDistribution(store: KinerjaStore, unitId: string, tahun: number): Promise<UnitDistribution> {
  const cohort = await unitCohort(store, unitId, tahun);
  const accepted = await acceptedCalibration(store, unitId, tahun, cohort.periode);
  const members = cohort.evaluations.map((e): DistributionMember => ({ nip: e.nip, evaluationId: e.evaluationId, predikat: e.predikat as string, predikatFinal: finalPredikatUnder(accepted, e).predikatFinal as string }));
  const finalMembers = cohort.members.map((m, i) => ({ ...m, predikat: (members[i] as DistributionMember).predikatFinal }));
  const constraints = constraintsOf(cohort, finalMembers.length);
  const stats = constraints ? distributionStats(finalMembers, constraints, { unit: cohort.unit.nama }) : null;
  const check = constraints ? checkDistribution(finalMembers, constraints) : null;
  return {
    unitId,
    unitNama: cohort.unit.nama,
    tahun,
    periode: cohort.periode,
    predikatOrganisasi: cohort.predikatOrganisasi,
    headcount: finalMembers.length,
    basis: accepted ? "CALIBRATED" : "ENGINE",
    categories: stats ? [...stats.categories] : [],
    compliant: check?.compliant ?? true,
    violations: check ? [...check.violations] : [],
    feasible: check?.feasibility.feasible ?? true,
    infeasibility: check ? check.feasibility.reasons.map((r) => r.message) : [],
    calibration: await calibrationState(store, cohort, accepted),
    members,
  };
}

/** The distribution chart as an SVG document (an empty chart for an empty cohort). */
export function distributionChart(d: UnitDistribution, lang: Lang): string {
  return distributionSvg({ unit: d.unitNama, headcount: d.headcount, categories: d.categories, compliant: d.compliant }, { lang });
}

async function calibrationState(store: KinerjaStore, cohort: UnitCohort, accepted: StoredCalibration | null): Promise<CalibrationState | null> {
  const newest = accepted ?? (await everyPage((page) => store.listCalibrations({ unitId: cohort.unit.unitId, tahun: cohort.tahun, ...page }))).filter((c) => c.periode === cohort.periode).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
  return newest ? { calibrationId: newest.calibrationId, status: newest.status, rowVersion: newest.rowVersion, changes: newest.proposal.changes.length } : null;
}

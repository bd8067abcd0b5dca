/**
 * Agency-wide calibration: members grouped by unit, each unit checked and calibrated against the
 * constraints its own organisation predikat and headcount give. One unit that cannot be
 * calibrated (its constraints are invalid or the callback throws) is reported in its own envelope
 * and never stops the others.
 * @module
 */
import { fillBoth } from "../development/format.js";
import { KinerjaError, toKinerjaError, type Issue } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { report, show, throwIfInvalid } from "./input-issues.js";
import { proposeCalibration } from "./propose.js";
import type { CalibrationProposal, CohortMember, DistributionConstraints, KuadranTable } from "./types.js";
import { collectKuadranIssues } from "./validate-constraints.js";
import { collectMemberIssues } from "./validate-members.js";
import { groupByUnit } from "./stats.js";

/** Supplies a unit's constraints, resolved for its headcount (e.g. from its organisation predikat). */
export type ConstraintsForUnit = (unit: string, headcount: number) => DistributionConstraints;

/** Options of {@link calibrateAgency}. */
export interface CalibrateAgencyOptions {
  /** The kuadran as data, for evidence flags (see `proposeCalibration`). */
  readonly kuadran?: KuadranTable;
}

/** One unit's result: its proposal, or why it could not be calibrated. */
export type UnitCalibration =
  | { readonly unit: string; readonly headcount: number; readonly ok: true; readonly proposal: CalibrationProposal }
  | { readonly unit: string; readonly headcount: number; readonly ok: false; readonly error: KinerjaError };

/** Counts over the units of an agency. */
export interface AgencyCalibrationSummary {
  readonly units: number;
  /** Units already compliant. */
  readonly compliant: number;
  /** Units with a proposal. */
  readonly needCalibration: number;
  /** Units no distribution of their headcount can make compliant. */
  readonly infeasible: number;
  /** Units that could not be calibrated (see their `error`). */
  readonly failed: number;
  /** Proposed changes over all units. */
  readonly changes: number;
}

/** The result of {@link calibrateAgency}: one entry per unit, in code-unit order of the unit names. */
export interface AgencyCalibration {
  readonly units: readonly UnitCalibration[];
  readonly summary: AgencyCalibrationSummary;
}

/**
 * Calibrates every unit of an agency. Every member needs an `id` unique in the agency and a
 * `unit`; invalid members throw `KinerjaError` `INPUT_INVALID` with every issue. Within a unit's
 * error, issue paths index the unit's own members in input order.
 *
 * @example
 * ```ts
 * const result = calibrateAgency(members, (unit, headcount) => constraintsOf(unit, headcount));
 * for (const u of result.units) if (u.ok) console.log(u.unit, u.proposal.status, u.proposal.changes.length);
 * ```
 */
export function calibrateAgency(members: readonly CohortMember[], constraintsForUnit: ConstraintsForUnit, options: CalibrateAgencyOptions = {}): AgencyCalibration {
  const issues: Issue[] = [];
  collectMemberIssues(members, ["members"], issues, { requireUnit: true });
  if (typeof constraintsForUnit !== "function") report(issues, ["constraintsForUnit"], CM.notFunction, { actual: show(constraintsForUnit) });
  if (options.kuadran !== undefined) collectKuadranIssues(options.kuadran, ["options", "kuadran"], issues, undefined);
  throwIfInvalid(issues);
  const byUnit = groupByUnit(members);
  const names = [...byUnit.keys()];
  const units = names.map((unit) => calibrateUnit(unit, byUnit.get(unit) as CohortMember[], constraintsForUnit, options.kuadran));
  return { units, summary: summarise(units) };
}

function calibrateUnit(unit: string, members: readonly CohortMember[], constraintsForUnit: ConstraintsForUnit, kuadran: KuadranTable | undefined): UnitCalibration {
  const headcount = members.length;
  try {
    const constraints = constraintsForUnit(unit, headcount);
    return { unit, headcount, ok: true, proposal: proposeCalibration({ members, constraints, ...(kuadran ? { kuadran } : {}) }) };
  } catch (e) {
    const cause = toKinerjaError(e);
    const text = fillBoth(CM.unitFailed, { unit, detail: cause.text });
    return { unit, headcount, ok: false, error: new KinerjaError(cause.code, text, { issues: cause.issues, path: ["units", unit], cause }) };
  }
}

function summarise(units: readonly UnitCalibration[]): AgencyCalibrationSummary {
  let compliant = 0;
  let needCalibration = 0;
  let infeasible = 0;
  let failed = 0;
  let changes = 0;
  for (const u of units) {
    if (!u.ok) failed++;
    else if (u.proposal.status === "SESUAI") compliant++;
    else if (u.proposal.status === "TIDAK_LAYAK") infeasible++;
    else needCalibration++;
    if (u.ok) changes += u.proposal.changes.length;
  }
  return { units: units.length, compliant, needCalibration, infeasible, failed, changes };
}

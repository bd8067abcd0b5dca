/**
 * The final predikat of an evaluation: evaluations are immutable, so an ACCEPTED calibration of
 * the unit, year and period is the audited overlay — a member it changed gets the change's `to`,
 * a member it kept keeps the engine's predikat, and without an accepted calibration the engine's
 * predikat is final.
 * @module
 */
import type { KinerjaStore, StoredCalibration, StoredEvaluation } from "@kinerja/core";
import { everyPage } from "../http/helpers.js";

/** An evaluation's final predikat and the calibration that decided it (if any). */
export interface FinalPredikat {
  readonly predikatFinal: string | null;
  readonly calibrationId: string | null;
}

/** The unit's ACCEPTED calibration of a year and period, or `null` (the store keeps at most one). */
export async function acceptedCalibration(store: KinerjaStore, unitId: string, tahun: number, periode: string): Promise<StoredCalibration | null> {
  const all = await everyPage((page) => store.listCalibrations({ unitId, tahun, ...page }));
  return all.find((c) => c.status === "ACCEPTED" && c.periode === periode) ?? null;
}

/** The final predikat of `evaluation` under `calibration` (one computed from this evaluation). */
export function finalPredikatUnder(calibration: StoredCalibration | null, evaluation: Pick<StoredEvaluation, "nip" | "evaluationId" | "predikat">): FinalPredikat {
  if (!calibration || calibration.evaluations[evaluation.nip] !== evaluation.evaluationId) return { predikatFinal: evaluation.predikat, calibrationId: null };
  const change = calibration.proposal.changes.find((c) => c.id === evaluation.nip);
  return { predikatFinal: change ? change.to : evaluation.predikat, calibrationId: calibration.calibrationId };
}

/** The final predikat of one stored evaluation. */
export async function finalPredikat(store: KinerjaStore, evaluation: StoredEvaluation): Promise<FinalPredikat> {
  const calibration = await acceptedCalibration(store, evaluation.unitId, evaluation.tahun, evaluation.periode);
  return finalPredikatUnder(calibration, evaluation);
}

/**
 * Calibrations of a unit's predikat distribution: a proposal stored as `PROPOSED`, then accepted
 * or rejected once by the unit admin. Evaluations stay immutable; an accepted calibration is the
 * audited overlay that gives the final predikat of each changed employee.
 * @module
 */
import * as z from "zod";
import type { BackendTransaction, Condition } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { StoredCalibration, StoredEvaluation } from "../records.js";
import { constraint, StoreError } from "../store-error.js";
import { fromRow } from "./codec.js";
import { bump, create, listPage, load, loadOrFail, read, replace } from "./ops.js";
import { Id, LongText, PageFields, parseInput, PeriodCode, RequiredVersion, WriteFields, Year } from "./schemas.js";
import { unknownUnit } from "./units.js";
import { runWrite, type Services } from "./write.js";

const Change = z.looseObject({ id: z.string().min(1).max(100), from: z.string().min(1).max(100), to: z.string().min(1).max(100) });
/** The proposal is core's `CalibrationProposal`; the store checks the parts it relies on and keeps the rest as given. */
const Proposal = z.looseObject({ status: z.string().min(1).max(100), changes: z.array(Change).max(100_000) });
const Propose = z.strictObject({
  ...WriteFields,
  calibrationId: Id.optional(),
  unitId: Id,
  tahun: Year,
  periode: PeriodCode,
  proposal: Proposal,
  evaluations: z.record(z.string().min(1).max(100), Id),
});
const Decide = z.strictObject({
  ...WriteFields,
  ...RequiredVersion,
  calibrationId: Id,
  decision: z.enum(["ACCEPTED", "REJECTED"]),
  catatan: LongText.nullable().optional(),
});
const GetCalibration = z.strictObject({ calibrationId: Id });
const ListCalibrations = z.strictObject({ ...PageFields, unitId: Id, tahun: Year.optional() });

type CalibrationOps = Pick<KinerjaStore, "proposeCalibration" | "decideCalibration" | "getCalibration" | "listCalibrations">;

/** The calibration operations of a store. */
export function calibrationOperations(services: Services): CalibrationOps {
  return {
    async proposeCalibration(options) {
      const { idempotencyKey, ...input } = parseInput(Propose, options, "proposeCalibration");
      return runWrite(services, "proposeCalibration", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        if (!(await scope.tx.get("unit", input.unitId))) throw unknownUnit(input.unitId, ["unitId"]);
        if (!input.periode.startsWith(String(input.tahun))) {
          throw constraint({ id: `Periode '${input.periode}' bukan dalam tahun ${input.tahun}`, en: `Period '${input.periode}' is not in year ${input.tahun}` }, ["periode"]);
        }
        await checkEvaluations(scope.tx, input);
        const record: StoredCalibration = {
          calibrationId: input.calibrationId ?? services.newId(),
          unitId: input.unitId,
          tahun: input.tahun,
          periode: input.periode,
          status: "PROPOSED",
          proposal: input.proposal as unknown as StoredCalibration["proposal"],
          evaluations: input.evaluations,
          decidedBy: null,
          decidedAt: null,
          catatan: null,
          ...bump(undefined, scope.at),
        };
        return create(scope, "calibration", record);
      });
    },

    async decideCalibration(options) {
      const { idempotencyKey, ...input } = parseInput(Decide, options, "decideCalibration");
      return runWrite(services, "decideCalibration", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const before = await loadOrFail(scope.tx, "calibration", input.calibrationId, ["calibrationId"]);
        if (before.status !== "PROPOSED") {
          throw new StoreError(
            "conflict",
            { id: `Kalibrasi '${before.calibrationId}' sudah diputuskan (${before.status})`, en: `Calibration '${before.calibrationId}' is already decided (${before.status})` },
            { path: ["decision"] },
          );
        }
        if (input.decision === "ACCEPTED") await checkNoOtherAccepted(scope.tx, before);
        const after: StoredCalibration = {
          ...before,
          status: input.decision,
          decidedBy: input.actor,
          decidedAt: scope.at,
          catatan: input.catatan ?? null,
          ...bump(before, scope.at),
        };
        return replace(scope, "calibration", before, after, input.expectedRowVersion, "TRANSITION");
      });
    },

    async getCalibration(options) {
      const input = parseInput(GetCalibration, options, "getCalibration");
      return (await read(services, (tx) => load(tx, "calibration", input.calibrationId))) ?? null;
    },

    async listCalibrations(options) {
      const input = parseInput(ListCalibrations, options, "listCalibrations");
      const where: Condition[] = [{ column: "unit_id", op: "=", value: input.unitId }];
      if (input.tahun !== undefined) where.push({ column: "tahun", op: "=", value: input.tahun });
      return listPage(services, {
        kind: "calibration",
        list: "calibrations",
        operation: "listCalibrations",
        where,
        orderBy: [{ column: "tahun", of: (c) => c.tahun }],
        cursor: input.cursor,
        limit: input.limit,
      });
    },
  };
}

type ProposeInput = z.output<typeof Propose>;

/** Every changed member maps to an evaluation, and every mapped evaluation is of this unit, year and period. */
async function checkEvaluations(tx: BackendTransaction, input: ProposeInput): Promise<void> {
  for (const [index, change] of input.proposal.changes.entries()) {
    if (!Object.hasOwn(input.evaluations, change.id)) {
      throw constraint(
        { id: `Perubahan untuk '${change.id}' tidak punya evaluasi di 'evaluations'`, en: `The change for '${change.id}' has no evaluation in 'evaluations'` },
        ["proposal", "changes", index, "id"],
      );
    }
  }
  const entries = Object.entries(input.evaluations);
  const rows = await tx.getMany("evaluation", entries.map(([, id]) => id));
  const found = new Map(rows.map((row) => [row.key, fromRow("evaluation", row)] as const));
  for (const [nip, evaluationId] of entries) {
    const evaluation: StoredEvaluation | undefined = found.get(evaluationId);
    const path = ["evaluations", nip];
    if (!evaluation) throw constraint({ id: `Evaluasi '${evaluationId}' tidak ada`, en: `Evaluation '${evaluationId}' does not exist` }, path);
    if (evaluation.nip !== nip || evaluation.unitId !== input.unitId || evaluation.tahun !== input.tahun || evaluation.periode !== input.periode) {
      throw constraint(
        {
          id: `Evaluasi '${evaluationId}' bukan milik ${nip} di unit ${input.unitId} periode ${input.periode}`,
          en: `Evaluation '${evaluationId}' is not ${nip}'s in unit ${input.unitId} for period ${input.periode}`,
        },
        path,
      );
    }
  }
}

/** A unit has at most one accepted calibration per year and period. */
async function checkNoOtherAccepted(tx: BackendTransaction, calibration: StoredCalibration): Promise<void> {
  const accepted = await tx.find("calibration", {
    where: [
      { column: "unit_id", op: "=", value: calibration.unitId },
      { column: "tahun", op: "=", value: calibration.tahun },
      { column: "periode", op: "=", value: calibration.periode },
      { column: "status", op: "=", value: "ACCEPTED" },
    ],
    orderBy: [],
    limit: 1,
  });
  const other = accepted[0];
  if (other) {
    throw new StoreError(
      "conflict",
      {
        id: `Unit ${calibration.unitId} sudah punya kalibrasi diterima untuk periode ${calibration.periode} ('${other.key}')`,
        en: `Unit ${calibration.unitId} already has an accepted calibration for period ${calibration.periode} ('${other.key}')`,
      },
      { path: ["decision"] },
    );
  }
}

/**
 * Evaluation results: immutable records with outputs, trace and the policy that produced them;
 * single and all-or-nothing bulk writes; a unit's cohort and an employee's history.
 * @module
 */
import * as z from "zod";
import { issue, type Issue } from "../../errors.js";
import type { BackendTransaction } from "../backend.js";
import type { EvaluationInput, KinerjaStore } from "../contract.js";
import type { StoredEmployee, StoredEvaluation, StoredPlan } from "../records.js";
import { notFound, StoreError } from "../store-error.js";
import { compositeKey, fromRow, toRow, type RecordOf } from "./codec.js";
import { bump, create, listAll, listPage, load, read } from "./ops.js";
import { normalizeNip } from "./employees.js";
import { inYear, planIn } from "./plan-records.js";
import { Id, invalidInput, PageFields, parseInput, PeriodCode, WriteFields, Year } from "./schemas.js";
import { runWrite, type Services, type WriteScope } from "./write.js";
import { wellFormedEvaluations } from "./evaluation-shape.js";

const Evaluation = z.strictObject({
  evaluationId: Id.optional(),
  planId: Id,
  periode: PeriodCode,
  policy: z.strictObject({ id: Id, version: Id, hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  outputs: z.record(z.string(), z.unknown()),
  trace: z.record(z.string(), z.unknown()).nullable().optional(),
  evaluatedAt: z.iso.datetime({ offset: true }).optional(),
});
const PredikatOutput = z.string().min(1).max(100).optional();
const SaveOne = z.strictObject({ ...WriteFields, predikatOutput: PredikatOutput, evaluation: Evaluation });
const SaveMany = z.strictObject({ ...WriteFields, predikatOutput: PredikatOutput, evaluations: z.array(Evaluation).min(1).max(100_000) });
const SaveManyMeta = z.strictObject({ ...WriteFields, predikatOutput: PredikatOutput });
const GetOne = z.strictObject({ evaluationId: Id });
const Cohort = z.strictObject({ ...PageFields, unitId: Id, tahun: Year, periode: PeriodCode.optional(), withTrace: z.boolean().optional() });
const History = z.strictObject({ nip: z.string().min(1).max(40), periode: z.enum(["TAHUNAN", "SEMUA"]).optional(), withTrace: z.boolean().optional() });

/**
 * The `after` stored in an evaluation's `CREATE` audit entry: none. An evaluation is immutable (no
 * operation updates or deletes it), so `listAudit` reads the entry's `after` from the evaluation
 * row itself (the record without its trace), exactly what a copy would hold. Not copying the
 * record into the log halves the bytes a bulk write of results stores. Entries that an earlier
 * version wrote with a copy are returned as stored.
 */
export const AFTER_BY_REFERENCE = null;

type EvaluationOps = Pick<KinerjaStore, "saveEvaluation" | "saveEvaluations" | "getEvaluation" | "listCohort" | "employeeHistory">;

/** The evaluation operations of a store. */
export function evaluationOperations(services: Services): EvaluationOps {
  return {
    async saveEvaluation(options) {
      const { idempotencyKey, ...input } = parseInput(SaveOne, options, "saveEvaluation");
      return runWrite(services, "saveEvaluation", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const e = input.evaluation as EvaluationInput;
        const plan = await planIn(scope.tx, e.planId, ["AGREED", "EVALUATED"], "saveEvaluation", ["evaluation", "planId"]);
        const existing = await scope.tx.find("evaluation", { where: [{ column: "plan_id", op: "=", value: plan.planId }, { column: "periode", op: "=", value: e.periode }], orderBy: [], limit: 1 });
        if (existing.length > 0) throw duplicateEvaluation(plan.planId, e.periode, ["evaluation", "periode"]);
        const employee = await load(scope.tx, "employee", plan.nip);
        const record = buildEvaluation(services, scope, e, plan, employee, input.predikatOutput, ["evaluation"]);
        return create(scope, "evaluation", record, AFTER_BY_REFERENCE);
      });
    },

    async saveEvaluations(options) {
      const { idempotencyKey, ...input } = parseSaveMany(options);
      const items = input.evaluations as readonly EvaluationInput[];
      const duplicates = duplicatesInBatch(items);
      if (duplicates.length > 0) throw invalidInput("saveEvaluations", duplicates);
      return runWrite(services, "saveEvaluations", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const plans = await byKey(scope.tx, "plan", items.map((e) => e.planId));
        const employees = await byKey(scope.tx, "employee", [...plans.values()].map((p) => p.nip));
        const records = items.map((e, i) => {
          const plan = plans.get(e.planId);
          if (!plan) throw notFound("Plan", e.planId, ["evaluations", i, "planId"]);
          if (plan.status === "DRAFT") throw new StoreError("conflict", { id: `Rencana '${plan.planId}' masih DRAFT`, en: `Plan '${plan.planId}' is still a DRAFT` }, { path: ["evaluations", i, "planId"] });
          return buildEvaluation(services, scope, e, plan, employees.get(plan.nip), input.predikatOutput, ["evaluations", i]);
        });
        const rows = records.map((r) => toRow("evaluation", r));
        await scope.tx.insert("evaluation", rows);
        for (const row of rows) scope.auditJson("CREATE", "evaluation", row.key, null, AFTER_BY_REFERENCE);
        return { count: records.length, evaluationIds: records.map((r) => r.evaluationId) };
      });
    },

    async getEvaluation(options) {
      const input = parseInput(GetOne, options, "getEvaluation");
      return (await read(services, (tx) => load(tx, "evaluation", input.evaluationId))) ?? null;
    },

    async listCohort(options) {
      const input = parseInput(Cohort, options, "listCohort");
      const periode = input.periode ?? String(input.tahun);
      return listPage(services, {
        kind: "evaluation",
        list: "cohort",
        operation: "listCohort",
        where: [
          { column: "unit_id", op: "=", value: input.unitId },
          { column: "tahun", op: "=", value: input.tahun },
          { column: "periode", op: "=", value: periode },
        ],
        orderBy: [{ column: "nip", of: (e) => e.nip }],
        cursor: input.cursor,
        limit: input.limit,
        map: input.withTrace ? (e) => e : withoutTrace,
      });
    },

    async employeeHistory(options) {
      const input = parseInput(History, options, "employeeHistory");
      const records = await read(services, async (tx) => {
        // Through the employee's plans: the (nip, tahun) unique index of plans, then the
        // (plan_id, periode) unique index of evaluations.
        const plans = await tx.find("plan", { where: [{ column: "nip", op: "=", value: normalizeNip(input.nip) }], orderBy: ["tahun"] });
        if (plans.length === 0) return [];
        return listAll(tx, "evaluation", [{ column: "plan_id", op: "in", value: plans.map((p) => p.key) }], ["tahun", "periode"]);
      });
      const chosen = input.periode === "SEMUA" ? records : records.filter((e) => e.periode === String(e.tahun));
      return input.withTrace ? chosen : chosen.map(withoutTrace);
    },
  };
}

/**
 * The validated options of `saveEvaluations`: well-formed items are taken as they are (see
 * `evaluation-shape.ts`); anything else goes through the schema, which reports every problem.
 */
function parseSaveMany(options: unknown): z.output<typeof SaveMany> {
  const o = options as Record<string, unknown> | null;
  const fast =
    typeof o === "object" && o !== null && Object.keys(o).every((k) => k === "actor" || k === "idempotencyKey" || k === "predikatOutput" || k === "evaluations") && wellFormedEvaluations(o["evaluations"]);
  if (!fast) return parseInput(SaveMany, options, "saveEvaluations");
  const { evaluations, ...rest } = o;
  return { ...parseInput(SaveManyMeta, rest, "saveEvaluations"), evaluations: evaluations as z.output<typeof SaveMany>["evaluations"] };
}

/** True when the evaluation schema accepts `item` (for the fast path's property test). */
export function schemaAcceptsEvaluation(item: unknown): boolean {
  return Evaluation.safeParse(item, { jitless: true }).success;
}

/** The record without its trace (audit entries, cohort lists). */
export function withoutTrace(e: StoredEvaluation): StoredEvaluation {
  return e.trace === null ? e : { ...e, trace: null };
}

function buildEvaluation(
  services: Services,
  scope: WriteScope,
  e: EvaluationInput,
  plan: StoredPlan,
  employee: StoredEmployee | undefined,
  predikatOutput: string | undefined,
  path: readonly (string | number)[],
): StoredEvaluation {
  inYear(plan, e.periode, [...path, "periode"]);
  const predikat = e.outputs[predikatOutput ?? "predikat"];
  return {
    evaluationId: e.evaluationId ?? services.newId(),
    planId: plan.planId,
    nip: plan.nip,
    unitId: employee?.unitId ?? plan.unitId,
    tahun: plan.tahun,
    periode: e.periode,
    policy: { id: e.policy.id, version: e.policy.version, hash: e.policy.hash },
    outputs: e.outputs,
    predikat: typeof predikat === "string" ? predikat : null,
    trace: e.trace ?? null,
    evaluatedAt: e.evaluatedAt ?? scope.at,
    ...bump(undefined, scope.at),
  };
}

function duplicatesInBatch(items: readonly EvaluationInput[]): Issue[] {
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((e, i) => {
    const key = compositeKey(e.planId, e.periode);
    const first = seen.get(key);
    if (first !== undefined) issues.push(issue("INPUT_INVALID", ["evaluations", i, "periode"], { id: `Rencana dan periode sama dengan butir ${first}`, en: `Same plan and period as item ${first}` }));
    else seen.set(key, i);
    if (e.evaluationId !== undefined && ids.has(e.evaluationId)) issues.push(issue("INPUT_INVALID", ["evaluations", i, "evaluationId"], { id: "evaluationId ganda", en: "Duplicate evaluationId" }));
    if (e.evaluationId !== undefined) ids.add(e.evaluationId);
  });
  return issues;
}

function duplicateEvaluation(planId: string, periode: string, path: readonly (string | number)[]): StoreError {
  return new StoreError("conflict", { id: `Rencana '${planId}' sudah punya hasil evaluasi periode ${periode}`, en: `Plan '${planId}' already has an evaluation for ${periode}` }, { path });
}

/** The records with these keys, by key (the row's own key, so no field of the record is guessed). */
async function byKey<K extends "plan" | "employee">(tx: BackendTransaction, kind: K, keys: readonly string[]): Promise<Map<string, RecordOf[K]>> {
  const rows = await tx.getMany(kind, [...new Set(keys)]);
  return new Map(rows.map((row) => [row.key, fromRow(kind, row)]));
}

/**
 * Work plans (SKP): one per employee per year, RHK cascaded from the supervisor's plan, and the
 * DRAFT → AGREED → EVALUATED lifecycle.
 * @module
 */
import * as z from "zod";
import type { Condition } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { PlanStatus, StoredPlan } from "../records.js";
import { constraint, StoreError } from "../store-error.js";
import { fromRow } from "./codec.js";
import { bump, create, listPage, load, loadOrFail, read, replace } from "./ops.js";
import { normalizeNip } from "./employees.js";
import { checkCascade, normalizeRhk, RhkListSchema } from "./rhk.js";
import { Id, PageFields, parseInput, RequiredVersion, WriteFields, Year } from "./schemas.js";
import { runWrite, type Services } from "./write.js";

const CreatePlan = z.strictObject({ ...WriteFields, planId: Id.optional(), nip: z.string().min(1).max(40), tahun: Year, policyId: Id.nullable().optional(), rhk: RhkListSchema });
const UpdatePlan = z.strictObject({ ...WriteFields, ...RequiredVersion, planId: Id, rhk: RhkListSchema, policyId: Id.nullable().optional() });
const Transition = z.strictObject({ ...WriteFields, ...RequiredVersion, planId: Id, to: z.enum(["DRAFT", "AGREED", "EVALUATED"]) });
const GetPlan = z.strictObject({ planId: Id });
const FindPlan = z.strictObject({ nip: z.string().min(1).max(40), tahun: Year });
const ListPlans = z.strictObject({ ...PageFields, tahun: Year, unitId: Id.optional() });

/** The transitions a plan may make. */
const NEXT: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = { DRAFT: ["AGREED"], AGREED: ["DRAFT", "EVALUATED"], EVALUATED: [] };

type PlanOps = Pick<KinerjaStore, "createPlan" | "updatePlan" | "transitionPlan" | "getPlan" | "findPlan" | "listPlans">;

/** The plan operations of a store. */
export function planOperations(services: Services): PlanOps {
  return {
    async createPlan(options) {
      const { idempotencyKey, ...input } = parseInput(CreatePlan, options, "createPlan");
      const nip = normalizeNip(input.nip);
      const rhk = normalizeRhk(input.rhk, services.newId, "createPlan");
      return runWrite(services, "createPlan", { actor: input.actor, idempotencyKey }, { ...input, nip }, async (scope) => {
        const employee = await load(scope.tx, "employee", nip);
        if (!employee) throw constraint({ id: `Pegawai '${nip}' tidak terdaftar`, en: `Employee '${nip}' is not registered` }, ["nip"]);
        if (await planFor(scope.tx, nip, input.tahun)) throw duplicatePlan(nip, input.tahun);
        await checkCascade(scope.tx, employee, input.tahun, rhk);
        const plan: StoredPlan = {
          planId: input.planId ?? services.newId(),
          nip,
          tahun: input.tahun,
          status: "DRAFT",
          unitId: employee.unitId,
          atasanNip: employee.atasanNip,
          policyId: input.policyId ?? null,
          rhk,
          ...bump(undefined, scope.at),
        };
        return create(scope, "plan", plan);
      });
    },

    async updatePlan(options) {
      const { idempotencyKey, ...input } = parseInput(UpdatePlan, options, "updatePlan");
      const rhk = normalizeRhk(input.rhk, services.newId, "updatePlan");
      return runWrite(services, "updatePlan", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const before = await loadOrFail(scope.tx, "plan", input.planId, ["planId"]);
        if (before.status !== "DRAFT") throw wrongStatus(before, "updatePlan");
        const employee = await loadOrFail(scope.tx, "employee", before.nip);
        await checkCascade(scope.tx, employee, before.tahun, rhk);
        const policyId = input.policyId === undefined ? before.policyId : input.policyId;
        return replace(scope, "plan", before, { ...before, rhk, policyId, ...bump(before, scope.at) }, input.expectedRowVersion);
      });
    },

    async transitionPlan(options) {
      const { idempotencyKey, ...input } = parseInput(Transition, options, "transitionPlan");
      return runWrite(services, "transitionPlan", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const before = await loadOrFail(scope.tx, "plan", input.planId, ["planId"]);
        if (!NEXT[before.status].includes(input.to)) throw badTransition(before, input.to);
        if (input.to === "EVALUATED") {
          const evaluations = await scope.tx.find("evaluation", { where: [{ column: "plan_id", op: "=", value: before.planId }], orderBy: [], limit: 1 });
          if (evaluations.length === 0) {
            throw constraint({ id: `Rencana '${before.planId}' belum punya hasil evaluasi tersimpan`, en: `Plan '${before.planId}' has no stored evaluation yet` }, ["to"]);
          }
        }
        return replace(scope, "plan", before, { ...before, status: input.to, ...bump(before, scope.at) }, input.expectedRowVersion, "TRANSITION");
      });
    },

    async getPlan(options) {
      const input = parseInput(GetPlan, options, "getPlan");
      return (await read(services, (tx) => load(tx, "plan", input.planId))) ?? null;
    },

    async findPlan(options) {
      const input = parseInput(FindPlan, options, "findPlan");
      return (await read(services, (tx) => planFor(tx, normalizeNip(input.nip), input.tahun))) ?? null;
    },

    async listPlans(options) {
      const input = parseInput(ListPlans, options, "listPlans");
      const where: Condition[] = [{ column: "tahun", op: "=", value: input.tahun }];
      if (input.unitId !== undefined) where.push({ column: "unit_id", op: "=", value: input.unitId });
      return listPage(services, { kind: "plan", list: "plans", operation: "listPlans", where, orderBy: [{ column: "nip", of: (p) => p.nip }], cursor: input.cursor, limit: input.limit });
    },
  };
}

/** The plan of an employee for a year. */
export async function planFor(tx: Parameters<typeof load>[0], nip: string, tahun: number): Promise<StoredPlan | undefined> {
  const rows = await tx.find("plan", { where: [{ column: "nip", op: "=", value: nip }, { column: "tahun", op: "=", value: tahun }], orderBy: [], limit: 1 });
  return rows[0] ? fromRow("plan", rows[0]) : undefined;
}

/** A `conflict`: the plan is not in a status that allows `operation`. */
export function wrongStatus(plan: StoredPlan, operation: string): StoreError {
  return new StoreError("conflict", {
    id: `${operation} tidak dapat dilakukan pada rencana '${plan.planId}' berstatus ${plan.status}`,
    en: `${operation} is not allowed on plan '${plan.planId}' in status ${plan.status}`,
  });
}

function duplicatePlan(nip: string, tahun: number): StoreError {
  return new StoreError("conflict", { id: `Pegawai '${nip}' sudah punya rencana kinerja tahun ${tahun}`, en: `Employee '${nip}' already has a work plan for ${tahun}` }, { path: ["tahun"] });
}

function badTransition(plan: StoredPlan, to: PlanStatus): StoreError {
  return new StoreError(
    "conflict",
    { id: `Rencana '${plan.planId}' tidak dapat berpindah dari ${plan.status} ke ${to}`, en: `Plan '${plan.planId}' cannot move from ${plan.status} to ${to}` },
    { path: ["to"] },
  );
}

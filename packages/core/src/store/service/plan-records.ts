/**
 * What is recorded against an agreed plan during the year: realisations per indicator and period,
 * daily activity reports, feedback and behaviour assessments.
 * @module
 */
import * as z from "zod";
import { NILAI_DASAR, RATING_EKSPEKTASI } from "../../development/strengths-types.js";
import { JENIS_UMPAN_BALIK } from "../../monitoring/feedback.js";
import { compareAscending } from "../../internal/order.js";
import type { BackendTransaction, Condition } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { PlanStatus, StoredActivity, StoredBehaviour, StoredFeedback, StoredPlan, StoredRealisation } from "../records.js";
import { constraint } from "../store-error.js";
import { compositeKey } from "./codec.js";
import { bump, create, listAll, listPage, read, loadOrFail, upsert } from "./ops.js";
import { normalizeNip } from "./employees.js";
import { wrongStatus } from "./plans.js";
import {
  CalendarDateText,
  Finite,
  Id,
  LongText,
  Name,
  OptionalVersion,
  PageFields,
  parseInput,
  PeriodCode,
  WriteFields,
} from "./schemas.js";
import { runWrite, type Services } from "./write.js";

const Nip = z.string().min(1).max(40);
const RatingsSchema = z
  .partialRecord(z.enum(NILAI_DASAR as [string, ...string[]]), z.enum(RATING_EKSPEKTASI as [string, ...string[]]))
  .refine((r) => Object.keys(r).length > 0, "kinerja:ratings");
const JenisFeedback = z.enum(JENIS_UMPAN_BALIK as [string, ...string[]]);
const HttpUrl = z.string().max(2000).refine((s) => /^https?:\/\/[^\s]+$/i.test(s), "kinerja:url");
const Realisation = z.strictObject({ ...WriteFields, ...OptionalVersion, planId: Id, indikatorId: Id, periode: PeriodCode, nilai: Finite, catatan: LongText.nullable().optional() });
const Activity = z.strictObject({
  ...WriteFields,
  activityId: Id.optional(),
  planId: Id,
  rhkId: Id.nullable().optional(),
  tanggal: CalendarDateText,
  uraian: LongText,
  jumlah: Finite.min(0).nullable().optional(),
  satuan: Name.nullable().optional(),
  buktiUrl: HttpUrl.nullable().optional(),
});
const Feedback = z.strictObject({
  ...WriteFields,
  feedbackId: Id.optional(),
  planId: Id,
  rhkId: Id.nullable().optional(),
  periode: PeriodCode,
  tanggal: CalendarDateText,
  pemberiNip: Nip,
  jenis: JenisFeedback.optional(),
  teks: LongText,
});
const Behaviour = z.strictObject({ ...WriteFields, ...OptionalVersion, planId: Id, periode: PeriodCode, penilaiNip: Nip, ratings: RatingsSchema, catatan: LongText.nullable().optional() });
const ByPlanPeriod = z.strictObject({ planId: Id, periode: PeriodCode.optional() });
const ByPlan = z.strictObject({ planId: Id });
const ListActivities = z.strictObject({ ...PageFields, planId: Id, from: CalendarDateText.optional(), to: CalendarDateText.optional() });

type RecordOps = Pick<KinerjaStore, "recordRealisation" | "listRealisations" | "addActivity" | "listActivities" | "addFeedback" | "listFeedback" | "putBehaviour" | "listBehaviour">;

/** The in-year record operations of a store. */
export function planRecordOperations(services: Services): RecordOps {
  return {
    async recordRealisation(options) {
      const { idempotencyKey, ...input } = parseInput(Realisation, options, "recordRealisation");
      return runWrite(services, "recordRealisation", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const plan = await planIn(scope.tx, input.planId, ["AGREED"], "recordRealisation");
        inYear(plan, input.periode, ["periode"]);
        if (!plan.rhk.some((r) => r.indikator.some((k) => k.indikatorId === input.indikatorId))) throw notInPlan("indikator", input.indikatorId, plan, ["indikatorId"]);
        const key = compositeKey(input.planId, input.indikatorId, input.periode);
        return upsert(scope, "realisation", key, input.expectedRowVersion, (previous): StoredRealisation => ({
          planId: input.planId,
          indikatorId: input.indikatorId,
          periode: input.periode,
          nilai: input.nilai,
          catatan: input.catatan ?? null,
          ...bump(previous, scope.at),
        }));
      });
    },

    async listRealisations(options) {
      const input = parseInput(ByPlanPeriod, options, "listRealisations");
      const records = await read(services, (tx) => listAll(tx, "realisation", byPlan(input.planId, "periode", input.periode), ["periode"]));
      return records.sort((a, b) => compareAscending(a.periode, b.periode) || compareAscending(a.indikatorId, b.indikatorId));
    },

    async addActivity(options) {
      const { idempotencyKey, ...input } = parseInput(Activity, options, "addActivity");
      return runWrite(services, "addActivity", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const plan = await planIn(scope.tx, input.planId, ["AGREED"], "addActivity");
        inYear(plan, input.tanggal, ["tanggal"]);
        const rhkId = input.rhkId ?? null;
        if (rhkId !== null && !plan.rhk.some((r) => r.rhkId === rhkId)) throw notInPlan("RHK", rhkId, plan, ["rhkId"]);
        const activity: StoredActivity = {
          activityId: input.activityId ?? services.newId(),
          planId: plan.planId,
          nip: plan.nip,
          rhkId,
          tanggal: input.tanggal,
          uraian: input.uraian,
          jumlah: input.jumlah ?? null,
          satuan: input.satuan ?? null,
          buktiUrl: input.buktiUrl ?? null,
          ...bump(undefined, scope.at),
        };
        return create(scope, "activity", activity);
      });
    },

    async listActivities(options) {
      const input = parseInput(ListActivities, options, "listActivities");
      const where: Condition[] = [{ column: "plan_id", op: "=", value: input.planId }];
      if (input.from !== undefined) where.push({ column: "tanggal", op: ">=", value: input.from });
      if (input.to !== undefined) where.push({ column: "tanggal", op: "<=", value: input.to });
      return listPage(services, { kind: "activity", list: "activities", operation: "listActivities", where, orderBy: [{ column: "tanggal", of: (a) => a.tanggal }], cursor: input.cursor, limit: input.limit });
    },

    async addFeedback(options) {
      const { idempotencyKey, ...input } = parseInput(Feedback, options, "addFeedback");
      const pemberiNip = normalizeNip(input.pemberiNip);
      return runWrite(services, "addFeedback", { actor: input.actor, idempotencyKey }, { ...input, pemberiNip }, async (scope) => {
        const plan = await planIn(scope.tx, input.planId, ["AGREED", "EVALUATED"], "addFeedback");
        inYear(plan, input.periode, ["periode"]);
        inYear(plan, input.tanggal, ["tanggal"]);
        const rhkId = input.rhkId ?? null;
        if (rhkId !== null && !plan.rhk.some((r) => r.rhkId === rhkId)) throw notInPlan("RHK", rhkId, plan, ["rhkId"]);
        await employeeExists(scope.tx, pemberiNip, ["pemberiNip"]);
        const feedback: StoredFeedback = {
          feedbackId: input.feedbackId ?? services.newId(),
          planId: plan.planId,
          rhkId,
          periode: input.periode,
          tanggal: input.tanggal,
          pemberiNip,
          jenis: (input.jenis ?? "ARAHAN") as StoredFeedback["jenis"],
          teks: input.teks,
          ...bump(undefined, scope.at),
        };
        return create(scope, "feedback", feedback);
      });
    },

    async listFeedback(options) {
      const input = parseInput(ByPlanPeriod, options, "listFeedback");
      return read(services, (tx) => listAll(tx, "feedback", byPlan(input.planId, "periode", input.periode), ["tanggal"]));
    },

    async putBehaviour(options) {
      const { idempotencyKey, ...input } = parseInput(Behaviour, options, "putBehaviour");
      const penilaiNip = normalizeNip(input.penilaiNip);
      return runWrite(services, "putBehaviour", { actor: input.actor, idempotencyKey }, { ...input, penilaiNip }, async (scope) => {
        const plan = await planIn(scope.tx, input.planId, ["AGREED"], "putBehaviour");
        inYear(plan, input.periode, ["periode"]);
        await employeeExists(scope.tx, penilaiNip, ["penilaiNip"]);
        return upsert(scope, "behaviour", compositeKey(input.planId, input.periode), input.expectedRowVersion, (previous): StoredBehaviour => ({
          assessmentId: compositeKey(input.planId, input.periode),
          planId: input.planId,
          periode: input.periode,
          penilaiNip,
          ratings: input.ratings as StoredBehaviour["ratings"],
          catatan: input.catatan ?? null,
          ...bump(previous, scope.at),
        }));
      });
    },

    async listBehaviour(options) {
      const input = parseInput(ByPlan, options, "listBehaviour");
      return read(services, (tx) => listAll(tx, "behaviour", byPlan(input.planId), ["periode"]));
    },
  };
}

/** The plan, which must exist (`not_found`) and be in one of `allowed` (`conflict`). */
export async function planIn(tx: BackendTransaction, planId: string, allowed: readonly PlanStatus[], operation: string, path: readonly (string | number)[] = ["planId"]): Promise<StoredPlan> {
  const plan = await loadOrFail(tx, "plan", planId, path);
  if (!allowed.includes(plan.status)) throw wrongStatus(plan, operation);
  return plan;
}

/** A period code or date must lie in the plan's year (`constraint`). */
export function inYear(plan: StoredPlan, periodOrDate: string, path: readonly (string | number)[]): void {
  if (Number(periodOrDate.slice(0, 4)) === plan.tahun) return;
  throw constraint({ id: `'${periodOrDate}' di luar tahun rencana ${plan.tahun}`, en: `'${periodOrDate}' is outside the plan's year ${plan.tahun}` }, path);
}

/** The employee must be registered (`constraint`). */
export async function employeeExists(tx: BackendTransaction, nip: string, path: readonly (string | number)[]): Promise<void> {
  if (await tx.get("employee", nip)) return;
  throw constraint({ id: `Pegawai '${nip}' tidak terdaftar`, en: `Employee '${nip}' is not registered` }, path);
}

function notInPlan(what: string, id: string, plan: StoredPlan, path: readonly (string | number)[]) {
  return constraint({ id: `${what} '${id}' tidak ada dalam rencana '${plan.planId}'`, en: `${what} '${id}' is not in plan '${plan.planId}'` }, path);
}

function byPlan(planId: string, column?: string, value?: string): Condition[] {
  const where: Condition[] = [{ column: "plan_id", op: "=", value: planId }];
  if (column !== undefined && value !== undefined) where.push({ column, op: "=", value });
  return where;
}


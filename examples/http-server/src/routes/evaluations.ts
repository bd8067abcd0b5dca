/**
 * Evaluations: a supervisor evaluates a plan for a period (the engine's result is stored with its
 * trace and the policy's hash; the annual one moves the plan to EVALUATED); whoever may read the
 * plan lists its evaluations and reads each with its explanation, strengths and weaknesses,
 * recommended training, tindak lanjut and final predikat.
 * @module
 */
import type { StoredEvaluation as EvaluationRecord } from "@kinerja/core";
import * as z from "zod";
import { planOfTeamMember, planToRead } from "../domain/cycle-guards.js";
import { evaluatePlan } from "../domain/evaluate-plan.js";
import { evaluationView } from "../domain/evaluation-view.js";
import { notFoundError } from "../http/errors.js";
import { Lang, Periode, RatingEkspektasi, StoredEvaluation } from "../http/schemas.js";
import { defineRoute, type AppContext, type Principal, type RouteSpec } from "../http/route.js";
import { EvaluationViewBody } from "./evaluation-schemas.js";
import { PlanIdParam } from "./realisations.js";

/** An evaluation id in a path. */
export const EvaluationIdParam = z.strictObject({ evaluationId: z.string().min(1).max(200) });

const EvaluateBody = z.strictObject({
  periode: Periode.meta({ description: "The period evaluated: the year (annual) or a month / quarter of the plan's year" }),
  ratingPerilaku: RatingEkspektasi.meta({ description: "The supervisor's BerAKHLAK rating" }),
  ratingHasilKerja: RatingEkspektasi.optional().meta({ description: "The supervisor's work-result rating; absent when the policy derives it from capaian" }),
});

/** `POST /plans/:planId/evaluations` — a supervisor of the plan's owner. */
export const createEvaluation: RouteSpec = defineRoute({
  method: "POST",
  path: "/plans/:planId/evaluations",
  operationId: "evaluatePlan",
  summary: "Evaluate a plan for a period with its policy and store the result with its trace",
  description:
    "Roles: a supervisor of the plan's owner. The plan must be AGREED (an annual evaluation moves it to EVALUATED); one evaluation per plan and period (409 for a second one). A retry with the same Idempotency-Key returns the first evaluation. Storing the evaluation and moving the plan to EVALUATED are two writes: when the second failed (e.g. 503), a retry of the same evaluation (with the Idempotency-Key it was stored with, or the same inputs giving the same result) while the plan is still AGREED finishes the transition and returns the stored evaluation instead of a 409.",
  tags: ["evaluation"],
  params: z.strictObject({ planId: PlanIdParam }),
  body: EvaluateBody,
  response: EvaluationViewBody,
  successStatus: 201,
  async handler(req, ctx) {
    const plan = await planOfTeamMember(ctx, req.principal, req.params.planId);
    const saved = await evaluatePlan(ctx, plan, req.body, { actor: req.principal.sub, idempotencyKey: req.idempotencyKey });
    return { body: await evaluationView(ctx.store, saved, req.lang), etag: saved.rowVersion };
  },
});

/** `GET /plans/:planId/evaluations` — anyone who may read the plan. */
export const listPlanEvaluations: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/evaluations",
  operationId: "listPlanEvaluations",
  summary: "Evaluations of a plan (without traces), by period",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["evaluation"],
  params: z.strictObject({ planId: PlanIdParam }),
  response: z.object({ items: z.array(StoredEvaluation), nextCursor: z.null() }),
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const history = await ctx.store.employeeHistory({ nip: plan.nip, periode: "SEMUA" });
    return { body: { items: history.filter((e) => e.planId === plan.planId).map((e) => ({ ...e, trace: null })), nextCursor: null } };
  },
});

/** `GET /evaluations/:evaluationId?lang=&trace=` — anyone who may read the employee. */
export const getEvaluation: RouteSpec = defineRoute({
  method: "GET",
  path: "/evaluations/:evaluationId",
  operationId: "getEvaluation",
  summary: "An evaluation with its explanation, strengths, weaknesses, training, tindak lanjut and final predikat",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor. `trace=true` also returns the raw trace.",
  tags: ["evaluation"],
  params: EvaluationIdParam,
  query: z.strictObject({ lang: Lang.optional(), trace: z.enum(["true", "false"]).optional() }),
  response: EvaluationViewBody,
  async handler(req, ctx) {
    const evaluation = await readableEvaluation(ctx, req.principal, req.params.evaluationId);
    return { body: await evaluationView(ctx.store, evaluation, req.lang, req.query.trace === "true"), etag: evaluation.rowVersion };
  },
});

/** The evaluation (404 when missing) if `p` may read its employee (403 otherwise). */
export async function readableEvaluation(ctx: AppContext, p: Principal, evaluationId: string): Promise<EvaluationRecord> {
  const evaluation = await ctx.store.getEvaluation({ evaluationId });
  if (!evaluation) throw notFoundError("evaluation", evaluationId);
  await ctx.access.canReadEmployee(p, evaluation.nip);
  return evaluation;
}

/** The routes of this module. */
export const evaluationRoutes: readonly RouteSpec[] = [createEvaluation, listPlanEvaluations, getEvaluation];

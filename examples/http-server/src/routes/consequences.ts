/**
 * Tindak lanjut of an evaluation: the consequence rules of PermenPANRB 6/2022 run on the final
 * predikat (after an accepted calibration), the year's jam pelajaran and earlier years' results.
 * @module
 */
import * as z from "zod";
import { finalPredikat } from "../domain/calibration-overlay.js";
import { consequencesOf } from "../domain/consequences.js";
import { notFoundError } from "../http/errors.js";
import { Lang } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { Consequences } from "./evaluation-schemas.js";
import { EvaluationIdParam, readableEvaluation } from "./evaluations.js";

/** `GET /evaluations/:evaluationId/consequences?lang=` — anyone who may read the employee. */
export const getConsequences: RouteSpec = defineRoute({
  method: "GET",
  path: "/evaluations/:evaluationId/consequences",
  operationId: "getConsequences",
  summary: "Tindak lanjut (consequences) of an annual evaluation",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor. 404 for a periodic evaluation or one without a predikat.",
  tags: ["evaluation"],
  params: EvaluationIdParam,
  query: z.strictObject({ lang: Lang.optional() }),
  response: Consequences,
  async handler(req, ctx) {
    const evaluation = await readableEvaluation(ctx, req.principal, req.params.evaluationId);
    const employee = await ctx.store.getEmployee({ nip: evaluation.nip });
    const { predikatFinal } = await finalPredikat(ctx.store, evaluation);
    const view = employee ? await consequencesOf(ctx.store, evaluation, employee, predikatFinal, req.lang) : null;
    if (!view) throw notFoundError("consequences", evaluation.evaluationId);
    return { body: view };
  },
});

/** The routes of this module. */
export const consequenceRoutes: readonly RouteSpec[] = [getConsequences];

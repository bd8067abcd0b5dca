/**
 * Continuous feedback (umpan balik berkelanjutan): a supervisor's note on a plan or one of its
 * RHK for a period; whoever may read the plan lists it. Feedback is carried into the explanation
 * of the evaluation (it never changes the result).
 * @module
 */
import * as z from "zod";
import { planOfTeamMember, planToRead } from "../domain/cycle-guards.js";
import { compact, idem, today } from "../http/helpers.js";
import { HttpError } from "../http/errors.js";
import { Periode, StoredFeedback } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { CalendarDate } from "./activities.js";
import { PlanIdParam } from "./realisations.js";

const AddBody = z.strictObject({
  rhkId: z.string().min(1).max(200).nullable().optional().meta({ description: "The RHK the feedback is about; null for the whole plan" }),
  periode: Periode.meta({ description: "The month or quarter the feedback is about (YYYY-MM or YYYY-Qn)" }),
  tanggal: CalendarDate.optional().meta({ description: "When it was given; default today" }),
  jenis: z.enum(["APRESIASI", "PERBAIKAN", "ARAHAN"]).optional(),
  teks: z.string().min(1).max(4000),
});

/** `GET /plans/:planId/feedback?periode=` — anyone who may read the plan. */
export const listFeedback: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/feedback",
  operationId: "listFeedback",
  summary: "Feedback on a plan, optionally of one period, by date",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  query: z.strictObject({ periode: Periode.optional() }),
  response: z.object({ items: z.array(StoredFeedback), nextCursor: z.null() }),
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const items = await ctx.store.listFeedback({ planId: plan.planId, ...compact({ periode: req.query.periode }) });
    return { body: { items: [...items], nextCursor: null } };
  },
});

/** `POST /plans/:planId/feedback` — a supervisor of the plan's owner. */
export const addFeedback: RouteSpec = defineRoute({
  method: "POST",
  path: "/plans/:planId/feedback",
  operationId: "addFeedback",
  summary: "Give feedback on a plan or one of its RHK",
  description: "Roles: a supervisor of the plan's owner (direct or indirect). The giver is the caller's NIP.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  body: AddBody,
  response: StoredFeedback,
  successStatus: 201,
  async handler(req, ctx) {
    const plan = await planOfTeamMember(ctx, req.principal, req.params.planId);
    const b = req.body;
    const saved = await ctx.store.addFeedback({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      planId: plan.planId,
      periode: b.periode,
      tanggal: b.tanggal ?? today(ctx.now()),
      pemberiNip: supervisorNip(req.principal.nip),
      teks: b.teks,
      ...compact({ rhkId: b.rhkId, jenis: b.jenis }),
    });
    return { body: saved, etag: saved.rowVersion };
  },
});

/** The supervisor's NIP (a supervisor check has passed, so it is present). */
export function supervisorNip(nip: string | null): string {
  if (nip === null) throw new HttpError(403, "FORBIDDEN", { id: "Token ini tidak memuat NIP", en: "This token carries no NIP" });
  return nip;
}

/** The routes of this module. */
export const feedbackRoutes: readonly RouteSpec[] = [listFeedback, addFeedback];

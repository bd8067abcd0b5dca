/**
 * Realisations: what each indicator of a plan achieved in a period (a month, a quarter or the
 * year). The plan's owner records them; whoever may read the plan lists them.
 * @module
 */
import * as z from "zod";
import { planOfOwner, planToRead } from "../domain/cycle-guards.js";
import { compact, idem, upsertStatus, versionIf } from "../http/helpers.js";
import { Periode, StoredRealisation } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";

/** A plan id in a path. */
export const PlanIdParam = z.string().min(1).max(200).meta({ description: "Plan id" });

const ListQuery = z.strictObject({ periode: Periode.optional() });
const PutParams = z.strictObject({ planId: PlanIdParam, indikatorId: z.string().min(1).max(200), periode: Periode });
const PutBody = z.strictObject({
  nilai: z.number().min(0).meta({ description: "The realisation (≥ 0), in the indicator's satuan" }),
  catatan: z.string().max(2000).nullable().optional(),
});

/** `GET /plans/:planId/realisations?periode=` — anyone who may read the plan. */
export const listRealisations: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/realisations",
  operationId: "listRealisations",
  summary: "Realisations of a plan, optionally of one period",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  query: ListQuery,
  response: z.object({ items: z.array(StoredRealisation), nextCursor: z.null() }),
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const items = await ctx.store.listRealisations({ planId: plan.planId, ...compact({ periode: req.query.periode }) });
    return { body: { items: [...items], nextCursor: null } };
  },
});

/** `PUT /plans/:planId/realisations/:indikatorId/:periode` — the plan's owner; an update needs If-Match. */
export const putRealisation: RouteSpec = defineRoute({
  method: "PUT",
  path: "/plans/:planId/realisations/:indikatorId/:periode",
  operationId: "putRealisation",
  summary: "Record the realisation of an indicator for a period (create, or update with If-Match)",
  description: "Roles: the plan's owner (employee). Creating answers 201; changing an existing realisation needs If-Match with its ETag (428 without it, 412 when stale); a retry of the create with its Idempotency-Key replays it.",
  tags: ["cycle"],
  params: PutParams,
  body: PutBody,
  response: StoredRealisation,
  async handler(req, ctx) {
    const { planId, indikatorId, periode } = req.params;
    const plan = await planOfOwner(ctx, req.principal, planId);
    const existing = (await ctx.store.listRealisations({ planId: plan.planId, periode })).find((r) => r.indikatorId === indikatorId);
    const saved = await ctx.store.recordRealisation({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      planId: plan.planId,
      indikatorId,
      periode,
      nilai: req.body.nilai,
      ...compact({ catatan: req.body.catatan }),
      ...versionIf(existing, req.ifMatch, req.idempotencyKey),
    });
    return { status: upsertStatus(saved), body: saved, etag: saved.rowVersion };
  },
});

/** The routes of this module. */
export const realisationRoutes: readonly RouteSpec[] = [listRealisations, putRealisation];

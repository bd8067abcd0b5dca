/**
 * Behaviour assessments (penilaian perilaku kerja, BerAKHLAK): the supervisor rates each core
 * value for a period (one assessment per plan and period; a change needs If-Match). The annual
 * assessment feeds the evaluation's `berakhlak` list and the strengths and weaknesses.
 * @module
 */
import * as z from "zod";
import { planOfTeamMember, planToRead } from "../domain/cycle-guards.js";
import { compact, idem, upsertStatus, versionIf } from "../http/helpers.js";
import { NilaiDasar, Periode, RatingEkspektasi, StoredBehaviour } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { supervisorNip } from "./feedback.js";
import { PlanIdParam } from "./realisations.js";

const PutBody = z.strictObject({
  ratings: z.partialRecord(NilaiDasar, RatingEkspektasi).meta({ description: "A rating per BerAKHLAK core value; values not assessed are left out" }),
  catatan: z.string().max(4000).nullable().optional(),
});

/** `GET /plans/:planId/behaviour` — anyone who may read the plan. */
export const listBehaviour: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/behaviour",
  operationId: "listBehaviour",
  summary: "Behaviour assessments of a plan, by period",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  response: z.object({ items: z.array(StoredBehaviour), nextCursor: z.null() }),
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const items = await ctx.store.listBehaviour({ planId: plan.planId });
    return { body: { items: [...items], nextCursor: null } };
  },
});

/** `PUT /plans/:planId/behaviour/:periode` — a supervisor; an update needs If-Match. */
export const putBehaviour: RouteSpec = defineRoute({
  method: "PUT",
  path: "/plans/:planId/behaviour/:periode",
  operationId: "putBehaviour",
  summary: "Rate the BerAKHLAK core values for a period (create, or update with If-Match)",
  description: "Roles: a supervisor of the plan's owner. Creating answers 201; changing an existing assessment needs If-Match with its ETag (428 without it, 412 when stale); a retry of the create with its Idempotency-Key replays it.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam, periode: Periode }),
  body: PutBody,
  response: StoredBehaviour,
  async handler(req, ctx) {
    const plan = await planOfTeamMember(ctx, req.principal, req.params.planId);
    const existing = (await ctx.store.listBehaviour({ planId: plan.planId })).find((b) => b.periode === req.params.periode);
    const saved = await ctx.store.putBehaviour({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      planId: plan.planId,
      periode: req.params.periode,
      penilaiNip: supervisorNip(req.principal.nip),
      ratings: req.body.ratings,
      ...compact({ catatan: req.body.catatan }),
      ...versionIf(existing, req.ifMatch, req.idempotencyKey),
    });
    return { status: upsertStatus(saved), body: saved, etag: saved.rowVersion };
  },
});

/** The routes of this module. */
export const behaviourRoutes: readonly RouteSpec[] = [listBehaviour, putBehaviour];

/**
 * Daily activity reports (laporan kegiatan harian): the plan's owner reports what they did
 * towards an RHK; whoever may read the plan lists them (by date, paged).
 * @module
 */
import * as z from "zod";
import { planOfOwner, planToRead } from "../domain/cycle-guards.js";
import { compact, idem } from "../http/helpers.js";
import { Cursor, StoredActivity, pageOf } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { PlanIdParam } from "./realisations.js";

/** A calendar date `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date().meta({ description: "Date YYYY-MM-DD", example: "2024-03-15" });

const ListQuery = z.strictObject({
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const AddBody = z.strictObject({
  rhkId: z.string().min(1).max(200).nullable().optional().meta({ description: "The RHK worked towards; null for other duties" }),
  tanggal: CalendarDate,
  uraian: z.string().min(1).max(2000),
  jumlah: z.number().min(0).nullable().optional(),
  satuan: z.string().min(1).max(100).nullable().optional(),
  buktiUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional().meta({ description: "Link to the evidence (http/https)" }),
});

/** `GET /plans/:planId/activities?from=&to=` — anyone who may read the plan. */
export const listActivities: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/activities",
  operationId: "listActivities",
  summary: "Daily activity reports of a plan, by date (paged)",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  query: ListQuery,
  response: pageOf(StoredActivity),
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const { from, to, cursor, limit } = req.query;
    const page = await ctx.store.listActivities({ planId: plan.planId, ...compact({ from, to, cursor, limit }) });
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** `POST /plans/:planId/activities` — the plan's owner, on an AGREED plan. */
export const addActivity: RouteSpec = defineRoute({
  method: "POST",
  path: "/plans/:planId/activities",
  operationId: "addActivity",
  summary: "Report a daily activity against an RHK of an agreed plan",
  description: "Roles: the plan's owner (employee). The date must be in the plan's year.",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  body: AddBody,
  response: StoredActivity,
  successStatus: 201,
  async handler(req, ctx) {
    const plan = await planOfOwner(ctx, req.principal, req.params.planId);
    const b = req.body;
    const saved = await ctx.store.addActivity({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      planId: plan.planId,
      tanggal: b.tanggal,
      uraian: b.uraian,
      ...compact({ rhkId: b.rhkId, jumlah: b.jumlah, satuan: b.satuan, buktiUrl: b.buktiUrl }),
    });
    return { body: saved, etag: saved.rowVersion };
  },
});

/** The routes of this module. */
export const activityRoutes: readonly RouteSpec[] = [listActivities, addActivity];

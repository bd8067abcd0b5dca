/**
 * The audit log: every write of the store, who made it, before and after — read by auditors only.
 * @module
 */
import * as z from "zod";
import { compact } from "../http/helpers.js";
import { AuditEntry, Cursor, pageOf } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";

const ENTITIES = ["policy", "unit", "unitPredikat", "employee", "plan", "realisation", "activity", "feedback", "behaviour", "competency", "evaluation", "calibration"] as const;

/** `GET /audit?entity=&entityKey=` — auditor only. */
export const listAudit: RouteSpec = defineRoute({
  method: "GET",
  path: "/audit",
  operationId: "listAudit",
  summary: "The audit trail of one entity, oldest first (paged)",
  description:
    "Roles: auditor only. `entityKey`: the plan id, the NIP, … and for composite keys `unitId:tahun`, `planId:indikatorId:periode`, `planId:periode` or `policyId:policyVersion`.",
  tags: ["audit"],
  query: z.strictObject({
    entity: z.enum(ENTITIES),
    entityKey: z.string().min(1).max(500),
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  }),
  response: pageOf(AuditEntry),
  async handler(req, ctx) {
    await ctx.access.canReadAudit(req.principal);
    const { entity, entityKey, cursor, limit } = req.query;
    const page = await ctx.store.listAudit({ entity, entityKey, ...compact({ cursor, limit }) });
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** The routes of this module. */
export const auditRoutes: readonly RouteSpec[] = [listAudit];

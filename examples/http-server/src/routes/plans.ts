/**
 * Work plans (SKP): the employee drafts their own plan, the supervisor agrees it; the employee,
 * their supervisors, the unit admin and auditors read it.
 * @module
 */
import type { PlanRhkInput } from "@kinerja/core";
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { planOfOwner, planOfTeamMember } from "../domain/cycle-guards.js";
import { HttpError, forbidden, notFoundError } from "../http/errors.js";
import { compact, idem, needIfMatch } from "../http/helpers.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { Nip, Page, StoredPlan, Tahun, UnitId, pageOf } from "../http/schemas.js";

const Indikator = z.strictObject({
  indikatorId: z.string().min(1).max(200).optional(),
  uraian: z.string().min(1).max(2000),
  target: z.number().finite(),
  satuan: z.string().min(1).max(100),
  polaritas: z.enum(["NAIK", "TURUN", "RENTANG"]).optional(),
  bobot: z.number().min(0).max(100).nullable().optional(),
});
const Rhk = z.strictObject({
  rhkId: z.string().min(1).max(200).optional(),
  uraian: z.string().min(1).max(2000),
  parentRhkId: z.string().min(1).max(200).nullable().optional().meta({ description: "The supervisor's RHK this one cascades from" }),
  jenis: z.enum(["UTAMA", "TAMBAHAN"]).optional(),
  indikator: z.array(Indikator).min(1).max(50),
});
const RhkList = z.array(Rhk).min(1).max(50);
const CreateBody = z.strictObject({
  nip: Nip.optional().meta({ description: "Default: the caller's NIP (only the employee may create their plan)" }),
  tahun: z.number().int().min(2000).max(2100),
  policyId: z.string().min(1).max(100).nullable().optional(),
  rhk: RhkList,
});
const UpdateBody = z.strictObject({ rhk: RhkList, policyId: z.string().min(1).max(100).nullable().optional() });
const PlanParams = z.strictObject({ planId: z.string().min(1).max(200) });
const EmployeeYear = z.strictObject({ nip: Nip, tahun: Tahun });
const ListQuery = Page.extend({ tahun: Tahun, unitId: UnitId.optional().meta({ description: "Default: the unit admin's own unit" }) });
const PlanPage = pageOf(StoredPlan);
type Plan = z.infer<typeof StoredPlan>;

/** `GET /plans?tahun=&unitId=` [unit_admin, auditor]. */
export const listPlans: RouteSpec<unknown, z.infer<typeof ListQuery>, unknown, z.infer<typeof PlanPage>> = defineRoute({
  method: "GET",
  path: "/plans",
  operationId: "listPlans",
  summary: "Plans of a year, of one unit (auditors: of every unit when unitId is absent)",
  description: "Roles: unit_admin of the unit or an ancestor; auditor.",
  tags: ["plans"],
  query: ListQuery,
  response: PlanPage,
  async handler(req, ctx) {
    const p = req.principal;
    const auditor = hasRole(p, "auditor");
    const unitId = req.query.unitId ?? (auditor ? undefined : (p.unitId ?? undefined));
    if (!auditor) {
      if (unitId === undefined) throw forbidden();
      await ctx.access.canAdminUnit(p, unitId);
    }
    const { tahun, cursor, limit } = req.query;
    const page = await ctx.store.listPlans({ tahun, ...compact({ unitId, cursor, limit }) });
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** `GET /employees/:nip/plans/:tahun` [canReadEmployee]. */
export const getEmployeePlan: RouteSpec<z.infer<typeof EmployeeYear>, unknown, unknown, Plan> = defineRoute({
  method: "GET",
  path: "/employees/:nip/plans/:tahun",
  operationId: "getEmployeePlan",
  summary: "An employee's plan for a year",
  description: "Roles: the employee; a supervisor above them; unit_admin of their unit; auditor.",
  tags: ["plans"],
  params: EmployeeYear,
  response: StoredPlan,
  async handler(req, ctx) {
    await ctx.access.canReadEmployee(req.principal, req.params.nip);
    const plan = await ctx.store.findPlan(req.params);
    if (!plan) throw notFoundError("plan", `${req.params.nip}/${req.params.tahun}`);
    return { body: plan, etag: plan.rowVersion };
  },
});

/** `POST /plans` [the employee, for themselves]. */
export const createPlan: RouteSpec<unknown, unknown, z.infer<typeof CreateBody>, Plan> = defineRoute({
  method: "POST",
  path: "/plans",
  operationId: "createPlan",
  summary: "Create the caller's DRAFT plan for a year",
  description: "Roles: employee, for their own NIP only.",
  tags: ["plans"],
  body: CreateBody,
  response: StoredPlan,
  successStatus: 201,
  async handler(req, ctx) {
    const nip = req.body.nip ?? req.principal.nip;
    if (!nip) throw forbidden();
    await ctx.access.canWriteAsEmployee(req.principal, nip);
    const plan = await ctx.store.createPlan({
      actor: req.principal.sub,
      nip,
      tahun: req.body.tahun,
      rhk: rhkInput(req.body.rhk),
      ...compact({ policyId: req.body.policyId }),
      ...idem(req.idempotencyKey),
    });
    return { body: plan, etag: plan.rowVersion };
  },
});

/** `GET /plans/:planId` [canReadEmployee of the owner]. */
export const getPlan: RouteSpec<z.infer<typeof PlanParams>, unknown, unknown, Plan> = defineRoute({
  method: "GET",
  path: "/plans/:planId",
  operationId: "getPlan",
  summary: "One plan",
  description: "Roles: the employee; a supervisor above them; unit_admin of their unit; auditor (403 for others).",
  tags: ["plans"],
  params: PlanParams,
  response: StoredPlan,
  async handler(req, ctx) {
    const plan = await ctx.access.readablePlan(req.principal, req.params.planId);
    return { body: plan, etag: plan.rowVersion };
  },
});

/** `PUT /plans/:planId` [owner, DRAFT, If-Match]. */
export const updatePlan: RouteSpec<z.infer<typeof PlanParams>, unknown, z.infer<typeof UpdateBody>, Plan> = defineRoute({
  method: "PUT",
  path: "/plans/:planId",
  operationId: "updatePlan",
  summary: "Replace the RHK of the caller's DRAFT plan",
  description: "Roles: the plan's owner, while the plan is DRAFT. Needs If-Match.",
  tags: ["plans"],
  params: PlanParams,
  body: UpdateBody,
  requiresIfMatch: true,
  response: StoredPlan,
  async handler(req, ctx) {
    const plan = await planOfOwner(ctx, req.principal, req.params.planId);
    const updated = await ctx.store.updatePlan({
      actor: req.principal.sub,
      planId: plan.planId,
      expectedRowVersion: needIfMatch(req.ifMatch),
      rhk: rhkInput(req.body.rhk),
      ...compact({ policyId: req.body.policyId }),
      ...idem(req.idempotencyKey),
    });
    return { body: updated, etag: updated.rowVersion };
  },
});

/** `POST /plans/:planId/agree` [canSupervise, If-Match]. */
export const agreePlan: RouteSpec<z.infer<typeof PlanParams>, unknown, unknown, Plan> = defineRoute({
  method: "POST",
  path: "/plans/:planId/agree",
  operationId: "agreePlan",
  summary: "Agree a DRAFT plan (DRAFT → AGREED)",
  description: "Roles: a supervisor of the plan's owner (direct or indirect). Needs If-Match.",
  tags: ["plans"],
  params: PlanParams,
  requiresIfMatch: true,
  response: StoredPlan,
  async handler(req, ctx) {
    const plan = await planOfTeamMember(ctx, req.principal, req.params.planId);
    if (plan.status !== "DRAFT") throw new HttpError(409, "CONFLICT", { id: `Rencana berstatus ${plan.status}, bukan DRAFT`, en: `The plan is ${plan.status}, not DRAFT` });
    const agreed = await ctx.store.transitionPlan({ actor: req.principal.sub, planId: plan.planId, expectedRowVersion: needIfMatch(req.ifMatch), to: "AGREED", ...idem(req.idempotencyKey) });
    return { body: agreed, etag: agreed.rowVersion };
  },
});

/** The routes of this module. */
export const planRoutes: readonly RouteSpec[] = [listPlans, getEmployeePlan, createPlan, getPlan, updatePlan, agreePlan] as readonly RouteSpec[];

function rhkInput(rhk: z.infer<typeof RhkList>): PlanRhkInput[] {
  return rhk.map((r) => ({
    uraian: r.uraian,
    ...compact({ rhkId: r.rhkId, parentRhkId: r.parentRhkId, jenis: r.jenis }),
    indikator: r.indikator.map((k) => ({ uraian: k.uraian, target: k.target, satuan: k.satuan, ...compact({ indikatorId: k.indikatorId, polaritas: k.polaritas, bobot: k.bobot }) })),
  }));
}

/**
 * Distribution and calibration (SE MenPANRB 3/2023): a unit admin sees the unit's predikat
 * distribution against the allowed bands (JSON and an SVG chart), asks for a calibration proposal
 * (core `proposeCalibration`: the fewest predikat changes that make the unit comply, chosen by
 * evidence) and accepts or rejects it (If-Match). An accepted calibration gives each changed
 * employee's final predikat; the evaluations themselves never change.
 * @module
 */
import { proposeCalibration, type KinerjaStore, type StoredCalibration as CalibrationRecord } from "@kinerja/core";
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { constraintsOf, kuadran, unitCohort } from "../domain/cohort.js";
import { compact, idem } from "../http/helpers.js";
import { distributionChart, unitDistribution } from "../domain/distribution.js";
import { HttpError, notFoundError } from "../http/errors.js";
import { Cursor, Lang, Tahun, UnitId } from "../http/schemas.js";
import { defineRoute, type AppContext, type Principal, type RouteSpec } from "../http/route.js";
import { CalibrationView, DistributionBody } from "./calibration-schemas.js";

const UnitParams = z.strictObject({ unitId: UnitId });
const CalibrationParams = z.strictObject({ calibrationId: z.string().min(1).max(200) });
const READ_ROLES = "Roles: a unit admin of the unit (or a parent unit), an auditor (read only).";

/** `GET /units/:unitId/distribution?tahun=` — unit admin (auditor may read). */
export const getDistribution: RouteSpec = defineRoute({
  method: "GET",
  path: "/units/:unitId/distribution",
  operationId: "getUnitDistribution",
  summary: "A unit's predikat distribution against SE MenPANRB 3/2023, with violations and calibration status",
  description: `${READ_ROLES} 409 when the unit has no predikat organisasi for the year (the allowed bands depend on it).`,
  tags: ["calibration"],
  params: UnitParams,
  query: z.strictObject({ tahun: Tahun }),
  response: DistributionBody,
  async handler(req, ctx) {
    await canReadUnitCalibration(ctx, req.principal, req.params.unitId);
    return { body: await unitDistribution(ctx.store, req.params.unitId, req.query.tahun) };
  },
});

/** `GET /units/:unitId/distribution.svg?tahun=&lang=` — the chart. */
export const getDistributionSvg: RouteSpec = defineRoute({
  method: "GET",
  path: "/units/:unitId/distribution.svg",
  operationId: "getUnitDistributionSvg",
  summary: "A unit's predikat distribution as an SVG chart (image/svg+xml)",
  description: READ_ROLES,
  tags: ["calibration"],
  params: UnitParams,
  query: z.strictObject({ tahun: Tahun, lang: Lang.optional() }),
  response: z.string().meta({ description: "An SVG document" }),
  responseContentType: "image/svg+xml",
  async handler(req, ctx) {
    await canReadUnitCalibration(ctx, req.principal, req.params.unitId);
    const distribution = await unitDistribution(ctx.store, req.params.unitId, req.query.tahun);
    return { body: distributionChart(distribution, req.lang) };
  },
});

/** `POST /units/:unitId/calibrations` — unit admin: store a PROPOSED calibration. */
export const proposeUnitCalibration: RouteSpec = defineRoute({
  method: "POST",
  path: "/units/:unitId/calibrations",
  operationId: "proposeCalibration",
  summary: "Propose the fewest predikat changes that make the unit's annual cohort comply (stored as PROPOSED)",
  description: "Roles: a unit admin of the unit (or a parent unit). 409 when the unit has no organisation predikat or no evaluation for the year.",
  tags: ["calibration"],
  params: UnitParams,
  body: z.strictObject({ tahun: z.number().int().min(2000).max(2100) }),
  response: CalibrationView,
  successStatus: 201,
  async handler(req, ctx) {
    await ctx.access.canAdminUnit(req.principal, req.params.unitId);
    const cohort = await unitCohort(ctx.store, req.params.unitId, req.body.tahun);
    const constraints = constraintsOf(cohort, cohort.members.length);
    if (!constraints) throw new HttpError(409, "CONFLICT", NO_EVALUATIONS);
    const proposal = proposeCalibration({ members: cohort.members, constraints, kuadran: kuadran() });
    const saved = await ctx.store.proposeCalibration({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      unitId: cohort.unit.unitId,
      tahun: cohort.tahun,
      periode: cohort.periode,
      proposal,
      evaluations: Object.fromEntries(cohort.evaluations.map((e) => [e.nip, e.evaluationId])),
    });
    return { body: await withNames(ctx.store, saved), etag: saved.rowVersion };
  },
});

/** `GET /units/:unitId/calibrations?tahun=` — the unit's calibrations. */
export const listUnitCalibrations: RouteSpec = defineRoute({
  method: "GET",
  path: "/units/:unitId/calibrations",
  operationId: "listCalibrations",
  summary: "A unit's calibrations, by year",
  description: READ_ROLES,
  tags: ["calibration"],
  params: UnitParams,
  query: z.strictObject({ tahun: Tahun.optional(), cursor: Cursor.optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }),
  response: z.object({ items: z.array(CalibrationView), nextCursor: z.string().nullable() }),
  async handler(req, ctx) {
    await canReadUnitCalibration(ctx, req.principal, req.params.unitId);
    const { tahun, cursor, limit } = req.query;
    const page = await ctx.store.listCalibrations({ unitId: req.params.unitId, ...compact({ tahun, cursor, limit }) });
    return { body: { items: await Promise.all(page.items.map((c) => withNames(ctx.store, c))), nextCursor: page.nextCursor } };
  },
});

/** `GET /calibrations/:calibrationId` — one calibration. */
export const getCalibration: RouteSpec = defineRoute({
  method: "GET",
  path: "/calibrations/:calibrationId",
  operationId: "getCalibration",
  summary: "One calibration: the proposal (who, from, to, why, flags) and the decision",
  description: READ_ROLES,
  tags: ["calibration"],
  params: CalibrationParams,
  response: CalibrationView,
  async handler(req, ctx) {
    const calibration = await loadCalibration(ctx, req.principal, req.params.calibrationId, canReadUnitCalibration);
    return { body: await withNames(ctx.store, calibration), etag: calibration.rowVersion };
  },
});

/** `POST /calibrations/:calibrationId/decision` — unit admin, If-Match. */
export const decideCalibration: RouteSpec = defineRoute({
  method: "POST",
  path: "/calibrations/:calibrationId/decision",
  operationId: "decideCalibration",
  summary: "Accept or reject a proposed calibration (If-Match)",
  description: "Roles: a unit admin of the unit (or a parent unit). A decided calibration never changes again; a unit has at most one ACCEPTED calibration per year.",
  tags: ["calibration"],
  params: CalibrationParams,
  body: z.strictObject({ decision: z.enum(["ACCEPTED", "REJECTED"]), catatan: z.string().max(4000).nullable().optional() }),
  response: CalibrationView,
  requiresIfMatch: true,
  async handler(req, ctx) {
    const calibration = await loadCalibration(ctx, req.principal, req.params.calibrationId, (c, p, unitId) => c.access.canAdminUnit(p, unitId));
    const saved = await ctx.store.decideCalibration({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      calibrationId: calibration.calibrationId,
      expectedRowVersion: req.ifMatch as number,
      decision: req.body.decision,
      ...compact({ catatan: req.body.catatan }),
    });
    return { body: await withNames(ctx.store, saved), etag: saved.rowVersion };
  },
});

/** Unit admin of the unit (or a parent), or an auditor. */
async function canReadUnitCalibration(ctx: AppContext, p: Principal, unitId: string): Promise<void> {
  if (hasRole(p, "auditor")) return;
  await ctx.access.canAdminUnit(p, unitId);
}

async function loadCalibration(
  ctx: AppContext,
  p: Principal,
  calibrationId: string,
  check: (ctx: AppContext, p: Principal, unitId: string) => Promise<void>,
): Promise<CalibrationRecord> {
  const calibration = await ctx.store.getCalibration({ calibrationId });
  if (!calibration) throw notFoundError("calibration", calibrationId);
  await check(ctx, p, calibration.unitId);
  return calibration;
}

/** The calibration with the names of its members (for people reviewing it). */
async function withNames(store: KinerjaStore, c: CalibrationRecord): Promise<CalibrationRecord & { nama: Record<string, string> }> {
  const nips = Object.keys(c.evaluations);
  const employees = await Promise.all(nips.map((nip) => store.getEmployee({ nip })));
  const nama = Object.fromEntries(employees.flatMap((e) => (e ? [[e.nip, e.nama] as const] : [])));
  return { ...c, nama };
}

const NO_EVALUATIONS = {
  id: "Unit ini belum memiliki hasil evaluasi tahunan untuk tahun tersebut: tidak ada yang dapat dikalibrasi",
  en: "This unit has no annual evaluation for that year: there is nothing to calibrate",
} as const;

/** The routes of this module. */
export const calibrationRoutes: readonly RouteSpec[] = [getDistribution, getDistributionSvg, proposeUnitCalibration, listUnitCalibrations, getCalibration, decideCalibration];

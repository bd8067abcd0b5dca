/**
 * Units (unit kerja) and their predikat organisasi. Anyone signed in reads them; a unit admin of
 * the parent creates or changes a unit; a unit admin of an ancestor (or a policy admin) sets the
 * predikat.
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { forbidden, notFoundError } from "../http/errors.js";
import { compact, idem, upsertStatus, versionIf } from "../http/helpers.js";
import { defineRoute, type Principal, type AppContext, type RouteSpec } from "../http/route.js";
import { Page, StoredUnit, StoredUnitPredikat, Tahun, UnitId, pageOf } from "../http/schemas.js";

const UnitParams = z.strictObject({ unitId: UnitId });
const ListQuery = Page.extend({ parentId: UnitId.optional() });
const PutBody = z.strictObject({
  nama: z.string().min(1).max(300),
  parentId: UnitId.nullable().optional().meta({ description: "The parent unit; null or absent for the top of the hierarchy" }),
});
const PredikatParams = z.strictObject({ unitId: UnitId, tahun: Tahun });
const PredikatBody = z.strictObject({
  predikat: z.string().regex(/^[A-Z][A-Z_]{1,39}$/, "UPPER_SNAKE, e.g. BAIK").meta({ description: "Predikat kinerja organisasi, e.g. SANGAT_BAIK, BAIK" }),
});
const UnitPage = pageOf(StoredUnit);

/** `GET /units` [any authenticated]. */
export const listUnits: RouteSpec<unknown, z.infer<typeof ListQuery>, unknown, z.infer<typeof UnitPage>> = defineRoute({
  method: "GET",
  path: "/units",
  operationId: "listUnits",
  summary: "Units ordered by id, optionally the children of one unit",
  description: "Roles: any authenticated caller.",
  tags: ["units"],
  query: ListQuery,
  response: UnitPage,
  async handler(req, ctx) {
    const page = await ctx.store.listUnits(compact(req.query));
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** `GET /units/:unitId` [any authenticated]. */
export const getUnit: RouteSpec<z.infer<typeof UnitParams>, unknown, unknown, z.infer<typeof StoredUnit>> = defineRoute({
  method: "GET",
  path: "/units/:unitId",
  operationId: "getUnit",
  summary: "One unit",
  description: "Roles: any authenticated caller.",
  tags: ["units"],
  params: UnitParams,
  response: StoredUnit,
  async handler(req, ctx) {
    const unit = await ctx.store.getUnit({ unitId: req.params.unitId });
    if (!unit) throw notFoundError("unit", req.params.unitId);
    return { body: unit, etag: unit.rowVersion };
  },
});

/** `PUT /units/:unitId` [unit_admin of the parent] — creates (201) or updates (If-Match) a unit. */
export const putUnit: RouteSpec<z.infer<typeof UnitParams>, unknown, z.infer<typeof PutBody>, z.infer<typeof StoredUnit>> = defineRoute({
  method: "PUT",
  path: "/units/:unitId",
  operationId: "putUnit",
  summary: "Create a unit, or update it (If-Match)",
  description: "Roles: unit_admin of the parent unit (of the old and the new parent when moving). An update needs If-Match.",
  tags: ["units"],
  params: UnitParams,
  body: PutBody,
  response: StoredUnit,
  async handler(req, ctx) {
    const { unitId } = req.params;
    const parentId = req.body.parentId ?? null;
    const existing = await ctx.store.getUnit({ unitId });
    await canAdminParent(ctx, req.principal, parentId);
    if (existing) await canAdminParent(ctx, req.principal, existing.parentId);
    const unit = await ctx.store.putUnit({
      actor: req.principal.sub,
      unitId,
      nama: req.body.nama,
      parentId,
      ...versionIf(existing, req.ifMatch, req.idempotencyKey),
      ...idem(req.idempotencyKey),
    });
    return { status: upsertStatus(unit), body: unit, etag: unit.rowVersion };
  },
});

/** `PUT /units/:unitId/predikat/:tahun` [unit_admin of an ancestor, policy_admin]. */
export const putUnitPredikat: RouteSpec<z.infer<typeof PredikatParams>, unknown, z.infer<typeof PredikatBody>, z.infer<typeof StoredUnitPredikat>> = defineRoute({
  method: "PUT",
  path: "/units/:unitId/predikat/:tahun",
  operationId: "putUnitPredikat",
  summary: "Set a unit's predikat kinerja organisasi for a year",
  description: "Roles: unit_admin of an ancestor of the unit, or policy_admin. Changing an existing predikat needs If-Match.",
  tags: ["units"],
  params: PredikatParams,
  body: PredikatBody,
  response: StoredUnitPredikat,
  async handler(req, ctx) {
    const { unitId, tahun } = req.params;
    const unit = await ctx.store.getUnit({ unitId });
    if (!hasRole(req.principal, "policy_admin")) {
      if (!unit?.parentId) throw forbidden();
      await ctx.access.canAdminUnit(req.principal, unit.parentId);
    }
    if (!unit) throw notFoundError("unit", unitId);
    const existing = await ctx.store.getUnitPredikat({ unitId, tahun });
    const saved = await ctx.store.setUnitPredikat({
      actor: req.principal.sub,
      unitId,
      tahun,
      predikat: req.body.predikat,
      ...versionIf(existing, req.ifMatch, req.idempotencyKey),
      ...idem(req.idempotencyKey),
    });
    return { status: upsertStatus(saved), body: saved, etag: saved.rowVersion };
  },
});

/** The routes of this module. */
export const unitRoutes: readonly RouteSpec[] = [listUnits, getUnit, putUnit, putUnitPredikat] as readonly RouteSpec[];

async function canAdminParent(ctx: AppContext, p: Principal, parentId: string | null): Promise<void> {
  if (parentId === null) throw forbidden({ id: "Hanya unit di bawah unit lain yang dapat dikelola di sini", en: "Only units below another unit can be managed here" });
  await ctx.access.canAdminUnit(p, parentId);
}

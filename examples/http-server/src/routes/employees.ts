/**
 * Employees (pegawai): list (unit admin, auditor), read (self, supervisors, unit admin, auditor),
 * create or update (unit admin of the unit), and import many as JSON or CSV where one bad row
 * never stops the others.
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { forbidden, notFoundError } from "../http/errors.js";
import { compact, idem, upsertStatus, versionIf } from "../http/helpers.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { Nip, Page, StoredEmployee, UnitId, pageOf } from "../http/schemas.js";
import { EmployeeFields, ImportBody, ImportResult, employeeOptions, importEmployees } from "./employee-import.js";

const NipParams = z.strictObject({ nip: Nip });
const ListQuery = Page.extend({ unitId: UnitId.optional().meta({ description: "Default: the unit admin's own unit" }) });
const EmployeePage = pageOf(StoredEmployee);
const PutBody = EmployeeFields.omit({ nip: true });

/** `GET /employees?unitId=` [unit_admin of the unit or an ancestor, auditor]. */
export const listEmployees: RouteSpec<unknown, z.infer<typeof ListQuery>, unknown, z.infer<typeof EmployeePage>> = defineRoute({
  method: "GET",
  path: "/employees",
  operationId: "listEmployees",
  summary: "Employees of a unit ordered by NIP (auditors: of every unit when unitId is absent)",
  description: "Roles: unit_admin of the unit or an ancestor; auditor.",
  tags: ["employees"],
  query: ListQuery,
  response: EmployeePage,
  async handler(req, ctx) {
    const p = req.principal;
    const unitId = req.query.unitId ?? (hasRole(p, "auditor") ? undefined : (p.unitId ?? undefined));
    if (!hasRole(p, "auditor")) {
      if (unitId === undefined) throw forbidden();
      await ctx.access.canAdminUnit(p, unitId);
    }
    const page = await ctx.store.listEmployees(compact({ unitId, cursor: req.query.cursor, limit: req.query.limit }));
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** `GET /employees/:nip` [self, supervisors above, unit_admin, auditor]. */
export const getEmployee: RouteSpec<z.infer<typeof NipParams>, unknown, unknown, z.infer<typeof StoredEmployee>> = defineRoute({
  method: "GET",
  path: "/employees/:nip",
  operationId: "getEmployee",
  summary: "One employee",
  description: "Roles: the employee; a supervisor above them; unit_admin of their unit or an ancestor; auditor. Others get 403 whether the NIP exists or not.",
  tags: ["employees"],
  params: NipParams,
  response: StoredEmployee,
  async handler(req, ctx) {
    await ctx.access.canReadEmployee(req.principal, req.params.nip);
    const employee = await ctx.store.getEmployee({ nip: req.params.nip });
    if (!employee) throw notFoundError("employee", req.params.nip);
    return { body: employee, etag: employee.rowVersion };
  },
});

/** `PUT /employees/:nip` [unit_admin of the unit] — create (201) or update (If-Match). */
export const putEmployee: RouteSpec<z.infer<typeof NipParams>, unknown, z.infer<typeof PutBody>, z.infer<typeof StoredEmployee>> = defineRoute({
  method: "PUT",
  path: "/employees/:nip",
  operationId: "putEmployee",
  summary: "Create an employee, or update one (If-Match)",
  description: "Roles: unit_admin of the employee's unit or an ancestor (of both units when moving). An update needs If-Match.",
  tags: ["employees"],
  params: NipParams,
  body: PutBody,
  response: StoredEmployee,
  async handler(req, ctx) {
    const { nip } = req.params;
    await ctx.access.canAdminUnit(req.principal, req.body.unitId);
    const existing = await ctx.store.getEmployee({ nip });
    if (existing) await ctx.access.canAdminUnit(req.principal, existing.unitId);
    const saved = await ctx.store.putEmployee({
      actor: req.principal.sub,
      nip,
      ...employeeOptions(req.body),
      ...versionIf(existing, req.ifMatch, req.idempotencyKey),
      ...idem(req.idempotencyKey),
    });
    return { status: upsertStatus(saved), body: saved, etag: saved.rowVersion };
  },
});

/** `POST /employees/import` [unit_admin] — JSON `{ employees }` or `text/csv`. */
export const importEmployeesRoute: RouteSpec<unknown, unknown, z.infer<typeof ImportBody>, z.infer<typeof ImportResult>> = defineRoute({
  method: "POST",
  path: "/employees/import",
  operationId: "importEmployees",
  summary: "Create or update many employees; one bad row never stops the others",
  description:
    "Roles: unit_admin (each row's unit must be theirs or below). Body: JSON { employees: [...] } or text/csv with the header nip,nama,unitId,atasanNip,jabatan,jenjang,jenisAsn. `row` counts data rows from 1 (CSV: the line after the header is row 1). Existing employees are updated.",
  tags: ["employees"],
  body: ImportBody,
  contentTypes: ["application/json", "text/csv"],
  response: ImportResult,
  async handler(req, ctx) {
    if (!hasRole(req.principal, "unit_admin")) throw forbidden();
    return { body: await importEmployees(req.body, req.principal, ctx, req.idempotencyKey) };
  },
});

/** The routes of this module. */
export const employeeRoutes: readonly RouteSpec[] = [listEmployees, importEmployeesRoute, getEmployee, putEmployee] as readonly RouteSpec[];

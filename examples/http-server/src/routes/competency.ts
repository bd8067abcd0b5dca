/**
 * Competency development (pengembangan kompetensi): the employee's training records with their
 * jam pelajaran, and each year's total against the minimum for their kind of ASN.
 * @module
 */
import { checkJpMinimum, roundDecimal, type StoredCompetency as CompetencyRecord } from "@kinerja/core";
import * as z from "zod";
import { isSelf } from "../auth/access.js";
import { compact, idem } from "../http/helpers.js";
import { forbidden } from "../http/errors.js";
import { LocalizedText, Nip, StoredCompetency, Tahun } from "../http/schemas.js";
import { defineRoute, type AppContext, type Principal, type RouteSpec } from "../http/route.js";
import { CalendarDate } from "./activities.js";

const YearSummary = z.object({
  tahun: z.number().int(),
  jamPelajaran: z.number(),
  minimum: z.number(),
  kekurangan: z.number(),
  compliant: z.boolean(),
  message: LocalizedText,
});

const AddBody = z.strictObject({
  tanggal: CalendarDate.meta({ description: "When it took place (decides the year it counts for)" }),
  nama: z.string().min(1).max(500),
  jp: z.number().min(0).max(10_000).meta({ description: "Jam pelajaran credited" }),
  jenis: z.string().min(1).max(100).nullable().optional().meta({ description: "E.g. PELATIHAN, SEMINAR, COACHING" }),
});

/** `GET /employees/:nip/competency?tahun=` — anyone who may read the employee. */
export const listCompetency: RouteSpec = defineRoute({
  method: "GET",
  path: "/employees/:nip/competency",
  operationId: "listCompetency",
  summary: "Competency-development records of an employee with each year's JP against the minimum",
  description: "Roles: the employee, their supervisors, the unit admin, an auditor.",
  tags: ["competency"],
  params: z.strictObject({ nip: Nip }),
  query: z.strictObject({ tahun: Tahun.optional() }),
  response: z.object({ items: z.array(StoredCompetency), nextCursor: z.null(), perTahun: z.array(YearSummary) }),
  async handler(req, ctx) {
    await ctx.access.canReadEmployee(req.principal, req.params.nip);
    const [items, employee] = await Promise.all([ctx.store.listCompetency({ nip: req.params.nip, ...compact({ tahun: req.query.tahun }) }), ctx.store.getEmployee({ nip: req.params.nip })]);
    return { body: { items: [...items], nextCursor: null, perTahun: perYear(items, employee?.jenisAsn ?? "PNS") } };
  },
});

/** `POST /employees/:nip/competency` — the employee, or an admin of their unit. */
export const addCompetency: RouteSpec = defineRoute({
  method: "POST",
  path: "/employees/:nip/competency",
  operationId: "addCompetency",
  summary: "Add a competency-development record (training) of an employee",
  description: "Roles: the employee themselves, or a unit admin of the employee's unit (or a parent unit).",
  tags: ["competency"],
  params: z.strictObject({ nip: Nip }),
  body: AddBody,
  response: StoredCompetency,
  successStatus: 201,
  async handler(req, ctx) {
    await mayRecordCompetency(ctx, req.principal, req.params.nip);
    const saved = await ctx.store.addCompetency({
      actor: req.principal.sub,
      ...idem(req.idempotencyKey),
      nip: req.params.nip,
      tanggal: req.body.tanggal,
      nama: req.body.nama,
      jp: req.body.jp,
      ...compact({ jenis: req.body.jenis }),
    });
    return { body: saved, etag: saved.rowVersion };
  },
});

async function mayRecordCompetency(ctx: AppContext, p: Principal, nip: string): Promise<void> {
  if (isSelf(p, nip)) return;
  const employee = await ctx.store.getEmployee({ nip });
  if (!employee) throw forbidden();
  await ctx.access.canAdminUnit(p, employee.unitId);
}

function perYear(items: readonly CompetencyRecord[], jenisAsn: "PNS" | "PPPK"): z.output<typeof YearSummary>[] {
  const years = [...new Set(items.map((r) => Number(r.tanggal.slice(0, 4))))].sort((a, b) => a - b);
  return years.map((tahun) => {
    const jamPelajaran = roundDecimal(items.filter((r) => r.tanggal.startsWith(`${tahun}-`)).reduce((a, r) => a + r.jp, 0), 10, "HALF_EVEN");
    const check = checkJpMinimum({ jamPelajaran, jenisAsn });
    return { tahun, jamPelajaran, minimum: check.minimum, kekurangan: check.kekurangan, compliant: check.compliant, message: check.message };
  });
}

/** The routes of this module. */
export const competencyRoutes: readonly RouteSpec[] = [listCompetency, addCompetency];

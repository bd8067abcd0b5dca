/**
 * The employee import of `POST /employees/import`: rows from JSON or CSV, each validated, checked
 * against the caller's units and stored on its own, with a per-row result envelope.
 * @module
 */
import { parse } from "csv-parse/sync";
import * as z from "zod";
import { HttpError, fromZodError, toHttpError } from "../http/errors.js";
import { compact } from "../http/helpers.js";
import type { AppContext, Principal } from "../http/route.js";
import { ErrorBody, Nip, UnitId } from "../http/schemas.js";

/** The fields of an employee (a JSON row, a CSV line, or the body of `PUT /employees/:nip`). */
export const EmployeeFields = z.strictObject({
  nip: Nip,
  nama: z.string().min(1).max(300),
  unitId: UnitId,
  atasanNip: Nip.nullable().optional(),
  jabatan: z.string().min(1).max(300),
  jenjang: z.string().min(1).max(100).nullable().optional(),
  jenisAsn: z.enum(["PNS", "PPPK"]).optional(),
});

/** The store options of an employee's fields (absent optional fields left out). */
export function employeeOptions(fields: Omit<z.infer<typeof EmployeeFields>, "nip">): {
  nama: string;
  unitId: string;
  jabatan: string;
  atasanNip?: string | null;
  jenjang?: string | null;
  jenisAsn?: "PNS" | "PPPK";
} {
  const { nama, unitId, jabatan, atasanNip, jenjang, jenisAsn } = fields;
  return { nama, unitId, jabatan, ...compact({ atasanNip, jenjang, jenisAsn }) };
}

/** The import body: JSON `{ employees: [...] }` (rows checked one by one) or a CSV text. */
export const ImportBody = z.union([
  z.strictObject({
    employees: z
      .array(z.record(z.string(), z.unknown()))
      .min(1)
      .max(5000)
      .meta({ description: "Rows with nip, nama, unitId, atasanNip?, jabatan, jenjang?, jenisAsn? — each validated on its own" }),
  }),
  z.string().meta({ description: "text/csv with the header nip,nama,unitId,atasanNip,jabatan,jenjang,jenisAsn" }),
]);

/** The outcome of one row. */
const RowResult = z.object({ row: z.number().int(), nip: z.string().nullable(), ok: z.boolean(), created: z.boolean().optional(), error: ErrorBody.shape.error.optional() });

/** The import envelope. */
export const ImportResult = z
  .object({ results: z.array(RowResult), created: z.number().int(), updated: z.number().int(), failed: z.number().int() })
  .meta({ id: "EmployeeImportResult" });

type RowOutcome = z.infer<typeof RowResult>;

/** Stores every row it can; each row's failure is reported in its result. */
export async function importEmployees(body: z.infer<typeof ImportBody>, p: Principal, ctx: AppContext, idempotencyKey: string | undefined): Promise<z.infer<typeof ImportResult>> {
  const rows = typeof body === "string" ? csvRows(body) : body.employees;
  const results: RowOutcome[] = [];
  for (const [i, raw] of rows.entries()) results.push(await importRow(i + 1, raw, p, ctx, idempotencyKey));
  return {
    results,
    created: results.filter((r) => r.ok && r.created).length,
    updated: results.filter((r) => r.ok && !r.created).length,
    failed: results.filter((r) => !r.ok).length,
  };
}

async function importRow(row: number, raw: unknown, p: Principal, ctx: AppContext, key: string | undefined): Promise<RowOutcome> {
  const nip = typeof raw === "object" && raw !== null && typeof (raw as { nip?: unknown }).nip === "string" ? (raw as { nip: string }).nip : null;
  try {
    const parsed = EmployeeFields.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error, `employees`);
    const e = parsed.data;
    await ctx.access.canAdminUnit(p, e.unitId);
    const existing = await ctx.store.getEmployee({ nip: e.nip });
    if (existing) await ctx.access.canAdminUnit(p, existing.unitId);
    await ctx.store.putEmployee({
      actor: p.sub,
      nip: e.nip,
      ...employeeOptions(e),
      ...(existing ? { expectedRowVersion: existing.rowVersion } : {}),
      ...(key === undefined ? {} : { idempotencyKey: `${key}:${row}` }),
    });
    return { row, nip: e.nip, ok: true, created: !existing };
  } catch (error) {
    const http = toHttpError(error);
    if (http.status >= 500) throw error;
    return { row, nip, ok: false, error: withRow(http, row).toBody().error };
  }
}

function withRow(error: HttpError, row: number): HttpError {
  const issues = error.issues.map((i) => ({ ...i, path: i.path[0] === "employees" ? ["body", "employees", row - 1, ...i.path.slice(1)] : i.path }));
  return new HttpError(error.status, error.code, error.text, { issues });
}

/** CSV text → row objects (header line required; empty cells become absent or null). */
function csvRows(text: string): Record<string, unknown>[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, "INPUT_INVALID", { id: `CSV tidak dapat dibaca: ${message}`, en: `The CSV could not be read: ${message}` });
  }
  if (records.length === 0) throw new HttpError(400, "INPUT_INVALID", { id: "CSV tidak berisi baris data", en: "The CSV has no data rows" });
  return records.map(csvRecord);
}

function csvRecord(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(record)) {
    if (value === "") {
      if (column === "atasanNip" || column === "jenjang") out[column] = null;
      continue;
    }
    out[column] = value;
  }
  return out;
}

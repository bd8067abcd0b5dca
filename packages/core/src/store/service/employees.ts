/**
 * Employees: validated NIP / NI PPPK, unit and supervisor links without cycles, and the
 * supervisor's team view.
 * @module
 */
import * as z from "zod";
import { parseNip, parseNiPppk } from "../../domain/nip.js";
import { normalizeText } from "../../domain/nip-rules.js";
import { issue } from "../../errors.js";
import type { BackendTransaction } from "../backend.js";
import type { KinerjaStore, TeamMember } from "../contract.js";
import type { StoredEmployee, StoredPlan } from "../records.js";
import { constraint, notFound } from "../store-error.js";
import { fromRow } from "./codec.js";
import { decodeCursor, DEFAULT_LIMIT, toPage } from "./cursor.js";
import { bump, listPage, load, read, upsert } from "./ops.js";
import { invalidInput, Name, OptionalVersion, PageFields, parseInput, WriteFields, Year } from "./schemas.js";
import { unknownUnit } from "./units.js";
import { runWrite, type Services } from "./write.js";

const NipText = z.string().min(1).max(40);
const PutEmployee = z.strictObject({
  ...WriteFields,
  ...OptionalVersion,
  nip: NipText,
  nama: Name,
  jenisAsn: z.enum(["PNS", "PPPK"]).optional(),
  unitId: z.string().min(1).max(100),
  atasanNip: NipText.nullable().optional(),
  jabatan: Name,
  jenjang: Name.nullable().optional(),
});
const GetEmployee = z.strictObject({ nip: NipText });
const ListEmployees = z.strictObject({ ...PageFields, unitId: z.string().min(1).max(100).optional() });
const ListTeam = z.strictObject({ ...PageFields, atasanNip: NipText, tahun: Year, scope: z.enum(["direct", "all"]).optional() });

type EmployeeOps = Pick<KinerjaStore, "putEmployee" | "getEmployee" | "listEmployees" | "listTeam">;

/** The employee operations of a store. */
export function employeeOperations(services: Services): EmployeeOps {
  return {
    async putEmployee(options) {
      const { idempotencyKey, ...input } = parseInput(PutEmployee, options, "putEmployee");
      const jenisAsn = input.jenisAsn ?? "PNS";
      const nip = canonicalNip(input.nip, jenisAsn, services.now().slice(0, 10));
      const atasanNip = input.atasanNip == null ? null : normalizeNip(input.atasanNip);
      const normalized = { ...input, nip, jenisAsn, atasanNip, jenjang: input.jenjang ?? null };
      return runWrite(services, "putEmployee", { actor: input.actor, idempotencyKey }, normalized, async (scope) => {
        if (!(await scope.tx.get("unit", input.unitId))) throw unknownUnit(input.unitId, ["unitId"]);
        if (atasanNip !== null) await checkSupervisor(scope.tx, nip, atasanNip);
        return upsert(scope, "employee", nip, input.expectedRowVersion, (previous): StoredEmployee => ({
          nip,
          nama: input.nama,
          jenisAsn,
          unitId: input.unitId,
          atasanNip,
          jabatan: input.jabatan,
          jenjang: normalized.jenjang,
          ...bump(previous, scope.at),
        }));
      });
    },

    async getEmployee(options) {
      const input = parseInput(GetEmployee, options, "getEmployee");
      return (await read(services, (tx) => load(tx, "employee", normalizeNip(input.nip)))) ?? null;
    },

    async listEmployees(options = {}) {
      const input = parseInput(ListEmployees, options, "listEmployees");
      return listPage(services, {
        kind: "employee",
        list: "employees",
        operation: "listEmployees",
        where: input.unitId === undefined ? [] : [{ column: "unit_id", op: "=", value: input.unitId }],
        orderBy: [],
        cursor: input.cursor,
        limit: input.limit,
      });
    },

    async listTeam(options) {
      const input = parseInput(ListTeam, options, "listTeam");
      const atasanNip = normalizeNip(input.atasanNip);
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor("team", input.cursor, 1, "listTeam")?.[0];
      return read(services, async (tx) => {
        if (!(await tx.get("employee", atasanNip))) throw notFound("Employee", atasanNip, ["atasanNip"]);
        const members = await teamOf(tx, atasanNip, input.scope ?? "direct");
        const page = toPage("team", members.filter((m) => after === undefined || m.employee.nip > String(after)), limit, (m) => [m.employee.nip]);
        const plans = await plansOf(tx, page.items.map((m) => m.employee.nip), input.tahun);
        return { items: page.items.map((m) => ({ ...m, plan: plans.get(m.employee.nip) ?? null })), nextCursor: page.nextCursor };
      });
    },
  };
}

/** A NIP without separators (spaces, dots, dashes), as `parseNip` reads it. */
export function normalizeNip(text: string): string {
  return normalizeText(text, "NIP");
}

function canonicalNip(text: string, jenisAsn: "PNS" | "PPPK", today: string): string {
  const parsed = jenisAsn === "PNS" ? parseNip(text, { today }) : parseNiPppk(text, { today });
  if (parsed.valid) return parsed.canonical;
  throw invalidInput(
    "putEmployee",
    parsed.problems.map((p) => issue("INPUT_INVALID", ["nip"], p.message, { hint: p.hint })),
  );
}

/** The supervisor must exist, differ from the employee, and not report (transitively) to them. */
async function checkSupervisor(tx: BackendTransaction, nip: string, atasanNip: string): Promise<void> {
  const cycle = () => constraint({ id: `Atasan '${atasanNip}' membuat siklus atasan–bawahan`, en: `Supervisor '${atasanNip}' would make a supervision cycle` }, ["atasanNip"]);
  if (atasanNip === nip) throw cycle();
  const seen = new Set<string>();
  for (let current: string | null = atasanNip; current !== null && !seen.has(current); ) {
    seen.add(current);
    const employee: StoredEmployee | undefined = await load(tx, "employee", current);
    if (!employee) {
      if (current === atasanNip) throw constraint({ id: `Atasan '${atasanNip}' tidak terdaftar`, en: `Supervisor '${atasanNip}' is not registered` }, ["atasanNip"]);
      break;
    }
    if (employee.atasanNip === nip) throw cycle();
    current = employee.atasanNip;
  }
}

/** Everyone reporting to `atasanNip` (directly, or at any depth), ordered by NIP. */
async function teamOf(tx: BackendTransaction, atasanNip: string, scope: "direct" | "all"): Promise<Omit<TeamMember, "plan">[]> {
  const members: Omit<TeamMember, "plan">[] = [];
  const seen = new Set<string>([atasanNip]);
  let level = [atasanNip];
  for (let depth = 1; level.length > 0; depth++) {
    const rows = await tx.find("employee", { where: [{ column: "atasan_nip", op: "in", value: level }], orderBy: [] });
    const next: string[] = [];
    for (const employee of rows.map((row) => fromRow("employee", row))) {
      if (seen.has(employee.nip)) continue;
      seen.add(employee.nip);
      members.push({ employee, depth });
      next.push(employee.nip);
    }
    level = scope === "all" ? next : [];
  }
  return members.sort((a, b) => (a.employee.nip < b.employee.nip ? -1 : a.employee.nip > b.employee.nip ? 1 : 0));
}

async function plansOf(tx: BackendTransaction, nips: readonly string[], tahun: number): Promise<Map<string, StoredPlan>> {
  if (nips.length === 0) return new Map();
  const rows = await tx.find("plan", { where: [{ column: "nip", op: "in", value: nips }, { column: "tahun", op: "=", value: tahun }], orderBy: [] });
  return new Map(rows.map((row) => fromRow("plan", row)).map((p) => [p.nip, p]));
}

/**
 * Competency-development records (pengembangan kompetensi) of an employee, with their JP.
 * @module
 */
import * as z from "zod";
import type { Condition } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { StoredCompetency } from "../records.js";
import { bump, create, listAll, read } from "./ops.js";
import { normalizeNip } from "./employees.js";
import { employeeExists } from "./plan-records.js";
import { CalendarDateText, Id, Name, parseInput, WriteFields, Year } from "./schemas.js";
import { runWrite, type Services } from "./write.js";

const Nip = z.string().min(1).max(40);
const AddCompetency = z.strictObject({
  ...WriteFields,
  recordId: Id.optional(),
  nip: Nip,
  tanggal: CalendarDateText,
  nama: Name,
  jp: z.number().min(0).max(1000),
  jenis: Name.nullable().optional(),
});
const ListCompetency = z.strictObject({ nip: Nip, tahun: Year.optional() });

type CompetencyOps = Pick<KinerjaStore, "addCompetency" | "listCompetency">;

/** The competency operations of a store. */
export function competencyOperations(services: Services): CompetencyOps {
  return {
    async addCompetency(options) {
      const { idempotencyKey, ...input } = parseInput(AddCompetency, options, "addCompetency");
      const nip = normalizeNip(input.nip);
      return runWrite(services, "addCompetency", { actor: input.actor, idempotencyKey }, { ...input, nip }, async (scope) => {
        await employeeExists(scope.tx, nip, ["nip"]);
        const record: StoredCompetency = {
          recordId: input.recordId ?? services.newId(),
          nip,
          tanggal: input.tanggal,
          nama: input.nama,
          jp: input.jp,
          jenis: input.jenis ?? null,
          ...bump(undefined, scope.at),
        };
        return create(scope, "competency", record);
      });
    },

    async listCompetency(options) {
      const input = parseInput(ListCompetency, options, "listCompetency");
      const where: Condition[] = [{ column: "nip", op: "=", value: normalizeNip(input.nip) }];
      if (input.tahun !== undefined) {
        where.push({ column: "tanggal", op: ">=", value: `${input.tahun}-01-01` }, { column: "tanggal", op: "<=", value: `${input.tahun}-12-31` });
      }
      return read(services, (tx) => listAll(tx, "competency", where, ["tanggal"]));
    },
  };
}

/**
 * Organisation units (a hierarchy without cycles) and their predikat organisasi per year.
 * @module
 */
import * as z from "zod";
import type { BackendTransaction } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { StoredUnit } from "../records.js";
import { constraint } from "../store-error.js";
import { compositeKey } from "./codec.js";
import { bump, listPage, load, read, upsert } from "./ops.js";
import { Code, Id, Name, OptionalVersion, PageFields, parseInput, WriteFields, Year } from "./schemas.js";
import { runWrite, type Services } from "./write.js";

const PutUnit = z.strictObject({ ...WriteFields, ...OptionalVersion, unitId: Id, nama: Name, parentId: Id.nullable().optional() });
const GetUnit = z.strictObject({ unitId: Id });
const ListUnits = z.strictObject({ ...PageFields, parentId: Id.optional() });
const SetPredikat = z.strictObject({ ...WriteFields, ...OptionalVersion, unitId: Id, tahun: Year, predikat: Code });
const GetPredikat = z.strictObject({ unitId: Id, tahun: Year });

type UnitOps = Pick<KinerjaStore, "putUnit" | "getUnit" | "listUnits" | "setUnitPredikat" | "getUnitPredikat">;

/** The unit operations of a store. */
export function unitOperations(services: Services): UnitOps {
  return {
    async putUnit(options) {
      const { idempotencyKey, ...input } = parseInput(PutUnit, options, "putUnit");
      const parentId = input.parentId ?? null;
      return runWrite(services, "putUnit", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        if (parentId !== null) await checkParent(scope.tx, input.unitId, parentId);
        return upsert(scope, "unit", input.unitId, input.expectedRowVersion, (previous): StoredUnit => ({
          unitId: input.unitId,
          nama: input.nama,
          parentId,
          ...bump(previous, scope.at),
        }));
      });
    },

    async getUnit(options) {
      const input = parseInput(GetUnit, options, "getUnit");
      return (await read(services, (tx) => load(tx, "unit", input.unitId))) ?? null;
    },

    async listUnits(options = {}) {
      const input = parseInput(ListUnits, options, "listUnits");
      return listPage(services, {
        kind: "unit",
        list: "units",
        operation: "listUnits",
        where: input.parentId === undefined ? [] : [{ column: "parent_id", op: "=", value: input.parentId }],
        orderBy: [],
        cursor: input.cursor,
        limit: input.limit,
      });
    },

    async setUnitPredikat(options) {
      const { idempotencyKey, ...input } = parseInput(SetPredikat, options, "setUnitPredikat");
      return runWrite(services, "setUnitPredikat", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        if (!(await scope.tx.get("unit", input.unitId))) throw unknownUnit(input.unitId, ["unitId"]);
        return upsert(scope, "unitPredikat", compositeKey(input.unitId, input.tahun), input.expectedRowVersion, (previous) => ({
          unitId: input.unitId,
          tahun: input.tahun,
          predikat: input.predikat,
          ...bump(previous, scope.at),
        }));
      });
    },

    async getUnitPredikat(options) {
      const input = parseInput(GetPredikat, options, "getUnitPredikat");
      return (await read(services, (tx) => load(tx, "unitPredikat", compositeKey(input.unitId, input.tahun)))) ?? null;
    },
  };
}

/** A `constraint` error: the unit does not exist. */
export function unknownUnit(unitId: string, path: readonly (string | number)[]): ReturnType<typeof constraint> {
  return constraint({ id: `Unit '${unitId}' tidak ada`, en: `Unit '${unitId}' does not exist` }, path);
}

/** The parent must exist and must not be the unit itself or one of its descendants. */
async function checkParent(tx: BackendTransaction, unitId: string, parentId: string): Promise<void> {
  const seen = new Set<string>();
  for (let current: string | null = parentId; current !== null; ) {
    if (current === unitId) {
      throw constraint({ id: `Induk '${parentId}' membuat siklus dalam hierarki unit`, en: `Parent '${parentId}' would make a cycle in the unit hierarchy` }, ["parentId"]);
    }
    if (seen.has(current)) break;
    seen.add(current);
    const unit: StoredUnit | undefined = await load(tx, "unit", current);
    if (!unit) {
      if (current === parentId) throw unknownUnit(parentId, ["parentId"]);
      break;
    }
    current = unit.parentId;
  }
}

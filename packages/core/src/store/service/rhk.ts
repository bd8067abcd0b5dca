/**
 * The RHK of a plan: ids (generated when absent, unique within the plan), weights (all or none,
 * summing to 100) and the cascade from the supervisor's plan of the same year.
 * @module
 */
import { issue, type Issue } from "../../errors.js";
import { decAdd } from "../../internal/decimal.js";
import type { BackendTransaction } from "../backend.js";
import * as z from "zod";
import type { StoredEmployee, StoredIndikator, StoredRhk } from "../records.js";
import { constraint } from "../store-error.js";
import { fromRow } from "./codec.js";
import { Finite, Id, invalidInput, LongText, Name } from "./schemas.js";

/** A validated indicator of a plan (see `PlanIndikatorInput`). */
export interface IndikatorFields {
  readonly indikatorId?: string | undefined;
  readonly uraian: string;
  readonly target: number;
  readonly satuan: string;
  readonly polaritas?: "NAIK" | "TURUN" | "RENTANG" | undefined;
  readonly bobot?: number | null | undefined;
  readonly targetMaks?: number | null | undefined;
  readonly aspek?: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA" | null | undefined;
}

/** A validated RHK of a plan (see `PlanRhkInput`). */
export interface RhkFields {
  readonly rhkId?: string | undefined;
  readonly uraian: string;
  readonly parentRhkId?: string | null | undefined;
  readonly jenis?: "UTAMA" | "TAMBAHAN" | undefined;
  readonly indikator: readonly IndikatorFields[];
}

const IndikatorSchema = z.strictObject({
  indikatorId: Id.optional(),
  uraian: LongText,
  target: Finite,
  satuan: Name,
  polaritas: z.enum(["NAIK", "TURUN", "RENTANG"]).optional(),
  bobot: z.number().min(0).max(100).nullable().optional(),
  targetMaks: Finite.nullable().optional(),
  aspek: z.enum(["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"]).nullable().optional(),
});

const RhkSchema = z.strictObject({
  rhkId: Id.optional(),
  uraian: LongText,
  parentRhkId: Id.nullable().optional(),
  jenis: z.enum(["UTAMA", "TAMBAHAN"]).optional(),
  indikator: z.array(IndikatorSchema).min(1).max(100),
});

/** The RHK list of a plan: 1–100 RHK of 1–100 indicators each. */
export const RhkListSchema: z.ZodType<readonly RhkFields[]> = z.array(RhkSchema).min(1).max(100);

/** The stored RHK of validated input: ids filled in, defaults applied; `INPUT_INVALID` on duplicate ids or bad weights. */
export function normalizeRhk(input: readonly RhkFields[], newId: () => string, operation: string): StoredRhk[] {
  const rhk = input.map(
    (r): StoredRhk => ({
      rhkId: r.rhkId ?? newId(),
      uraian: r.uraian,
      parentRhkId: r.parentRhkId ?? null,
      jenis: r.jenis ?? "UTAMA",
      indikator: r.indikator.map(
        (k): StoredIndikator => ({
          indikatorId: k.indikatorId ?? newId(),
          uraian: k.uraian,
          target: k.target,
          satuan: k.satuan,
          polaritas: k.polaritas ?? "NAIK",
          bobot: k.bobot ?? null,
          ...(k.targetMaks === undefined || k.targetMaks === null ? {} : { targetMaks: k.targetMaks }),
          ...(k.aspek === undefined || k.aspek === null ? {} : { aspek: k.aspek }),
        }),
      ),
    }),
  );
  const issues = [...duplicateIds(rhk), ...weightProblems(rhk), ...rangeProblems(rhk)];
  if (issues.length > 0) throw invalidInput(operation, issues);
  return rhk;
}

/** `targetMaks` only on a `RENTANG` indicator, and not below its `target`. */
function rangeProblems(rhk: readonly StoredRhk[]): Issue[] {
  return rhk.flatMap((r, i) =>
    r.indikator.flatMap((k, j) => {
      if (k.targetMaks === undefined) return [];
      const path = ["rhk", i, "indikator", j, "targetMaks"];
      if (k.polaritas !== "RENTANG") {
        return [issue("INPUT_INVALID", path, { id: "targetMaks hanya untuk indikator berpolaritas RENTANG", en: "targetMaks is only for an indicator with polaritas RENTANG" })];
      }
      if (k.targetMaks < k.target) {
        return [issue("INPUT_INVALID", path, { id: `targetMaks ${k.targetMaks} lebih kecil dari target ${k.target}`, en: `targetMaks ${k.targetMaks} is below target ${k.target}` })];
      }
      return [];
    }),
  );
}

/** Every `parentRhkId` must name an RHK of the supervisor's plan of the same year. */
export async function checkCascade(tx: BackendTransaction, employee: StoredEmployee, tahun: number, rhk: readonly StoredRhk[]): Promise<void> {
  const cascaded = rhk.map((r, i) => ({ parent: r.parentRhkId, i })).filter((c): c is { parent: string; i: number } => c.parent !== null);
  if (cascaded.length === 0) return;
  const parents = await supervisorRhk(tx, employee.atasanNip, tahun);
  for (const { parent, i } of cascaded) {
    if (parents.has(parent)) continue;
    throw constraint(
      {
        id: `RHK atasan '${parent}' tidak ada dalam rencana kinerja ${tahun} atasan${employee.atasanNip ? ` (${employee.atasanNip})` : ""}`,
        en: `Supervisor RHK '${parent}' is not in the ${tahun} work plan of the supervisor${employee.atasanNip ? ` (${employee.atasanNip})` : ""}`,
      },
      ["rhk", i, "parentRhkId"],
    );
  }
}

async function supervisorRhk(tx: BackendTransaction, atasanNip: string | null, tahun: number): Promise<Set<string>> {
  if (atasanNip === null) return new Set();
  const rows = await tx.find("plan", { where: [{ column: "nip", op: "=", value: atasanNip }, { column: "tahun", op: "=", value: tahun }], orderBy: [], limit: 1 });
  const plan = rows[0] ? fromRow("plan", rows[0]) : undefined;
  return new Set(plan?.rhk.map((r) => r.rhkId) ?? []);
}

function duplicateIds(rhk: readonly StoredRhk[]): Issue[] {
  const issues: Issue[] = [];
  const rhkIds = new Set<string>();
  const indikatorIds = new Set<string>();
  rhk.forEach((r, i) => {
    if (rhkIds.has(r.rhkId)) issues.push(issue("INPUT_INVALID", ["rhk", i, "rhkId"], { id: `rhkId '${r.rhkId}' ganda dalam rencana`, en: `Duplicate rhkId '${r.rhkId}' in the plan` }));
    rhkIds.add(r.rhkId);
    r.indikator.forEach((k, j) => {
      if (indikatorIds.has(k.indikatorId)) {
        issues.push(issue("INPUT_INVALID", ["rhk", i, "indikator", j, "indikatorId"], { id: `indikatorId '${k.indikatorId}' ganda dalam rencana`, en: `Duplicate indikatorId '${k.indikatorId}' in the plan` }));
      }
      indikatorIds.add(k.indikatorId);
    });
  });
  return issues;
}

function weightProblems(rhk: readonly StoredRhk[]): Issue[] {
  const all = rhk.flatMap((r, i) => r.indikator.map((k, j) => ({ bobot: k.bobot, path: ["rhk", i, "indikator", j, "bobot"] as const })));
  const weighted = all.filter((w) => w.bobot !== null);
  if (weighted.length === 0) return [];
  if (weighted.length < all.length) {
    return all
      .filter((w) => w.bobot === null)
      .map((w) => issue("INPUT_INVALID", w.path, { id: "Bobot wajib diisi bila indikator lain berbobot", en: "A weight is required when other indicators have one" }));
  }
  const total = weighted.reduce((sum, w) => decAdd(sum, w.bobot as number), 0);
  if (total === 100) return [];
  return [issue("WEIGHT_SUM", ["rhk"], { id: `Jumlah bobot indikator ${total}, harus 100`, en: `Indicator weights sum to ${total}; they must sum to 100` })];
}

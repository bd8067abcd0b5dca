/**
 * Inputs for units, employees and plans, and {@link seedOrg}, which writes a small organisation
 * (a unit, a supervisor, an employee and their plans for a year) through a store.
 * @module
 */
import type { KinerjaStore, PlanRhkInput, StoredEmployee, StoredPlan, StoredUnit } from "@kinerja/core";
import { randomNip } from "./nip.js";
import { pick, randomId } from "./random.js";

/** The input of `putUnit` without `actor` / `idempotencyKey`. */
export type UnitInput = Omit<Parameters<KinerjaStore["putUnit"]>[0], "actor" | "idempotencyKey">;
/** The input of `putEmployee` without `actor` / `idempotencyKey`. */
export type EmployeeInput = Omit<Parameters<KinerjaStore["putEmployee"]>[0], "actor" | "idempotencyKey">;
/** The input of `createPlan` without `actor` / `idempotencyKey`. */
export type PlanInput = Omit<Parameters<KinerjaStore["createPlan"]>[0], "actor" | "idempotencyKey">;

const GIVEN = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Made", "Wayan", "Yohanes", "Fitri", "Teuku"];
const FAMILY = ["Rahayu", "Santoso", "Lestari", "Hidayat", "Nasution", "Sinaga", "Wibowo", "Purba", "Saragih"];

/** A random Indonesian-looking name. */
export function randomName(): string {
  return `${pick(GIVEN)} ${pick(FAMILY)}`;
}

/** A unit with a random id (`overrides` win). */
export function unitInput(overrides: Partial<UnitInput> = {}): UnitInput {
  return { unitId: randomId("unit"), nama: "Bidang Perencanaan dan Evaluasi", ...overrides };
}

/** A PNS employee of `unitId` with a random valid NIP (`overrides` win). */
export function employeeInput(overrides: Partial<EmployeeInput> & { readonly unitId: string }): EmployeeInput {
  return { nip: randomNip(), nama: randomName(), jabatan: "Analis Kebijakan", jenjang: "AHLI_MUDA", atasanNip: null, ...overrides };
}

/** Options of {@link rhkInput}. */
export interface RhkInputOptions {
  /** How many RHK; default 2. */
  readonly count?: number;
  /** Indicators per RHK; default 2. */
  readonly indicators?: number;
  /** Give every indicator a weight (summing to 100); default false (no weights). */
  readonly weighted?: boolean;
  /** The supervisor's RHK each RHK cascades from; default none. */
  readonly parentRhkId?: string | null;
}

/**
 * RHK with explicit random `rhkId` / `indikatorId`, each indicator with a numeric target. With
 * `weighted`, the weights are whole numbers summing to exactly 100.
 */
export function rhkInput(options: RhkInputOptions = {}): PlanRhkInput[] {
  const count = options.count ?? 2;
  const per = options.indicators ?? 2;
  const total = count * per;
  const weights = Array.from({ length: total }, (_, i) => Math.floor(100 / total) + (i < 100 % total ? 1 : 0));
  return Array.from({ length: count }, (_, r) => ({
    rhkId: randomId("rhk"),
    uraian: `Terwujudnya layanan perencanaan yang akuntabel (${r + 1})`,
    parentRhkId: options.parentRhkId ?? null,
    jenis: "UTAMA" as const,
    indikator: Array.from({ length: per }, (_, k) => ({
      indikatorId: randomId("iki"),
      uraian: `Persentase dokumen perencanaan tepat waktu (${r + 1}.${k + 1})`,
      target: 90 + k,
      satuan: "persen",
      polaritas: "NAIK" as const,
      ...(options.weighted ? { bobot: weights[r * per + k] ?? 0 } : {}),
    })),
  }));
}

/** Options of {@link seedOrg}. */
export interface SeedOrgOptions {
  /** The plans' year; default 2024. */
  readonly tahun?: number;
  /** Who writes; default `"conformance"`. */
  readonly actor?: string;
  /** Move both plans to AGREED; default false. */
  readonly agree?: boolean;
  /** How many employees report to the supervisor; default 1. */
  readonly employees?: number;
}

/** What {@link seedOrg} wrote. */
export interface SeededOrg {
  readonly unit: StoredUnit;
  readonly supervisor: StoredEmployee;
  readonly supervisorPlan: StoredPlan;
  /** The first employee and their plan. */
  readonly employee: StoredEmployee;
  readonly plan: StoredPlan;
  /** Every employee reporting to the supervisor, with their plans (same order). */
  readonly employees: readonly StoredEmployee[];
  readonly plans: readonly StoredPlan[];
}

/**
 * Writes a small organisation through `store`: a unit, a supervisor (no atasan) with a plan, and
 * `employees` reports whose plans cascade from the supervisor's first RHK; optionally agreed.
 *
 * @example
 * ```ts
 * const { plan, employee } = await seedOrg(store, { tahun: 2024, agree: true });
 * ```
 */
export async function seedOrg(store: KinerjaStore, options: SeedOrgOptions = {}): Promise<SeededOrg> {
  const tahun = options.tahun ?? 2024;
  const actor = options.actor ?? "conformance";
  const count = options.employees ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError("seedOrg: employees must be an integer of at least 1");
  const unit = await store.putUnit({ actor, ...unitInput() });
  const supervisor = await store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, jabatan: "Kepala Bidang", jenjang: null }) });
  let supervisorPlan = await store.createPlan({ actor, nip: supervisor.nip, tahun, rhk: rhkInput({ count: 1 }) });
  const parentRhkId = supervisorPlan.rhk[0]?.rhkId ?? null;
  const employees: StoredEmployee[] = [];
  const plans: StoredPlan[] = [];
  for (let i = 0; i < count; i++) {
    const employee = await store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, atasanNip: supervisor.nip }) });
    let plan = await store.createPlan({ actor, nip: employee.nip, tahun, rhk: rhkInput({ parentRhkId }) });
    if (options.agree) plan = await store.transitionPlan({ actor, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "AGREED" });
    employees.push(employee);
    plans.push(plan);
  }
  if (options.agree) supervisorPlan = await store.transitionPlan({ actor, planId: supervisorPlan.planId, expectedRowVersion: supervisorPlan.rowVersion, to: "AGREED" });
  return { unit, supervisor, supervisorPlan, employee: employees[0] as StoredEmployee, plan: plans[0] as StoredPlan, employees, plans };
}

/**
 * Data for bulk-write and load tests: {@link seedAgreedPlans} writes many agreed plans quickly
 * (writes in parallel), {@link evaluationsFor} builds the evaluations of every period of them.
 * @module
 */
import type { EvaluationInput, KinerjaStore, StoredPlan } from "@kinerja/core";
import { evaluationInput } from "./evaluation.js";
import { randomNip } from "./nip.js";
import { rhkInput } from "./org.js";

/** Options of {@link seedAgreedPlans}. */
export interface SeedAgreedPlansOptions {
  /** How many employees to write, each with one plan a year. */
  readonly employees: number;
  /** The years of the plans. */
  readonly years: readonly number[];
  /** How many writes run at a time; default 8. */
  readonly parallel?: number;
}

/**
 * The 17 periods of a year: the year, its quarters and its months.
 *
 * @example
 * ```ts
 * periodsOf(2024).slice(0, 3); // ["2024", "2024-Q1", "2024-Q2"]
 * ```
 */
export function periodsOf(tahun: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${tahun}-${String(i + 1).padStart(2, "0")}`);
  return [String(tahun), ...[1, 2, 3, 4].map((q) => `${tahun}-Q${q}`), ...months];
}

/**
 * Writes a unit, `employees` employees and, for each year of `years`, an AGREED plan of each
 * (actor `"fault-test"`); returns the plans, employee by employee and year by year.
 *
 * @example
 * ```ts
 * const plans = await seedAgreedPlans(store, { employees: 1_000, years: [2024, 2025] });
 * await store.saveEvaluations({ actor: "batch", evaluations: evaluationsFor(plans, 20_000) });
 * ```
 */
export async function seedAgreedPlans(store: KinerjaStore, options: SeedAgreedPlansOptions): Promise<StoredPlan[]> {
  const unitId = `unit-${Math.random().toString(36).slice(2, 10)}`;
  await store.putUnit({ actor: ACTOR, unitId, nama: "Bidang Uji Beban" });
  const nips = await inParallel(Array.from({ length: options.employees }, (_, i) => i), options.parallel ?? 8, async (i) => {
    const employee = await store.putEmployee({ actor: ACTOR, nip: randomNip(), nama: `Pegawai ${i}`, unitId, jabatan: "Analis", jenjang: null, atasanNip: null });
    return employee.nip;
  });
  const pairs = nips.flatMap((nip) => options.years.map((tahun) => ({ nip, tahun })));
  return inParallel(pairs, options.parallel ?? 8, async ({ nip, tahun }) => {
    const plan = await store.createPlan({ actor: ACTOR, nip, tahun, rhk: rhkInput({ count: 1, indicators: 1 }) });
    return store.transitionPlan({ actor: ACTOR, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "AGREED" });
  });
}

/**
 * One evaluation (without trace) per plan and period of its year, in plan order, up to `count`;
 * throws a `RangeError` when the plans have fewer periods than `count`.
 *
 * @example
 * ```ts
 * evaluationsFor(plans, 34).length; // 34 — the 17 periods of the first two plans
 * ```
 */
export function evaluationsFor(plans: readonly StoredPlan[], count: number): EvaluationInput[] {
  const items: EvaluationInput[] = [];
  for (const plan of plans) {
    for (const periode of periodsOf(plan.tahun)) {
      if (items.length === count) return items;
      items.push(evaluationInput({ planId: plan.planId, periode, trace: false, evaluatedAt: "2026-01-15T08:00:00.000Z" }));
    }
  }
  if (items.length < count) throw new RangeError(`only ${items.length} plan periods for ${count} evaluations`);
  return items;
}

/**
 * Maps `items` through `work`, at most `limit` at a time, keeping the order.
 *
 * @example
 * ```ts
 * const employees = await inParallel(nips, 8, (nip) => store.getEmployee({ nip }));
 * ```
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const ACTOR = "fault-test";

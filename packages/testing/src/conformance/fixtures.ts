/**
 * Shared steps of the suite's tests: seeded organisations, evaluations, audit trails and the
 * audit keys of entities with composite keys.
 * @internal
 * @module
 */
import type { AuditEntry, EntityKind, StoredEmployee, StoredEvaluation, StoredPlan, StoredUnit } from "@kinerja/core";
import { evaluationInput, type EvaluationInputOptions } from "../builders/evaluation.js";
import { employeeInput, seedOrg, unitInput, type EmployeeInput, type SeededOrg, type SeedOrgOptions, type UnitInput } from "../builders/org.js";
import { collectPages } from "./assertions.js";
import type { SuiteContext } from "./context.js";

/** A seeded organisation written by the suite's actor. */
export function org(ctx: SuiteContext, options: SeedOrgOptions = {}): Promise<SeededOrg> {
  return seedOrg(ctx.store, { actor: ctx.actor, ...options });
}

/** A seeded organisation whose plans are AGREED. */
export function agreedOrg(ctx: SuiteContext, options: SeedOrgOptions = {}): Promise<SeededOrg> {
  return org(ctx, { ...options, agree: true });
}

/** A new unit. */
export function newUnit(ctx: SuiteContext, overrides: Partial<UnitInput> = {}): Promise<StoredUnit> {
  return ctx.store.putUnit({ actor: ctx.actor, ...unitInput(overrides) });
}

/** A new employee of `unitId`. */
export function newEmployee(ctx: SuiteContext, unitId: string, overrides: Partial<EmployeeInput> = {}): Promise<StoredEmployee> {
  return ctx.store.putEmployee({ actor: ctx.actor, ...employeeInput({ unitId, ...overrides }) });
}

/** The `putEmployee` fields of a stored employee (to update it). */
export function employeeFields(e: StoredEmployee): EmployeeInput {
  return { nip: e.nip, nama: e.nama, jenisAsn: e.jenisAsn, unitId: e.unitId, atasanNip: e.atasanNip, jabatan: e.jabatan, jenjang: e.jenjang };
}

/** Stores an evaluation of `plan` for `periode` (default the plan's year). */
export function evaluate(ctx: SuiteContext, plan: StoredPlan, options: Omit<EvaluationInputOptions, "planId"> = {}): Promise<StoredEvaluation> {
  return ctx.store.saveEvaluation({ actor: ctx.actor, evaluation: evaluationInput({ planId: plan.planId, tahun: plan.tahun, ...options }) });
}

/** Moves a plan to `to` from its current version. */
export function transition(ctx: SuiteContext, plan: StoredPlan, to: StoredPlan["status"]): Promise<StoredPlan> {
  return ctx.store.transitionPlan({ actor: ctx.actor, planId: plan.planId, expectedRowVersion: plan.rowVersion, to });
}

/** Every indicator id of a plan, in order. */
export function indikatorIds(plan: StoredPlan): string[] {
  return plan.rhk.flatMap((r) => r.indikator.map((k) => k.indikatorId));
}

/** The first indicator id of a plan. */
export function firstIndikator(plan: StoredPlan): string {
  const id = indikatorIds(plan)[0];
  if (id === undefined) throw new Error("plan without indicators");
  return id;
}

/** The whole audit trail of one entity, oldest first. */
export function trail(ctx: SuiteContext, entity: EntityKind, entityKey: string): Promise<AuditEntry[]> {
  return collectPages((cursor) => ctx.store.listAudit({ entity, entityKey, limit: 50, ...(cursor === undefined ? {} : { cursor }) }));
}

/**
 * Audit keys of the entities keyed by several fields, as records.ts documents them
 * (`AuditEntry.entityKey`: "e.g. the plan id, the NIP, `unitId:tahun`"): the parts joined by `:`.
 */
export const compositeAuditKey = {
  unitPredikat: (unitId: string, tahun: number): string => `${unitId}:${tahun}`,
  policy: (policyId: string, policyVersion: string): string => `${policyId}:${policyVersion}`,
  realisation: (planId: string, indikatorId: string, periode: string): string => `${planId}:${indikatorId}:${periode}`,
  behaviour: (planId: string, periode: string): string => `${planId}:${periode}`,
} as const;

/** `n` settled promises split into fulfilled values and rejection reasons. */
export async function settle<T>(promises: readonly Promise<T>[]): Promise<{ ok: T[]; failed: unknown[] }> {
  const results = await Promise.allSettled(promises);
  const ok: T[] = [];
  const failed: unknown[] = [];
  for (const r of results) {
    if (r.status === "fulfilled") ok.push(r.value);
    else failed.push(r.reason);
  }
  return { ok, failed };
}

/** The `reason` of each rejection (`"?"` for anything but a StoreError). */
export function reasons(failed: readonly unknown[]): string[] {
  return failed.map((e) => ((e as { name?: string }).name === "StoreError" ? String((e as { reason?: string }).reason) : `? ${String(e)}`));
}

/** Items sorted by a text key in code-unit order (the order of NIPs and ids in the suite). */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

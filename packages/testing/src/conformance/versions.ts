/**
 * Optimistic versions: records start at 1 and go up by one per update; every upserting write
 * creates without `expectedRowVersion` (conflict if it exists) and updates with it (not_found if
 * missing, conflict if stale).
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { employeeInput } from "../builders/org.js";
import { policyDocument } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition, type SuiteContext } from "./context.js";
import { agreedOrg, firstIndikator, newUnit } from "./fixtures.js";

/** One upserting write: create it, update it with a version. */
interface Upsert {
  readonly name: string;
  prepare(ctx: SuiteContext): Promise<(expectedRowVersion?: number, variant?: number) => Promise<{ rowVersion: number }>>;
  /** The same write on a record that does not exist. */
  missing(ctx: SuiteContext): Promise<(expectedRowVersion: number) => Promise<unknown>>;
}

const v = (n: number | undefined) => (n === undefined ? {} : { expectedRowVersion: n });

const UPSERTS: readonly Upsert[] = [
  {
    name: "putUnit",
    async prepare(ctx) {
      const unitId = randomId("unit");
      return (n, i = 0) => ctx.store.putUnit({ actor: ctx.actor, unitId, nama: `Unit ${i}`, ...v(n) });
    },
    async missing(ctx) {
      return (n) => ctx.store.putUnit({ actor: ctx.actor, unitId: randomId("unit"), nama: "x", expectedRowVersion: n });
    },
  },
  {
    name: "setUnitPredikat",
    async prepare(ctx) {
      const unit = await newUnit(ctx);
      return (n, i = 0) => ctx.store.setUnitPredikat({ actor: ctx.actor, unitId: unit.unitId, tahun: 2024, predikat: i % 2 ? "BAIK" : "SANGAT_BAIK", ...v(n) });
    },
    async missing(ctx) {
      const unit = await newUnit(ctx);
      return (n) => ctx.store.setUnitPredikat({ actor: ctx.actor, unitId: unit.unitId, tahun: 2030, predikat: "BAIK", expectedRowVersion: n });
    },
  },
  {
    name: "putEmployee",
    async prepare(ctx) {
      const unit = await newUnit(ctx);
      const e = employeeInput({ unitId: unit.unitId });
      return (n, i = 0) => ctx.store.putEmployee({ actor: ctx.actor, ...e, jabatan: `Jabatan ${i}`, ...v(n) });
    },
    async missing(ctx) {
      const unit = await newUnit(ctx);
      return (n) => ctx.store.putEmployee({ actor: ctx.actor, ...employeeInput({ unitId: unit.unitId }), expectedRowVersion: n });
    },
  },
  {
    name: "recordRealisation",
    async prepare(ctx) {
      const { plan } = await agreedOrg(ctx);
      return (n, i = 0) => ctx.store.recordRealisation({ actor: ctx.actor, planId: plan.planId, indikatorId: firstIndikator(plan), periode: "2024-Q1", nilai: i, ...v(n) });
    },
    async missing(ctx) {
      const { plan } = await agreedOrg(ctx);
      return (n) => ctx.store.recordRealisation({ actor: ctx.actor, planId: plan.planId, indikatorId: firstIndikator(plan), periode: "2024-Q2", nilai: 1, expectedRowVersion: n });
    },
  },
  {
    name: "putBehaviour",
    async prepare(ctx) {
      const { plan, supervisor } = await agreedOrg(ctx);
      return (n, i = 0) =>
        ctx.store.putBehaviour({ actor: ctx.actor, planId: plan.planId, periode: "2024", penilaiNip: supervisor.nip, ratings: { HARMONIS: i % 2 ? "SESUAI_EKSPEKTASI" : "DI_ATAS_EKSPEKTASI" }, ...v(n) });
    },
    async missing(ctx) {
      const { plan, supervisor } = await agreedOrg(ctx);
      return (n) => ctx.store.putBehaviour({ actor: ctx.actor, planId: plan.planId, periode: "2024-Q1", penilaiNip: supervisor.nip, ratings: { LOYAL: "SESUAI_EKSPEKTASI" }, expectedRowVersion: n });
    },
  },
  {
    name: "savePolicyDraft",
    async prepare(ctx) {
      const id = randomId("kebijakan");
      return (n, i = 0) => ctx.store.savePolicyDraft({ actor: ctx.actor, document: { ...policyDocument({ id }), title: { id: `Versi ${i}`, en: `Take ${i}` } }, ...v(n) });
    },
    async missing(ctx) {
      return (n) => ctx.store.savePolicyDraft({ actor: ctx.actor, document: policyDocument(), expectedRowVersion: n });
    },
  },
];

/** Optimistic versions of every upserting write. */
export const versions: AreaDefinition = defineArea("optimistic versions", (area) => {
  for (const write of UPSERTS) {
    area.test(`${write.name}: starts at 1, +1 per update; create-when-exists and stale versions conflict; updating a missing record is not_found`, async (ctx) => {
      const put = await write.prepare(ctx);
      const created = await put(undefined, 0);
      assert.equal(created.rowVersion, 1);
      const conflict = await expectStoreError(put(undefined, 1), { reason: "conflict" });
      assert.equal(conflict.code, "STORE_CONFLICT");
      assert.equal(conflict.isRetryable, false);
      assert.equal((await put(1, 2)).rowVersion, 2);
      assert.equal((await put(2, 3)).rowVersion, 3);
      await expectStoreError(put(2, 4), { reason: "conflict" });
      await expectStoreError(put(4, 4), { reason: "conflict" });
      await expectStoreError((await write.missing(ctx))(1), { reason: "not_found" });
    });
  }

  area.test("updatePlan and transitionPlan: a stale version is a conflict (not retryable) and changes nothing", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const stale = await expectStoreError(store.transitionPlan({ actor, planId: plan.planId, expectedRowVersion: 1, to: "DRAFT" }), { reason: "conflict" });
    assert.deepEqual([stale.code, stale.isRetryable], ["STORE_CONFLICT", false]);
    const reopened = await store.transitionPlan({ actor, planId: plan.planId, expectedRowVersion: 2, to: "DRAFT" });
    assert.equal(reopened.rowVersion, 3);
    await expectStoreError(store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 2, rhk: reopened.rhk }), { reason: "conflict" });
    assert.deepEqual(await store.getPlan({ planId: plan.planId }), reopened);
  });
});

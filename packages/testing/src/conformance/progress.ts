/**
 * What is recorded against an AGREED plan during the year: realisations (upserted per plan,
 * indicator and period) and daily activities.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, evaluate, firstIndikator, indikatorIds, org, transition } from "./fixtures.js";

/** Realisations and activities. */
export const progress: AreaDefinition = defineArea("realisations and activities", (area) => {
  area.test("recordRealisation creates the record of an indicator and period, then updates it by version", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { plan } = await agreedOrg(ctx);
    const indikatorId = firstIndikator(plan);
    const at = clock.set("2024-04-01T00:00:00.000Z");
    const created = await store.recordRealisation({ actor, planId: plan.planId, indikatorId, periode: "2024-Q1", nilai: 87.5 });
    assert.deepEqual(created, { planId: plan.planId, indikatorId, periode: "2024-Q1", nilai: 87.5, catatan: null, rowVersion: 1, createdAt: at, updatedAt: at });
    await expectStoreError(store.recordRealisation({ actor, planId: plan.planId, indikatorId, periode: "2024-Q1", nilai: 90 }), { reason: "conflict" });
    const updated = await store.recordRealisation({ actor, planId: plan.planId, indikatorId, periode: "2024-Q1", nilai: 90, catatan: "Revisi data", expectedRowVersion: 1 });
    assert.deepEqual([updated.nilai, updated.catatan, updated.rowVersion, updated.createdAt], [90, "Revisi data", 2, at]);
    await expectStoreError(store.recordRealisation({ actor, planId: plan.planId, indikatorId, periode: "2024-Q2", nilai: 1, expectedRowVersion: 1 }), { reason: "not_found" });
    assert.deepEqual(await store.listRealisations({ planId: plan.planId }), [updated]);
  });

  area.test("realisations need an existing, AGREED plan", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await org(ctx);
    const write = (planId: string) => store.recordRealisation({ actor, planId, indikatorId: firstIndikator(plan), periode: "2024", nilai: 1 });
    await expectStoreError(write(randomId("plan")), { reason: "not_found" });
    await expectStoreError(write(plan.planId), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    await evaluate(ctx, agreed);
    await transition(ctx, agreed, "EVALUATED");
    await expectStoreError(write(plan.planId), { reason: "conflict" });
    assert.deepEqual(await store.listRealisations({ planId: plan.planId }), []);
  });

  area.test("the indicator must be in the plan and the period in the plan's year", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisorPlan } = await agreedOrg(ctx);
    const base = { actor, planId: plan.planId, indikatorId: firstIndikator(plan), nilai: 1 };
    await expectStoreError(store.recordRealisation({ ...base, indikatorId: firstIndikator(supervisorPlan), periode: "2024" }), { reason: "constraint", path: ["indikatorId"] });
    for (const periode of ["2023", "2025-Q1", "2023-12"]) {
      await expectStoreError(store.recordRealisation({ ...base, periode }), { reason: "constraint", path: ["periode"] });
    }
    for (const periode of ["2024-Q5", "2024-13", "2024-00", "24", "2024-Q1 "]) {
      await expectInputInvalid(store.recordRealisation({ ...base, periode }), [["periode"]]);
    }
    assert.deepEqual(await store.listRealisations({ planId: plan.planId }), []);
  });

  area.test("listRealisations orders by period then indicator, optionally of one period", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const indicators = indikatorIds(plan);
    for (const periode of ["2024-Q2", "2024", "2024-03", "2024-Q1"]) {
      for (const indikatorId of [...indicators].reverse()) await store.recordRealisation({ actor, planId: plan.planId, indikatorId, periode, nilai: 10 });
    }
    const listed = await store.listRealisations({ planId: plan.planId });
    const expected = ["2024", "2024-03", "2024-Q1", "2024-Q2"].flatMap((p) => [...indicators].sort().map((i) => [p, i]));
    assert.deepEqual(listed.map((r) => [r.periode, r.indikatorId]), expected);
    const q1 = await store.listRealisations({ planId: plan.planId, periode: "2024-Q1" });
    assert.deepEqual(q1.map((r) => [r.periode, r.indikatorId]), [...indicators].sort().map((i) => ["2024-Q1", i]));
  });

  area.test("addActivity stores an activity of the plan's employee; it needs an AGREED plan", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { plan, employee } = await org(ctx);
    const input = { planId: plan.planId, tanggal: "2024-03-15", uraian: "Menyusun laporan kinerja triwulan I", jumlah: 1, satuan: "laporan", buktiUrl: "https://drive.example.go.id/berkas/123" };
    await expectStoreError(store.addActivity({ actor, ...input, planId: randomId("plan") }), { reason: "not_found" });
    await expectStoreError(store.addActivity({ actor, ...input }), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    const at = clock.set("2024-03-15T09:00:00.000Z");
    const activityId = randomId("act");
    const rhkId = plan.rhk[1]?.rhkId as string;
    const activity = await store.addActivity({ actor, ...input, activityId, rhkId });
    assert.deepEqual(activity, { activityId, ...input, nip: employee.nip, rhkId, rowVersion: 1, createdAt: at, updatedAt: at });
    const bare = await store.addActivity({ actor, planId: plan.planId, tanggal: "2024-03-16", uraian: "Rapat koordinasi" });
    assert.deepEqual([bare.rhkId, bare.jumlah, bare.satuan, bare.buktiUrl], [null, null, null, null]);
    await expectStoreError(store.addActivity({ actor, ...input, activityId }), { reason: "conflict" });
    await evaluate(ctx, agreed);
    await transition(ctx, agreed, "EVALUATED");
    await expectStoreError(store.addActivity({ actor, ...input }), { reason: "conflict" });
  });

  area.test("an activity's RHK must be in the plan and its date in the plan's year", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisorPlan } = await agreedOrg(ctx);
    const base = { actor, planId: plan.planId, uraian: "Kegiatan", tanggal: "2024-06-01" };
    await expectStoreError(store.addActivity({ ...base, rhkId: supervisorPlan.rhk[0]?.rhkId as string }), { reason: "constraint", path: ["rhkId"] });
    await expectStoreError(store.addActivity({ ...base, tanggal: "2023-12-31" }), { reason: "constraint", path: ["tanggal"] });
    await expectStoreError(store.addActivity({ ...base, tanggal: "2025-01-01" }), { reason: "constraint", path: ["tanggal"] });
    for (const tanggal of ["2024-02-30", "2024-2-1", "01-06-2024", "2024-06-01T00:00:00Z"]) await expectInputInvalid(store.addActivity({ ...base, tanggal }), [["tanggal"]]);
    await expectInputInvalid(store.addActivity({ ...base, buktiUrl: "ftp://example.org/a" }), [["buktiUrl"]]);
    await expectInputInvalid(store.addActivity({ ...base, jumlah: -1 }), [["jumlah"]]);
    await expectInputInvalid(store.addActivity({ ...base, jumlah: Number.NaN }), [["jumlah"]]);
    assert.deepEqual((await store.listActivities({ planId: plan.planId })).items, []);
  });

  area.test("listActivities orders by date and filters an inclusive date range", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const dates = ["2024-05-02", "2024-01-31", "2024-12-31", "2024-02-01", "2024-05-02", "2024-01-01"];
    const added = [];
    for (const tanggal of dates) added.push(await store.addActivity({ actor, planId: plan.planId, tanggal, uraian: `Kegiatan ${tanggal}` }));
    const all = (await store.listActivities({ planId: plan.planId })).items;
    assert.deepEqual(all.map((a) => a.tanggal), [...dates].sort());
    assert.deepEqual(new Set(all.map((a) => a.activityId)), new Set(added.map((a) => a.activityId)));
    const range = (await store.listActivities({ planId: plan.planId, from: "2024-01-31", to: "2024-05-02" })).items;
    assert.deepEqual(range.map((a) => a.tanggal), ["2024-01-31", "2024-02-01", "2024-05-02", "2024-05-02"]);
    assert.deepEqual((await store.listActivities({ planId: plan.planId, from: "2024-06-01" })).items.map((a) => a.tanggal), ["2024-12-31"]);
    assert.deepEqual((await store.listActivities({ planId: plan.planId, to: "2024-01-01" })).items.map((a) => a.tanggal), ["2024-01-01"]);
  });
});

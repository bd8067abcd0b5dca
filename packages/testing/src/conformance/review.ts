/**
 * Feedback (on AGREED or EVALUATED plans), behaviour assessments (one per plan and period) and
 * competency-development records of employees.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { randomNip } from "../builders/nip.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, evaluate, newEmployee, newUnit, org, transition } from "./fixtures.js";

/** Feedback, behaviour and competency. */
export const review: AreaDefinition = defineArea("feedback, behaviour and competency", (area) => {
  area.test("addFeedback needs an AGREED or EVALUATED plan; jenis defaults to ARAHAN", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { plan, supervisor } = await org(ctx);
    const input = { planId: plan.planId, periode: "2024-Q1", tanggal: "2024-03-20", pemberiNip: supervisor.nip, teks: "Percepat penyusunan laporan." };
    await expectStoreError(store.addFeedback({ actor, ...input, planId: randomId("plan") }), { reason: "not_found" });
    await expectStoreError(store.addFeedback({ actor, ...input }), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    const at = clock.set("2024-03-20T10:00:00.000Z");
    const feedbackId = randomId("fb");
    const given = await store.addFeedback({ actor, ...input, feedbackId });
    assert.deepEqual(given, { feedbackId, ...input, rhkId: null, jenis: "ARAHAN", rowVersion: 1, createdAt: at, updatedAt: at });
    await evaluate(ctx, agreed);
    await transition(ctx, agreed, "EVALUATED");
    const late = await store.addFeedback({ actor, ...input, tanggal: "2024-12-30", periode: "2024", jenis: "APRESIASI", rhkId: plan.rhk[0]?.rhkId as string });
    assert.deepEqual([late.jenis, late.rhkId], ["APRESIASI", plan.rhk[0]?.rhkId]);
  });

  area.test("feedback: the giver must be an employee, the RHK in the plan, period and date in its year", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisor, supervisorPlan } = await agreedOrg(ctx);
    const base = { actor, planId: plan.planId, periode: "2024-Q2", tanggal: "2024-05-05", pemberiNip: supervisor.nip, teks: "Bagus" };
    await expectStoreError(store.addFeedback({ ...base, pemberiNip: randomNip() }), { reason: "constraint", path: ["pemberiNip"] });
    await expectStoreError(store.addFeedback({ ...base, rhkId: supervisorPlan.rhk[0]?.rhkId as string }), { reason: "constraint", path: ["rhkId"] });
    await expectStoreError(store.addFeedback({ ...base, periode: "2023-Q2" }), { reason: "constraint", path: ["periode"] });
    await expectStoreError(store.addFeedback({ ...base, tanggal: "2025-01-02" }), { reason: "constraint", path: ["tanggal"] });
    await expectInputInvalid(store.addFeedback({ ...base, jenis: "PUJIAN" as never }), [["jenis"]]);
    await expectInputInvalid(store.addFeedback({ ...base, teks: "" }), [["teks"]]);
    assert.deepEqual(await store.listFeedback({ planId: plan.planId }), []);
  });

  area.test("listFeedback orders by date, optionally of one period", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisor } = await agreedOrg(ctx);
    const entries = [
      ["2024-Q2", "2024-05-10"],
      ["2024-Q1", "2024-02-01"],
      ["2024-Q2", "2024-04-01"],
      ["2024-Q1", "2024-03-31"],
    ] as const;
    for (const [periode, tanggal] of entries) await store.addFeedback({ actor, planId: plan.planId, periode, tanggal, pemberiNip: supervisor.nip, teks: `Catatan ${tanggal}` });
    assert.deepEqual((await store.listFeedback({ planId: plan.planId })).map((f) => f.tanggal), ["2024-02-01", "2024-03-31", "2024-04-01", "2024-05-10"]);
    assert.deepEqual((await store.listFeedback({ planId: plan.planId, periode: "2024-Q2" })).map((f) => f.tanggal), ["2024-04-01", "2024-05-10"]);
  });

  area.test("putBehaviour stores one assessment per plan and period, updated by version", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { plan, supervisor } = await org(ctx);
    const input = { planId: plan.planId, periode: "2024-Q1", penilaiNip: supervisor.nip, ratings: { AKUNTABEL: "DI_ATAS_EKSPEKTASI", KOLABORATIF: "SESUAI_EKSPEKTASI" } as const };
    await expectStoreError(store.putBehaviour({ actor, ...input, planId: randomId("plan") }), { reason: "not_found" });
    await expectStoreError(store.putBehaviour({ actor, ...input }), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    const at = clock.set("2024-04-02T00:00:00.000Z");
    const saved = await store.putBehaviour({ actor, ...input });
    assert.deepEqual({ ...saved, assessmentId: "" }, { assessmentId: "", ...input, catatan: null, rowVersion: 1, createdAt: at, updatedAt: at });
    assert.ok(typeof saved.assessmentId === "string" && saved.assessmentId.length > 0);
    await expectStoreError(store.putBehaviour({ actor, ...input }), { reason: "conflict" });
    const updated = await store.putBehaviour({ actor, ...input, ratings: { ADAPTIF: "DI_BAWAH_EKSPEKTASI" }, catatan: "Perlu pendampingan", expectedRowVersion: 1 });
    assert.deepEqual([updated.ratings, updated.catatan, updated.rowVersion, updated.assessmentId], [{ ADAPTIF: "DI_BAWAH_EKSPEKTASI" }, "Perlu pendampingan", 2, saved.assessmentId]);
    await expectStoreError(store.putBehaviour({ actor, ...input, periode: "2024-Q2", expectedRowVersion: 1 }), { reason: "not_found" });
    await store.putBehaviour({ actor, ...input, periode: "2024" });
    assert.deepEqual((await store.listBehaviour({ planId: plan.planId })).map((b) => [b.periode, b.rowVersion]), [["2024", 1], ["2024-Q1", 2]]);
    await evaluate(ctx, agreed);
    await transition(ctx, agreed, "EVALUATED");
    await expectStoreError(store.putBehaviour({ actor, ...input, periode: "2024-Q3" }), { reason: "conflict" });
  });

  area.test("behaviour: ratings are BerAKHLAK values rated with an expectation; the assessor must be an employee", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisor } = await agreedOrg(ctx);
    const base = { actor, planId: plan.planId, periode: "2024", penilaiNip: supervisor.nip };
    await expectInputInvalid(store.putBehaviour({ ...base, ratings: {} }), [["ratings"]]);
    await expectInputInvalid(store.putBehaviour({ ...base, ratings: { AKUNTABEL: "BAGUS" } as never }), [["ratings"]]);
    await expectInputInvalid(store.putBehaviour({ ...base, ratings: { JUJUR: "SESUAI_EKSPEKTASI" } as never }), [["ratings"]]);
    await expectStoreError(store.putBehaviour({ ...base, ratings: { LOYAL: "SESUAI_EKSPEKTASI" }, penilaiNip: randomNip() }), { reason: "constraint", path: ["penilaiNip"] });
    await expectStoreError(store.putBehaviour({ ...base, ratings: { LOYAL: "SESUAI_EKSPEKTASI" }, periode: "2025" }), { reason: "constraint", path: ["periode"] });
    assert.deepEqual(await store.listBehaviour({ planId: plan.planId }), []);
  });

  area.test("addCompetency needs an existing employee and JP in 0–1000; listCompetency filters a year, ordered by date", async (ctx) => {
    const { store, actor, clock } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const at = clock.set("2024-07-01T00:00:00.000Z");
    const recordId = randomId("kom");
    const record = await store.addCompetency({ actor, recordId, nip: employee.nip, tanggal: "2024-06-30", nama: "Pelatihan Analis Kebijakan", jp: 32 });
    assert.deepEqual(record, { recordId, nip: employee.nip, tanggal: "2024-06-30", nama: "Pelatihan Analis Kebijakan", jp: 32, jenis: null, rowVersion: 1, createdAt: at, updatedAt: at });
    await expectStoreError(store.addCompetency({ actor, recordId, nip: employee.nip, tanggal: "2024-06-30", nama: "x", jp: 1 }), { reason: "conflict" });
    await expectStoreError(store.addCompetency({ actor, nip: randomNip(), tanggal: "2024-06-30", nama: "x", jp: 1 }), { reason: "constraint", path: ["nip"] });
    for (const jp of [-1, 1000.5, 1001]) await expectInputInvalid(store.addCompetency({ actor, nip: employee.nip, tanggal: "2024-06-30", nama: "x", jp }), [["jp"]]);
    for (const [tanggal, jp] of [["2024-01-02", 0], ["2023-12-31", 8], ["2024-12-31", 1000], ["2025-01-01", 2]] as const) {
      await store.addCompetency({ actor, nip: employee.nip, tanggal, nama: `Diklat ${tanggal}`, jp, jenis: "PELATIHAN" });
    }
    assert.deepEqual((await store.listCompetency({ nip: employee.nip, tahun: 2024 })).map((c) => [c.tanggal, c.jp]), [["2024-01-02", 0], ["2024-06-30", 32], ["2024-12-31", 1000]]);
    assert.deepEqual((await store.listCompetency({ nip: employee.nip })).map((c) => c.tanggal), ["2023-12-31", "2024-01-02", "2024-06-30", "2024-12-31", "2025-01-01"]);
  });
});

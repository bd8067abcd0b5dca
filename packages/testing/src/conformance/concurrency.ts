/**
 * Concurrent writers: one winner among updates from the same version, all of many independent
 * creates, one winner among creates of the same record, one write per idempotency key; and, for
 * stores with parallel writers, overlapping bulk writes and hot rows.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { StoredPlan } from "@kinerja/core";
import { evaluationInput } from "../builders/evaluation.js";
import { employeeInput, rhkInput, unitInput } from "../builders/org.js";
import { randomId } from "../builders/random.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, indikatorIds, newEmployee, newUnit, reasons, settle, trail } from "./fixtures.js";

/** Concurrent writes. */
export const concurrency: AreaDefinition = defineArea("concurrency", (area) => {
  area.test("20 concurrent updates from the same version: exactly one succeeds, 19 conflict", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const { ok, failed } = await settle(Array.from({ length: 20 }, (_, i) => store.putUnit({ actor, unitId: unit.unitId, nama: `Nama ${i}`, expectedRowVersion: 1 })));
    assert.equal(ok.length, 1);
    assert.deepEqual(reasons(failed), Array(19).fill("conflict"));
    const winner = ok[0];
    assert.deepEqual(await store.getUnit({ unitId: unit.unitId }), winner);
    assert.equal(winner?.rowVersion, 2);
    assert.deepEqual((await trail(ctx, "unit", unit.unitId)).map((e) => e.action), ["CREATE", "UPDATE"]);
  });

  area.test("50 concurrent creates of different entities all succeed", async (ctx) => {
    const { store, actor } = ctx;
    const parent = await newUnit(ctx);
    const home = await newUnit(ctx);
    const { plan } = await agreedOrg(ctx);
    const units = Array.from({ length: 20 }, () => unitInput({ parentId: parent.unitId }));
    const employees = Array.from({ length: 15 }, () => employeeInput({ unitId: home.unitId }));
    const dates = Array.from({ length: 15 }, (_, i) => `2024-03-${String(i + 1).padStart(2, "0")}`);
    const { ok, failed } = await settle<unknown>([
      ...units.map((u) => store.putUnit({ actor, ...u })),
      ...employees.map((e) => store.putEmployee({ actor, ...e })),
      ...dates.map((tanggal) => store.addActivity({ actor, planId: plan.planId, tanggal, uraian: `Kegiatan ${tanggal}` })),
    ]);
    assert.deepEqual(reasons(failed), []);
    assert.equal(ok.length, 50);
    assert.equal((await store.listUnits({ parentId: parent.unitId })).items.length, 20);
    assert.deepEqual((await store.listEmployees({ unitId: home.unitId })).items.map((e) => e.nip), employees.map((e) => e.nip).sort());
    assert.deepEqual((await store.listActivities({ planId: plan.planId })).items.map((a) => a.tanggal), dates);
  });

  area.test("concurrent creates of the same record: exactly one succeeds, the others conflict", async (ctx) => {
    const { store, actor } = ctx;
    const unitId = randomId("unit");
    const units = await settle(Array.from({ length: 10 }, (_, i) => store.putUnit({ actor, unitId, nama: `Unit ${i}` })));
    assert.equal(units.ok.length, 1);
    assert.deepEqual(reasons(units.failed), Array(9).fill("conflict"));
    const home = await newUnit(ctx);
    const employee = await newEmployee(ctx, home.unitId);
    const plans = await settle(Array.from({ length: 10 }, () => store.createPlan({ actor, planId: randomId("plan"), nip: employee.nip, tahun: 2024, rhk: rhkInput() })));
    assert.equal(plans.ok.length, 1);
    assert.deepEqual(reasons(plans.failed), Array(9).fill("conflict"));
    assert.deepEqual(await store.findPlan({ nip: employee.nip, tahun: 2024 }), plans.ok[0]);
    const predikat = await settle(Array.from({ length: 10 }, () => store.setUnitPredikat({ actor, unitId: home.unitId, tahun: 2024, predikat: "BAIK" })));
    assert.equal(predikat.ok.length, 1);
    assert.deepEqual(reasons(predikat.failed), Array(9).fill("conflict"));
  });

  area.test("concurrent transitions from the same version: one wins", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const { ok, failed } = await settle(Array.from({ length: 10 }, () => store.transitionPlan({ actor, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "DRAFT" })));
    assert.equal(ok.length, 1);
    assert.deepEqual(reasons(failed), Array(9).fill("conflict"));
    assert.deepEqual((await trail(ctx, "plan", plan.planId)).map((e) => e.action), ["CREATE", "TRANSITION", "TRANSITION"]);
  });

  area.test("concurrent idempotent calls with one key: one write, the same result for all", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const idempotencyKey = randomId("key");
    const evaluation = evaluationInput({ planId: plan.planId, periode: "2024-Q1" });
    const results = await Promise.all(Array.from({ length: 10 }, () => store.saveEvaluation({ actor, idempotencyKey, evaluation })));
    for (const r of results) assert.deepEqual(r, results[0]);
    const saved = results[0];
    assert.ok(saved);
    assert.deepEqual((await trail(ctx, "evaluation", saved.evaluationId)).map((e) => [e.action, e.idempotencyKey]), [["CREATE", idempotencyKey]]);
    assert.deepEqual((await store.employeeHistory({ nip: plan.nip, periode: "SEMUA" })).map((e) => e.evaluationId), [saved.evaluationId]);
  });

  area.testWith("parallelWriters", "overlapping bulk writes in opposite orders: one commits whole, the others fail whole", async (ctx) => {
    const { store, actor } = ctx;
    const { plans } = await agreedOrg(ctx, { employees: 4 });
    const items = plans.flatMap((p) => ["2024-Q1", "2024-Q2", "2024-Q3"].map((periode) => ({ planId: p.planId, periode })));
    const batches = [items, [...items].reverse(), [...items.slice(6), ...items.slice(0, 6)]].map((list) => list.map((i) => evaluationInput({ ...i, trace: false })));
    const { ok, failed } = await settle(batches.map((evaluations) => store.saveEvaluations({ actor, evaluations })));
    assert.equal(ok.length, 1, `expected one batch to commit, got ${ok.length}: ${reasons(failed).join(", ")}`);
    assert.deepEqual(reasons(failed), ["constraint", "constraint"]);
    const stored = (await Promise.all(plans.map((p: StoredPlan) => store.employeeHistory({ nip: p.nip, periode: "SEMUA" })))).flat();
    assert.deepEqual(stored.map((e) => e.evaluationId).sort(), [...(ok[0]?.evaluationIds ?? [])].sort());
  });

  area.testWith("parallelWriters", "hot rows under 60 concurrent writers: every write succeeds or conflicts, and versions add up", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const ids = indikatorIds(plan);
    const unit = await newUnit(ctx);
    const writes = Array.from({ length: 60 }, (_, i) => {
      if (i % 3 === 0) return store.putUnit({ actor, unitId: unit.unitId, nama: `Unit ${i}`, expectedRowVersion: 1 + Math.floor(i / 30) });
      if (i % 3 === 1) return store.recordRealisation({ actor, planId: plan.planId, indikatorId: ids[i % ids.length] as string, periode: `2024-${String((i % 12) + 1).padStart(2, "0")}`, nilai: i });
      return store.addActivity({ actor, planId: plan.planId, rhkId: plan.rhk[0]?.rhkId as string, tanggal: "2024-07-01", uraian: `Kegiatan ${i}`, jumlah: i });
    });
    const { ok, failed } = await settle<unknown>(writes);
    assert.ok(reasons(failed).every((r) => r === "conflict"), `unexpected failures: ${reasons(failed).join(", ")}`);
    const unitWins = ok.filter((r) => (r as { unitId?: string }).unitId === unit.unitId).length;
    assert.equal((await store.getUnit({ unitId: unit.unitId }))?.rowVersion, 1 + unitWins);
    assert.equal((await trail(ctx, "unit", unit.unitId)).length, 1 + unitWins);
    const realisations = await store.listRealisations({ planId: plan.planId });
    const activities = (await store.listActivities({ planId: plan.planId, limit: 1000 })).items;
    assert.equal(realisations.length + activities.length + unitWins, ok.length);
    assert.equal(activities.length, 20);
  });
});

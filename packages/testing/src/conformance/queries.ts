/**
 * The evaluation queries: a unit's cohort for a year and period (calibration), and an
 * employee's history across years (multi-year rules); traces only when asked for.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { formatNip, type StoredEvaluation, type StoredPlan } from "@kinerja/core";
import { rhkInput } from "../builders/org.js";
import { collectPages } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, evaluate, newEmployee, newUnit, sortedBy, transition } from "./fixtures.js";

const noTrace = (e: StoredEvaluation): StoredEvaluation => ({ ...e, trace: null });

/** listCohort and employeeHistory. */
export const queries: AreaDefinition = defineArea("cohorts and history", (area) => {
  area.test("listCohort: the unit's evaluations of a year and period, ordered by NIP, without trace unless asked", async (ctx) => {
    const { store } = ctx;
    const seeded = await agreedOrg(ctx, { employees: 4, tahun: 2024 });
    const annual: StoredEvaluation[] = [];
    for (const plan of seeded.plans) annual.push(await evaluate(ctx, plan, { periode: "2024" }));
    const q2 = [await evaluate(ctx, seeded.plans[0] as StoredPlan, { periode: "2024-Q2" }), await evaluate(ctx, seeded.plans[2] as StoredPlan, { periode: "2024-Q2" })];
    const other = await agreedOrg(ctx, { tahun: 2024 });
    await evaluate(ctx, other.plan, { periode: "2024" });
    const unitId = seeded.unit.unitId;
    const byNip = sortedBy(annual, (e) => e.nip);
    assert.deepEqual(await store.listCohort({ unitId, tahun: 2024 }), { items: byNip.map(noTrace), nextCursor: null });
    assert.deepEqual(await store.listCohort({ unitId, tahun: 2024, periode: "2024", withTrace: true }), { items: byNip, nextCursor: null });
    for (const e of byNip) assert.notEqual(e.trace, null);
    assert.deepEqual((await store.listCohort({ unitId, tahun: 2024, periode: "2024-Q2" })).items, sortedBy(q2, (e) => e.nip).map(noTrace));
    assert.deepEqual((await store.listCohort({ unitId, tahun: 2023 })).items, []);
    const walked = await collectPages((cursor) => store.listCohort({ unitId, tahun: 2024, withTrace: true, limit: 3, ...(cursor ? { cursor } : {}) }), { limit: 3 });
    assert.deepEqual(walked, byNip);
  });

  area.test("listCohort groups by the employee's unit when the evaluation was stored", async (ctx) => {
    const { store, actor } = ctx;
    const seeded = await agreedOrg(ctx, { employees: 2 });
    const [first, second] = seeded.employees;
    const moved = await newUnit(ctx);
    assert.ok(first && second);
    await store.putEmployee({
      actor,
      nip: second.nip,
      nama: second.nama,
      unitId: moved.unitId,
      atasanNip: second.atasanNip,
      jabatan: second.jabatan,
      expectedRowVersion: second.rowVersion,
    });
    const [a, b] = [await evaluate(ctx, seeded.plans[0] as StoredPlan), await evaluate(ctx, seeded.plans[1] as StoredPlan)];
    assert.deepEqual((await store.listCohort({ unitId: seeded.unit.unitId, tahun: 2024 })).items.map((e) => e.evaluationId), [a.evaluationId]);
    assert.deepEqual((await store.listCohort({ unitId: moved.unitId, tahun: 2024 })).items.map((e) => e.evaluationId), [b.evaluationId]);
  });

  area.test("employeeHistory: annual evaluations by default, every period with SEMUA, ordered by year then period", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const saved: StoredEvaluation[] = [];
    for (const tahun of [2024, 2022, 2023]) {
      const plan = await transition(ctx, await store.createPlan({ actor, nip: employee.nip, tahun, rhk: rhkInput() }), "AGREED");
      for (const periode of [`${tahun}-Q3`, `${tahun}`, `${tahun}-02`]) saved.push(await evaluate(ctx, plan, { periode }));
    }
    const order = (e: StoredEvaluation) => `${e.tahun}|${e.periode}`;
    const all = sortedBy(saved, order);
    const annual = all.filter((e) => e.periode === String(e.tahun));
    assert.deepEqual(await store.employeeHistory({ nip: employee.nip }), annual.map(noTrace));
    assert.deepEqual(await store.employeeHistory({ nip: employee.nip, periode: "TAHUNAN" }), annual.map(noTrace));
    assert.deepEqual(await store.employeeHistory({ nip: formatNip(employee.nip), periode: "SEMUA" }), all.map(noTrace));
    assert.deepEqual(await store.employeeHistory({ nip: employee.nip, periode: "SEMUA", withTrace: true }), all);
    assert.deepEqual(annual.map((e) => e.tahun), [2022, 2023, 2024]);
  });
});

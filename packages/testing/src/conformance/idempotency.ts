/**
 * Idempotency keys: a repeat returns the first result exactly and writes nothing; another input
 * under the same key is a conflict; keys are scoped per operation; a failed write does not use up
 * its key; concurrent calls with one key write once.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { evaluationInput } from "../builders/evaluation.js";
import { employeeInput, rhkInput, unitInput } from "../builders/org.js";
import { randomId } from "../builders/random.js";
import { expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, newEmployee, newUnit, org, settle, trail } from "./fixtures.js";

/** Idempotent writes. */
export const idempotency: AreaDefinition = defineArea("idempotency", (area) => {
  area.test("a repeat returns the first result exactly (same version, timestamps) and adds no audit entry", async (ctx) => {
    const { store, actor, clock } = ctx;
    const idempotencyKey = randomId("key");
    const input = unitInput();
    clock.set("2025-01-01T00:00:00.000Z");
    const first = await store.putUnit({ actor, idempotencyKey, ...input });
    clock.set("2025-01-02T00:00:00.000Z");
    const again = await store.putUnit({ actor, idempotencyKey, ...input });
    assert.deepEqual(again, first);
    const entries = await trail(ctx, "unit", input.unitId);
    assert.deepEqual(entries.map((e) => [e.action, e.idempotencyKey]), [["CREATE", idempotencyKey]]);
    const update = { actor, idempotencyKey: randomId("key"), unitId: input.unitId, nama: "Nama baru", expectedRowVersion: 1 };
    const updated = await store.putUnit(update);
    assert.deepEqual(await store.putUnit(update), updated);
    assert.equal((await store.getUnit({ unitId: input.unitId }))?.rowVersion, 2);
    assert.equal((await trail(ctx, "unit", input.unitId)).length, 2);
  });

  area.test("a repeat returns the generated ids of the first call", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const idempotencyKey = randomId("key");
    const rhk = rhkInput().map(({ rhkId: _r, ...r }) => r);
    const first = await store.createPlan({ actor, idempotencyKey, nip: employee.nip, tahun: 2024, rhk });
    const again = await store.createPlan({ actor, idempotencyKey, nip: employee.nip, tahun: 2024, rhk });
    assert.deepEqual(again, first);
    const { plan } = await agreedOrg(ctx);
    const evaluations = [evaluationInput({ planId: plan.planId, periode: "2024-Q1" }), evaluationInput({ planId: plan.planId, periode: "2024-Q2" })];
    const bulkKey = randomId("key");
    const saved = await store.saveEvaluations({ actor, idempotencyKey: bulkKey, evaluations });
    assert.deepEqual(await store.saveEvaluations({ actor, idempotencyKey: bulkKey, evaluations }), saved);
    assert.equal((await store.employeeHistory({ nip: plan.nip, periode: "SEMUA" })).length, 2);
  });

  area.test("inputs are compared as canonical JSON: the same input with its keys in another order is a repeat", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const idempotencyKey = randomId("key");
    const evaluation = evaluationInput({ planId: plan.planId, outputs: { a: 1, b: "x" } });
    const first = await store.saveEvaluation({ actor, idempotencyKey, evaluation });
    const reordered = Object.fromEntries(Object.entries(evaluation).reverse());
    const outputs = Object.fromEntries(Object.entries(evaluation.outputs).reverse());
    const again = await store.saveEvaluation({ idempotencyKey, evaluation: { ...(reordered as typeof evaluation), outputs }, actor });
    assert.deepEqual(again, first);
    assert.equal((await trail(ctx, "evaluation", first.evaluationId)).length, 1);
  });

  area.test("the same key with another input is a conflict and writes nothing", async (ctx) => {
    const { store, actor } = ctx;
    const idempotencyKey = randomId("key");
    const first = await store.putUnit({ actor, idempotencyKey, ...unitInput() });
    const other = unitInput();
    await expectStoreError(store.putUnit({ actor, idempotencyKey, ...other }), { reason: "conflict" });
    await expectStoreError(store.putUnit({ actor, idempotencyKey, unitId: first.unitId, nama: "Lain" }), { reason: "conflict" });
    assert.equal(await store.getUnit({ unitId: other.unitId }), null);
    assert.deepEqual(await store.getUnit({ unitId: first.unitId }), first);
  });

  area.test("keys are scoped per operation", async (ctx) => {
    const { store, actor } = ctx;
    const idempotencyKey = randomId("key");
    const unit = await store.putUnit({ actor, idempotencyKey, ...unitInput() });
    const predikat = await store.setUnitPredikat({ actor, idempotencyKey, unitId: unit.unitId, tahun: 2024, predikat: "BAIK" });
    const employee = await store.putEmployee({ actor, idempotencyKey, ...employeeInput({ unitId: unit.unitId }) });
    assert.deepEqual([predikat.unitId, employee.unitId], [unit.unitId, unit.unitId]);
    assert.notEqual(await store.getEmployee({ nip: employee.nip }), null);
  });

  area.test("a failed write does not use up its key", async (ctx) => {
    const { store, actor } = ctx;
    const idempotencyKey = randomId("key");
    const missingUnit = randomId("unit");
    const input = employeeInput({ unitId: missingUnit });
    await expectStoreError(store.putEmployee({ actor, idempotencyKey, ...input }), { reason: "constraint" });
    await store.putUnit({ actor, unitId: missingUnit, nama: "Unit yang kemudian dibuat" });
    const created = await store.putEmployee({ actor, idempotencyKey, ...input });
    assert.equal(created.unitId, missingUnit);
    const secondKey = randomId("key");
    const { plan } = await org(ctx);
    await expectStoreError(store.recordRealisation({ actor, idempotencyKey: secondKey, planId: plan.planId, indikatorId: plan.rhk[0]?.indikator[0]?.indikatorId as string, periode: "2024", nilai: 1 }), { reason: "conflict" });
    const other = await store.putUnit({ actor, idempotencyKey: secondKey, ...unitInput() });
    assert.equal(other.rowVersion, 1);
  });

  area.test("concurrent calls with one key write once and all return the same record", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const idempotencyKey = randomId("key");
    const rhk = rhkInput().map(({ rhkId: _r, ...r }) => r);
    const results = await Promise.all(Array.from({ length: 8 }, () => store.createPlan({ actor, idempotencyKey, nip: employee.nip, tahun: 2024, rhk })));
    for (const r of results) assert.deepEqual(r, results[0]);
    const plan = results[0];
    assert.ok(plan);
    assert.deepEqual((await trail(ctx, "plan", plan.planId)).map((e) => e.action), ["CREATE"]);
    const unitKey = randomId("key");
    const input = unitInput();
    const { ok, failed } = await settle(Array.from({ length: 8 }, () => store.putUnit({ actor, idempotencyKey: unitKey, ...input })));
    assert.deepEqual(failed, []);
    for (const r of ok) assert.deepEqual(r, ok[0]);
    assert.deepEqual((await trail(ctx, "unit", input.unitId)).map((e) => [e.action, e.idempotencyKey]), [["CREATE", unitKey]]);
  });
});

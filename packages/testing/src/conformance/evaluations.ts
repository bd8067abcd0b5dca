/**
 * Single evaluations: fields taken from the plan and the employee, predikat, trace, immutability
 * (one per plan and period) and the plan statuses that accept them.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { evaluationInput, policyRef } from "../builders/evaluation.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, employeeFields, evaluate, newUnit, org, transition } from "./fixtures.js";

/** saveEvaluation and getEvaluation. */
export const evaluations: AreaDefinition = defineArea("evaluations", (area) => {
  area.test("saveEvaluation takes nip and tahun from the plan and unitId from the employee's current unit", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { plan, employee } = await agreedOrg(ctx);
    const elsewhere = await newUnit(ctx);
    await store.putEmployee({ actor, ...employeeFields(employee), unitId: elsewhere.unitId, expectedRowVersion: employee.rowVersion });
    const at = clock.set("2025-01-31T00:00:00.000Z");
    const input = evaluationInput({ planId: plan.planId, periode: "2024", predikat: "BAIK", evaluationId: randomId("eval"), evaluatedAt: "2025-01-30T08:00:00.000Z" });
    const saved = await store.saveEvaluation({ actor, evaluation: input });
    assert.deepEqual(saved, {
      evaluationId: input.evaluationId,
      planId: plan.planId,
      nip: employee.nip,
      unitId: elsewhere.unitId,
      tahun: 2024,
      periode: "2024",
      policy: input.policy,
      outputs: input.outputs,
      predikat: "BAIK",
      trace: input.trace,
      evaluatedAt: "2025-01-30T08:00:00.000Z",
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
    assert.notEqual(plan.unitId, elsewhere.unitId);
    assert.deepEqual(await store.getEvaluation({ evaluationId: saved.evaluationId }), saved);
  });

  area.test("predikat is the predikatOutput output when it is a string, else null; the id is generated when absent", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const custom = await store.saveEvaluation({
      actor,
      predikatOutput: "predikatAkhir",
      evaluation: evaluationInput({ planId: plan.planId, periode: "2024-Q1", predikat: "BAIK", outputs: { predikatAkhir: "SANGAT_BAIK" } }),
    });
    assert.equal(custom.predikat, "SANGAT_BAIK");
    const numeric = await store.saveEvaluation({ actor, evaluation: evaluationInput({ planId: plan.planId, periode: "2024-Q2", outputs: { predikat: 4 } }) });
    assert.equal(numeric.predikat, null);
    const missing = await store.saveEvaluation({ actor, predikatOutput: "tidakAda", evaluation: evaluationInput({ planId: plan.planId, periode: "2024-Q3", trace: false }) });
    assert.deepEqual([missing.predikat, missing.trace], [null, null]);
    assert.equal(new Set([custom.evaluationId, numeric.evaluationId, missing.evaluationId]).size, 3);
  });

  area.test("evaluations are immutable: one per plan and period, and an evaluationId is never reused", async (ctx) => {
    const { store } = ctx;
    const { plan, plans } = await agreedOrg(ctx, { employees: 2 });
    const first = await evaluate(ctx, plan, { periode: "2024-06" });
    await expectStoreError(evaluate(ctx, plan, { periode: "2024-06" }), { reason: "conflict" });
    const other = plans[1];
    assert.ok(other);
    await expectStoreError(evaluate(ctx, other, { periode: "2024-06", evaluationId: first.evaluationId }), { reason: "conflict" });
    assert.deepEqual(await store.getEvaluation({ evaluationId: first.evaluationId }), first);
    assert.deepEqual(await store.employeeHistory({ nip: other.nip, periode: "SEMUA" }), []);
  });

  area.test("evaluations need an existing AGREED or EVALUATED plan and a period in its year", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await org(ctx);
    await expectStoreError(store.saveEvaluation({ actor, evaluation: evaluationInput({ planId: randomId("plan") }) }), { reason: "not_found" });
    await expectStoreError(evaluate(ctx, plan), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    for (const periode of ["2023", "2025-Q1", "2023-12"]) await expectStoreError(evaluate(ctx, agreed, { periode }), { reason: "constraint" });
    await evaluate(ctx, agreed, { periode: "2024-Q4" });
    await transition(ctx, agreed, "EVALUATED");
    const afterwards = await evaluate(ctx, agreed, { periode: "2024" });
    assert.equal(afterwards.periode, "2024");
    assert.deepEqual((await store.employeeHistory({ nip: plan.nip, periode: "SEMUA" })).map((e) => e.periode), ["2024", "2024-Q4"]);
  });

  area.test("evaluation inputs are validated: policy hash, period, outputs, evaluatedAt", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const good = evaluationInput({ planId: plan.planId });
    await expectInputInvalid(store.saveEvaluation({ actor, evaluation: { ...good, policy: policyRef({ hash: "abc123" }) } }), [["evaluation", "policy", "hash"]]);
    await expectInputInvalid(store.saveEvaluation({ actor, evaluation: { ...good, policy: policyRef({ hash: "g".repeat(64) }) } }), [["evaluation", "policy", "hash"]]);
    await expectInputInvalid(store.saveEvaluation({ actor, evaluation: { ...good, periode: "2024-Q0" } }), [["evaluation", "periode"]]);
    await expectInputInvalid(store.saveEvaluation({ actor, evaluation: { ...good, outputs: "BAIK" as never } }), [["evaluation", "outputs"]]);
    await expectInputInvalid(store.saveEvaluation({ actor, evaluation: { ...good, evaluatedAt: "kemarin" } }), [["evaluation", "evaluatedAt"]]);
    assert.deepEqual(await store.employeeHistory({ nip: plan.nip, periode: "SEMUA" }), []);
  });
});

/**
 * `saveEvaluations`: thousands of results in one call, every item validated first (paths
 * `evaluations.i.…`), then all written or none.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { EvaluationInput, StoredPlan } from "@kinerja/core";
import { periodsOf } from "../builders/bulk.js";
import { evaluationInput, policyRef } from "../builders/evaluation.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition, type SuiteContext } from "./context.js";
import { agreedOrg, evaluate, org, trail } from "./fixtures.js";

/** Bulk evaluation writes. */
export const bulk: AreaDefinition = defineArea("bulk evaluations", (area) => {
  area.test("saveEvaluations stores about 2,000 items in one call, all readable", async (ctx) => {
    const { store, actor, bulkSize } = ctx;
    const { inputs, plans } = await batch(ctx, bulkSize);
    const result = await store.saveEvaluations({ actor, evaluations: inputs });
    assert.equal(result.count, bulkSize);
    assert.equal(result.evaluationIds.length, bulkSize);
    assert.equal(new Set(result.evaluationIds).size, bulkSize);
    let read = 0;
    for (const plan of plans) {
      const history = await store.employeeHistory({ nip: plan.nip, periode: "SEMUA" });
      read += history.length;
      for (const e of history) assert.equal(e.planId, plan.planId);
    }
    assert.equal(read, bulkSize);
    for (const i of [0, Math.floor(bulkSize / 2), bulkSize - 1]) {
      const stored = await store.getEvaluation({ evaluationId: result.evaluationIds[i] as string });
      const input = inputs[i] as EvaluationInput;
      assert.deepEqual([stored?.planId, stored?.periode, stored?.outputs, stored?.trace], [input.planId, input.periode, input.outputs, input.trace]);
    }
  });

  area.test("one invalid item: INPUT_INVALID at evaluations.<i> and nothing written", async (ctx) => {
    const { store, actor } = ctx;
    const { inputs, plans } = await batch(ctx, 40);
    const bad = inputs.map((e, i) => (i === 17 ? { ...e, policy: policyRef({ hash: "not-a-hash" }) } : i === 31 ? { ...e, periode: "2024-Q9" } : e));
    const error = await expectInputInvalid(store.saveEvaluations({ actor, evaluations: bad }), [["evaluations", 17], ["evaluations", 31]]);
    assert.ok(error.issues.every((i) => i.path[0] === "evaluations"));
    await expectNothingFor(ctx, plans);
    await expectInputInvalid(store.saveEvaluations({ actor, evaluations: [] }), [["evaluations"]]);
  });

  area.test("an item whose plan and period are already stored: the whole batch fails and nothing is written", async (ctx) => {
    const { store, actor } = ctx;
    // The duplicate is the last of ~4 MB of items, so an adapter that splits a bulk insert into
    // several statements has already inserted the first ones and must roll them back.
    const { inputs, plans } = await batch(ctx, 400, 10_000);
    const taken = inputs[inputs.length - 1] as EvaluationInput;
    const plan = plans.find((p) => p.planId === taken.planId) as StoredPlan;
    const existing = await evaluate(ctx, plan, { periode: taken.periode });
    await expectStoreError(store.saveEvaluations({ actor, evaluations: inputs }), { reason: "constraint" });
    const stored = await Promise.all(plans.map((p) => store.employeeHistory({ nip: p.nip, periode: "SEMUA" })));
    assert.deepEqual(stored.flat().map((e) => e.evaluationId), [existing.evaluationId]);
    assert.equal((await trail(ctx, "evaluation", existing.evaluationId)).length, 1);
  });

  area.test("two items for the same plan and period in one batch: an error and nothing written", async (ctx) => {
    const { store, actor } = ctx;
    const { inputs, plans } = await batch(ctx, 10);
    const twice = [...inputs, { ...(inputs[3] as EvaluationInput), evaluationId: randomId("eval") }];
    await assert.rejects(store.saveEvaluations({ actor, evaluations: twice }), (e: { code?: string }) => e.code === "INPUT_INVALID" || e.code === "STORE_CONSTRAINT");
    await expectNothingFor(ctx, plans);
  });

  area.test("an item of a missing plan is not_found, of a DRAFT plan a conflict; nothing written", async (ctx) => {
    const { store, actor } = ctx;
    const { inputs, plans } = await batch(ctx, 10);
    const missing = [...inputs, evaluationInput({ planId: randomId("plan") })];
    await expectStoreError(store.saveEvaluations({ actor, evaluations: missing }), { reason: "not_found" });
    const draft = await org(ctx);
    await expectStoreError(store.saveEvaluations({ actor, evaluations: [...inputs, evaluationInput({ planId: draft.plan.planId })] }), { reason: "conflict" });
    await expectNothingFor(ctx, plans);
  });
});

/** `size` evaluation inputs over as few AGREED plans as needed (17 periods per plan and year), traces of about `traceBytes`. */
async function batch(ctx: SuiteContext, size: number, traceBytes?: number): Promise<{ inputs: EvaluationInput[]; plans: StoredPlan[] }> {
  const periods = periodsOf(2024);
  const seeded = await agreedOrg(ctx, { employees: Math.ceil(size / periods.length) });
  const policy = policyRef();
  const inputs = Array.from({ length: size }, (_, i) =>
    evaluationInput({
      planId: (seeded.plans[Math.floor(i / periods.length)] as StoredPlan).planId,
      periode: periods[i % periods.length] as string,
      policy,
      ...(traceBytes === undefined ? {} : { trace: traceBytes }),
    }),
  );
  return { inputs, plans: [...seeded.plans] };
}

async function expectNothingFor(ctx: SuiteContext, plans: readonly StoredPlan[]): Promise<void> {
  for (const plan of plans) assert.deepEqual(await ctx.store.employeeHistory({ nip: plan.nip, periode: "SEMUA" }), [], `evaluations written for ${plan.planId}`);
}

/**
 * Capability-dependent tests: data that outlives the store object (`persistent`) and stores
 * shared by several processes (`multiProcess`), both through a second store opened on the same
 * data with the setup's `openPeer`.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { evaluationInput } from "../builders/evaluation.js";
import { unitInput } from "../builders/org.js";
import { randomId } from "../builders/random.js";
import { defineArea, type AreaDefinition, type SuiteContext } from "./context.js";
import type { ConformanceSetup } from "./options.js";
import { agreedOrg, newUnit, reasons, settle, trail } from "./fixtures.js";

/** Runs `body` with a second store on the same data, closing it afterwards. */
async function withPeer(ctx: SuiteContext, body: (peer: ConformanceSetup["store"]) => Promise<void>): Promise<void> {
  const open = ctx.setup.openPeer;
  assert.ok(open, "setup must return openPeer (a second store on the same data) unless persistent and multiProcess are skipped");
  const peer = await open(ctx.storeOptions);
  try {
    await body(peer.store);
  } finally {
    await peer.teardown?.();
  }
}

/** Persistence and multi-process use. */
export const capabilities: AreaDefinition = defineArea("capabilities", (area) => {
  area.testWith("persistent", "what one store wrote, a store opened later on the same data reads", async (ctx) => {
    const { plan } = await agreedOrg(ctx);
    const evaluation = await ctx.store.saveEvaluation({ actor: ctx.actor, evaluation: evaluationInput({ planId: plan.planId }) });
    await withPeer(ctx, async (peer) => {
      assert.deepEqual(await peer.getPlan({ planId: plan.planId }), await ctx.store.getPlan({ planId: plan.planId }));
      assert.deepEqual(await peer.getEvaluation({ evaluationId: evaluation.evaluationId }), evaluation);
      assert.deepEqual(await peer.listAudit({ entity: "evaluation", entityKey: evaluation.evaluationId }), await ctx.store.listAudit({ entity: "evaluation", entityKey: evaluation.evaluationId }));
      assert.deepEqual(await peer.migrate(), { applied: [], version: (await ctx.store.migrate()).version });
    });
  });

  area.testWith("multiProcess", "two stores on the same data: optimistic versions and idempotency keys hold across them", async (ctx) => {
    const { store, actor } = ctx;
    await withPeer(ctx, async (peer) => {
      const unit = await newUnit(ctx);
      const racers = Array.from({ length: 10 }, (_, i) => (i % 2 ? store : peer).putUnit({ actor, unitId: unit.unitId, nama: `Nama ${i}`, expectedRowVersion: 1 }));
      const { ok, failed } = await settle(racers);
      assert.equal(ok.length, 1);
      assert.deepEqual(reasons(failed), Array(9).fill("conflict"));
      assert.deepEqual(await peer.getUnit({ unitId: unit.unitId }), ok[0]);
      const idempotencyKey = randomId("key");
      const input = unitInput();
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? store : peer).putUnit({ actor, idempotencyKey, ...input })));
      for (const r of results) assert.deepEqual(r, results[0]);
      assert.deepEqual((await trail(ctx, "unit", input.unitId)).map((e) => e.action), ["CREATE"]);
    });
  });

  area.testWith("multiProcess", "two stores on the same data: creates of one record race to a single winner", async (ctx) => {
    const { store, actor } = ctx;
    await withPeer(ctx, async (peer) => {
      const unitId = randomId("unit");
      const { ok, failed } = await settle(Array.from({ length: 8 }, (_, i) => (i % 2 ? store : peer).putUnit({ actor, unitId, nama: `Unit ${i}` })));
      assert.equal(ok.length, 1);
      assert.deepEqual(reasons(failed), Array(7).fill("conflict"));
    });
  });
});

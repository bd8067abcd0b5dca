/**
 * The audit log: one entry per entity changed by every write (CREATE with `before` null, UPDATE
 * with both, PUBLISH, TRANSITION), with actor, instant and idempotency key, oldest first;
 * evaluations audited without their trace; nothing for a failed write.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { AuditEntry } from "@kinerja/core";
import { evaluationInput } from "../builders/evaluation.js";
import { rhkInput, unitInput } from "../builders/org.js";
import { policyDocument } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, compositeAuditKey, firstIndikator, newEmployee, newUnit, org, trail, transition } from "./fixtures.js";

/** Audit entries. */
export const audit: AreaDefinition = defineArea("audit", (area) => {
  area.test("CREATE then UPDATE entries carry actor, at, before/after and the idempotency key, oldest first", async (ctx) => {
    const { store, clock } = ctx;
    const input = unitInput();
    const t1 = clock.set("2025-05-01T01:00:00.000Z");
    const created = await store.putUnit({ actor: "198609262015051001", idempotencyKey: "kunci-1", ...input });
    const t2 = clock.set("2025-05-02T01:00:00.000Z");
    const updated = await store.putUnit({ actor: "svc-sinkron", unitId: input.unitId, nama: "Nama baru", expectedRowVersion: 1 });
    const entries = await trail(ctx, "unit", input.unitId);
    assert.equal(entries.length, 2);
    const [first, second] = entries as [AuditEntry, AuditEntry];
    assert.ok(Number.isSafeInteger(first.seq) && second.seq > first.seq, "seq increases");
    assert.deepEqual(withoutSeq(first), { at: t1, actor: "198609262015051001", action: "CREATE", entity: "unit", entityKey: input.unitId, before: null, after: created, idempotencyKey: "kunci-1" });
    assert.deepEqual(withoutSeq(second), { at: t2, actor: "svc-sinkron", action: "UPDATE", entity: "unit", entityKey: input.unitId, before: created, after: updated, idempotencyKey: null });
  });

  area.test("plans: CREATE, UPDATE and TRANSITION entries", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await org(ctx);
    const updated = await store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 1, rhk: rhkInput({ count: 1 }) });
    const agreed = await transition(ctx, updated, "AGREED");
    const entries = await trail(ctx, "plan", plan.planId);
    assert.deepEqual(
      entries.map((e) => [e.action, e.before, e.after]),
      [
        ["CREATE", null, plan],
        ["UPDATE", plan, updated],
        ["TRANSITION", updated, agreed],
      ],
    );
  });

  area.test("every write of a keyed entity is audited once (employee, activity, feedback, competency, evaluations)", async (ctx) => {
    const { store, actor } = ctx;
    const { plan, supervisor } = await agreedOrg(ctx);
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const activity = await store.addActivity({ actor, planId: plan.planId, tanggal: "2024-02-02", uraian: "Kegiatan" });
    const feedback = await store.addFeedback({ actor, planId: plan.planId, periode: "2024", tanggal: "2024-02-03", pemberiNip: supervisor.nip, teks: "Bagus" });
    const competency = await store.addCompetency({ actor, nip: employee.nip, tanggal: "2024-02-04", nama: "Diklat", jp: 8 });
    const single = await store.saveEvaluation({ actor, evaluation: evaluationInput({ planId: plan.planId, periode: "2024-Q1" }) });
    const bulk = await store.saveEvaluations({ actor, idempotencyKey: "bulk-key", evaluations: ["2024-Q2", "2024-Q3"].map((periode) => evaluationInput({ planId: plan.planId, periode })) });
    const expectations: [AuditEntry["entity"], string, unknown][] = [
      ["employee", employee.nip, employee],
      ["activity", activity.activityId, activity],
      ["feedback", feedback.feedbackId, feedback],
      ["competency", competency.recordId, competency],
    ];
    for (const [entity, key, record] of expectations) {
      assert.deepEqual((await trail(ctx, entity, key)).map((e) => [e.action, e.entity, e.entityKey, e.before, e.after, e.actor]), [["CREATE", entity, key, null, record, actor]]);
    }
    for (const evaluationId of [single.evaluationId, ...bulk.evaluationIds]) {
      const entries = await trail(ctx, "evaluation", evaluationId);
      // `after` is the stored record without its trace, for a single and for a bulk write alike.
      const stored = await store.getEvaluation({ evaluationId });
      assert.deepEqual(entries.map((e) => [e.action, e.entityKey, e.before, e.after, e.actor]), [["CREATE", evaluationId, null, { ...stored, trace: null }, actor]]);
    }
    assert.deepEqual((await trail(ctx, "evaluation", bulk.evaluationIds[1] as string)).map((e) => e.idempotencyKey), ["bulk-key"]);
  });

  area.test("evaluations are audited without their trace", async (ctx) => {
    const { plan } = await agreedOrg(ctx);
    const saved = await ctx.store.saveEvaluation({ actor: ctx.actor, evaluation: evaluationInput({ planId: plan.planId, trace: 20_000 }) });
    assert.notEqual(saved.trace, null);
    const [entry] = await trail(ctx, "evaluation", saved.evaluationId);
    const after = entry?.after as Record<string, unknown>;
    assert.ok(after && (after["trace"] === null || !("trace" in after)), "the audit entry holds the trace");
    const { trace: _t, ...rest } = saved;
    const { trace: _a, ...afterRest } = after;
    assert.deepEqual(afterRest, rest);
    assert.ok(JSON.stringify(entry).length < 5_000, "the audit entry is small");
  });

  area.test("entities with composite keys are audited under `a:b` keys (unitPredikat unitId:tahun, policy, realisation, behaviour)", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const predikat = await store.setUnitPredikat({ actor, unitId: unit.unitId, tahun: 2024, predikat: "BAIK" });
    const document = policyDocument();
    const draft = await store.savePolicyDraft({ actor, document });
    const published = await store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: draft.policyVersion, expectedRowVersion: 1 });
    const { plan, supervisor } = await agreedOrg(ctx);
    const realisation = await store.recordRealisation({ actor, planId: plan.planId, indikatorId: firstIndikator(plan), periode: "2024-Q1", nilai: 3 });
    const behaviour = await store.putBehaviour({ actor, planId: plan.planId, periode: "2024", penilaiNip: supervisor.nip, ratings: { ADAPTIF: "SESUAI_EKSPEKTASI" } });
    const actions = async (entity: AuditEntry["entity"], key: string) => (await trail(ctx, entity, key)).map((e) => [e.action, e.after]);
    assert.deepEqual(await actions("unitPredikat", compositeAuditKey.unitPredikat(unit.unitId, 2024)), [["CREATE", predikat]]);
    assert.deepEqual(await actions("policy", compositeAuditKey.policy(draft.policyId, draft.policyVersion)), [["CREATE", draft], ["PUBLISH", published]]);
    assert.deepEqual(await actions("realisation", compositeAuditKey.realisation(plan.planId, realisation.indikatorId, "2024-Q1")), [["CREATE", realisation]]);
    assert.deepEqual(await actions("behaviour", compositeAuditKey.behaviour(plan.planId, "2024")), [["CREATE", behaviour]]);
  });

  area.test("a failed write adds no audit entry", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    await expectStoreError(store.putUnit({ actor, unitId: unit.unitId, nama: "x" }), { reason: "conflict" });
    await expectStoreError(store.putUnit({ actor, unitId: unit.unitId, nama: "x", expectedRowVersion: 7 }), { reason: "conflict" });
    await expectStoreError(store.putUnit({ actor, unitId: unit.unitId, nama: "x", parentId: randomId("missing"), expectedRowVersion: 1 }), { reason: "constraint" });
    assert.deepEqual((await trail(ctx, "unit", unit.unitId)).map((e) => e.action), ["CREATE"]);
    const { plan } = await agreedOrg(ctx);
    const ids = [randomId("eval"), randomId("eval")];
    const evaluations = [evaluationInput({ planId: plan.planId, evaluationId: ids[0] as string }), evaluationInput({ planId: plan.planId, periode: "2031", evaluationId: ids[1] as string })];
    await expectStoreError(store.saveEvaluations({ actor, evaluations }), { reason: "constraint" });
    for (const id of ids) assert.deepEqual(await trail(ctx, "evaluation", id), []);
  });
});

function withoutSeq(entry: AuditEntry): Omit<AuditEntry, "seq"> {
  const { seq: _seq, ...rest } = entry;
  return rest;
}

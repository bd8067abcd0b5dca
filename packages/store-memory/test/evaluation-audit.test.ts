/**
 * How an evaluation's creation is audited, below the public contract: the audit entry stores no
 * copy of the immutable record (the row is written once), `listAudit` reads `after` from the
 * evaluation row, an entry an earlier version stored with a copy is returned as stored, and an
 * entry whose evaluation row is gone (changed by hand) has `after: null` rather than an error.
 */
import { createStore, type AuditRow, type BackendTransaction } from "@kinerja/core";
import { evaluationInput, seedOrg } from "@kinerja/testing";
import { describe, expect, it } from "vitest";
import { createMemoryBackend } from "../src/index.js";

async function setUp() {
  const backend = createMemoryBackend();
  const store = createStore(backend);
  await store.migrate();
  const { plan } = await seedOrg(store, { agree: true });
  const rows = (key: string) => backend.transaction((tx: BackendTransaction) => tx.findAudit({ entity: "evaluation", entityKey: key, limit: 10 }), { readOnly: true });
  return { backend, store, plan, rows };
}

describe("the audit entry of an evaluation's creation", () => {
  it("stores no copy of the record, single and bulk, and lists the stored record without its trace as `after`", async () => {
    const { store, plan, rows } = await setUp();
    const single = await store.saveEvaluation({ actor: "penilai", evaluation: evaluationInput({ planId: plan.planId, periode: "2024-Q1", trace: 50 }) });
    const bulk = await store.saveEvaluations({ actor: "batch", evaluations: ["2024-Q2", "2024-Q3"].map((periode) => evaluationInput({ planId: plan.planId, periode, trace: 50 })) });
    for (const evaluationId of [single.evaluationId, ...bulk.evaluationIds]) {
      const stored = await rows(evaluationId);
      expect(stored.map((r: AuditRow) => [r.action, r.before, r.after])).toEqual([["CREATE", null, null]]);
      const record = await store.getEvaluation({ evaluationId });
      expect(record?.trace).not.toBeNull();
      const { items } = await store.listAudit({ entity: "evaluation", entityKey: evaluationId });
      expect(items.map((e) => e.after)).toEqual([{ ...record, trace: null }]);
    }
  });

  it("returns an entry stored with a copy as stored, and `after: null` when the evaluation row is gone", async () => {
    const { backend, store } = await setUp();
    const copy = { evaluationId: "E-OLD", predikat: "BAIK", trace: null };
    const entry = { at: "2025-01-01T00:00:00.000Z", actor: "lama", action: "CREATE" as const, entity: "evaluation" as const, before: null, idempotencyKey: null };
    await backend.transaction((tx: BackendTransaction) => tx.appendAudit([{ ...entry, entityKey: "E-OLD", after: JSON.stringify(copy) }, { ...entry, entityKey: "E-GONE", after: null }]), { readOnly: false });
    expect((await store.listAudit({ entity: "evaluation", entityKey: "E-OLD" })).items.map((e) => e.after)).toEqual([copy]);
    expect((await store.listAudit({ entity: "evaluation", entityKey: "E-GONE" })).items.map((e) => [e.actor, e.after])).toEqual([["lama", null]]);
  });
});

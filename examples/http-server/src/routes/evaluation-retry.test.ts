import { StoreError, type KinerjaStore, type StoredPlan } from "@kinerja/core";
import { createSqliteStore } from "@kinerja/store-sqlite";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, type TestApp } from "../http/test-app.js";

// The annual evaluation is two store writes (save the evaluation, then move the plan to
// EVALUATED). A lost connection between them leaves a stored evaluation on an AGREED plan; the
// retry must finish the transition and return the stored evaluation rather than a 409.
const DISHUB = "DINAS-PERHUBUNGAN-BELAWAN";
const ANNUAL = { periode: "2024", ratingPerilaku: "SESUAI_EKSPEKTASI" } as const;

/** The store, whose next `transitionPlan` to EVALUATED fails with a connection error when armed. */
function flakyTransitions(store: KinerjaStore): { store: KinerjaStore; failNextEvaluatedTransition(): void; failures(): number } {
  let armed = false;
  let failures = 0;
  // The store is frozen: a copy of its methods with transitionPlan replaced.
  const wrapped: KinerjaStore = {
    ...store,
    async transitionPlan(options) {
      if (armed && options.to === "EVALUATED") {
        armed = false;
        failures += 1;
        throw new StoreError("connection", { id: "Koneksi basis data terputus", en: "The database connection was lost" });
      }
      return store.transitionPlan(options);
    },
  };
  return { store: wrapped, failNextEvaluatedTransition: () => void (armed = true), failures: () => failures };
}

let t: TestApp;
let database: Database.Database;
let flaky: ReturnType<typeof flakyTransitions>;
let head: string;

beforeAll(async () => {
  database = new Database(":memory:");
  flaky = flakyTransitions(createSqliteStore({ database }));
  t = await createTestApp({ store: flaky.store, now: () => new Date("2024-12-20T09:00:00Z") });
  head = await t.token(HEAD_DISHUB);
});

afterAll(async () => {
  await t.close();
  database.close();
});

/** A new Dishub employee with an AGREED 2024 plan and its annual realisations. */
async function agreedPlan(nip: string): Promise<StoredPlan> {
  await t.store.putEmployee({ actor: "test", nip, nama: "Pegawai Uji", unitId: DISHUB, atasanNip: HEAD_DISHUB, jabatan: "Pengatur Lalu Lintas" });
  const draft = await t.store.createPlan({
    actor: nip,
    nip,
    tahun: 2024,
    rhk: [{ rhkId: "R1", uraian: "Rambu lalu lintas terpasang", indikator: [{ indikatorId: "I1", uraian: "Jumlah rambu dipasang", target: 40, satuan: "rambu", bobot: 100 }] }],
  });
  const plan = await t.store.transitionPlan({ actor: HEAD_DISHUB, planId: draft.planId, expectedRowVersion: draft.rowVersion, to: "AGREED" });
  await t.store.recordRealisation({ actor: nip, planId: plan.planId, indikatorId: "I1", periode: "2024", nilai: 38 });
  return plan;
}

async function evaluate(planId: string, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: "POST", url: `/api/v1/plans/${planId}/evaluations`, headers: { ...bearer(head), ...headers }, payload: ANNUAL });
  return { status: res.statusCode, body: res.json() };
}

async function evaluationsOf(plan: StoredPlan): Promise<string[]> {
  const history = await t.store.employeeHistory({ nip: plan.nip, periode: "SEMUA" });
  return history.filter((e) => e.planId === plan.planId).map((e) => e.evaluationId);
}

describe("POST /plans/:planId/evaluations after the plan transition failed", () => {
  it("a retry with the same Idempotency-Key finishes the transition and returns the stored evaluation", async () => {
    const plan = await agreedPlan("199305052019031001");
    flaky.failNextEvaluatedTransition();
    const failed = await evaluate(plan.planId, { "idempotency-key": "eval-retry-1" });
    expect([failed.status, failed.body.error.code, flaky.failures()]).toEqual([503, "STORE_CONNECTION", 1]);
    const [stored] = await evaluationsOf(plan);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("AGREED");

    const retried = await evaluate(plan.planId, { "idempotency-key": "eval-retry-1" });
    expect(retried.status).toBe(201);
    expect(retried.body.evaluation.evaluationId).toBe(stored);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("EVALUATED");
    expect(await evaluationsOf(plan)).toEqual([stored]);

    // Once the plan is EVALUATED, the key still replays and a new request is still a conflict.
    expect((await evaluate(plan.planId, { "idempotency-key": "eval-retry-1" })).body.evaluation.evaluationId).toBe(stored);
    expect((await evaluate(plan.planId)).status).toBe(409);
  });

  it("the same Idempotency-Key heals even when the data changed between the attempts", async () => {
    const plan = await agreedPlan("199307072019031003");
    flaky.failNextEvaluatedTransition();
    expect((await evaluate(plan.planId, { "idempotency-key": "eval-retry-3" })).status).toBe(503);
    const [stored] = await evaluationsOf(plan);
    // The employee corrects the annual realisation: a new evaluation would score differently.
    await t.store.recordRealisation({ actor: plan.nip, planId: plan.planId, indikatorId: "I1", periode: "2024", nilai: 40, expectedRowVersion: 1 });
    expect((await evaluate(plan.planId, { "idempotency-key": "another-key" })).status).toBe(409);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("AGREED");

    const retried = await evaluate(plan.planId, { "idempotency-key": "eval-retry-3" });
    expect([retried.status, retried.body.evaluation.evaluationId]).toEqual([201, stored]);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("EVALUATED");
    expect(await evaluationsOf(plan)).toEqual([stored]);
  });

  it("a retry without a key heals too when the same inputs give the same result; other inputs stay a 409", async () => {
    const plan = await agreedPlan("199306062019031002");
    flaky.failNextEvaluatedTransition();
    expect((await evaluate(plan.planId)).status).toBe(503);
    const [stored] = await evaluationsOf(plan);

    const other = await t.app.inject({ method: "POST", url: `/api/v1/plans/${plan.planId}/evaluations`, headers: bearer(head), payload: { ...ANNUAL, ratingPerilaku: "DI_ATAS_EKSPEKTASI" } });
    expect(other.statusCode).toBe(409);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("AGREED");

    const retried = await evaluate(plan.planId);
    expect([retried.status, retried.body.evaluation.evaluationId]).toEqual([201, stored]);
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("EVALUATED");
    expect(await evaluationsOf(plan)).toEqual([stored]);
  });
});

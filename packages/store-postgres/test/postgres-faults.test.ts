/**
 * Fault tests against the real PostgreSQL server: a backend killed in the middle of a 20,000-row
 * bulk write (between two COPY commands, or while one streams), a constraint violation in a later chunk of a bulk write, and concurrent migrations
 * from two pools. Each test works in its own schema `kinerja_test_<random>`, dropped afterwards.
 */
import { isStoreError, type KinerjaStore, type StoredPlan } from "@kinerja/core";
import { evaluationsFor, seedAgreedPlans } from "@kinerja/testing";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresStore } from "../src/index.js";
import { LATEST_SCHEMA_VERSION } from "@kinerja/store-sql";
import { instrumentPool } from "./support/instrumented-pool.js";
import { countRows, createSchema, dropSchema, newPool, testSchemaName } from "./support/postgres.js";

const BULK = 20_000;
const KILL_PLANS = 1_180;
/** A bulk write of 256 rows or more reaches the evaluation table by COPY, 5,000 rows at a time. */
const EVALUATION_COPY = 'COPY "kinerja_evaluation"';
const TIMEOUT = 180_000;

describe("postgres faults: bulk writes", () => {
  const schema = testSchemaName();
  const pools: pg.Pool[] = [];
  let pool: pg.Pool;
  let store: KinerjaStore;
  let plans: StoredPlan[];

  beforeAll(async () => {
    await createSchema(schema);
    pool = newPool(4);
    pools.push(pool);
    store = createPostgresStore({ pool, schema });
    await store.migrate();
    // 1,000 employees × 3 years = 3,000 plans of 17 periods each: 1,180 plans (20,060 periods)
    // for each kill test, the rest for the constraint test.
    plans = await seedAgreedPlans(store, { employees: 1_000, years: [2024, 2025, 2026] });
  }, TIMEOUT);

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await dropSchema(schema);
  }, TIMEOUT);

  it.each([
    ["between two COPY commands", "before", 0],
    ["while a COPY runs", "during", 1],
  ] as const)(
    "a 20,000-row saveEvaluations whose backend is killed %s leaves nothing; the retry with the same key writes exactly once",
    async (_label, timing, slice) => {
      const items = evaluationsFor(plans.slice(slice * KILL_PLANS, (slice + 1) * KILL_PLANS), BULK);
      const killer = newPool(1);
      pools.push(killer);
      // Kill the transaction's backend at its second COPY into the evaluation table: the first
      // 5,000 rows are already written inside the transaction.
      let inserts = 0;
      const faulty = instrumentPool(pool, { killer, timing, when: (sql) => sql.startsWith(EVALUATION_COPY) && ++inserts === 2 });
      const faultyStore = createPostgresStore({ pool: faulty.pool, schema });
      const key = `bulk-kill-${timing}`;

      const failure = await faultyStore.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items }).then(
        () => undefined,
        (error: unknown) => error,
      );
      await faulty.settled();
      const kill = faulty.kill();
      expect(kill?.terminated).toBe(true);
      // Killed at the second COPY; one sent while the kill was on its way (a COPY streams in the
      // background, and on a busy machine the second may finish first) still dies with the backend.
      const copies = faulty.sent.filter((s) => s.pid === kill?.pid && s.sql.startsWith(EVALUATION_COPY)).length;
      expect(copies).toBeGreaterThanOrEqual(2);
      expect(copies).toBeLessThanOrEqual(timing === "before" ? 2 : 3);
      expect(isStoreError(failure)).toBe(true);
      expect(failure).toMatchObject({ reason: "connection", isRetryable: true, code: "STORE_CONNECTION" });
      const gone = await pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1", [kill?.pid]);
      expect(gone.rows[0]?.n).toBe(0);

      const planIds = [...new Set(items.map((e) => e.planId))];
      expect(await countRows(pool, schema, "kinerja_evaluation", "plan_id = ANY($1)", [planIds])).toBe(0);
      expect(await countRows(pool, schema, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = $1", [key])).toBe(0);
      expect(await countRows(pool, schema, "kinerja_idempotency", "key = $1", [`saveEvaluations:${key}`])).toBe(0);

      const first = await store.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items });
      expect(first.count).toBe(BULK);
      const replay = await store.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items });
      expect(replay).toEqual(first);
      expect(await countRows(pool, schema, "kinerja_evaluation", "plan_id = ANY($1)", [planIds])).toBe(BULK);
      expect(await countRows(pool, schema, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = $1", [key])).toBe(BULK);
      expect(await countRows(pool, schema, "kinerja_idempotency", "key = $1", [`saveEvaluations:${key}`])).toBe(1);
      const sample = await store.getEvaluation({ evaluationId: first.evaluationIds[12_345] as string });
      expect(sample).toMatchObject({ planId: items[12_345]?.planId, periode: items[12_345]?.periode, rowVersion: 1 });
    },
    TIMEOUT,
  );

  it(
    "a unique violation in a later chunk rolls the whole bulk write back",
    async () => {
      const [existingPlan, ...others] = plans.slice(2 * KILL_PLANS);
      if (!existingPlan) throw new Error("no plans");
      const existing = await store.saveEvaluation({ actor: "batch", evaluation: evaluationsFor([existingPlan], 1)[0] as never });
      const planIds = [existingPlan, ...others].map((p) => p.planId);
      const before = await countRows(pool, schema, "kinerja_evaluation", "plan_id = ANY($1)", [planIds]);
      // 9,000 new rows, then the plan + period that already has an evaluation (in the second COPY of 5,000 rows).
      const items = [...evaluationsFor(others, 9_000), ...evaluationsFor([existingPlan], 1)];
      const spy = instrumentPool(pool);
      const spyStore = createPostgresStore({ pool: spy.pool, schema });

      const failure = await spyStore.saveEvaluations({ actor: "batch", idempotencyKey: "bulk-dup-1", evaluations: items }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ reason: "constraint", isRetryable: false, code: "STORE_CONSTRAINT" });
      expect(spy.sent.filter((s) => s.sql.startsWith(EVALUATION_COPY)).length).toBeGreaterThanOrEqual(2);
      expect(before).toBe(1);
      expect(await countRows(pool, schema, "kinerja_evaluation", "plan_id = ANY($1)", [planIds])).toBe(1);
      expect(await countRows(pool, schema, "kinerja_evaluation", "plan_id = $1", [existingPlan.planId])).toBe(1);
      expect(await countRows(pool, schema, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = $1", ["bulk-dup-1"])).toBe(0);
      expect(await store.getEvaluation({ evaluationId: existing.evaluationId })).toEqual(existing);
      // The key was not used up: the corrected batch goes through under it.
      const corrected = await store.saveEvaluations({ actor: "batch", idempotencyKey: "bulk-dup-1", evaluations: items.slice(0, -1) });
      expect(corrected.count).toBe(9_000);
    },
    TIMEOUT,
  );
});

describe("postgres faults: migrations", () => {
  it(
    "migrate() from two pools at once applies the schema once",
    async () => {
      const schema = testSchemaName();
      const [a, b] = [newPool(2), newPool(2)];
      try {
        const reports = await Promise.all([createPostgresStore({ pool: a, schema }).migrate(), createPostgresStore({ pool: b, schema }).migrate()]);
        expect(reports.map((r) => r.version)).toEqual([LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION]);
        expect(reports.map((r) => r.applied.length).sort()).toEqual([0, LATEST_SCHEMA_VERSION]);
        expect(await countRows(a, schema, "kinerja_migrations")).toBe(LATEST_SCHEMA_VERSION);
        const again = await Promise.all([a, b, a].map((pool) => createPostgresStore({ pool, schema }).migrate()));
        expect(again.map((r) => r.applied.length)).toEqual([0, 0, 0]);
      } finally {
        await Promise.all([a.end(), b.end()]);
        await dropSchema(schema);
      }
    },
    TIMEOUT,
  );
});

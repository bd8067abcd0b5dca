/**
 * Fault tests against the real MariaDB / MySQL server: a connection killed in the middle of a
 * 20,000-row bulk write, a constraint violation in a later chunk of a bulk write, and concurrent
 * migrations from two pools. Each describe works in its own database `kinerja_test_<random>`,
 * dropped afterwards.
 */
import { isStoreError, type KinerjaStore, type StoredPlan } from "@kinerja/core";
import { evaluationsFor, seedAgreedPlans } from "@kinerja/testing";
import type mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMysqlStore } from "../src/index.js";
import { LATEST_SCHEMA_VERSION } from "@kinerja/store-sql";
import { instrumentPool } from "./support/instrumented-pool.js";
import { countRows, createDatabase, dropDatabase, newPool, testDatabaseName } from "./support/mysql.js";

const BULK = 20_000;
const KILL_PLANS = 1_180;
const EVALUATION_INSERT = "INSERT INTO `kinerja_evaluation`";
const TIMEOUT = 240_000;

describe("mysql faults: bulk writes", () => {
  const database = testDatabaseName();
  const pools: mysql.Pool[] = [];
  let pool: mysql.Pool;
  let store: KinerjaStore;
  let plans: StoredPlan[];

  beforeAll(async () => {
    await createDatabase(database);
    pool = newPool(database, 4);
    pools.push(pool);
    store = createMysqlStore({ pool });
    await store.migrate();
    // 1,000 employees × 3 years = 3,000 plans of 17 periods each: 1,180 plans (20,060 periods)
    // for each kill test, the rest for the constraint test.
    plans = await seedAgreedPlans(store, { employees: 1_000, years: [2024, 2025, 2026] });
  }, TIMEOUT);

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await dropDatabase(database);
  }, TIMEOUT);

  it.each([
    ["between two INSERT statements", "before", 0],
    ["while an INSERT statement runs", "during", 1],
  ] as const)(
    "a 20,000-row saveEvaluations whose connection is killed %s leaves nothing; the retry with the same key writes exactly once",
    async (_label, timing, slice) => {
      const items = evaluationsFor(plans.slice(slice * KILL_PLANS, (slice + 1) * KILL_PLANS), BULK);
      const killer = newPool(database, 1);
      pools.push(killer);
      // Kill the transaction's connection at its second INSERT into the evaluation table: the
      // first chunk of rows is already written inside the transaction.
      let inserts = 0;
      const faulty = instrumentPool(pool, { killer, timing, when: (sql) => sql.startsWith(EVALUATION_INSERT) && ++inserts === 2 });
      const faultyStore = createMysqlStore({ pool: faulty.pool });
      const key = `bulk-kill-${timing}`;

      const failure = await faultyStore.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items }).then(
        () => undefined,
        (error: unknown) => error,
      );
      const kill = faulty.kill();
      expect(kill).toBeDefined();
      // The KILL is sent at the second INSERT; when it lands only after that statement finished (a
      // busy machine), the transaction dies at the next statement instead — still mid-write.
      const sentInserts = faulty.sent.filter((s) => s.threadId === kill?.threadId && s.sql.startsWith(EVALUATION_INSERT)).length;
      expect(sentInserts).toBeGreaterThanOrEqual(2);
      expect(sentInserts).toBeLessThanOrEqual(3);
      expect(isStoreError(failure)).toBe(true);
      expect(failure).toMatchObject({ reason: "connection", isRetryable: true, code: "STORE_CONNECTION" });
      // A thread killed inside a transaction stays in the process list while InnoDB rolls it back.
      expect(await threadGone(pool, kill?.threadId ?? -1)).toBe(true);

      const planIds = [...new Set(items.map((e) => e.planId))];
      expect(await countRows(pool, "kinerja_evaluation", "plan_id IN (?)", [planIds])).toBe(0);
      expect(await countRows(pool, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = ?", [key])).toBe(0);
      expect(await countRows(pool, "kinerja_idempotency", "`key` = ?", [`saveEvaluations:${key}`])).toBe(0);

      const first = await store.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items });
      expect(first.count).toBe(BULK);
      const replay = await store.saveEvaluations({ actor: "batch", idempotencyKey: key, evaluations: items });
      expect(replay).toEqual(first);
      expect(await countRows(pool, "kinerja_evaluation", "plan_id IN (?)", [planIds])).toBe(BULK);
      expect(await countRows(pool, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = ?", [key])).toBe(BULK);
      expect(await countRows(pool, "kinerja_idempotency", "`key` = ?", [`saveEvaluations:${key}`])).toBe(1);
      const sample = await store.getEvaluation({ evaluationId: first.evaluationIds[12_345] as string });
      expect(sample).toMatchObject({ planId: items[12_345]?.planId, periode: items[12_345]?.periode, rowVersion: 1 });
    },
    TIMEOUT,
  );

  it(
    "a duplicate key in a later chunk rolls the whole bulk write back",
    async () => {
      const [existingPlan, ...others] = plans.slice(2 * KILL_PLANS);
      if (!existingPlan) throw new Error("no plans");
      const existing = await store.saveEvaluation({ actor: "batch", evaluation: evaluationsFor([existingPlan], 1)[0] as never });
      const planIds = [existingPlan, ...others].map((p) => p.planId);
      expect(await countRows(pool, "kinerja_evaluation", "plan_id IN (?)", [planIds])).toBe(1);
      // 9,000 new rows, then the plan + period that already has an evaluation (in a later chunk).
      const items = [...evaluationsFor(others, 9_000), ...evaluationsFor([existingPlan], 1)];
      const spy = instrumentPool(pool);
      const spyStore = createMysqlStore({ pool: spy.pool });

      const failure = await spyStore.saveEvaluations({ actor: "batch", idempotencyKey: "bulk-dup-1", evaluations: items }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ reason: "constraint", isRetryable: false, code: "STORE_CONSTRAINT" });
      expect(spy.sent.filter((s) => s.sql.startsWith(EVALUATION_INSERT)).length).toBeGreaterThanOrEqual(3);
      expect(await countRows(pool, "kinerja_evaluation", "plan_id IN (?)", [planIds])).toBe(1);
      expect(await countRows(pool, "kinerja_audit", "entity = 'evaluation' AND idempotency_key = ?", ["bulk-dup-1"])).toBe(0);
      expect(await store.getEvaluation({ evaluationId: existing.evaluationId })).toEqual(existing);
      // The key was not used up: the corrected batch goes through under it.
      const corrected = await store.saveEvaluations({ actor: "batch", idempotencyKey: "bulk-dup-1", evaluations: items.slice(0, -1) });
      expect(corrected.count).toBe(9_000);
    },
    TIMEOUT,
  );
});

describe("mysql faults: migrations", () => {
  it(
    "migrate() from two pools at once applies the schema once",
    async () => {
      const database = testDatabaseName();
      await createDatabase(database);
      const [a, b] = [newPool(database, 2), newPool(database, 2)];
      try {
        const reports = await Promise.all([createMysqlStore({ pool: a }).migrate(), createMysqlStore({ pool: b }).migrate()]);
        expect(reports.map((r) => r.version)).toEqual([LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION]);
        expect(reports.map((r) => r.applied.length).sort()).toEqual([0, LATEST_SCHEMA_VERSION]);
        expect(await countRows(a, "kinerja_migrations")).toBe(LATEST_SCHEMA_VERSION);
        const again = await Promise.all([a, b, a].map((pool) => createMysqlStore({ pool }).migrate()));
        expect(again.map((r) => r.applied.length)).toEqual([0, 0, 0]);
      } finally {
        await Promise.all([a.end(), b.end()]);
        await dropDatabase(database);
      }
    },
    TIMEOUT,
  );
});

/** Waits (up to 20 s) until the server no longer lists the connection `threadId`. */
async function threadGone(pool: mysql.Pool, threadId: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const [rows] = await pool.query<mysql.RowDataPacket[]>("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID = ?", [threadId]);
    if (Number(rows[0]?.["n"]) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

import Database from "better-sqlite3";
import { isStoreError, type StoreError } from "@kinerja/core";
import { COPY_MIN_ROWS, LATEST_SCHEMA_VERSION, SQL_MIGRATIONS } from "@kinerja/store-sql";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteBackend, createSqliteStore } from "../src/index.js";
import { ROWS_PER_INSERT } from "../src/internal/sqlite-driver.js";
import { evaluationOf, seedPlans, tempDir } from "./support.js";

const dir = tempDir();
afterAll(() => dir.remove());

async function caught(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isStoreError(error)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

function count(database: Database.Database, table: string): number {
  return (database.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

describe("migrations", () => {
  it("records every version once and applies nothing on later runs", async () => {
    const database = new Database(":memory:");
    const store = createSqliteStore({ database });
    expect(await store.migrate()).toEqual({ applied: SQL_MIGRATIONS.map(({ version, name }) => ({ version, name })), version: LATEST_SCHEMA_VERSION });
    expect(await store.migrate()).toEqual({ applied: [], version: LATEST_SCHEMA_VERSION });
    expect(await createSqliteStore({ database }).migrate()).toEqual({ applied: [], version: LATEST_SCHEMA_VERSION });
    const rows = database.prepare('SELECT "version", "name", "applied_at" FROM "kinerja_migrations"').all() as { version: number; name: string; applied_at: string }[];
    expect(rows.map(({ version, name }) => ({ version, name }))).toEqual(SQL_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(Number.isNaN(Date.parse(rows[0]?.applied_at ?? ""))).toBe(false);
  });

  it("creates prefixed tables next to the application's own", async () => {
    const database = new Database(":memory:");
    database.exec("CREATE TABLE pegawai (id INTEGER PRIMARY KEY)");
    await createSqliteStore({ database, tablePrefix: "simpeg_" }).migrate();
    const tables = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toContain("pegawai");
    expect(tables).toContain("simpeg_kinerja_plan");
    expect(tables.filter((t) => t !== "pegawai").every((t) => t.startsWith("simpeg_kinerja_"))).toBe(true);
  });
});

describe("a database file", () => {
  it("keeps the data after closing and reopening", async () => {
    const file = dir.path("reopen.db");
    const first = new Database(file);
    const store = createSqliteStore({ database: first });
    await store.migrate();
    const [plan] = await seedPlans(store, 1);
    if (!plan) throw new Error("no plan");
    const saved = await store.saveEvaluation({ actor: "batch", evaluation: evaluationOf(plan) });
    expect(store.capabilities).toEqual({ persistent: true, multiProcess: true, parallelWriters: false });
    first.close();

    const second = new Database(file);
    const reopened = createSqliteStore({ database: second });
    expect(await reopened.migrate()).toEqual({ applied: [], version: LATEST_SCHEMA_VERSION });
    expect(await reopened.getPlan({ planId: plan.planId })).toEqual(plan);
    expect(await reopened.getEvaluation({ evaluationId: saved.evaluationId })).toEqual(saved);
    expect((await reopened.listAudit({ entity: "evaluation", entityKey: saved.evaluationId })).items).toHaveLength(1);
    second.close();
  });

  it("reports an in-memory database as neither persistent nor shareable", () => {
    expect(createSqliteStore({ database: new Database(":memory:") }).capabilities).toEqual({ persistent: false, multiProcess: false, parallelWriters: false });
  });
});

describe("all or nothing", () => {
  it("rolls back a whole saveEvaluations when one row violates the unique plan and period", async () => {
    const database = new Database(":memory:");
    const store = createSqliteStore({ database });
    await store.migrate();
    const plans = await seedPlans(store, 3);
    const [a, b, c] = plans as [(typeof plans)[0], (typeof plans)[0], (typeof plans)[0]];
    await store.saveEvaluation({ actor: "batch", evaluation: evaluationOf(c) });
    const evaluations = count(database, "kinerja_evaluation");
    const audits = count(database, "kinerja_audit");

    const error = await caught(store.saveEvaluations({ actor: "batch", evaluations: [evaluationOf(a), evaluationOf(b), evaluationOf(c)] }));
    expect(error.reason).toBe("constraint");
    expect(count(database, "kinerja_evaluation")).toBe(evaluations);
    expect(count(database, "kinerja_audit")).toBe(audits);
    expect(database.inTransaction).toBe(false);
    expect((await store.listCohort({ unitId: a.unitId, tahun: 2024 })).items.map((e) => e.planId)).toEqual([c.planId]);
  });

  it("loads a large insert (the bulk path) exactly as given, and rolls it all back when its last row breaks a constraint", async () => {
    const database = new Database(":memory:");
    const backend = createSqliteBackend({ database });
    await backend.migrate();
    const rows = Array.from({ length: COPY_MIN_ROWS + 44 }, (_, i) => ({ key: `U${i}`, rowVersion: 1, columns: { parent_id: i === 0 ? null : "U0" }, data: JSON.stringify({ nama: `Bidang\t${i} 🌾` }) }));
    await backend.transaction((tx) => tx.insert("unit", rows), { readOnly: false });
    const back = await backend.transaction((tx) => tx.getMany("unit", rows.map((r) => r.key)), { readOnly: true });
    expect(new Map(back.map((r) => [r.key, r]))).toEqual(new Map(rows.map((r) => [r.key, r])));

    const more = Array.from({ length: COPY_MIN_ROWS }, (_, i) => ({ ...rows[0], key: i === COPY_MIN_ROWS - 1 ? "U5" : `V${i}` }) as (typeof rows)[0]);
    const error = await caught(backend.transaction((tx) => tx.insert("unit", more), { readOnly: false }));
    expect(error.reason).toBe("constraint");
    expect(count(database, "kinerja_unit")).toBe(rows.length);
    expect(database.inTransaction).toBe(false);
  });

  it(`loads a bulk insert ${ROWS_PER_INSERT} rows per statement and the rest row by row, in order, and rolls back a failure in either part`, async () => {
    const database = new Database(":memory:");
    const backend = createSqliteBackend({ database });
    await backend.migrate();
    const n = 3 * ROWS_PER_INSERT + 33;
    expect(n).toBeGreaterThanOrEqual(COPY_MIN_ROWS);
    const entries = Array.from({ length: n }, (_, i) => ({ at: "t", actor: "a", action: "CREATE" as const, entity: "unit" as const, entityKey: `K${i}`, before: null, after: i % 7 === 0 ? null : `{"i":${i}}`, idempotencyKey: i % 2 === 0 ? "k" : null }));
    await backend.transaction((tx) => tx.appendAudit(entries), { readOnly: false });
    // The audit sequence follows the order given, across the multi-row statements and the rest.
    const stored = database.prepare('SELECT "seq", "entity_key", "after_data", "idempotency_key" FROM "kinerja_audit" ORDER BY "seq"').all() as { seq: number; entity_key: string; after_data: string | null; idempotency_key: string | null }[];
    expect(stored.map((r) => [r.entity_key, r.after_data, r.idempotency_key])).toEqual(entries.map((e) => [e.entityKey, e.after, e.idempotencyKey]));
    expect(stored.map((r) => r.seq)).toEqual(entries.map((_, i) => i + 1));

    const unit = (key: string) => ({ key, rowVersion: 1, columns: { parent_id: null }, data: "{}" });
    await backend.transaction((tx) => tx.insert("unit", [unit("U-taken")]), { readOnly: false });
    for (const clash of [ROWS_PER_INSERT + 5, n - 1]) {
      const rows = Array.from({ length: n }, (_, i) => unit(i === clash ? "U-taken" : `U${clash}-${i}`));
      const error = await caught(backend.transaction((tx) => tx.insert("unit", rows), { readOnly: false }));
      expect(error.reason).toBe("constraint");
      expect(count(database, "kinerja_unit")).toBe(1);
      expect(database.inTransaction).toBe(false);
    }
  });

  it("leaves nothing behind when the work fails mid-transaction", async () => {
    const database = new Database(":memory:");
    const backend = createSqliteBackend({ database });
    await backend.migrate();
    const failure = backend.transaction(async (tx) => {
      await tx.insert("unit", [{ key: "U1", rowVersion: 1, columns: { parent_id: null }, data: "{}" }]);
      await tx.appendAudit([{ at: "t", actor: "a", action: "CREATE", entity: "unit", entityKey: "U1", before: null, after: "{}", idempotencyKey: null }]);
      await tx.putIdempotency({ key: "putUnit:k", fingerprint: "f", response: "{}", createdAt: "t" });
      throw new Error("boom");
    }, { readOnly: false });
    await expect(failure).rejects.toThrow("boom");
    expect(count(database, "kinerja_unit")).toBe(0);
    expect(count(database, "kinerja_audit")).toBe(0);
    expect(count(database, "kinerja_idempotency")).toBe(0);
    expect(database.inTransaction).toBe(false);
  });
});

describe("errors", () => {
  it("classifies a duplicate key as a constraint violation", async () => {
    const backend = createSqliteBackend({ database: new Database(":memory:") });
    await backend.migrate();
    const row = { key: "U1", rowVersion: 1, columns: { parent_id: null }, data: "{}" };
    const error = await caught(backend.transaction((tx) => tx.insert("unit", [row, row]), { readOnly: false }));
    expect(error).toMatchObject({ reason: "constraint", code: "STORE_CONSTRAINT", isRetryable: false });
    expect((error.cause as { code?: string }).code).toBe("SQLITE_CONSTRAINT_PRIMARYKEY");
  });

  it("classifies a database locked by another connection as a retryable serialization failure", async () => {
    const file = dir.path("locked.db");
    const holder = new Database(file);
    const backend = createSqliteBackend({ database: new Database(file, { timeout: 0 }) });
    await backend.migrate();
    holder.exec("BEGIN IMMEDIATE");
    const error = await caught(backend.transaction(async () => 1, { readOnly: false }));
    holder.exec("ROLLBACK");
    expect(error).toMatchObject({ reason: "serialization", isRetryable: true });
    expect(await backend.transaction(async () => 2, { readOnly: false })).toBe(2);
  });

  it("waits for another connection's write lock without blocking the event loop", async () => {
    const file = dir.path("waiting.db");
    const first = createSqliteBackend({ database: new Database(file) });
    const second = createSqliteBackend({ database: new Database(file) });
    await first.migrate();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holder = first.transaction(async (tx) => {
      await tx.insert("unit", [{ key: "A", rowVersion: 1, columns: { parent_id: null }, data: "{}" }]);
      await gate;
    }, { readOnly: false });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const waiter = second.transaction((tx) => tx.insert("unit", [{ key: "B", rowVersion: 1, columns: { parent_id: null }, data: "{}" }]), { readOnly: false });
    const ticks = await new Promise<number>((resolve) => {
      let n = 0;
      const timer = setInterval(() => {
        if (++n === 5) {
          clearInterval(timer);
          resolve(n);
        }
      }, 2);
    });
    expect(ticks).toBe(5);
    release();
    await Promise.all([holder, waiter]);
    expect((await second.transaction((tx) => tx.getMany("unit", ["A", "B"]), { readOnly: true })).map((r) => r.key).sort()).toEqual(["A", "B"]);
  });

  it("gives up waiting after the connection's busy timeout with a retryable error", async () => {
    const file = dir.path("timeout.db");
    const holder = new Database(file);
    const waiting = new Database(file, { timeout: 80 });
    const backend = createSqliteBackend({ database: waiting });
    await backend.migrate();
    holder.exec("BEGIN IMMEDIATE");
    const started = Date.now();
    const error = await caught(backend.transaction(async () => 1, { readOnly: false }));
    const waited = Date.now() - started;
    holder.exec("ROLLBACK");
    expect(error).toMatchObject({ reason: "serialization", isRetryable: true });
    expect(waited).toBeGreaterThanOrEqual(70);
    expect(waiting.pragma("busy_timeout", { simple: true })).toBe(80);
  });

  it("classifies a closed database as a connection failure", async () => {
    const database = new Database(":memory:");
    const store = createSqliteStore({ database });
    await store.migrate();
    database.close();
    const error = await caught(store.getUnit({ unitId: "U1" }));
    expect(error).toMatchObject({ reason: "connection", isRetryable: true });
  });
});

describe("transactions on one connection", () => {
  it("serialises concurrent async work in submission order", async () => {
    const backend = createSqliteBackend({ database: new Database(":memory:") });
    await backend.migrate();
    const trail: string[] = [];
    const work = (name: string) =>
      backend.transaction(async (tx) => {
        trail.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.insert("unit", [{ key: name, rowVersion: 1, columns: { parent_id: null }, data: "{}" }]);
        trail.push(`${name}:end`);
      }, { readOnly: false });
    await Promise.all([work("a"), work("b"), work("c")]);
    expect(trail).toEqual(["a:start", "a:end", "b:start", "b:end", "c:start", "c:end"]);
  });

  it("keeps serving after a failed transaction", async () => {
    const backend = createSqliteBackend({ database: new Database(":memory:") });
    await backend.migrate();
    const results = await Promise.allSettled([
      backend.transaction(async () => Promise.reject(new Error("first fails")), { readOnly: false }),
      backend.transaction(async (tx) => tx.get("unit", "none"), { readOnly: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
  });

  it("refuses a connection used after its transaction ended", async () => {
    const backend = createSqliteBackend({ database: new Database(":memory:") });
    await backend.migrate();
    const leaked = await backend.transaction(async (tx) => tx, { readOnly: true });
    await expect(leaked.get("unit", "U1")).rejects.toMatchObject({ reason: "unknown" });
  });
});

describe("options", () => {
  it.each([
    ["no options", undefined],
    ["no database", {}],
    ["something else", { database: { prepare: "no" } }],
  ])("refuses %s", (_, options) => {
    expect(() => createSqliteStore(options as never)).toThrow(TypeError);
  });

  it("refuses a closed database and a bad table prefix", () => {
    const closed = new Database(":memory:");
    closed.close();
    expect(() => createSqliteStore({ database: closed })).toThrow(TypeError);
    expect(() => createSqliteStore({ database: new Database(":memory:"), tablePrefix: "Bad Prefix" })).toThrow(RangeError);
  });
});

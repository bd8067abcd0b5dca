/**
 * PostgreSQL-specific behaviour on the real server: the `schema` option (tables in it, nothing
 * leaking to the pool's other users), exact byte-order keys, numbers for `bigint` columns, the
 * table prefix, and each isolation level.
 */
import type { KinerjaStore } from "@kinerja/core";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresStore, type PostgresIsolationLevel } from "../src/index.js";
import { LATEST_SCHEMA_VERSION, SQL_MIGRATIONS } from "@kinerja/store-sql";
import { dropSchema, newPool, testSchemaName } from "./support/postgres.js";

const ACTOR = "pg-test";

describe("postgres store", () => {
  const schema = testSchemaName();
  let pool: pg.Pool;
  let store: KinerjaStore;

  beforeAll(async () => {
    pool = newPool(3);
    store = createPostgresStore({ pool, schema });
    // migrate() creates the missing schema.
    expect(await store.migrate()).toEqual({ applied: SQL_MIGRATIONS.map(({ version, name }) => ({ version, name })), version: LATEST_SCHEMA_VERSION });
  }, 60_000);

  afterAll(async () => {
    await pool.end();
    await dropSchema(schema);
  }, 60_000);

  it("keeps every table in its schema and leaves the pool's search_path alone", async () => {
    const tables = await pool.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1", [schema]);
    expect(tables.rows.map((r) => r.table_name)).toContain("kinerja_plan");
    expect(tables.rows).toHaveLength(15);
    const fresh = newPool(1);
    const expected: unknown = (await fresh.query("SHOW search_path").finally(() => fresh.end())).rows[0]?.search_path;
    await store.putUnit({ actor: ACTOR, unitId: "search-path", nama: "Unit" });
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    try {
      for (const client of clients) expect((await client.query("SHOW search_path")).rows[0]?.search_path).toBe(expected);
    } finally {
      for (const client of clients) client.release();
    }
  });

  it("compares keys exactly (case, trailing spaces, emoji) and orders them by code point", async () => {
    const ids = ["Zeta", "alpha", "alpha ", "Alpha", "émile", "😀-unit", "ünit"];
    for (const unitId of ids) await store.putUnit({ actor: ACTOR, unitId: `exact/${unitId}`, nama: `Nama ${unitId} 🚀` });
    for (const unitId of ids) expect((await store.getUnit({ unitId: `exact/${unitId}` }))?.nama).toBe(`Nama ${unitId} 🚀`);
    const listed = (await store.listUnits({ limit: 1000 })).items.map((u) => u.unitId).filter((id) => id.startsWith("exact/"));
    const byCodePoint = ids.map((id) => `exact/${id}`).sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(listed).toEqual(byCodePoint);
  });

  it("reads bigint audit sequence numbers as numbers", async () => {
    const unit = await store.putUnit({ actor: ACTOR, unitId: "seq-unit", nama: "Unit" });
    await store.putUnit({ actor: ACTOR, unitId: "seq-unit", nama: "Unit 2", expectedRowVersion: unit.rowVersion });
    const audit = await store.listAudit({ entity: "unit", entityKey: "seq-unit" });
    expect(audit.items.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    for (const entry of audit.items) expect(typeof entry.seq).toBe("number");
  });

  it("prefixes table names with tablePrefix", async () => {
    const prefixed = createPostgresStore({ pool, schema, tablePrefix: "simpeg_" });
    expect((await prefixed.migrate()).applied).toHaveLength(LATEST_SCHEMA_VERSION);
    await prefixed.putUnit({ actor: ACTOR, unitId: "prefixed", nama: "Unit" });
    expect(await store.getUnit({ unitId: "prefixed" })).toBeNull();
    const rows = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."simpeg_kinerja_unit"`);
    expect(rows.rows[0]?.n).toBe(1);
  });

  it.each(["read committed", "repeatable read", "serializable"] as const)("writes and reads under %s", async (isolationLevel: PostgresIsolationLevel) => {
    const isolated = createPostgresStore({ pool, schema, isolationLevel });
    const unitId = `iso-${isolationLevel.replace(" ", "-")}`;
    const created = await isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit" });
    const updated = await isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit 2", expectedRowVersion: created.rowVersion });
    expect(updated.rowVersion).toBe(2);
    await expect(isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit 3", expectedRowVersion: 1 })).rejects.toMatchObject({ reason: "conflict" });
  });
});

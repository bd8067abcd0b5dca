/**
 * MySQL / MariaDB-specific behaviour on the real server: byte-exact keys (no PAD SPACE), emoji,
 * values read the same whatever the pool's type options, refusal of unsafe sessions
 * (`NO_BACKSLASH_ESCAPES`, a non-utf8mb4 connection), the table prefix, and each isolation level.
 */
import { isStoreError, type KinerjaStore } from "@kinerja/core";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMysqlStore, type MysqlIsolationLevel } from "../src/index.js";
import { LATEST_SCHEMA_VERSION, SQL_MIGRATIONS } from "@kinerja/store-sql";
import { MYSQL_CONNECTION, countRows, createDatabase, dropDatabase, newPool, testDatabaseName } from "./support/mysql.js";

const ACTOR = "mysql-test";

describe("mysql store", () => {
  const database = testDatabaseName();
  const pools: mysql.Pool[] = [];
  let pool: mysql.Pool;
  let store: KinerjaStore;

  beforeAll(async () => {
    await createDatabase(database);
    pool = newPool(database, 3);
    pools.push(pool);
    store = createMysqlStore({ pool });
    expect(await store.migrate()).toEqual({ applied: SQL_MIGRATIONS.map(({ version, name }) => ({ version, name })), version: LATEST_SCHEMA_VERSION });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await dropDatabase(database);
  }, 60_000);

  /** A pool on the test database with extra mysql2 options. */
  function poolWith(options: mysql.PoolOptions): mysql.Pool {
    const extra = mysql.createPool({ ...MYSQL_CONNECTION, database, connectionLimit: 2, ...options });
    pools.push(extra);
    return extra;
  }

  it("compares keys exactly (case, trailing spaces, emoji) and orders them by code point", async () => {
    const ids = ["Zeta", "alpha", "alpha ", "Alpha", "émile", "😀-unit", "ünit"];
    for (const unitId of ids) await store.putUnit({ actor: ACTOR, unitId: `exact/${unitId}`, nama: `Nama ${unitId} 🚀` });
    for (const unitId of ids) expect((await store.getUnit({ unitId: `exact/${unitId}` }))?.nama).toBe(`Nama ${unitId} 🚀`);
    const listed = (await store.listUnits({ limit: 1000 })).items.map((u) => u.unitId).filter((id) => id.startsWith("exact/"));
    const byCodePoint = ids.map((id) => `exact/${id}`).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(listed).toEqual(byCodePoint);
  });

  it("reads the same values whatever the pool's type options (big numbers as strings, rows as arrays, no type casting)", async () => {
    const unit = await store.putUnit({ actor: ACTOR, unitId: "types", nama: "Unit ✓" });
    await store.putUnit({ actor: ACTOR, unitId: "types", nama: "Unit ✓✓", expectedRowVersion: unit.rowVersion });
    const expected = await store.listAudit({ entity: "unit", entityKey: "types" });
    for (const entry of expected.items) expect(typeof entry.seq).toBe("number");
    const odd = createMysqlStore({ pool: poolWith({ supportBigNumbers: true, bigNumberStrings: true, rowsAsArray: true, typeCast: false, dateStrings: true }) });
    expect(await odd.listAudit({ entity: "unit", entityKey: "types" })).toEqual(expected);
    expect(await odd.getUnit({ unitId: "types" })).toEqual(await store.getUnit({ unitId: "types" }));
  });

  it("refuses a session with NO_BACKSLASH_ESCAPES (mysql2 escapes with backslashes)", async () => {
    const unsafe = poolWith({});
    unsafe.pool.on("connection", (connection) => {
      connection.query("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')");
    });
    const error = await createMysqlStore({ pool: unsafe }).getUnit({ unitId: "types" }).catch((e: unknown) => e);
    expect(isStoreError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "unknown", isRetryable: false });
    expect((error as Error).message).toContain("NO_BACKSLASH_ESCAPES");
  });

  it("refuses a connection that is not utf8mb4", async () => {
    const latin = poolWith({ charset: "LATIN1_SWEDISH_CI" });
    const error = await createMysqlStore({ pool: latin }).getUnit({ unitId: "types" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unknown" });
    expect((error as Error).message).toContain("latin1");
  });

  it("stores quotes, backslashes and control-free unicode exactly", async () => {
    const nama = `O'Brien \\ "quoted" \\' -- ; /* x */ ${"\u200b"}ü😀`;
    await store.putUnit({ actor: ACTOR, unitId: "escape'\\unit", nama });
    expect((await store.getUnit({ unitId: "escape'\\unit" }))?.nama).toBe(nama);
  });

  it("prefixes table names with tablePrefix", async () => {
    const prefixed = createMysqlStore({ pool, tablePrefix: "simpeg_" });
    expect((await prefixed.migrate()).applied).toHaveLength(LATEST_SCHEMA_VERSION);
    await prefixed.putUnit({ actor: ACTOR, unitId: "prefixed", nama: "Unit" });
    expect(await store.getUnit({ unitId: "prefixed" })).toBeNull();
    expect(await countRows(pool, "simpeg_kinerja_unit")).toBe(1);
  });

  it.each(["read committed", "repeatable read", "serializable"] as const)("writes and reads under %s", async (isolationLevel: MysqlIsolationLevel) => {
    const isolated = createMysqlStore({ pool, isolationLevel });
    const unitId = `iso-${isolationLevel.replace(" ", "-")}`;
    const created = await isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit" });
    const updated = await isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit 2", expectedRowVersion: created.rowVersion });
    expect(updated.rowVersion).toBe(2);
    await expect(isolated.putUnit({ actor: ACTOR, unitId, nama: "Unit 3", expectedRowVersion: 1 })).rejects.toMatchObject({ reason: "conflict" });
  });
});

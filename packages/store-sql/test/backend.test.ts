import { KinerjaError, StoreError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { createSqlBackend, SQL_MIGRATIONS, type SqlDriver, type SqlParam, type SqlResult } from "../src/index.js";
import { fakeDriver, PG_LIKE } from "./fake-driver.js";

/** A fake database that remembers the migrations recorded in it. */
function migratingDriver() {
  const versions: number[] = [];
  const driver = fakeDriver(PG_LIKE, (sql: string, params: readonly SqlParam[]): SqlResult => {
    if (sql.startsWith('SELECT "version"')) return { rows: versions.map((version) => ({ version: String(version) })), affectedRows: 0 };
    if (sql.startsWith('INSERT INTO "app_kinerja_migrations"')) versions.push(params[0] as number);
    return { rows: [], affectedRows: 0 };
  });
  return { driver, versions };
}

describe("migrate", () => {
  it("applies every version in order under the migration lock, records each, and applies nothing the second time", async () => {
    const { driver, versions } = migratingDriver();
    const backend = createSqlBackend(driver, { tablePrefix: "app_" });
    expect(await backend.migrate()).toEqual({
      applied: [
        { version: 1, name: "initial_schema" },
        { version: 2, name: "add_calibration" },
      ],
      version: 2,
    });
    expect(driver.events).toEqual(["LOCK", "UNLOCK"]);
    expect(versions).toEqual([1, 2]);
    const sqls = driver.log.map((s) => s.sql);
    expect(sqls[0]).toMatch(/^CREATE TABLE IF NOT EXISTS "app_kinerja_migrations"/);
    expect(sqls[1]).toBe('SELECT "version" FROM "app_kinerja_migrations"');
    let at = 2;
    for (const migration of SQL_MIGRATIONS) {
      const statements = migration.statements(PG_LIKE, "app_");
      expect(sqls.slice(at, at + statements.length)).toEqual(statements);
      const record = driver.log[at + statements.length];
      expect(record?.sql).toBe('INSERT INTO "app_kinerja_migrations" ("version", "name", "applied_at") VALUES ($1, $2, $3)');
      expect(record?.params.slice(0, 2)).toEqual([migration.version, migration.name]);
      at += statements.length + 1;
    }

    driver.log.length = 0;
    expect(await backend.migrate()).toEqual({ applied: [], version: 2 });
    expect(driver.log.map((s) => s.sql.slice(0, 6))).toEqual(["CREATE", "SELECT"]);
  });

  it("applies only the pending versions to a store at version 1", async () => {
    const { driver, versions } = migratingDriver();
    versions.push(1);
    expect(await createSqlBackend(driver).migrate()).toEqual({ applied: [{ version: 2, name: "add_calibration" }], version: 2 });
    expect(driver.log.some((s) => s.sql.includes('"kinerja_calibration"'))).toBe(true);
    expect(driver.log.some((s) => s.sql.includes('"kinerja_plan"'))).toBe(false);
  });

  it("reports a newer schema version recorded by newer code without applying anything", async () => {
    const { driver, versions } = migratingDriver();
    versions.push(1, 2, 3);
    expect(await createSqlBackend(driver, { tablePrefix: "app_" }).migrate()).toEqual({ applied: [], version: 3 });
  });

  it("classifies a failing statement", async () => {
    const driver = fakeDriver(PG_LIKE, () => new Error("disk full"));
    await expect(createSqlBackend(driver).migrate()).rejects.toMatchObject({ name: "StoreError", reason: "unknown", message: "classified: disk full" });
  });
});

describe("transaction", () => {
  it("passes readOnly to the driver and returns the work's result", async () => {
    const driver = fakeDriver(PG_LIKE);
    const backend = createSqlBackend(driver);
    expect(await backend.transaction(async () => 42, { readOnly: true })).toBe(42);
    expect(await backend.transaction(async () => "w", { readOnly: false })).toBe("w");
    expect(driver.events).toEqual(["BEGIN READ ONLY", "COMMIT", "BEGIN", "COMMIT"]);
  });

  it("classifies a driver error of a statement, and rolls back", async () => {
    const driver = fakeDriver(PG_LIKE, () => Object.assign(new Error("duplicate key"), { code: "23505" }));
    const failure = createSqlBackend(driver).transaction((tx) => tx.insert("unit", [{ key: "U", rowVersion: 1, columns: { parent_id: null }, data: "{}" }]), { readOnly: false });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toMatchObject({ message: "classified: duplicate key" });
    expect(driver.events).toEqual(["BEGIN", "ROLLBACK"]);
  });

  it("passes a StoreError thrown by the driver through unchanged", async () => {
    const original = new StoreError("constraint", { id: "x", en: "x" });
    const driver = fakeDriver(PG_LIKE, () => original);
    await expect(createSqlBackend(driver).transaction((tx) => tx.get("unit", "U"), { readOnly: true })).rejects.toBe(original);
  });

  it("rethrows whatever the work throws, unclassified", async () => {
    const backend = createSqlBackend(fakeDriver(PG_LIKE));
    const invalid = new KinerjaError("INPUT_INVALID", { id: "x", en: "x" });
    await expect(backend.transaction(async () => Promise.reject(invalid), { readOnly: false })).rejects.toBe(invalid);
    await expect(backend.transaction(async () => Promise.reject("plain"), { readOnly: false })).rejects.toBe("plain");
  });

  it("classifies a failure of the driver itself (BEGIN or COMMIT)", async () => {
    const base = fakeDriver(PG_LIKE);
    const driver: SqlDriver = { ...base, transaction: async () => Promise.reject(new Error("connection refused")) };
    await expect(createSqlBackend(driver).transaction(async () => 1, { readOnly: false })).rejects.toMatchObject({ name: "StoreError", message: "classified: connection refused" });
  });
});

describe("createSqlBackend options", () => {
  it("names the backend after the dialect unless told otherwise, and exposes the driver's capabilities", () => {
    const driver = fakeDriver(PG_LIKE);
    expect(createSqlBackend(driver).name).toBe("postgres");
    expect(createSqlBackend(driver, { name: "pg-test" }).name).toBe("pg-test");
    expect(createSqlBackend(driver).capabilities).toEqual(driver.capabilities);
  });

  it.each([
    ["no driver", () => createSqlBackend(undefined as unknown as SqlDriver)],
    ["a driver without classify", () => createSqlBackend({ ...fakeDriver(PG_LIKE), classify: undefined } as unknown as SqlDriver)],
    ["a dialect with too few parameters", () => createSqlBackend({ ...fakeDriver(PG_LIKE), dialect: { ...PG_LIKE, maxParameters: 4 } })],
    ["a bad prefix", () => createSqlBackend(fakeDriver(PG_LIKE), { tablePrefix: "DROP TABLE" })],
    ["an empty name", () => createSqlBackend(fakeDriver(PG_LIKE), { name: "" })],
  ])("refuses %s", (_, make) => {
    expect(make).toThrow();
  });
});

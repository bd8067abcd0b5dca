import { isKinerjaError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import type { Pool } from "mysql2/promise";
import { createMysqlBackend, createMysqlDialect, createMysqlDriver, createMysqlStore, mysqlDialect, quoteMysqlIdentifier } from "../src/index.js";

const fakePool = { getConnection: async () => undefined } as unknown as Pool;

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isKinerjaError(error) && error.code === "INPUT_INVALID") return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  throw new Error("expected INPUT_INVALID");
}

describe("options", () => {
  it("reports every invalid option at once", () => {
    const bad = { pool: { query: () => 1 }, tablePrefix: "9x", isolationLevel: "READ UNCOMMITTED", maxStatementBytes: 10, migrationLockTimeoutSeconds: 1.5, maxRetries: 1000, clock: "now", newId: 3 };
    expect(issuesOf(() => createMysqlStore(bad as never))).toEqual(["pool", "tablePrefix", "isolationLevel", "maxStatementBytes", "migrationLockTimeoutSeconds", "maxRetries", "clock", "newId"]);
  });

  it("validates the backend and driver factories too", () => {
    expect(issuesOf(() => createMysqlBackend(null as never))).toEqual([""]);
    expect(issuesOf(() => createMysqlDriver({ pool: undefined as never }))).toEqual(["pool"]);
    expect(issuesOf(() => createMysqlDriver({ pool: fakePool, dialect: { name: "postgres" } as never }))).toEqual(["dialect"]);
  });

  it("builds a store without touching the pool", () => {
    const store = createMysqlStore({ pool: fakePool, tablePrefix: "simpeg_", isolationLevel: "repeatable read", maxStatementBytes: 8 * 1024 * 1024 });
    expect(store.name).toBe("mysql");
    expect(store.capabilities).toEqual({ persistent: true, multiProcess: true, parallelWriters: true });
  });
});

describe("mysqlDialect", () => {
  it("spells placeholders, identifiers and byte-exact key types", () => {
    expect([0, 7].map((i) => mysqlDialect.placeholder(i))).toEqual(["?", "?"]);
    expect(quoteMysqlIdentifier("we`ird")).toBe("`we``ird`");
    expect(() => quoteMysqlIdentifier("")).toThrow(TypeError);
    expect(mysqlDialect.types.key).toBe("varbinary(2800)");
    expect(mysqlDialect.tableSuffix).toContain("utf8mb4");
    expect(mysqlDialect.maxStatementBytes).toBe(4 * 1024 * 1024);
  });

  it("takes a statement size and refuses a tiny one", () => {
    expect(createMysqlDialect({ maxStatementBytes: 1024 * 1024 }).maxStatementBytes).toBe(1024 * 1024);
    expect(() => createMysqlDialect({ maxStatementBytes: 100 })).toThrow(RangeError);
  });
});

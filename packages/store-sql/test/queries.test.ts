import type { BackendTransaction, FindQuery } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { createSqlBackend, type SqlDialect, type SqlParam, type SqlResult } from "../src/index.js";
import { fakeDriver, MYSQL_LIKE, PG_LIKE } from "./fake-driver.js";

async function run<T>(dialect: SqlDialect, work: (tx: BackendTransaction) => Promise<T>, respond?: (sql: string, params: readonly SqlParam[]) => SqlResult) {
  const driver = fakeDriver(dialect, respond);
  const result = await createSqlBackend(driver).transaction(work, { readOnly: true });
  return { result, log: driver.log };
}

const planRow = { key: "P1", row_version: 2n, nip: "199001012015011001", tahun: "2024", unit_id: null, data: Buffer.from('{"planId":"P1"}') };

describe("get and getMany", () => {
  it("selects one row by key and maps driver values (bigint, numeric strings, buffers)", async () => {
    const { result, log } = await run(PG_LIKE, (tx) => tx.get("plan", "P1"), () => ({ rows: [planRow], affectedRows: 0 }));
    expect(log[0]).toEqual({ sql: 'SELECT "key", "row_version", "nip", "tahun", "unit_id", "data" FROM "kinerja_plan" WHERE "key" = $1', params: ["P1"] });
    expect(result).toEqual({ key: "P1", rowVersion: 2, columns: { nip: "199001012015011001", tahun: 2024, unit_id: null }, data: '{"planId":"P1"}' });
  });

  it("returns undefined for a missing row", async () => {
    const { result } = await run(PG_LIKE, (tx) => tx.get("plan", "nope"));
    expect(result).toBeUndefined();
  });

  it("dedupes keys and pads the IN list to a power of two with the last key", async () => {
    const { log } = await run(MYSQL_LIKE, (tx) => tx.getMany("unit", ["a", "b", "a", "c"]));
    expect(log).toEqual([{ sql: "SELECT `key`, `row_version`, `parent_id`, `data` FROM `kinerja_unit` WHERE `key` IN (?, ?, ?, ?)", params: ["a", "b", "c", "c"] }]);
  });

  it("chunks the keys under maxParameters", async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `k${i}`);
    const { log } = await run({ ...PG_LIKE, maxParameters: 10 }, (tx) => tx.getMany("unit", keys));
    expect(log.map((s) => s.params.length)).toEqual([10, 10, 8]);
    expect(log[2]?.params).toEqual(["k20", "k21", "k22", "k23", "k24", "k24", "k24", "k24"]);
    expect(log[2]?.sql).toContain("IN ($1, $2, $3, $4, $5, $6, $7, $8)");
  });

  it("queries nothing for no keys", async () => {
    const { result, log } = await run(PG_LIKE, (tx) => tx.getMany("unit", []));
    expect(result).toEqual([]);
    expect(log).toEqual([]);
  });
});

describe("find", () => {
  const query: FindQuery = {
    where: [
      { column: "tahun", op: "=", value: 2024 },
      { column: "unit_id", op: "in", value: ["U1", "U2"] },
      { column: "nip", op: ">=", value: "1" },
    ],
    orderBy: ["nip", "tahun"],
    after: ["199001012015011001", 2024, "P9"],
    limit: 101,
  };

  it("uses a row-value keyset position where the dialect supports it", async () => {
    const { log } = await run(PG_LIKE, (tx) => tx.find("plan", query));
    expect(log[0]?.sql).toBe(
      'SELECT "key", "row_version", "nip", "tahun", "unit_id", "data" FROM "kinerja_plan" WHERE "tahun" = $1 AND "unit_id" IN ($2, $3) AND "nip" >= $4 AND ("nip", "tahun", "key") > ($5, $6, $7) ORDER BY "nip", "tahun", "key" LIMIT 101',
    );
    expect(log[0]?.params).toEqual([2024, "U1", "U2", "1", "199001012015011001", 2024, "P9"]);
  });

  it("expands the position into an index-friendly OR form for MySQL", async () => {
    const { log } = await run(MYSQL_LIKE, (tx) => tx.find("plan", query));
    expect(log[0]?.sql).toContain(
      "AND `nip` >= ? AND (`nip` > ? OR (`nip` = ? AND (`tahun` > ? OR (`tahun` = ? AND `key` > ?)))) ORDER BY `nip`, `tahun`, `key` LIMIT 101",
    );
    expect(log[0]?.params.slice(4)).toEqual(["199001012015011001", "199001012015011001", "199001012015011001", 2024, 2024, "P9"]);
  });

  it("orders by the key alone and supports is-null", async () => {
    const { log } = await run(PG_LIKE, (tx) => tx.find("unit", { where: [{ column: "parent_id", op: "is-null" }], orderBy: [], after: ["B"] }));
    expect(log[0]).toEqual({ sql: 'SELECT "key", "row_version", "parent_id", "data" FROM "kinerja_unit" WHERE "parent_id" IS NULL AND "key" > $1 ORDER BY "key"', params: ["B"] });
  });

  it("returns nothing without querying when an IN list is empty", async () => {
    const { result, log } = await run(PG_LIKE, (tx) => tx.find("plan", { where: [{ column: "nip", op: "in", value: [] }], orderBy: [] }));
    expect(result).toEqual([]);
    expect(log).toEqual([]);
  });

  it.each([
    ["an unknown column", { where: [{ column: "nama; DROP TABLE x", op: "=", value: 1 }], orderBy: [] }],
    ["an unknown sort column", { where: [], orderBy: ["data"] }],
    ["a position of the wrong length", { where: [], orderBy: ["nip"], after: ["x"] }],
    ["a negative limit", { where: [], orderBy: [], limit: -1 }],
    ["a fractional limit", { where: [], orderBy: [], limit: 1.5 }],
    ["an unknown operator", { where: [{ column: "nip", op: "LIKE", value: "%" }], orderBy: [] }],
    ["a non-finite value", { where: [{ column: "tahun", op: "=", value: Number.NaN }], orderBy: [] }],
  ])("refuses %s with a TypeError", async (_, bad) => {
    await expect(run(PG_LIKE, (tx) => tx.find("plan", bad as FindQuery))).rejects.toThrow(TypeError);
  });

  it("refuses an unknown entity kind", async () => {
    await expect(run(PG_LIKE, (tx) => tx.get("nope" as "plan", "k"))).rejects.toThrow(TypeError);
    await expect(run(PG_LIKE, (tx) => tx.get("toString" as "plan", "k"))).rejects.toThrow(TypeError);
  });
});

describe("update", () => {
  const row = { key: "U1", rowVersion: 3, columns: { parent_id: "ROOT" }, data: '{"unitId":"U1"}' };

  it("updates where key and version match, and reports one affected row as true", async () => {
    const { result, log } = await run(PG_LIKE, (tx) => tx.update("unit", row, 2), () => ({ rows: [], affectedRows: 1 }));
    expect(log[0]).toEqual({
      sql: 'UPDATE "kinerja_unit" SET "row_version" = $1, "data" = $2, "parent_id" = $3 WHERE "key" = $4 AND "row_version" = $5',
      params: [3, '{"unitId":"U1"}', "ROOT", "U1", 2],
    });
    expect(result).toBe(true);
  });

  it("reports a stale or missing row as false", async () => {
    const { result } = await run(PG_LIKE, (tx) => tx.update("unit", row, 2), () => ({ rows: [], affectedRows: 0 }));
    expect(result).toBe(false);
  });
});

describe("audit and idempotency", () => {
  it("finds an entity's entries oldest first, after a sequence number", async () => {
    const stored = { seq: "7", at: "t", actor: "a", action: "UPDATE", entity: "unit", entity_key: "U1", before_data: "{}", after_data: "{}", idempotency_key: null };
    const { result, log } = await run(PG_LIKE, (tx) => tx.findAudit({ entity: "unit", entityKey: "U1", afterSeq: 5, limit: 11 }), () => ({ rows: [stored], affectedRows: 0 }));
    expect(log[0]?.sql).toBe(
      'SELECT "seq", "at", "actor", "action", "entity", "entity_key", "before_data", "after_data", "idempotency_key" FROM "kinerja_audit" WHERE "entity" = $1 AND "entity_key" = $2 AND "seq" > $3 ORDER BY "seq" LIMIT 11',
    );
    expect(log[0]?.params).toEqual(["unit", "U1", 5]);
    expect(result).toEqual([{ seq: 7, at: "t", actor: "a", action: "UPDATE", entity: "unit", entityKey: "U1", before: "{}", after: "{}", idempotencyKey: null }]);
  });

  it("finds from the start without afterSeq", async () => {
    const { log } = await run(MYSQL_LIKE, (tx) => tx.findAudit({ entity: "unit", entityKey: "U1", limit: 3 }));
    expect(log[0]?.sql).toMatch(/WHERE `entity` = \? AND `entity_key` = \? ORDER BY `seq` LIMIT 3$/);
    expect(log[0]?.params).toEqual(["unit", "U1"]);
  });

  it("reads and writes idempotency records", async () => {
    const stored = { key: "op:k", fingerprint: "f", response: "{}", created_at: "t" };
    const { result, log } = await run(
      PG_LIKE,
      async (tx) => {
        await tx.putIdempotency({ key: "op:k", fingerprint: "f", response: "{}", createdAt: "t" });
        return tx.getIdempotency("op:k");
      },
      (sql) => ({ rows: sql.startsWith("SELECT") ? [stored] : [], affectedRows: 1 }),
    );
    expect(log[0]).toEqual({ sql: 'INSERT INTO "kinerja_idempotency" ("key", "fingerprint", "response", "created_at") VALUES ($1, $2, $3, $4)', params: ["op:k", "f", "{}", "t"] });
    expect(log[1]).toEqual({ sql: 'SELECT "key", "fingerprint", "response", "created_at" FROM "kinerja_idempotency" WHERE "key" = $1', params: ["op:k"] });
    expect(result).toEqual({ key: "op:k", fingerprint: "f", response: "{}", createdAt: "t" });
  });
});

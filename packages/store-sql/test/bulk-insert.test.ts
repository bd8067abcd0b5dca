import type { AuditDraft, EntityRow } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { createSqlBackend, type SqlDialect } from "../src/index.js";
import { fakeDriver, MYSQL_LIKE, PG_LIKE, placeholderCount } from "./fake-driver.js";

function evaluationRow(i: number, data = `{"i":${i}}`): EntityRow {
  return { key: `e${i}`, rowVersion: 1, columns: { plan_id: `p${i}`, nip: "199001012015011001", unit_id: "U1", tahun: 2024, periode: "2024" }, data };
}

function auditDraft(i: number): AuditDraft {
  return { at: "2024-01-01T00:00:00.000Z", actor: "admin", action: "CREATE", entity: "evaluation", entityKey: `e${i}`, before: null, after: `{"i":${i}}`, idempotencyKey: null };
}

async function inserted(dialect: SqlDialect, rows: readonly EntityRow[]) {
  const driver = fakeDriver(dialect);
  await createSqlBackend(driver).transaction((tx) => tx.insert("evaluation", rows), { readOnly: false });
  return driver.log;
}

describe("insert", () => {
  it("writes one multi-row INSERT with numbered placeholders and the values in column order", async () => {
    const log = await inserted(PG_LIKE, [evaluationRow(0), evaluationRow(1)]);
    expect(log).toHaveLength(1);
    expect(log[0]?.sql).toBe(
      'INSERT INTO "kinerja_evaluation" ("key", "row_version", "plan_id", "nip", "unit_id", "tahun", "periode", "data") VALUES ($1, $2, $3, $4, $5, $6, $7, $8), ($9, $10, $11, $12, $13, $14, $15, $16)',
    );
    expect(log[0]?.params).toEqual(["e0", 1, "p0", "199001012015011001", "U1", 2024, "2024", '{"i":0}', "e1", 1, "p1", "199001012015011001", "U1", 2024, "2024", '{"i":1}']);
  });

  it("splits rows so that no statement binds more than maxParameters", async () => {
    const log = await inserted({ ...PG_LIKE, maxParameters: 80 }, Array.from({ length: 25 }, (_, i) => evaluationRow(i)));
    expect(log.map((s) => s.params.length)).toEqual([80, 80, 40]);
    expect(log.map((s) => placeholderCount(s.sql))).toEqual([80, 80, 40]);
    expect(log[1]?.sql).toContain("$80)");
    expect(log[1]?.params[0]).toBe("e10");
    expect(log.flatMap((s) => s.params.filter((_, i) => i % 8 === 0))).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
  });

  it("splits rows under maxStatementBytes, counting 3 bytes per character of every value", async () => {
    const big = "x".repeat(1000);
    const log = await inserted({ ...MYSQL_LIKE, maxStatementBytes: 8000 }, Array.from({ length: 5 }, (_, i) => evaluationRow(i, big)));
    expect(log.map((s) => s.params.length / 8)).toEqual([2, 2, 1]);
    for (const statement of log) {
      const bytes = statement.sql.length + statement.params.reduce<number>((sum, p) => sum + (typeof p === "string" ? p.length * 3 : 8), 0);
      expect(bytes).toBeLessThanOrEqual(8000);
    }
  });

  it("sends a row larger than maxStatementBytes on its own", async () => {
    const log = await inserted({ ...MYSQL_LIKE, maxStatementBytes: 2000 }, [evaluationRow(0), evaluationRow(1, "y".repeat(5000)), evaluationRow(2)]);
    expect(log.map((s) => s.params[0])).toEqual(["e0", "e1", "e2"]);
  });

  it("reuses the same SQL text for chunks of the same size", async () => {
    const log = await inserted({ ...PG_LIKE, maxParameters: 16 }, Array.from({ length: 6 }, (_, i) => evaluationRow(i)));
    expect(new Set(log.map((s) => s.sql)).size).toBe(1);
  });

  it("binds a missing indexed column as null", async () => {
    const log = await inserted(PG_LIKE, [{ key: "k", rowVersion: 1, columns: {}, data: "{}" }]);
    expect(log[0]?.params).toEqual(["k", 1, null, null, null, null, null, "{}"]);
  });

  it("writes nothing for no rows", async () => {
    expect(await inserted(PG_LIKE, [])).toEqual([]);
  });
});

describe("appendAudit", () => {
  it("writes multi-row inserts in order, split under maxParameters", async () => {
    const driver = fakeDriver({ ...MYSQL_LIKE, maxParameters: 24 });
    await createSqlBackend(driver).transaction((tx) => tx.appendAudit(Array.from({ length: 7 }, (_, i) => auditDraft(i))), { readOnly: false });
    expect(driver.log.map((s) => s.params.length)).toEqual([24, 24, 8]);
    expect(driver.log[0]?.sql).toBe(
      "INSERT INTO `kinerja_audit` (`at`, `actor`, `action`, `entity`, `entity_key`, `before_data`, `after_data`, `idempotency_key`) VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    expect(driver.log[0]?.params.slice(0, 8)).toEqual(["2024-01-01T00:00:00.000Z", "admin", "CREATE", "evaluation", "e0", null, '{"i":0}', null]);
    expect(driver.log.flatMap((s) => s.params.filter((_, i) => i % 8 === 4))).toEqual(Array.from({ length: 7 }, (_, i) => `e${i}`));
  });

  it("writes nothing for no entries", async () => {
    const driver = fakeDriver(PG_LIKE);
    await createSqlBackend(driver).transaction((tx) => tx.appendAudit([]), { readOnly: false });
    expect(driver.log).toEqual([]);
  });
});

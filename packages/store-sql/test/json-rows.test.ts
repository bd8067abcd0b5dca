import type { AuditDraft, EntityRow } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { createSqlBackend, type SqlDialect } from "../src/index.js";
import { fakeDriver, PG_LIKE } from "./fake-driver.js";

// Dialects with `jsonRowsInsert` (PostgreSQL) send a bulk insert's rows as one JSON parameter.
const JSON_ROWS: SqlDialect = {
  ...PG_LIKE,
  jsonRowsInsert: {
    insertSql: (table, columns) => `INSERT INTO ${table} (${columns.map((c) => `${c.name}:${c.type}`).join(", ")}) FROM $1`,
    maxRows: 5,
  },
};

function evaluationRow(i: number): EntityRow {
  return { key: `e${i}`, rowVersion: 1, columns: { plan_id: `p${i}`, nip: "199001012015011001", unit_id: "U1", tahun: 2024, periode: "2024" }, data: `{"i":${i},"q":"\\"x\\""}` };
}

describe("bulk inserts as JSON rows", () => {
  it("sends maxRows rows per statement, each row the column values in table order, data and nulls intact", async () => {
    const driver = fakeDriver(JSON_ROWS);
    const rows = Array.from({ length: 12 }, (_, i) => evaluationRow(i));
    await createSqlBackend(driver).transaction((tx) => tx.insert("evaluation", rows), { readOnly: false });
    expect(driver.log).toHaveLength(3);
    expect(driver.log[0]?.sql).toBe('INSERT INTO "kinerja_evaluation" (key:key, row_version:integer, plan_id:shortText, nip:shortText, unit_id:shortText, tahun:integer, periode:shortText, data:longText) FROM $1');
    const sent = driver.log.flatMap((s) => JSON.parse(s.params[0] as string) as unknown[][]);
    expect(driver.log.map((s) => s.params.length)).toEqual([1, 1, 1]);
    expect(sent).toEqual(rows.map((r) => [r.key, 1, r.columns["plan_id"], r.columns["nip"], "U1", 2024, "2024", r.data]));
  });

  it("sends audit entries the same way, in order, with null before / idempotency key", async () => {
    const driver = fakeDriver(JSON_ROWS);
    const entries: AuditDraft[] = Array.from({ length: 7 }, (_, i) => ({ at: "2024-01-01T00:00:00.000Z", actor: "admin", action: "CREATE", entity: "evaluation", entityKey: `e${i}`, before: null, after: `{"i":${i}}`, idempotencyKey: null }));
    await createSqlBackend(driver).transaction((tx) => tx.appendAudit(entries), { readOnly: false });
    expect(driver.log.map((s) => (JSON.parse(s.params[0] as string) as unknown[]).length)).toEqual([5, 2]);
    expect(driver.log[0]?.sql).toContain("action:tag, entity:tag, entity_key:key, before_data:longText");
    expect(JSON.parse(driver.log[1]?.params[0] as string)).toEqual([
      ["2024-01-01T00:00:00.000Z", "admin", "CREATE", "evaluation", "e5", null, '{"i":5}', null],
      ["2024-01-01T00:00:00.000Z", "admin", "CREATE", "evaluation", "e6", null, '{"i":6}', null],
    ]);
  });
});

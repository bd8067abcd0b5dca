/**
 * The bulk-copy path of the SQL backend: a connection that offers `copyRows` receives inserts of
 * COPY_MIN_ROWS rows or more (entity rows and audit entries) in order, in slices of at most
 * COPY_MAX_ROWS; a slice it declines goes by statements; a refusal is classified; smaller inserts
 * and connections without it keep the statements.
 */
import type { AuditDraft, EntityRow } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { COPY_MAX_ROWS, COPY_MIN_ROWS, createSqlBackend, type SqlCopyTarget, type SqlParam } from "../src/index.js";
import { fakeDriver, PG_LIKE, type FakeCopy } from "./fake-driver.js";

function evaluationRow(i: number): EntityRow {
  return { key: `e${i}`, rowVersion: 1, columns: { plan_id: `p${i}`, nip: "199001012015011001", unit_id: "U1", tahun: 2024, periode: "2024" }, data: `{"i":${i}}` };
}

function auditDraft(i: number): AuditDraft {
  return { at: "2024-01-01T00:00:00.000Z", actor: "admin", action: "CREATE", entity: "evaluation", entityKey: `e${i}`, before: null, after: `{"i":${i}}`, idempotencyKey: "k" };
}

const rows = (n: number): EntityRow[] => Array.from({ length: n }, (_, i) => evaluationRow(i));

async function insertWith(copy: FakeCopy, entityRows: readonly EntityRow[], audit: readonly AuditDraft[] = []) {
  const driver = fakeDriver(PG_LIKE, undefined, copy);
  await createSqlBackend(driver).transaction(async (tx) => {
    await tx.insert("evaluation", entityRows);
    if (audit.length > 0) await tx.appendAudit(audit);
  }, { readOnly: false });
  return driver.log;
}

describe("bulk copy", () => {
  it("copies an insert of COPY_MIN_ROWS rows or more, in column order, in slices of at most COPY_MAX_ROWS", async () => {
    const targets: SqlCopyTarget[] = [];
    const count = 2 * COPY_MAX_ROWS + 7;
    const log = await insertWith((target) => (targets.push(target), true), rows(count));
    expect(log.map((s) => s.params.length / 8)).toEqual([COPY_MAX_ROWS, COPY_MAX_ROWS, 7]);
    expect(targets[0]).toEqual({ table: '"kinerja_evaluation"', columns: ['"key"', '"row_version"', '"plan_id"', '"nip"', '"unit_id"', '"tahun"', '"periode"', '"data"'] });
    expect(log[0]?.params.slice(0, 8)).toEqual(["e0", 1, "p0", "199001012015011001", "U1", 2024, "2024", '{"i":0}']);
    expect(log.flatMap((s) => s.params.filter((_, i) => i % 8 === 0))).toEqual(Array.from({ length: count }, (_, i) => `e${i}`));
  });

  it("keeps statements below COPY_MIN_ROWS rows", async () => {
    let asked = 0;
    const log = await insertWith(() => (asked++, true), rows(COPY_MIN_ROWS - 1));
    expect(asked).toBe(0);
    expect(log.every((s) => s.sql.startsWith("INSERT INTO"))).toBe(true);
    expect(log.reduce((n, s) => n + s.params.length / 8, 0)).toBe(COPY_MIN_ROWS - 1);
  });

  it("copies audit entries in order, with their columns", async () => {
    const audit = Array.from({ length: COPY_MIN_ROWS }, (_, i) => auditDraft(i));
    const log = await insertWith(() => true, [], audit);
    expect(log).toHaveLength(1);
    expect(log[0]?.sql).toBe('COPY "kinerja_audit" ("at", "actor", "action", "entity", "entity_key", "before_data", "after_data", "idempotency_key")');
    expect(log[0]?.params.filter((_, i) => i % 8 === 4)).toEqual(audit.map((e) => e.entityKey));
  });

  it("inserts a slice the connection declines with statements, and copies the others", async () => {
    let call = 0;
    const log = await insertWith(() => ++call !== 2, rows(COPY_MAX_ROWS + COPY_MIN_ROWS + COPY_MAX_ROWS));
    expect(log[0]?.sql.startsWith("COPY")).toBe(true);
    const statements = log.filter((s) => s.sql.startsWith("INSERT INTO"));
    expect(statements.reduce((n, s) => n + s.params.length / 8, 0)).toBe(COPY_MAX_ROWS);
    expect(log.flatMap((s) => s.params.filter((_, i) => i % 8 === 0))).toEqual(Array.from({ length: 2 * COPY_MAX_ROWS + COPY_MIN_ROWS }, (_, i) => `e${i}`));
  });

  it("classifies a refused copy with the driver and rolls the transaction back", async () => {
    const driver = fakeDriver(PG_LIKE, undefined, () => new Error("duplicate key value"));
    const failure = await createSqlBackend(driver)
      .transaction((tx) => tx.insert("evaluation", rows(COPY_MIN_ROWS)), { readOnly: false })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toMatchObject({ name: "StoreError", reason: "unknown", message: "classified: duplicate key value" });
    expect(driver.events).toEqual(["BEGIN", "ROLLBACK"]);
  });

  it("leaves a connection without copyRows on statements", async () => {
    const driver = fakeDriver(PG_LIKE);
    await createSqlBackend(driver).transaction((tx) => tx.insert("evaluation", rows(COPY_MAX_ROWS)), { readOnly: false });
    expect(driver.log.every((s) => s.sql.startsWith("INSERT INTO"))).toBe(true);
    expect(driver.log.flatMap((s) => s.params as SqlParam[]).length).toBe(COPY_MAX_ROWS * 8);
  });
});

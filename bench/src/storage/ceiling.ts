/**
 * The database alone: how fast the database of an adapter takes the same two rows per result (the
 * evaluation row and its audit entry, plus one idempotency record per chunk) when no Kinerja code
 * runs at all. It is the ceiling of the adapter's own figure on this machine, so the report can
 * tell the store's cost from the database's.
 *
 * - SQLite: better-sqlite3 prepared `INSERT`s of 100 rows each (the fastest size measured) into
 *   the schema the adapter migrated, with the rows the store would write (prepared before the
 *   clock starts; only the database calls are timed), one `BEGIN IMMEDIATE` transaction per
 *   chunk, same file pragmas.
 * - PostgreSQL: the same rows sent the fastest way a client can, `COPY … FROM STDIN` (text format,
 *   with pg-copy-streams), of payloads all made before the clock starts; one transaction per
 *   chunk; with two writers, two connections take chunks as the adapter's two callers do.
 * @module
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type Database from "better-sqlite3";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { AT, capaianOf, idOf, nipOf, PERIODS, planIdOf, POLICY, predikatOf, ratingOf, TAHUN, unitOf } from "./fixture.js";
import { openStore } from "./adapters.js";

/** One ceiling measurement. */
export interface CeilingRun {
  readonly adapter: "sqlite" | "postgres";
  readonly rows: number;
  readonly writers: number;
  /** Time spent in the database calls, ms. */
  readonly insertMs: number;
}

/** Measures the database-alone ceiling of `adapter` for `rows` results in chunks of `chunk`. */
export async function runCeiling(adapter: "sqlite" | "postgres", rows: number, chunk: number, writers = 1): Promise<CeilingRun> {
  const opened = await openStore(adapter);
  try {
    await opened.store.migrate();
    const driver = opened.driver;
    if (driver === undefined) throw new Error(`${adapter}: no driver handle`);
    const insertMs = "sqlite" in driver ? sqliteCeiling(driver.sqlite, rows, chunk) : await postgresCeiling(driver.pool, driver.schema, rows, chunk, writers);
    return { adapter, rows, writers, insertMs };
  } finally {
    await opened.close();
  }
}

/** The evaluation record of result `i` (plan `i / 16`, period `i % 16`), as the store would write it. */
export function recordJson(i: number): string {
  const plan = Math.floor(i / PERIODS.length);
  const p = i % PERIODS.length;
  const capaian = capaianOf(plan, p);
  const predikat = predikatOf(plan, p);
  return JSON.stringify({
    evaluationId: idOf(i),
    planId: planIdOf(plan),
    nip: nipOf(plan),
    unitId: unitOf(plan),
    tahun: TAHUN,
    periode: PERIODS[p],
    policy: POLICY,
    outputs: { capaianHasilKerja: capaian, ratingHasilKerja: ratingOf(capaian), ratingPerilaku: "SESUAI_EKSPEKTASI", predikat },
    predikat,
    trace: null,
    evaluatedAt: AT,
    rowVersion: 1,
    createdAt: AT,
    updatedAt: AT,
  });
}

/** A row's values, in the adapter's column order. */
type Row = (string | number | null)[];

/** The evaluation row and the audit entry of result `i`, as the store writes them under idempotency key `key`. */
function rowsOf(i: number, key: string): { evaluation: Row; audit: Row } {
  const plan = Math.floor(i / PERIODS.length);
  const data = recordJson(i);
  return {
    evaluation: [idOf(i), 1, planIdOf(plan), nipOf(plan), unitOf(plan), TAHUN, PERIODS[i % PERIODS.length] as string, data],
    // An evaluation's CREATE entry stores no copy of the record (core's AFTER_BY_REFERENCE).
    audit: [AT, "bench", "CREATE", "evaluation", idOf(i), null, null, key],
  };
}

/** Rows per multi-row `INSERT` on SQLite (the fastest size measured, as in the adapter). */
const SQLITE_ROWS_PER_INSERT = 100;

function sqliteCeiling(db: Database.Database, rows: number, chunk: number): number {
  const tuples = (n: number) => Array.from({ length: n }, () => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
  const inserts = (n: number) => ({
    evaluation: db.prepare(`INSERT INTO kinerja_evaluation (key, row_version, plan_id, nip, unit_id, tahun, periode, data) VALUES ${tuples(n)}`),
    audit: db.prepare(`INSERT INTO kinerja_audit (at, actor, action, entity, entity_key, before_data, after_data, idempotency_key) VALUES ${tuples(n)}`),
  });
  const many = inserts(SQLITE_ROWS_PER_INSERT);
  const one = inserts(1);
  const idempotency = db.prepare("INSERT INTO kinerja_idempotency (key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)");
  let ms = 0;
  for (let start = 0, n = 0; start < rows; start += chunk, n++) {
    const end = Math.min(rows, start + chunk);
    const key = `bench-${n}`;
    const params = Array.from({ length: end - start }, (_, k) => rowsOf(start + k, key));
    // Flat parameter lists of SQLITE_ROWS_PER_INSERT rows each; the rest row by row.
    const whole = params.length - (params.length % SQLITE_ROWS_PER_INSERT);
    const flat = Array.from({ length: whole / SQLITE_ROWS_PER_INSERT }, (_, g) => {
      const group = params.slice(g * SQLITE_ROWS_PER_INSERT, (g + 1) * SQLITE_ROWS_PER_INSERT);
      return { evaluation: group.flatMap((p) => p.evaluation), audit: group.flatMap((p) => p.audit) };
    });
    const write = db.transaction(() => {
      for (const f of flat) {
        many.evaluation.run(f.evaluation);
        many.audit.run(f.audit);
      }
      for (const p of params.slice(whole)) {
        one.evaluation.run(p.evaluation);
        one.audit.run(p.audit);
      }
      idempotency.run(key, "0".repeat(64), JSON.stringify({ count: end - start }), AT);
    });
    const t0 = performance.now();
    write.immediate();
    ms += performance.now() - t0;
  }
  const counted = db.prepare("SELECT (SELECT count(*) FROM kinerja_evaluation) AS e, (SELECT count(*) FROM kinerja_audit) AS a").get() as { e: number; a: number };
  if (counted.e !== rows || counted.a !== rows) throw new Error(`sqlite ceiling: ${counted.e} evaluations and ${counted.a} audit entries for ${rows} results`);
  return ms;
}

/** A value in `COPY … FROM STDIN` text format: `\\N` for null, backslash, newline, CR and tab escaped. */
function copyValue(value: string | number | null): string {
  if (value === null) return "\\N";
  return typeof value === "number" ? String(value) : value.replace(/[\\\n\r\t]/g, (ch) => (ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : "\\t"));
}

/** The `COPY` text of rows. */
function copyText(rows: readonly Row[]): Buffer {
  return Buffer.from(rows.map((row) => row.map(copyValue).join("\t")).join("\n") + "\n");
}

/** The COPY payloads of one chunk (results `start … end - 1`). */
function postgresChunk(start: number, end: number, key: string): { evaluation: Buffer; audit: Buffer } {
  const rows = Array.from({ length: end - start }, (_, k) => rowsOf(start + k, key));
  return { evaluation: copyText(rows.map((r) => r.evaluation)), audit: copyText(rows.map((r) => r.audit)) };
}

async function postgresCeiling(pool: pg.Pool, schema: string, rows: number, chunk: number, writers: number): Promise<number> {
  const table = (name: string) => `"${schema}".${name}`;
  const copyEvaluation = `COPY ${table("kinerja_evaluation")} (key, row_version, plan_id, nip, unit_id, tahun, periode, data) FROM STDIN`;
  const copyAudit = `COPY ${table("kinerja_audit")} (at, actor, action, entity, entity_key, before_data, after_data, idempotency_key) FROM STDIN`;
  const idempotency = `INSERT INTO ${table("kinerja_idempotency")} (key, fingerprint, response, created_at) VALUES ($1, repeat('0', 64), $2, '${AT}')`;
  // Every payload is made before the clock starts (about 1.2 GB for a million results, outside
  // the JavaScript heap), so the wall time of the writers is the database's alone.
  const payloads = Array.from({ length: Math.ceil(rows / chunk) }, (_, n) => postgresChunk(n * chunk, Math.min(rows, (n + 1) * chunk), `bench-${n}`));
  let next = 0;
  const writer = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      for (let n = next++; n < payloads.length; n = next++) {
        const payload = payloads[n] as { evaluation: Buffer; audit: Buffer };
        await client.query("BEGIN");
        await pipeline(Readable.from([payload.evaluation]), client.query(copyFrom(copyEvaluation)));
        await pipeline(Readable.from([payload.audit]), client.query(copyFrom(copyAudit)));
        await client.query(idempotency, [`bench-${n}`, JSON.stringify({ count: Math.min(rows, (n + 1) * chunk) - n * chunk })]);
        await client.query("COMMIT");
        payloads[n] = { evaluation: Buffer.alloc(0), audit: Buffer.alloc(0) };
      }
    } finally {
      client.release();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: writers }, writer));
  const ms = performance.now() - t0;
  await checkPostgresRows(pool, schema, rows);
  return ms;
}

/**
 * The copied rows must have arrived whole: the right counts, and sample records equal to
 * {@link recordJson} (which the parent checks against the store's own records, see
 * {@link matchesStore}).
 */
async function checkPostgresRows(pool: pg.Pool, schema: string, rows: number): Promise<void> {
  const counts = await pool.query<{ e: string; a: string }>(`SELECT (SELECT count(*) FROM "${schema}".kinerja_evaluation) AS e, (SELECT count(*) FROM "${schema}".kinerja_audit) AS a`);
  if (Number(counts.rows[0]?.e) !== rows || Number(counts.rows[0]?.a) !== rows) throw new Error(`postgres ceiling: ${counts.rows[0]?.e} evaluations and ${counts.rows[0]?.a} audit entries for ${rows} results`);
  const samples = [0, 1, 17, Math.floor(rows / 2), rows - 1];
  const found = await pool.query<{ plan_id: string; periode: string; data: string }>(`SELECT plan_id, periode, data FROM "${schema}".kinerja_evaluation WHERE plan_id = ANY($1)`, [samples.map((i) => planIdOf(Math.floor(i / PERIODS.length)))]);
  for (const i of samples) {
    const row = found.rows.find((r) => r.plan_id === planIdOf(Math.floor(i / PERIODS.length)) && r.periode === PERIODS[i % PERIODS.length]);
    const expected = recordJson(i);
    if (row?.data !== expected) throw new Error(`postgres ceiling: row ${i} is ${row?.data} instead of ${expected}`);
  }
}

/**
 * Whether {@link recordJson} spells these records of the store exactly (the adapter run's cohort
 * sample): so the database alone receives the rows the store writes, not a look-alike.
 */
export function matchesStore(records: readonly object[]): boolean {
  return records.every((record) => {
    const id = (record as { evaluationId?: unknown }).evaluationId;
    return typeof id === "string" && id.startsWith("id-") && JSON.stringify(record) === recordJson(Number.parseInt(id.slice(3), 36));
  });
}

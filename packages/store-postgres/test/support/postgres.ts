/**
 * Test helpers for the PostgreSQL server of the test machine: connection settings, pools, random
 * schema names, and row counts read straight from the tables.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { quotePostgresIdentifier } from "../../src/index.js";

/** Where the test server is (PGHOST / PGPORT / PGUSER / PGDATABASE override). */
export const PG_CONNECTION: pg.PoolConfig = Object.freeze({
  host: process.env["PGHOST"] ?? "127.0.0.1",
  port: Number(process.env["PGPORT"] ?? 5432),
  user: process.env["PGUSER"] ?? "postgres",
  database: process.env["PGDATABASE"] ?? "test",
});

/** A fresh schema name `kinerja_test_<random>`. */
export function testSchemaName(): string {
  return `kinerja_test_${randomBytes(5).toString("hex")}`;
}

/** A small pool on the test server; errors of idle clients are ignored (tests kill backends on purpose). */
export function newPool(max = 4): pg.Pool {
  const pool = new pg.Pool({ ...PG_CONNECTION, max });
  pool.on("error", () => undefined);
  return pool;
}

/** Creates `schema`. */
export async function createSchema(schema: string): Promise<void> {
  await withPool((pool) => pool.query(`CREATE SCHEMA ${quotePostgresIdentifier(schema)}`));
}

/** Drops `schema` and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  await withPool((pool) => pool.query(`DROP SCHEMA IF EXISTS ${quotePostgresIdentifier(schema)} CASCADE`));
}

/** `SELECT count(*)` of a table of `schema`, with an optional `WHERE` on bound values. */
export async function countRows(pool: pg.Pool, schema: string, table: string, where = "true", params: readonly unknown[] = []): Promise<number> {
  const result = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quotePostgresIdentifier(schema)}.${quotePostgresIdentifier(table)} WHERE ${where}`, [...params]);
  return result.rows[0]?.n ?? -1;
}

async function withPool<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = newPool(1);
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

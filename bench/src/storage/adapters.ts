/**
 * Opens a fresh, empty store of each adapter for the storage benchmark and removes it afterwards:
 * a temporary SQLite file, a PostgreSQL schema and a MariaDB database with random names.
 * @module
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import mysql from "mysql2/promise";
import pg from "pg";
import { createStore, type KinerjaStore, type StoreBackend } from "@kinerja/core";
import { createMemoryBackend } from "@kinerja/store-memory";
import { createMysqlBackend } from "@kinerja/store-mysql";
import { createPostgresBackend } from "@kinerja/store-postgres";
import { createSqliteBackend } from "@kinerja/store-sqlite";
import { deterministic } from "./fixture.js";

/** An adapter under test. */
export type AdapterName = "memory" | "sqlite" | "postgres" | "mysql";

/** Every adapter, in report order. */
export const ADAPTERS: readonly AdapterName[] = ["sqlite", "postgres", "mysql", "memory"];

/** A fresh store, its backend, and how to remove it. */
export interface OpenStore {
  readonly store: KinerjaStore;
  readonly backend: StoreBackend;
  /** Where the data lives, for the report. */
  readonly where: string;
  /** The driver handle under the store, for the database-alone ceiling (SQLite and PostgreSQL). */
  readonly driver?: { readonly sqlite: Database.Database } | { readonly pool: pg.Pool; readonly schema: string };
  close(): Promise<void>;
}

/** Opens an empty store of `name`. */
export async function openStore(name: AdapterName): Promise<OpenStore> {
  const suffix = randomBytes(4).toString("hex");
  if (name === "memory") return wrap(createMemoryBackend(), "process memory", async () => {});
  if (name === "sqlite") {
    const file = join(tmpdir(), `kinerja-bench-${suffix}.sqlite`);
    const database = new Database(file);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    const close = async () => {
      database.close();
      for (const end of ["", "-wal", "-shm"]) rmSync(file + end, { force: true });
    };
    return { ...wrap(createSqliteBackend({ database }), "file, WAL, synchronous=NORMAL", close), driver: { sqlite: database } };
  }
  if (name === "postgres") {
    const schema = `kinerja_bench_${suffix}`;
    const pool = new pg.Pool({ host: "127.0.0.1", port: 5432, user: "postgres", database: "test", max: 4 });
    await pool.query(`CREATE SCHEMA ${schema}`);
    const close = async () => {
      await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await pool.end();
    };
    return { ...wrap(createPostgresBackend({ pool, schema }), "127.0.0.1, schema of its own", close), driver: { pool, schema } };
  }
  const database = `kinerja_bench_${suffix}`;
  const admin = await mysql.createConnection({ host: "127.0.0.1", port: 3306, user: "root", password: "" });
  await admin.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  const pool = mysql.createPool({ host: "127.0.0.1", port: 3306, user: "root", password: "", database, connectionLimit: 4, charset: "utf8mb4" });
  return wrap(createMysqlBackend({ pool }), "127.0.0.1, database of its own", async () => {
    await pool.end();
    await admin.query(`DROP DATABASE ${database}`);
    await admin.end();
  });
}

function wrap(backend: StoreBackend, where: string, close: () => Promise<void>): OpenStore {
  return { store: createStore(backend, deterministic()), backend, where, close };
}

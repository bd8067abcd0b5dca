/**
 * Opens the store named by a database URL: SQLite (a file, or `:memory:`), PostgreSQL or MySQL.
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { KinerjaStore } from "@kinerja/core";
import { createMysqlStore } from "@kinerja/store-mysql";
import { createPostgresStore } from "@kinerja/store-postgres";
import { createSqliteStore } from "@kinerja/store-sqlite";
import Database from "better-sqlite3";
import mysql from "mysql2/promise";
import pg from "pg";

/** An open store and how to release its connections. */
export interface OpenStore {
  readonly store: KinerjaStore;
  /** Where the data lives, for the start-up message (never includes a password). */
  readonly where: string;
  close(): Promise<void>;
}

/**
 * Opens the store of `url`: `sqlite:<path>` (the directory is created on demand), `:memory:`,
 * `postgres://…` (optionally `?schema=<name>`) or `mysql://…`. Call `store.migrate()` next.
 *
 * @example
 * ```ts
 * const { store, close } = openStore(":memory:");
 * ```
 */
export function openStore(url: string): OpenStore {
  if (url === ":memory:" || url === "sqlite::memory:") return openSqlite(":memory:");
  if (url.startsWith("sqlite:")) return openSqlite(resolve(url.slice("sqlite:".length)));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  if (/^mysql:\/\//.test(url)) return openMysql(url);
  throw new Error(`DATABASE_URL must start with sqlite:, postgres://, mysql:// or be :memory: (got ${redactUrl(url)})`);
}

/** `url` without its password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

function openSqlite(path: string): OpenStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  if (path !== ":memory:") database.pragma("journal_mode = WAL");
  return { store: createSqliteStore({ database }), where: path === ":memory:" ? "SQLite :memory:" : `SQLite ${path}`, close: async () => void database.close() };
}

function openPostgres(url: string): OpenStore {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 10 });
  const store = createPostgresStore({ pool, ...(schema ? { schema } : {}) });
  return { store, where: `PostgreSQL ${redactUrl(url)}`, close: () => pool.end() };
}

function openMysql(url: string): OpenStore {
  const pool = mysql.createPool({ uri: url, connectionLimit: 10, waitForConnections: true, queueLimit: 100, connectTimeout: 5_000, enableKeepAlive: true, multipleStatements: false });
  return { store: createMysqlStore({ pool }), where: `MySQL ${redactUrl(url)}`, close: () => pool.end() };
}

/**
 * `openStore` for every kind of DATABASE_URL, each migrated and written once: a SQLite file (its
 * directory created), PostgreSQL with a schema of its own and MariaDB with a database of its own
 * (random names, dropped afterwards), and the refusal of an unknown scheme.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mysql from "mysql2/promise";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStore, redactUrl } from "./store.js";

const suffix = (): string => randomBytes(5).toString("hex");

async function roundTrip(url: string): Promise<string> {
  const opened = openStore(url);
  try {
    await opened.store.migrate();
    const unitId = `U-${suffix().toUpperCase()}`;
    await opened.store.putUnit({ actor: "test", unitId, nama: "Unit uji" });
    expect((await opened.store.getUnit({ unitId }))?.nama).toBe("Unit uji");
    return opened.where;
  } finally {
    await opened.close();
  }
}

describe("openStore", () => {
  it("opens a SQLite file, creating its directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-store-"));
    try {
      expect(await roundTrip(`sqlite:${join(dir, "nested", "s.sqlite")}`)).toMatch(/^SQLite .*s\.sqlite$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("opens PostgreSQL in the schema named by ?schema=", async () => {
    const schema = `kinerja_url_${suffix()}`;
    try {
      expect(await roundTrip(`postgres://postgres@127.0.0.1:5432/test?schema=${schema}`)).toBe(`PostgreSQL postgres://postgres@127.0.0.1:5432/test?schema=${schema}`);
      const pool = new pg.Pool({ host: "127.0.0.1", user: "postgres", database: "test", max: 1 });
      const tables = await pool.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1", [schema]);
      await pool.end();
      expect(tables.rows[0]?.n).toBeGreaterThan(10);
    } finally {
      const pool = new pg.Pool({ host: "127.0.0.1", user: "postgres", database: "test", max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });

  it("opens MySQL / MariaDB", async () => {
    const database = `kinerja_url_${suffix()}`;
    const admin = await mysql.createConnection({ host: "127.0.0.1", user: "root", password: "" });
    try {
      await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      expect(await roundTrip(`mysql://root@127.0.0.1:3306/${database}`)).toBe(`MySQL mysql://root@127.0.0.1:3306/${database}`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.end();
    }
  });

  it("refuses another scheme without echoing a password", () => {
    expect(() => openStore("oracle://sa:rahasia@db/x")).toThrow(/DATABASE_URL must start with/);
    expect(() => openStore("oracle://sa:rahasia@db/x")).not.toThrow(/rahasia/);
    expect(redactUrl("postgres://u:p@h/d")).toBe("postgres://u:***@h/d");
  });
});

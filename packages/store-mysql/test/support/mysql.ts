/**
 * Test helpers for the MariaDB / MySQL server of the test machine: connection settings, pools,
 * random database names, and row counts read straight from the tables.
 */
import { randomBytes } from "node:crypto";
import mysql from "mysql2/promise";
import { quoteMysqlIdentifier } from "../../src/index.js";

/** Where the test server is (MYSQL_HOST / MYSQL_PORT / MYSQL_USER / MYSQL_PASSWORD override). */
export const MYSQL_CONNECTION: mysql.ConnectionOptions = Object.freeze({
  host: process.env["MYSQL_HOST"] ?? "127.0.0.1",
  port: Number(process.env["MYSQL_PORT"] ?? 3306),
  user: process.env["MYSQL_USER"] ?? "root",
  password: process.env["MYSQL_PASSWORD"] ?? "",
  multipleStatements: false,
});

/** A fresh database name `kinerja_test_<random>`. */
export function testDatabaseName(): string {
  return `kinerja_test_${randomBytes(5).toString("hex")}`;
}

/** A small pool on `database`. */
export function newPool(database: string, connectionLimit = 4): mysql.Pool {
  return mysql.createPool({ ...MYSQL_CONNECTION, database, connectionLimit });
}

/** Creates `database` (utf8mb4). */
export async function createDatabase(database: string): Promise<void> {
  await withConnection((c) => c.query(`CREATE DATABASE ${quoteMysqlIdentifier(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`));
}

/** Drops `database` and everything in it. */
export async function dropDatabase(database: string): Promise<void> {
  await withConnection((c) => c.query(`DROP DATABASE IF EXISTS ${quoteMysqlIdentifier(database)}`));
}

/** `SELECT COUNT(*)` of a table of the pool's database, with an optional `WHERE` on bound values (an array binds as a list). */
export async function countRows(pool: mysql.Pool, table: string, where = "TRUE", params: readonly unknown[] = []): Promise<number> {
  const [rows] = await pool.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${quoteMysqlIdentifier(table)} WHERE ${where}`, [...params]);
  return Number(rows[0]?.["n"] ?? -1);
}

async function withConnection<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(MYSQL_CONNECTION);
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

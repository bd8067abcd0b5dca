/**
 * Applies pending migrations under the driver's migration lock and records each one.
 * @module
 */
import type { MigrationReport } from "@kinerja/core";
import type { SqlConnection, SqlDriver, SqlParam } from "../driver.js";
import { SQL_MIGRATIONS, type SqlMigration } from "../migrations.js";
import { createMigrationsTableStatement, type SqlTableNames } from "../schema.js";
import { toInteger } from "./values.js";

/** Runs one statement and returns its rows (its failure already classified). */
export type RunStatement = (connection: SqlConnection, sql: string, params?: readonly SqlParam[]) => Promise<readonly Record<string, unknown>[]>;

/**
 * Applies the `migrations` not yet recorded, in version order, under `driver.withMigrationLock`;
 * each is recorded in the migrations table right after its statements ran.
 */
export async function applyMigrations(
  driver: SqlDriver,
  names: SqlTableNames,
  tablePrefix: string,
  run: RunStatement,
  migrations: readonly SqlMigration[] = SQL_MIGRATIONS,
): Promise<MigrationReport> {
  return driver.withMigrationLock(async (connection) => {
    const q = (name: string): string => driver.dialect.quoteIdentifier(name);
    await run(connection, createMigrationsTableStatement(driver.dialect, names));
    const rows = await run(connection, `SELECT ${q("version")} FROM ${q(names.migrations)}`);
    const done = new Set(rows.map((row) => toInteger(row["version"])));
    const applied: { version: number; name: string }[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(driver.dialect, tablePrefix)) await run(connection, statement);
      const p = (i: number): string => driver.dialect.placeholder(i);
      await run(
        connection,
        `INSERT INTO ${q(names.migrations)} (${q("version")}, ${q("name")}, ${q("applied_at")}) VALUES (${p(0)}, ${p(1)}, ${p(2)})`,
        [migration.version, migration.name, new Date().toISOString()],
      );
      done.add(migration.version);
      applied.push({ version: migration.version, name: migration.name });
    }
    return { applied, version: Math.max(0, ...done) };
  });
}

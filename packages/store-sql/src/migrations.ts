/**
 * The versioned migrations of the relational schema and the routine that applies them. Version 1
 * is the initial schema; a later change appends a migration with the next version (never edit an
 * applied one). `migrate()` applies the pending ones in order under the driver's migration lock and
 * records each in the migrations table.
 * @module
 */
import type { SqlDialect } from "./driver.js";
import { entityTableStatementsOf, initialSchemaStatements, sqlTableNames } from "./schema.js";

/** One schema change: its version (1, 2, …), a name, and its statements in a dialect. */
export interface SqlMigration {
  /** Positive, increasing by one from 1. */
  readonly version: number;
  /** A short snake_case description, recorded with the version. */
  readonly name: string;
  /** The statements, in order, for `dialect` on tables starting with `tablePrefix` (default none). */
  statements(dialect: SqlDialect, tablePrefix?: string): readonly string[];
}

/** Every migration of the relational schema, oldest first. */
export const SQL_MIGRATIONS: readonly SqlMigration[] = Object.freeze([
  {
    version: 1,
    name: "initial_schema",
    statements: (dialect: SqlDialect, tablePrefix = ""): readonly string[] => initialSchemaStatements(dialect, sqlTableNames(tablePrefix)),
  },
  {
    version: 2,
    name: "add_calibration",
    statements: (dialect: SqlDialect, tablePrefix = ""): readonly string[] => entityTableStatementsOf(dialect, sqlTableNames(tablePrefix), "calibration"),
  },
]);

/** The schema version a store reaches once every migration is applied. */
export const LATEST_SCHEMA_VERSION: number = SQL_MIGRATIONS.reduce((max, migration) => Math.max(max, migration.version), 0);

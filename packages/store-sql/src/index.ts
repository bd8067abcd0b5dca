/**
 * `@kinerja/store-sql` — the relational `StoreBackend` shared by the SQLite, PostgreSQL and MySQL
 * adapters of Kinerja: schema, versioned migrations and every row-level query, generated from
 * `ENTITY_TABLES` and a small dialect, run through a driver the adapter supplies. For adapter
 * authors; applications install an adapter (`@kinerja/store-sqlite`, …) instead.
 * @module
 */
export { createSqlBackend, type SqlBackendOptions } from "./create-sql-backend.js";
export type { SqlConnection, SqlCopyTarget, SqlDialect, SqlDriver, SqlParam, SqlResult } from "./driver.js";
export { COPY_MAX_ROWS, COPY_MIN_ROWS } from "./driver.js";
export { SQL_MIGRATIONS, LATEST_SCHEMA_VERSION, type SqlMigration } from "./migrations.js";
export { sqlTableNames, allTableNames, initialSchemaStatements, AUDIT_COLUMNS, MAX_TABLE_PREFIX_LENGTH, type SqlTableNames } from "./schema.js";
export { checkAdapterOptions, checkCommonOptions, checkIntegerOption, checkFunctionOptions, optionIssue, type OptionsCheck } from "./check-options.js";
export { SOCKET_ERROR_CODES } from "./socket-errors.js";

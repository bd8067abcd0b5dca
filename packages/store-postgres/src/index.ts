/**
 * `@kinerja/store-postgres` — the PostgreSQL `KinerjaStore` of Kinerja on `pg`: the application
 * injects its `Pool`; the store adds its tables (in a schema of its own if wanted), migrates them,
 * and runs every write in one transaction with its audit entries.
 * @module
 */
export { createPostgresStore, createPostgresBackend, type PostgresStoreOptions, type PostgresBackendOptions } from "./create-postgres-store.js";
export { createPostgresDriver, type PostgresDriverOptions, type PostgresIsolationLevel } from "./postgres-driver.js";
export { postgresDialect, quotePostgresIdentifier } from "./postgres-dialect.js";
export { classifyPostgresError } from "./classify-postgres-error.js";

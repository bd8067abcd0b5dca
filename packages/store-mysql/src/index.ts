/**
 * `@kinerja/store-mysql` — the MySQL / MariaDB `KinerjaStore` of Kinerja on `mysql2`: the
 * application injects its pool; the store adds its tables to the pool's database, migrates them,
 * and runs every write in one transaction with its audit entries.
 * @module
 */
export { createMysqlStore, createMysqlBackend, type MysqlStoreOptions, type MysqlBackendOptions } from "./create-mysql-store.js";
export { createMysqlDriver, type MysqlDriverOptions, type MysqlIsolationLevel } from "./mysql-driver.js";
export { createMysqlDialect, mysqlDialect, quoteMysqlIdentifier, DEFAULT_MYSQL_MAX_STATEMENT_BYTES } from "./mysql-dialect.js";
export { classifyMysqlError } from "./classify-mysql-error.js";

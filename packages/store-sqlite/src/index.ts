/**
 * `@kinerja/store-sqlite` — the embedded default storage of Kinerja: a `KinerjaStore` on a SQLite
 * file (or `:memory:`) through better-sqlite3, which stays a peer dependency: you open the database.
 * @module
 */
export { createSqliteStore, type SqliteStoreOptions } from "./create-sqlite-store.js";
export { createSqliteBackend, type SqliteBackendOptions } from "./create-sqlite-backend.js";
export type { SqliteDatabase, SqliteStatement } from "./sqlite-database.js";

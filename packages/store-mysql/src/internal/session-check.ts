/**
 * A once-per-connection check that a pooled session can hold the store's data safely: utf8mb4 on
 * the connection (emoji round-trip) and no `NO_BACKSLASH_ESCAPES` (mysql2 escapes parameters with
 * backslashes on the client).
 * @module
 */
import { StoreError } from "@kinerja/core";
import type { SqlConnection } from "@kinerja/store-sql";
import type { PoolConnection } from "mysql2/promise";

/** Core connections (shared by every promise wrapper of the same pooled connection) already checked. */
const checked = new WeakSet<object>();

/**
 * Checks the session of a pooled connection the first time the store borrows it; throws a
 * `StoreError` (`unknown`, not retryable) naming the setting to change.
 */
export async function checkSession(raw: PoolConnection, connection: SqlConnection): Promise<void> {
  const core: object = raw.connection ?? raw;
  if (checked.has(core)) return;
  const result = await connection.query("SELECT @@SESSION.sql_mode AS sql_mode, @@SESSION.character_set_connection AS charset");
  const row = result.rows[0] ?? {};
  const sqlMode = String(row["sql_mode"] ?? "");
  const charset = String(row["charset"] ?? "");
  if (sqlMode.split(",").includes("NO_BACKSLASH_ESCAPES")) {
    throw misconfigured(
      "sql_mode berisi NO_BACKSLASH_ESCAPES; mysql2 meloloskan parameter dengan garis miring terbalik, hapus mode itu untuk koneksi penyimpanan",
      "sql_mode contains NO_BACKSLASH_ESCAPES; mysql2 escapes parameters with backslashes, so remove that mode for the store's connections",
    );
  }
  if (charset !== "utf8mb4") {
    throw misconfigured(
      `character_set_connection adalah '${charset}'; buat pool dengan charset utf8mb4 (bawaan mysql2)`,
      `character_set_connection is '${charset}'; create the pool with a utf8mb4 charset (mysql2's default)`,
    );
  }
  checked.add(core);
}

function misconfigured(id: string, en: string): StoreError {
  return new StoreError("unknown", { id, en });
}

/**
 * Validation of the options of the MySQL factories: every problem at once, as a `KinerjaError`
 * with code `INPUT_INVALID`.
 * @module
 */
import type { Issue } from "@kinerja/core";
import { checkAdapterOptions, checkCommonOptions, checkFunctionOptions, checkIntegerOption, optionIssue } from "@kinerja/store-sql";

/** Throws `INPUT_INVALID` listing every invalid option of `factory` (`createMysqlStore`, …). */
export function checkMysqlOptions(factory: string, options: unknown): void {
  checkAdapterOptions(factory, options, collect);
}

function collect(o: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  const pool = o["pool"] as { getConnection?: unknown } | null | undefined;
  if (typeof pool !== "object" || pool === null || typeof pool.getConnection !== "function") {
    issues.push(
      optionIssue(["pool"], {
        id: "pool harus pool mysql2/promise (objek dengan getConnection())",
        en: "pool must be a mysql2/promise pool (an object with getConnection())",
      }),
    );
  }
  checkCommonOptions(o, issues);
  const dialect = o["dialect"] as { name?: unknown } | null | undefined;
  if (dialect !== undefined && (typeof dialect !== "object" || dialect === null || dialect.name !== "mysql")) {
    issues.push(optionIssue(["dialect"], { id: "dialect harus dialek MySQL (createMysqlDialect)", en: "dialect must be a MySQL dialect (createMysqlDialect)" }));
  }
  checkIntegerOption(o, "maxStatementBytes", 65_536, 1024 * 1024 * 1024, issues);
  checkIntegerOption(o, "migrationLockTimeoutSeconds", 0, 3600, issues);
  checkIntegerOption(o, "maxRetries", 0, 100, issues);
  checkFunctionOptions(o, issues);
}

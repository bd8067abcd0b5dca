/**
 * Validation of the options of the PostgreSQL factories: every problem at once, as a
 * `KinerjaError` with code `INPUT_INVALID`.
 * @module
 */
import type { Issue } from "@kinerja/core";
import { checkAdapterOptions, checkCommonOptions, checkFunctionOptions, checkIntegerOption, optionIssue } from "@kinerja/store-sql";

/** Throws `INPUT_INVALID` listing every invalid option of `factory` (`createPostgresStore`, …). */
export function checkPostgresOptions(factory: string, options: unknown): void {
  checkAdapterOptions(factory, options, collect);
}

function collect(o: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  const pool = o["pool"] as { connect?: unknown } | null | undefined;
  if (typeof pool !== "object" || pool === null || typeof pool.connect !== "function") {
    issues.push(optionIssue(["pool"], { id: "pool harus pg.Pool (objek dengan connect())", en: "pool must be a pg.Pool (an object with connect())" }));
  }
  const schema = o["schema"];
  if (schema !== undefined && !isSchemaName(schema)) {
    issues.push(
      optionIssue(["schema"], {
        id: "schema harus teks 1–63 bita tanpa karakter kontrol",
        en: "schema must be a string of 1–63 bytes without control characters",
      }),
    );
  }
  checkCommonOptions(o, issues);
  checkFunctionOptions(o, issues);
  checkIntegerOption(o, "maxRetries", 0, 100, issues);
}

function isSchemaName(value: unknown): boolean {
  // PostgreSQL truncates identifiers past NAMEDATALEN - 1 = 63 bytes.
  return typeof value === "string" && value.length > 0 && Buffer.byteLength(value, "utf8") <= 63 && !/\p{Cc}/u.test(value);
}

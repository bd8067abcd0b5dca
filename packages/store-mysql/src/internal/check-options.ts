/**
 * Validation of the options of the MySQL factories: every problem at once, as a `KinerjaError`
 * with code `INPUT_INVALID`.
 * @module
 */
import { KinerjaError, type Issue, type LocalizedText } from "@kinerja/core";

const ISOLATION_LEVELS: ReadonlySet<unknown> = new Set(["read committed", "repeatable read", "serializable"]);
const TABLE_PREFIX = /^[a-z][a-z0-9_]{0,19}$/;

/** Throws `INPUT_INVALID` listing every invalid option of `factory` (`createMysqlStore`, …). */
export function checkMysqlOptions(factory: string, options: unknown): void {
  const issues: Issue[] = [];
  if (typeof options !== "object" || options === null) {
    issues.push(problem([], { id: "Opsi harus objek", en: "The options must be an object" }));
  } else {
    collect(options as Record<string, unknown>, issues);
  }
  if (issues.length === 0) return;
  throw new KinerjaError("INPUT_INVALID", { id: `Opsi ${factory} tidak sah`, en: `Invalid ${factory} options` }, { issues, path: issues[0]?.path ?? [] });
}

function collect(o: Record<string, unknown>, issues: Issue[]): void {
  const pool = o["pool"] as { getConnection?: unknown } | null | undefined;
  if (typeof pool !== "object" || pool === null || typeof pool.getConnection !== "function") {
    issues.push(
      problem(["pool"], {
        id: "pool harus pool mysql2/promise (objek dengan getConnection())",
        en: "pool must be a mysql2/promise pool (an object with getConnection())",
      }),
    );
  }
  const prefix = o["tablePrefix"];
  if (prefix !== undefined && prefix !== "" && !(typeof prefix === "string" && TABLE_PREFIX.test(prefix))) {
    issues.push(
      problem(["tablePrefix"], {
        id: "tablePrefix harus huruf kecil, angka dan _ (diawali huruf), paling panjang 20 karakter",
        en: "tablePrefix must be lowercase letters, digits and _ (starting with a letter), at most 20 characters",
      }),
    );
  }
  if (o["isolationLevel"] !== undefined && !ISOLATION_LEVELS.has(o["isolationLevel"])) {
    issues.push(
      problem(["isolationLevel"], {
        id: "isolationLevel harus 'read committed', 'repeatable read' atau 'serializable'",
        en: "isolationLevel must be 'read committed', 'repeatable read' or 'serializable'",
      }),
    );
  }
  const dialect = o["dialect"] as { name?: unknown } | null | undefined;
  if (dialect !== undefined && (typeof dialect !== "object" || dialect === null || dialect.name !== "mysql")) {
    issues.push(problem(["dialect"], { id: "dialect harus dialek MySQL (createMysqlDialect)", en: "dialect must be a MySQL dialect (createMysqlDialect)" }));
  }
  checkInteger(o, "maxStatementBytes", 65_536, 1024 * 1024 * 1024, issues);
  checkInteger(o, "migrationLockTimeoutSeconds", 0, 3600, issues);
  checkInteger(o, "maxRetries", 0, 100, issues);
  for (const name of ["clock", "newId"] as const) {
    if (o[name] !== undefined && typeof o[name] !== "function") issues.push(problem([name], { id: `${name} harus fungsi`, en: `${name} must be a function` }));
  }
}

function checkInteger(o: Record<string, unknown>, name: string, min: number, max: number, issues: Issue[]): void {
  const value = o[name];
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max)) return;
  issues.push(problem([name], { id: `${name} harus bilangan bulat ${min}–${max}`, en: `${name} must be an integer ${min}–${max}` }));
}

function problem(path: readonly string[], message: LocalizedText): Issue {
  return { code: "INPUT_INVALID", severity: "error", path, message };
}

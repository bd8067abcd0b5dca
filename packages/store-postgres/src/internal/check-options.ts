/**
 * Validation of the options of the PostgreSQL factories: every problem at once, as a
 * `KinerjaError` with code `INPUT_INVALID`.
 * @module
 */
import { KinerjaError, type Issue, type LocalizedText } from "@kinerja/core";

const ISOLATION_LEVELS: ReadonlySet<unknown> = new Set(["read committed", "repeatable read", "serializable"]);
const TABLE_PREFIX = /^[a-z][a-z0-9_]{0,19}$/;

/** Throws `INPUT_INVALID` listing every invalid option of `factory` (`createPostgresStore`, …). */
export function checkPostgresOptions(factory: string, options: unknown): void {
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
  const pool = o["pool"] as { connect?: unknown } | null | undefined;
  if (typeof pool !== "object" || pool === null || typeof pool.connect !== "function") {
    issues.push(problem(["pool"], { id: "pool harus pg.Pool (objek dengan connect())", en: "pool must be a pg.Pool (an object with connect())" }));
  }
  const schema = o["schema"];
  if (schema !== undefined && !isSchemaName(schema)) {
    issues.push(
      problem(["schema"], {
        id: "schema harus teks 1–63 bita tanpa karakter kontrol",
        en: "schema must be a string of 1–63 bytes without control characters",
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
  for (const name of ["clock", "newId"] as const) {
    if (o[name] !== undefined && typeof o[name] !== "function") issues.push(problem([name], { id: `${name} harus fungsi`, en: `${name} must be a function` }));
  }
  const retries = o["maxRetries"];
  if (retries !== undefined && !(Number.isSafeInteger(retries) && (retries as number) >= 0 && (retries as number) <= 100)) {
    issues.push(problem(["maxRetries"], { id: "maxRetries harus bilangan bulat 0–100", en: "maxRetries must be an integer 0–100" }));
  }
}

function isSchemaName(value: unknown): boolean {
  // PostgreSQL truncates identifiers past NAMEDATALEN - 1 = 63 bytes.
  return typeof value === "string" && value.length > 0 && Buffer.byteLength(value, "utf8") <= 63 && !/\p{Cc}/u.test(value);
}

function problem(path: readonly string[], message: LocalizedText): Issue {
  return { code: "INPUT_INVALID", severity: "error", path, message };
}

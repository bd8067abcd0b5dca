/**
 * Validation of the options the SQL adapters share (`tablePrefix`, `isolationLevel`, integer
 * bounds, `clock` / `newId`): each check appends bilingual `INPUT_INVALID` issues, and
 * {@link checkAdapterOptions} throws them all at once as one `KinerjaError`.
 * @module
 */
import { KinerjaError, type Issue, type LocalizedText } from "@kinerja/core";

/** Appends an issue for every invalid option of `options` it knows about to `issues`. */
export type OptionsCheck = (options: Readonly<Record<string, unknown>>, issues: Issue[]) => void;

/**
 * Throws `INPUT_INVALID` listing every issue `check` finds in the options of `factory`
 * (`createPostgresStore`, …), or one issue at the root when `options` is not an object.
 *
 * @example
 * ```ts
 * checkAdapterOptions("createExampleStore", options, (o, issues) => checkCommonOptions(o, issues));
 * ```
 */
export function checkAdapterOptions(factory: string, options: unknown, check: OptionsCheck): void {
  const issues: Issue[] = [];
  if (typeof options !== "object" || options === null) {
    issues.push(optionIssue([], { id: "Opsi harus objek", en: "The options must be an object" }));
  } else {
    check(options as Record<string, unknown>, issues);
  }
  if (issues.length === 0) return;
  throw new KinerjaError("INPUT_INVALID", { id: `Opsi ${factory} tidak sah`, en: `Invalid ${factory} options` }, { issues, path: issues[0]?.path ?? [] });
}

/** Checks `tablePrefix` (empty, or lowercase letters, digits and `_` from a letter, at most 20) and `isolationLevel`. */
export function checkCommonOptions(options: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  const prefix = options["tablePrefix"];
  if (prefix !== undefined && prefix !== "" && !(typeof prefix === "string" && TABLE_PREFIX.test(prefix))) {
    issues.push(
      optionIssue(["tablePrefix"], {
        id: "tablePrefix harus huruf kecil, angka dan _ (diawali huruf), paling panjang 20 karakter",
        en: "tablePrefix must be lowercase letters, digits and _ (starting with a letter), at most 20 characters",
      }),
    );
  }
  if (options["isolationLevel"] !== undefined && !ISOLATION_LEVELS.has(options["isolationLevel"])) {
    issues.push(
      optionIssue(["isolationLevel"], {
        id: "isolationLevel harus 'read committed', 'repeatable read' atau 'serializable'",
        en: "isolationLevel must be 'read committed', 'repeatable read' or 'serializable'",
      }),
    );
  }
}

/** Checks that the option `name`, when given, is a safe integer from `min` to `max`. */
export function checkIntegerOption(options: Readonly<Record<string, unknown>>, name: string, min: number, max: number, issues: Issue[]): void {
  const value = options[name];
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max)) return;
  issues.push(optionIssue([name], { id: `${name} harus bilangan bulat ${min}–${max}`, en: `${name} must be an integer ${min}–${max}` }));
}

/** Checks that `clock` and `newId`, when given, are functions. */
export function checkFunctionOptions(options: Readonly<Record<string, unknown>>, issues: Issue[]): void {
  for (const name of ["clock", "newId"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") issues.push(optionIssue([name], { id: `${name} harus fungsi`, en: `${name} must be a function` }));
  }
}

/** An `INPUT_INVALID` error issue at `path` of the options. */
export function optionIssue(path: readonly string[], message: LocalizedText): Issue {
  return { code: "INPUT_INVALID", severity: "error", path, message };
}

const ISOLATION_LEVELS: ReadonlySet<unknown> = new Set(["read committed", "repeatable read", "serializable"]);
const TABLE_PREFIX = /^[a-z][a-z0-9_]{0,19}$/;

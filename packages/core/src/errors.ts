/**
 * The one error class of Kinerja, its closed set of codes, and the issue shape shared by policy
 * validation, input validation and scoring.
 * @module
 */
import type { LocalizedText } from "./i18n/text.js";

/** Every error and issue code Kinerja produces (a closed set, UPPER_SNAKE). */
export type KinerjaErrorCode =
  | "POLICY_INVALID"
  | "SCHEMA"
  | "EXPR_SYNTAX"
  | "UNKNOWN_NAME"
  | "UNKNOWN_FUNCTION"
  | "UNSAFE_NAME"
  | "DUPLICATE_NAME"
  | "TYPE_MISMATCH"
  | "ARITY"
  | "CYCLE"
  | "WEIGHT_SUM"
  | "TABLE_SHAPE"
  | "TABLE_OVERLAP"
  | "TABLE_GAP"
  | "TABLE_UNREACHABLE"
  | "INPUT_INVALID"
  | "DIVISION_BY_ZERO"
  | "NON_FINITE"
  | "TABLE_MULTIPLE_MATCH"
  | "TABLE_CONFLICT"
  | "NULL_VALUE"
  | "LENGTH_MISMATCH"
  | "NO_VERSION_IN_FORCE"
  | "POLICY_SET_INVALID"
  | "UNKNOWN_OPERATOR"
  | "UNKNOWN_CONDITION"
  | "OPERATOR_INVALID"
  | "OPERATOR_FAILED"
  | "STORE_NOT_FOUND"
  | "STORE_CONFLICT"
  | "STORE_CONSTRAINT"
  | "STORE_CONNECTION"
  | "STORE_SERIALIZATION"
  | "STORE_FAILED"
  | "INTERNAL";

/** A path into a document or an input: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** How serious an issue is: errors stop compilation or scoring, warnings do not. */
export type Severity = "error" | "warning";

/** One problem found in a policy, an input or during scoring (zod's issue shape plus i18n). */
export interface Issue {
  readonly code: KinerjaErrorCode;
  readonly severity: Severity;
  /** Where the problem is: a path into the policy document or the input. */
  readonly path: IssuePath;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
  /** A suggestion, such as the closest known name for a typo. */
  readonly hint?: LocalizedText;
  /** For problems inside an expression: offsets of the offending text (end exclusive). */
  readonly span?: { readonly start: number; readonly end: number };
}

/** Options accepted by the {@link KinerjaError} constructor. */
export interface KinerjaErrorOptions {
  readonly issues?: readonly Issue[];
  readonly path?: IssuePath;
  readonly cause?: unknown;
}

/**
 * The error Kinerja throws: a `code` from {@link KinerjaErrorCode}, a bilingual message, the path
 * where it happened and, for validation failures, every issue found.
 *
 * @example
 * ```ts
 * try { compilePolicy(doc); } catch (e) { if (isKinerjaError(e)) console.log(e.issues); }
 * ```
 */
export class KinerjaError extends Error {
  /** The machine-readable reason. */
  readonly code: KinerjaErrorCode;
  /** The message in both languages (`message` holds the English one). */
  readonly text: LocalizedText;
  /** Where the error happened. */
  readonly path: IssuePath;
  /** Every problem found (for validation errors), never just the first. */
  readonly issues: readonly Issue[];

  constructor(code: KinerjaErrorCode, text: LocalizedText, options: KinerjaErrorOptions = {}) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KinerjaError";
    this.code = code;
    this.text = text;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [];
  }

  /** A plain JSON form for logs and APIs: code, English message, both texts, path and issues. */
  toJSON(): { name: string; code: KinerjaErrorCode; message: string; text: LocalizedText; path: IssuePath; issues: readonly Issue[] } {
    return { name: this.name, code: this.code, message: this.message, text: this.text, path: this.path, issues: this.issues };
  }
}

/** True when `value` is a {@link KinerjaError}. */
export function isKinerjaError(value: unknown): value is KinerjaError {
  return value instanceof KinerjaError;
}

/** Turns anything thrown into a {@link KinerjaError} (code `INTERNAL` for unknown throws). */
export function toKinerjaError(value: unknown): KinerjaError {
  if (value instanceof KinerjaError) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return new KinerjaError(
    "INTERNAL",
    { id: `Kesalahan internal: ${detail}`, en: `Internal error: ${detail}` },
    { cause: value },
  );
}

/** Creates an error-severity {@link Issue}. */
export function issue(
  code: KinerjaErrorCode,
  path: IssuePath,
  message: LocalizedText,
  extra: { hint?: LocalizedText | undefined; span?: { start: number; end: number }; severity?: Severity } = {},
): Issue {
  return {
    code,
    severity: extra.severity ?? "error",
    path,
    message,
    ...(extra.hint ? { hint: extra.hint } : {}),
    ...(extra.span ? { span: extra.span } : {}),
  };
}

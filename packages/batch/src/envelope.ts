/**
 * The shape of the NDJSON lines `scoreNdjson` writes: one envelope per scored input line.
 * @module
 */
import type { Issue, IssuePath, KinerjaErrorCode, LocalizedText, Trace, Value } from "@kinerja/core";

/** A failed line's error, as JSON: `KinerjaError.toJSON()` without `name`. */
export interface LineError {
  readonly code: KinerjaErrorCode;
  /** The English message. */
  readonly message: string;
  /** The message in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** Where the problem is, inside that line's input (or, for a scoring error, the policy decision). */
  readonly path: IssuePath;
  /** Every problem found, each with its own path. */
  readonly issues: readonly Issue[];
}

/**
 * One output line: `{"line":n,"ok":true,"outputs":{…}}` or `{"line":n,"ok":false,"error":{…}}`.
 * `line` is the 1-based line number in the input (blank lines count); `id` is present when the
 * `idField` option names a string or number field of that input; `trace` when `trace: true`.
 */
export type LineEnvelope =
  | { readonly line: number; readonly id?: string | number; readonly ok: true; readonly outputs: Readonly<Record<string, Value>>; readonly trace?: Trace }
  | { readonly line: number; readonly id?: string | number; readonly ok: false; readonly error: LineError };

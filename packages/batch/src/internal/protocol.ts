/**
 * What travels between the calling thread and the scoring workers (all of it structured-clone
 * data: no functions, no class instances), and how errors cross the thread boundary.
 * @module
 */
import { KinerjaError, type Issue, type IssuePath, type KinerjaErrorCode, type LocalizedText, type PolicyDocument, type PolicyRef } from "@kinerja/core";

/** How each line is scored and written (the same in every worker and in the calling thread). */
export interface LineSettings {
  readonly trace: boolean;
  /** A top-level field of each input copied onto its output line as `id`. */
  readonly idField?: string;
  /** Longer lines are not parsed; they get an `INPUT_INVALID` envelope. */
  readonly maxLineLength: number;
}

/** What a scorer needs to start: the policy document, the custom operators and the line settings. */
export interface ScorerInit {
  readonly policy: PolicyDocument;
  /** A URL (or bare specifier) of a module whose default export is an `OperatorRegistry`. */
  readonly operatorsModule?: string;
  readonly settings: LineSettings;
}

/** A run of non-blank input lines: their 1-based line numbers and texts (`null`: longer than the limit). */
export interface LineBatch {
  readonly lines: readonly number[];
  readonly texts: readonly (string | null)[];
}

/** The scored batch: NDJSON text (one envelope per line, each ending in `\n`) and its counts. */
export interface BatchOutput {
  readonly text: string;
  readonly ok: number;
  readonly failed: number;
}

/** Calling thread → worker. */
export interface BatchMessage extends LineBatch {
  readonly seq: number;
}

/** Worker → calling thread. */
export type WorkerMessage =
  | { readonly type: "ready"; readonly policy: PolicyRef }
  | ({ readonly type: "done"; readonly seq: number } & BatchOutput)
  | { readonly type: "fatal"; readonly error: SerializedFailure };

/** An error that stopped a scorer, as data. */
export interface SerializedFailure {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** A Node.js error code such as `ERR_MODULE_NOT_FOUND`. */
  readonly nodeCode?: string;
  readonly kinerja?: { readonly code: KinerjaErrorCode; readonly text: LocalizedText; readonly path: IssuePath; readonly issues: readonly Issue[] };
}

/** Turns anything thrown into data that can be posted to another thread. */
export function serializeFailure(error: unknown): SerializedFailure {
  if (error instanceof KinerjaError) {
    return { name: error.name, message: error.message, ...stackOf(error), kinerja: { code: error.code, text: error.text, path: error.path, issues: error.issues } };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...stackOf(error), ...(typeof code === "string" ? { nodeCode: code } : {}) };
  }
  return { name: "Error", message: String(error) };
}

/** The error a {@link SerializedFailure} stands for: a `KinerjaError` again when it was one. */
export function reviveFailure(failure: SerializedFailure): Error {
  if (failure.kinerja) {
    const { code, text, path, issues } = failure.kinerja;
    return new KinerjaError(code, text, { path, issues });
  }
  const error = new Error(failure.message) as Error & { code?: string };
  error.name = failure.name;
  if (failure.nodeCode !== undefined) error.code = failure.nodeCode;
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}

function stackOf(error: Error): { stack?: string } {
  return error.stack === undefined ? {} : { stack: error.stack };
}

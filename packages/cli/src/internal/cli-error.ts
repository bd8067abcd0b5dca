/**
 * The one error the commands throw for unusable input (missing file, unparseable document,
 * unknown preset, bad flags): exit code 2 and a bilingual message, plus optional detail lines
 * already rendered (such as located syntax errors).
 * @module
 */
import type { LocalizedText } from "@kinerja/core";
import type { ExitCode } from "../io.js";

/** Why a command could not run. */
export type CliErrorCode = "USAGE" | "FILE_NOT_FOUND" | "FILE_UNREADABLE" | "PARSE" | "UNKNOWN_PRESET" | "POLICY_INVALID" | "INPUT_INVALID" | "OUTPUT_EXISTS";

/** An unusable-input error: the command stops with exit code 2 (or `exitCode`). */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly text: LocalizedText;
  /** Extra lines printed after the message (per language). */
  readonly details: (lang: "id" | "en") => readonly string[];
  readonly exitCode: ExitCode;

  constructor(code: CliErrorCode, text: LocalizedText, options: { details?: (lang: "id" | "en") => readonly string[]; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.code = code;
    this.text = text;
    this.details = options.details ?? (() => []);
    this.exitCode = options.exitCode ?? 2;
  }
}

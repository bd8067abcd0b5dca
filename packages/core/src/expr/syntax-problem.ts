/**
 * The shape of a syntax error in an expression, and the internal signal used to report one.
 * @module
 */
import { syntaxMessage, type SyntaxMessageKey, type SyntaxMessageParam } from "../i18n/syntax-messages.js";
import type { LocalizedText } from "../i18n/text.js";

/** A syntax error: a bilingual message and the offsets of the offending text (end exclusive). */
export interface SyntaxProblem {
  readonly message: LocalizedText;
  readonly start: number;
  readonly end: number;
}

/**
 * Internal control-flow signal carrying a {@link SyntaxProblem}; never escapes `tokenize` or `parseExpression`.
 * @internal
 */
export class SyntaxFailure extends Error {
  /** The problem being reported. */
  readonly problem: SyntaxProblem;

  constructor(problem: SyntaxProblem) {
    super(problem.message.en);
    this.name = "SyntaxFailure";
    this.problem = problem;
  }
}

/** Builds the problem with message `key` at `start..end`; the `{position}` placeholder is filled with `start`. */
export function syntaxProblem(
  key: SyntaxMessageKey,
  start: number,
  end: number,
  params: Readonly<Record<string, SyntaxMessageParam>> = {},
): SyntaxProblem {
  return { message: syntaxMessage(key, { position: start, ...params }), start, end };
}

/**
 * Throws a {@link SyntaxFailure} carrying {@link syntaxProblem}`(key, start, end, params)`.
 * @internal
 */
export function failSyntax(
  key: SyntaxMessageKey,
  start: number,
  end: number,
  params: Readonly<Record<string, SyntaxMessageParam>> = {},
): never {
  throw new SyntaxFailure(syntaxProblem(key, start, end, params));
}

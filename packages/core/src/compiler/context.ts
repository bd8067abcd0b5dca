/**
 * The state shared while one policy is compiled: collected issues, the current document path,
 * the source text of the expression being compiled, and the numeric defaults.
 * @module
 */
import { issue, KinerjaError, type Issue, type IssuePath, type KinerjaErrorCode } from "../errors.js";
import type { LocalizedText } from "../i18n/text.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import type { Expression, Span } from "../expr/ast.js";
import type { Rounding } from "../schema/policy-types.js";
import type { Binding } from "./scope.js";

/** Per-expression compile state. */
export interface ExprContext {
  readonly issues: Issue[];
  /** Path of the expression string in the policy document. */
  readonly path: IssuePath;
  readonly source: string;
  readonly rounding: Rounding;
  /** Every binding the expression reads (for the dependency graph and the trace). */
  readonly refs: Map<string, Binding>;
  /** Places (see `narrowing.ts`) a surrounding test proves not null. */
  readonly nonNull?: ReadonlySet<string>;
}

/** Records an error issue located at a node of the expression. */
export function report(
  ctx: ExprContext,
  code: KinerjaErrorCode,
  at: Span,
  message: LocalizedText,
  hint?: LocalizedText,
): void {
  ctx.issues.push(issue(code, ctx.path, message, { span: { start: at.start, end: at.end }, hint }));
}

/** The source text of a node. */
export function sourceOf(ctx: ExprContext, node: Expression): string {
  return ctx.source.slice(node.start, node.end);
}

/** A scoring-time error raised inside a decision (its path is added by the decision runner). */
export function scoringError(code: KinerjaErrorCode, message: LocalizedText, detail?: string): KinerjaError {
  const text = detail === undefined ? message : fill({ id: `${message.id}: {d}`, en: `${message.en}: {d}` }, { d: detail });
  return new KinerjaError(code, text);
}

/** The error thrown when a value that must be present is null at run time. */
export function nullError(expr: string): KinerjaError {
  return new KinerjaError("NULL_VALUE", fill(M.nullValue, { expr }));
}

/** The closest name to `name` among `candidates` (edit distance ≤ 2, or a case-only difference). */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A "did you mean" hint, when a close name exists. */
export function hintFor(name: string, candidates: readonly string[]): LocalizedText | undefined {
  const near = closest(name, candidates);
  return near === undefined ? undefined : fill(M.didYouMean, { name: near });
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

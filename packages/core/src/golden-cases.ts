/**
 * Golden cases: the examples a policy document carries in `cases` (an input and the outputs it
 * must give), run against the compiled policy. Policy staff use them to pin a policy's meaning;
 * CI and the CLI run them.
 * @module
 */
import { KinerjaError, toKinerjaError } from "./errors.js";
import { fill } from "./i18n/text.js";
import { M } from "./i18n/compiler-messages.js";
import { valuesEqual } from "./compiler/compile-expr.js";
import type { CompiledPolicy } from "./compiler/scorer.js";
import type { Value } from "./compiler/types.js";
import { inForce } from "./policy-set.js";

/** One output that differs from the case's expectation. */
export interface CaseMismatch {
  readonly output: string;
  readonly expected: Value;
  /** The value produced (null when the output does not exist). */
  readonly actual: Value;
}

/** The outcome of one golden case. */
export interface CaseResult {
  readonly name: string;
  /** True when the input scored and every expected output matched exactly. */
  readonly ok: boolean;
  readonly mismatches: readonly CaseMismatch[];
  /** The error when the input could not be scored (or the case's date is outside the policy's period). */
  readonly error?: KinerjaError;
}

/**
 * Scores every golden case of the policy and compares the expected outputs (only those listed)
 * with structural equality.
 *
 * @example
 * ```ts
 * const failed = runGoldenCases(compilePolicy(doc)).filter((c) => !c.ok);
 * ```
 */
export function runGoldenCases(policy: CompiledPolicy): CaseResult[] {
  return (policy.document.cases ?? []).map((c) => {
    if (c.date !== undefined && !inForce(policy, c.date)) {
      const error = new KinerjaError("NO_VERSION_IN_FORCE", fill(M.noVersion, { id: policy.id, date: c.date }), { path: ["date"] });
      return { name: c.name, ok: false, mismatches: [], error };
    }
    const outcome = policy.safeScore(c.input);
    if (!outcome.ok) return { name: c.name, ok: false, mismatches: [], error: toKinerjaError(outcome.error) };
    const outputs = outcome.result.outputs;
    const mismatches = Object.entries(c.expected)
      .map(([output, expected]) => ({ output, expected: expected as Value, actual: Object.hasOwn(outputs, output) ? (outputs[output] as Value) : null }))
      .filter((m) => !valuesEqual(m.expected, m.actual));
    return { name: c.name, ok: mismatches.length === 0, mismatches };
  });
}

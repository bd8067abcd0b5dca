/**
 * What every law receives (the policy, its profile, the run settings) and the helper that runs a
 * fast-check property synchronously and turns its outcome into a {@link LawResult}.
 * @module
 */
import * as fc from "fast-check";
import type { CompiledPolicy, CompileOptions, LocalizedText } from "@kinerja/core";
import type { LawId, LawProfile, LawResult } from "./types.js";

/** The default number of generated cases per law. */
export const DEFAULT_RUNS = 200;
/** The default seed: a fixed one, so a CI failure reproduces locally. */
export const DEFAULT_SEED = 20_240_101;

/** Everything a law needs (internal). */
export interface LawContext {
  readonly policy: CompiledPolicy;
  readonly profile: LawProfile;
  readonly numRuns: number;
  readonly seed: number;
  readonly compileOptions: CompileOptions;
}

/** One law: why it does not apply (or undefined), and how to run it. */
export interface LawDefinition {
  readonly id: LawId;
  /** The reason the law does not apply to this policy, or undefined when it does (cheap: no scoring). */
  notApplicable(ctx: LawContext): LocalizedText | undefined;
  run(ctx: LawContext): LawResult;
}

/** A law violation found while checking one case: its message and where in the policy. */
export class LawViolation extends Error {
  readonly text: LocalizedText;
  readonly path: readonly (string | number)[] | undefined;
  constructor(text: LocalizedText, path?: readonly (string | number)[]) {
    super(text.en);
    this.name = "LawViolation";
    this.text = text;
    this.path = path;
  }
}

/**
 * Runs `check` on `numRuns` cases of `arb` (fast-check `fc.check`, synchronous, shrinking on
 * failure) and reports passed, or failed with the shrunk counterexample and the violation's text.
 */
export function runProperty<T>(law: LawId, ctx: LawContext, arb: fc.Arbitrary<T>, check: (value: T) => void, passed: LocalizedText): LawResult {
  const details = fc.check(
    fc.property(arb, (value) => {
      check(value);
    }),
    { numRuns: ctx.numRuns, seed: ctx.seed },
  );
  if (!details.failed) return { law, status: "passed", runs: details.numRuns, message: passed };
  const error = details.errorInstance;
  const counterexample = details.counterexample?.[0];
  if (error instanceof LawViolation) {
    return { law, status: "failed", runs: details.numRuns, message: withSeed(error.text, details.seed, details.counterexamplePath), counterexample, ...(error.path ? { path: error.path } : {}) };
  }
  const text = error instanceof Error ? error.message : String(error);
  const message = { id: `Pengecekan gagal dengan galat: ${text}`, en: `The check failed with an error: ${text}` };
  return { law, status: "failed", runs: details.numRuns, message: withSeed(message, details.seed, details.counterexamplePath), counterexample };
}

/** A not-applicable result with its reason. */
export function notApplicableResult(law: LawId, reason: LocalizedText): LawResult {
  return { law, status: "not-applicable", runs: 0, message: reason };
}

function withSeed(text: LocalizedText, seed: number, path: string | null): LocalizedText {
  const replay = `seed ${seed}${path ? `, path "${path}"` : ""}`;
  return { id: `${text.id} (ulangi dengan ${replay})`, en: `${text.en} (replay with ${replay})` };
}

/** A short JSON rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

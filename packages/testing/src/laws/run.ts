/**
 * `runPolicyLaws` (every law on one policy, synchronously, as data) and `describePolicyLaws` (the
 * same laws registered as tests with any runner's `describe` / `it`).
 * @module
 */
import type { CompiledPolicy } from "@kinerja/core";
import { boundsLaw } from "./bounds.js";
import { calibrationLaw } from "./calibration.js";
import { DEFAULT_RUNS, DEFAULT_SEED, notApplicableResult, type LawContext, type LawDefinition } from "./context.js";
import { determinismLaw, roundTripLaw } from "./determinism.js";
import { monotonicityLaw } from "./monotonicity.js";
import { permutationLaw } from "./permutation.js";
import { detectProfile } from "./profile.js";
import { tableCompletenessLaw, tableExclusivityLaw } from "./table-laws.js";
import { LAW_IDS, type LawId, type LawResult, type PolicyLawOptions } from "./types.js";
import { zeroWeightLaw } from "./zero-weight.js";

const LAWS: Readonly<Record<LawId, LawDefinition>> = {
  bounds: boundsLaw,
  monotonicity: monotonicityLaw,
  "zero-weight": zeroWeightLaw,
  permutation: permutationLaw,
  determinism: determinismLaw,
  "round-trip": roundTripLaw,
  "table-completeness": tableCompletenessLaw,
  "table-exclusivity": tableExclusivityLaw,
  "calibration-compliance": calibrationLaw,
};

/**
 * Runs the laws on a compiled policy and returns one result per law, in {@link LAW_IDS} order:
 * `passed`, `failed` (with the shrunk counterexample and where in the policy) or `not-applicable`
 * (with the reason). Synchronous; fast-check with `numRuns` cases (default 200) from a fixed seed.
 *
 * @example
 * ```ts
 * for (const r of runPolicyLaws(compilePolicy(doc))) console.log(r.law, r.status, r.message.id);
 * ```
 */
export function runPolicyLaws(policy: CompiledPolicy, options: PolicyLawOptions = {}): LawResult[] {
  const ctx = contextOf(policy, options);
  const wanted = new Set(options.laws ?? LAW_IDS);
  return LAW_IDS.filter((id) => wanted.has(id)).map((id) => runLaw(LAWS[id], ctx));
}

/** The test functions {@link describePolicyLaws} registers with (vitest, jest, or an adapter). */
export interface LawRunner {
  describe(name: string, body: () => void): void;
  readonly it: {
    (name: string, body: () => void, timeoutMs?: number): void;
    /** Registers a skipped test; when absent, a not-applicable law registers a passing test asserting it is not applicable. */
    skip?: (name: string, body: () => void) => void;
  };
}

/**
 * Registers one test per law under `describe(name)`. A failed law throws an `Error` with its
 * message and counterexample. A law that does not apply is registered with `it.skip` and its
 * reason in the test name (so CI shows it as skipped, never as a silent pass); a runner without
 * `it.skip` gets a passing test that asserts the law is not applicable.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * describePolicyLaws("kebijakan BKD", compilePolicy(doc), { describe, it });
 * ```
 */
export function describePolicyLaws(name: string, policy: CompiledPolicy, runner: LawRunner, options: PolicyLawOptions = {}): void {
  const ctx = contextOf(policy, options);
  const wanted = new Set(options.laws ?? LAW_IDS);
  runner.describe(name, () => {
    for (const id of LAW_IDS.filter((l) => wanted.has(l))) {
      const law = LAWS[id];
      const reason = law.notApplicable(ctx);
      if (reason && runner.it.skip) {
        runner.it.skip(`${id} — tidak berlaku / not applicable: ${reason.en}`, () => undefined);
        continue;
      }
      runner.it(id, () => {
        const result = runLaw(law, ctx);
        if (reason && result.status !== "not-applicable") throw new Error(`${id}: expected not-applicable`);
        if (result.status === "failed") throw lawError(result);
      }, 120_000);
    }
  });
}

function runLaw(law: LawDefinition, ctx: LawContext): LawResult {
  const reason = law.notApplicable(ctx);
  return reason ? notApplicableResult(law.id, reason) : law.run(ctx);
}

function contextOf(policy: CompiledPolicy, options: PolicyLawOptions): LawContext {
  return {
    policy,
    profile: options.profile ?? detectProfile(policy),
    numRuns: options.numRuns ?? DEFAULT_RUNS,
    seed: options.seed ?? DEFAULT_SEED,
    compileOptions: options.compileOptions ?? {},
  };
}

function lawError(result: LawResult): Error {
  const where = result.path ? `\nat ${result.path.join(".")}` : "";
  const example = result.counterexample === undefined ? "" : `\ncounterexample: ${JSON.stringify(result.counterexample, null, 2)}`;
  return new Error(`${result.law} failed: ${result.message.en}\n${result.message.id}${where}${example}`);
}

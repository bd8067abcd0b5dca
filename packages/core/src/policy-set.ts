/**
 * Policy sets: every version of one policy, each with its effective dates; scoring picks the
 * version in force on the evaluation date.
 * @module
 */
import { KinerjaError, issue, type Issue } from "./errors.js";
import { fill } from "./i18n/text.js";
import { M } from "./i18n/compiler-messages.js";
import { compilePolicy } from "./compiler/compile-policy.js";
import type { CompiledPolicy, ScoreOptions, ScoreResult } from "./compiler/scorer.js";
import { isCalendarDate } from "./compiler/semantic-checks.js";

/** Every version of one policy, compiled, ordered by effective start date. */
export interface PolicySet {
  readonly id: string;
  readonly versions: readonly CompiledPolicy[];
}

/**
 * Compiles every version and checks the set: one policy id, distinct versions, effective periods
 * that do not overlap. Throws `KinerjaError` (`POLICY_SET_INVALID` or `POLICY_INVALID`) listing
 * every problem.
 *
 * @example
 * ```ts
 * const set = createPolicySet([v2022, v2023]);
 * const policy = selectVersion(set, "2023-06-30");
 * ```
 */
export function createPolicySet(documents: readonly unknown[]): PolicySet {
  const versions = documents.map(compileVersion).sort((a, b) => compareText(a.document.effective.from, b.document.effective.from));
  const issues = checkSet(versions);
  if (issues.length > 0) throw new KinerjaError("POLICY_SET_INVALID", issues[0]?.message ?? M.setEmpty, { issues });
  return Object.freeze({ id: (versions[0] as CompiledPolicy).id, versions: Object.freeze(versions) });
}

/** The version in force on `date` (`YYYY-MM-DD`); throws `NO_VERSION_IN_FORCE` when none is. */
export function selectVersion(set: PolicySet, date: string): CompiledPolicy {
  if (!isCalendarDate(date)) throw new KinerjaError("INPUT_INVALID", fill(M.invalidDate, { value: date }), { path: ["date"] });
  const found = set.versions.find((v) => inForce(v, date));
  if (!found) throw new KinerjaError("NO_VERSION_IN_FORCE", fill(M.noVersion, { id: set.id, date }), { path: ["date"] });
  return found;
}

/** Scores `input` with the version in force on `date`. */
export function scoreOn(set: PolicySet, date: string, input: unknown, options?: ScoreOptions): ScoreResult {
  return selectVersion(set, date).score(input, options);
}

/** True when the policy version is in force on `date` (both ends inclusive). */
export function inForce(policy: CompiledPolicy, date: string): boolean {
  const { from, to } = policy.document.effective;
  return date >= from && (to === undefined || date <= to);
}

function compileVersion(document: unknown, index: number): CompiledPolicy {
  try {
    return compilePolicy(document);
  } catch (error) {
    if (!(error instanceof KinerjaError)) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: [index, ...i.path] }));
    throw new KinerjaError(error.code, error.text, { issues, cause: error });
  }
}

function checkSet(versions: readonly CompiledPolicy[]): Issue[] {
  if (versions.length === 0) return [issue("POLICY_SET_INVALID", [], M.setEmpty)];
  const issues: Issue[] = [];
  const ids = [...new Set(versions.map((v) => v.id))];
  if (ids.length > 1) issues.push(issue("POLICY_SET_INVALID", ["id"], fill(M.setMixedIds, { ids })));
  const seen = new Set<string>();
  for (const v of versions) {
    if (seen.has(v.version)) issues.push(issue("POLICY_SET_INVALID", ["version"], fill(M.setDuplicateVersion, { version: v.version })));
    seen.add(v.version);
  }
  for (let i = 1; i < versions.length; i++) {
    const prev = versions[i - 1] as CompiledPolicy;
    const next = versions[i] as CompiledPolicy;
    const prevTo = prev.document.effective.to;
    if (prevTo === undefined || prevTo >= next.document.effective.from) {
      issues.push(issue("POLICY_SET_INVALID", ["effective"], fill(M.setOverlap, { a: prev.version, b: next.version })));
    }
  }
  return issues;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
import { isCalendarDate } from "./internal/calendar-date.js";
import { compareAscending } from "./internal/order.js";

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
export function createPolicySet(documents: readonly unknown[], options: PolicySetOptions = {}): PolicySet {
  if (!Array.isArray(documents)) throw new KinerjaError("POLICY_SET_INVALID", M.setNotList, { issues: [issue("POLICY_SET_INVALID", [], M.setNotList)] });
  const entries = compileVersions(documents).sort((a, b) => compareAscending(a.policy.document.effective.from, b.policy.document.effective.from));
  const issues = checkSet(entries, options.id === undefined);
  if (issues.length > 0) throw new KinerjaError("POLICY_SET_INVALID", issues[0]?.message ?? M.setEmpty, { issues });
  const versions = entries.map((e) => e.policy);
  return Object.freeze({ id: options.id ?? (versions[0] as CompiledPolicy).id, versions: Object.freeze(versions) });
}

/** Options of {@link createPolicySet}. */
export interface PolicySetOptions {
  /**
   * The set's own id. When given, the set may hold different policies (a regime set such as
   * `nasional`: PP 46/2011, then PP 30/2019, then PermenPANRB 6/2022); their periods must still not
   * overlap. Without it every document must share one policy id.
   */
  readonly id?: string;
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

/** A compiled version and its index in the documents given (issue paths start with that index). */
interface Entry {
  readonly policy: CompiledPolicy;
  readonly index: number;
}

/** Compiles every document; when some are invalid, throws one `POLICY_INVALID` with the issues of all of them. */
function compileVersions(documents: readonly unknown[]): Entry[] {
  const entries: Entry[] = [];
  const issues: Issue[] = [];
  let first: KinerjaError | undefined;
  documents.forEach((document, index) => {
    try {
      entries.push({ policy: compilePolicy(document), index });
    } catch (error) {
      if (!(error instanceof KinerjaError)) throw error;
      first ??= error;
      issues.push(...error.issues.map((i) => ({ ...i, path: [index, ...i.path] })));
    }
  });
  if (first) throw new KinerjaError(first.code, fill(M.policyInvalid, { count: issues.length }), { issues, cause: first });
  return entries;
}

function checkSet(entries: readonly Entry[], oneId: boolean): Issue[] {
  if (entries.length === 0) return [issue("POLICY_SET_INVALID", [], M.setEmpty)];
  const issues: Issue[] = [];
  const ids = [...new Set(entries.map((e) => e.policy.id))];
  if (oneId && ids.length > 1) issues.push(issue("POLICY_SET_INVALID", [(entries.find((e) => e.policy.id !== ids[0]) as Entry).index, "id"], fill(M.setMixedIds, { ids })));
  const seen = new Set<string>();
  for (const { policy, index } of entries) {
    const key = `${policy.id}@${policy.version}`;
    if (seen.has(key)) issues.push(issue("POLICY_SET_INVALID", [index, "version"], fill(M.setDuplicateVersion, { version: policy.version })));
    seen.add(key);
  }
  return [...issues, ...overlaps(entries)];
}

/** Every pair of versions whose effective periods overlap (entries sorted by start date). */
function overlaps(entries: readonly Entry[]): Issue[] {
  const issues: Issue[] = [];
  // In a regime set the versions of different policies are named with their policy id.
  const mixed = new Set(entries.map((e) => e.policy.id)).size > 1;
  const label = (e: Entry): string => (mixed ? `${e.policy.id} ${e.policy.version}` : e.policy.version);
  entries.forEach((next, i) => {
    for (const prev of entries.slice(0, i)) {
      const prevTo = prev.policy.document.effective.to;
      if (prevTo !== undefined && prevTo < next.policy.document.effective.from) continue;
      issues.push(issue("POLICY_SET_INVALID", [next.index, "effective"], fill(M.setOverlap, { a: label(prev), b: label(next) })));
    }
  });
  return issues;
}


/**
 * The exact search for the target counts of a calibration. Among every count vector `t` (one count
 * per category, summing to N) that meets all rules, it finds the one that minimises, in order:
 * 1. `changes = Σ max(0, c_k − t_k)`: people who must change category to go from the current
 *    counts `c` to `t` — a lower bound for any assignment with counts `t` (every surplus member of
 *    a category must leave it), reached by moving exactly the surplus members;
 * 2. `steps = Σ_j |C_j − T_j|` over the prefix sums (best first): the fewest category levels those
 *    movers travel in total (earth mover's distance on a line), so adjacent moves are preferred;
 * 3. the lexicographically smallest `t` read best first: when promotion and demotion tie, fewer
 *    people end up in the better categories.
 *
 * `W = changes · (N·K + 1) + steps` is convex and piecewise linear in `t`; the rules are linear.
 * With the counts of all but the last three categories fixed, every rule bounds one of those three
 * (their total is fixed), so that problem is solved exactly at the integral vertices of its
 * arrangement; its optimum is thus the continuous partial minimum, convex in the fourth-to-last
 * count, where a binary search finds the smallest best value (infeasible values ranked by a convex
 * measure of violation). Earlier counts are enumerated in ascending order (the first optimum found
 * is the lexicographically smallest), pruned by an admissible lower bound. Exact for any rules;
 * O(N log N) evaluations for the five predikat, O(N^(K−4) log N) for K categories. The
 * three-category solve is in `count-problem.ts`.
 * @module
 */
import { changesOf, evaluate, setUp, stepsOf, type Evaluation, type InnerRule, type Problem, type SearchRule } from "./count-problem.js";

export type { SearchRule } from "./count-problem.js";

/** The optimal target. */
export interface TargetResult {
  readonly counts: readonly number[];
  /** People who change category (the minimum possible). */
  readonly changes: number;
  /** Category levels travelled in total. */
  readonly steps: number;
}

/** The optimal compliant target for the current counts, or `undefined` when no count vector complies. */
export function searchTarget(current: readonly number[], rules: readonly SearchRule[]): TargetResult | undefined {
  const sum = (r: SearchRule): number => r.members.reduce((a, m) => a + (current[m] as number), 0);
  if (rules.every((r) => sum(r) >= r.min && sum(r) <= r.max)) return { counts: [...current], changes: 0, steps: 0 };
  const p = setUp(current, rules);
  const state: State = { bestW: Infinity, best: undefined, feasibilityOnly: false };
  dfs(p, state, 0, 0, 0, 0, 0);
  if (!state.best) return undefined;
  return { counts: state.best.slice(0, current.length), changes: changesOf(p, state.best), steps: stepsOf(p, state.best) };
}

/** Whether some count vector of `headcount` people over `categoryCount` categories meets every rule. */
export function hasSolution(categoryCount: number, headcount: number, rules: readonly SearchRule[]): boolean {
  const current = Array.from({ length: categoryCount }, (_, i) => (i === 0 ? headcount : 0));
  const state: State = { bestW: Infinity, best: undefined, feasibilityOnly: true };
  dfs(setUp(current, rules), state, 0, 0, 0, 0, 0);
  return state.best !== undefined;
}

interface State {
  bestW: number;
  best: number[] | undefined;
  feasibilityOnly: boolean;
}

/** Enumerates the counts of categories 0 … K−5 in ascending order; binary search at K−4. */
function dfs(p: Problem, state: State, i: number, prefix: number, dec: number, inc: number, steps: number): void {
  if (i >= p.k - 4) return i === p.k - 4 ? bisect(p, state, prefix) : settle(p, state, evaluate(p, prefix));
  const hi = Math.min(p.cap[i] as number, p.n - prefix, ...(p.rulesOf[i] as number[]).map((r) => (p.rules[r] as InnerRule).max - (p.fixed[r] as number)));
  for (let v = 0; v <= hi; v++) {
    const next = prefix + v;
    const dec2 = dec + Math.max(0, (p.c[i] as number) - v);
    const inc2 = inc + Math.max(0, v - (p.c[i] as number));
    const steps2 = steps + Math.abs((p.pc[i + 1] as number) - next);
    setCount(p, i, v);
    if (state.feasibilityOnly || lowerBound(p, i, next, dec2, inc2, steps2) < state.bestW) dfs(p, state, i + 1, next, dec2, inc2, steps2);
    setCount(p, i, 0);
    if (state.feasibilityOnly && state.best) return;
  }
}

/** The smallest best count of category K−4: the evaluations are convex in it (see the module documentation). */
function bisect(p: Problem, state: State, prefix: number): void {
  const i = p.k - 4;
  const at = (v: number): Evaluation => {
    setCount(p, i, v);
    const e = evaluate(p, prefix + v);
    setCount(p, i, 0);
    return e;
  };
  let lo = 0;
  let hi = Math.min(p.cap[i] as number, p.n - prefix);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (compare(at(mid + 1), at(mid), state.feasibilityOnly) >= 0) hi = mid;
    else lo = mid + 1;
  }
  setCount(p, i, lo);
  settle(p, state, evaluate(p, prefix + lo));
  setCount(p, i, 0);
}

/** Orders evaluations: less violation first, then (when both feasible and optimising) less weight. */
function compare(a: Evaluation, b: Evaluation, feasibilityOnly: boolean): number {
  if (a.violation !== b.violation) return a.violation - b.violation;
  if (a.violation > 0 || feasibilityOnly) return 0;
  return a.w - b.w;
}

function settle(p: Problem, state: State, e: Evaluation): void {
  if (e.violation > 0 || (state.best && e.w >= state.bestW)) return;
  state.best = [...p.t.slice(0, p.k - 3), ...e.last];
  state.bestW = e.w;
}

function setCount(p: Problem, i: number, v: number): void {
  const delta = v - (p.t[i] as number);
  p.t[i] = v;
  for (const r of p.rulesOf[i] as number[]) p.fixed[r] = (p.fixed[r] as number) + delta;
}

/** A lower bound of `W` over every completion of the fixed counts 0..i. */
function lowerBound(p: Problem, i: number, prefix: number, dec: number, inc: number, steps: number): number {
  const rest = p.n - prefix;
  const restCurrent = p.n - (p.pc[i + 1] as number);
  let leave = Math.max(0, restCurrent - rest);
  let join = Math.max(0, rest - restCurrent);
  p.rules.forEach((r, j) => {
    if (r.last <= i) return;
    const current = (p.restOf[j] as number[])[i] as number;
    leave = Math.max(leave, current - (r.max - (p.fixed[j] as number)));
    join = Math.max(join, r.min - (p.fixed[j] as number) - current);
  });
  let later = 0;
  for (let j = i + 2; j < p.k; j++) later += Math.max(0, prefix - (p.pc[j] as number));
  return Math.max(dec + leave, inc + join) * p.big + steps + later;
}


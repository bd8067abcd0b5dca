/**
 * The count problem behind a calibration search, and its exact solve over the last three
 * categories. With the counts of every earlier category fixed (and the total N fixed), each rule
 * bounds a single one of the last three counts — a rule on two of them bounds the third through
 * the total — so the feasible (x, y, z) form a box cut by x + y + z = m. The objective
 * `W = changes · (N·K + 1) + steps` is linear between the lines where a term changes slope
 * (x = c, y = c, z = c, the prefix-sum kink, and the box sides), all with integral constants, so
 * the best point is one of their pairwise intersections — integral — and the continuous optimum is
 * the integer one.
 * @module
 */
/** A rule on category indexes (`max` may be `Infinity`). */
export interface SearchRule {
  readonly members: readonly number[];
  readonly min: number;
  readonly max: number;
}

/** A rule with where it sits relative to the last three categories. */
export interface InnerRule extends SearchRule {
  /** Bits 0–2: which of the last three categories the rule holds. */
  readonly inner: number;
  /** The largest category index in the rule. */
  readonly last: number;
}

/**
 * k ≥ 3 categories (padded with empty ones), pc[j] = c_0 + … + c_(j−1), restOf[r][i] = current
 * members of rule r after index i; t and fixed: the counts being built and each rule's sum over
 * the fixed ones.
 */
export interface Problem {
  readonly k: number;
  readonly n: number;
  readonly c: readonly number[];
  readonly pc: readonly number[];
  readonly cap: readonly number[];
  readonly rules: readonly InnerRule[];
  readonly rulesOf: readonly (readonly number[])[];
  readonly restOf: readonly (readonly number[])[];
  readonly big: number;
  readonly t: number[];
  readonly fixed: number[];
}

/** An evaluation of fixed outer counts: violation (0 = feasible), best weight and the last three counts. */
export interface Evaluation {
  readonly violation: number;
  readonly w: number;
  readonly last: readonly number[];
}

/** Prepares the search over `current` counts (padded to at least three categories). */
export function setUp(current: readonly number[], rules: readonly SearchRule[]): Problem {
  const k = Math.max(3, current.length);
  const c = Array.from({ length: k }, (_, i) => current[i] ?? 0);
  const n = c.reduce((a, b) => a + b, 0);
  const pc = [0];
  for (const v of c) pc.push((pc[pc.length - 1] as number) + v);
  const cap = c.map((_, i) => (i < current.length ? n : 0));
  const inner = rules.map((r): InnerRule => ({
    ...r,
    inner: r.members.reduce((bits, m) => (m >= k - 3 ? bits | (1 << (m - (k - 3))) : bits), 0),
    last: Math.max(-1, ...r.members),
  }));
  const rulesOf = c.map((_, i) => inner.flatMap((r, j) => (r.members.includes(i) ? [j] : [])));
  const restOf = inner.map((r) => c.map((_, i) => r.members.reduce((sum, m) => (m > i ? sum + (c[m] as number) : sum), 0)));
  return { k, n, c, pc, cap, rules: inner, rulesOf, restOf, big: n * k + 1, t: c.map(() => 0), fixed: inner.map(() => 0) };
}

/** Solves the last three categories for the fixed counts before them (total `prefix`). */
export function evaluate(p: Problem, prefix: number): Evaluation {
  const box = innerBox(p, p.n - prefix);
  return box.violation > 0 ? { violation: box.violation, w: Infinity, last: [] } : bestCorner(p, prefix, box);
}

/** Bounds [lo, hi] of the last three counts (total m) and how far the rules are from being met (0 = feasible). */
function innerBox(p: Problem, m: number): { lo: number[]; hi: number[]; violation: number } {
  const base = p.k - 3;
  const lo = [0, 0, 0];
  const hi = [0, 1, 2].map((v) => Math.min(p.cap[base + v] as number, m));
  let violation = 0;
  p.rules.forEach((r, j) => {
    const f = p.fixed[j] as number;
    const count = (r.inner & 1) + ((r.inner >> 1) & 1) + ((r.inner >> 2) & 1);
    if (count === 0 || count === 3) {
      const total = f + (count === 3 ? m : 0);
      violation += Math.max(0, r.min - total) + Math.max(0, total - r.max);
    } else if (count === 1) {
      const v = r.inner === 1 ? 0 : r.inner === 2 ? 1 : 2;
      lo[v] = Math.max(lo[v] as number, r.min - f);
      hi[v] = Math.min(hi[v] as number, r.max - f);
    } else {
      const w = r.inner === 6 ? 0 : r.inner === 5 ? 1 : 2;
      lo[w] = Math.max(lo[w] as number, m - (r.max - f));
      hi[w] = Math.min(hi[w] as number, m - (r.min - f));
    }
  });
  const gap = (v: number): number => Math.max(0, (lo[v] as number) - (hi[v] as number));
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  return { lo, hi, violation: violation + gap(0) + gap(1) + gap(2) + Math.max(0, sumLo - m) + Math.max(0, m - sumHi) };
}

/** The best feasible (x, y, z), smallest x then y on ties: W is linear between the breakpoint lines, so a corner is optimal. */
function bestCorner(p: Problem, prefix: number, box: { lo: number[]; hi: number[] }): Evaluation {
  const m = p.n - prefix;
  const base = p.k - 3;
  const [lx, ly, lz] = box.lo as [number, number, number];
  const [hx, hy, hz] = box.hi as [number, number, number];
  const xs = [lx, hx, p.c[base] as number, (p.pc[base + 1] as number) - prefix];
  const zs = [lz, hz, p.c[base + 2] as number];
  const sums = [m - hy, m - ly, m - (p.c[base + 1] as number)];
  let best: Evaluation = { violation: 0, w: Infinity, last: [] };
  const consider = (x: number, z: number): void => {
    const y = m - x - z;
    if (x < lx || x > hx || y < ly || y > hy || z < lz || z > hz) return;
    p.t[base] = x;
    p.t[base + 1] = y;
    p.t[base + 2] = z;
    const w = changesOf(p, p.t) * p.big + stepsOf(p, p.t);
    const [bx, by] = best.last as [number, number];
    if (w < best.w || (w === best.w && (x < bx || (x === bx && y < by)))) best = { violation: 0, w, last: [x, y, z] };
  };
  for (const x of xs) for (const z of zs) consider(x, z);
  for (const s of sums) {
    for (const x of xs) consider(x, s - x);
    for (const z of zs) consider(s - z, z);
  }
  p.t.fill(0, base);
  return best;
}

/** People who leave their category going from the current counts to `t`. */
export function changesOf(p: Problem, t: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < p.k; i++) d += Math.max(0, (p.c[i] as number) - (t[i] as number));
  return d;
}

/** Category levels travelled going from the current counts to `t` (prefix-sum distance). */
export function stepsOf(p: Problem, t: readonly number[]): number {
  let s = 0;
  let prefix = 0;
  for (let j = 1; j < p.k; j++) {
    prefix += t[j - 1] as number;
    s += Math.abs((p.pc[j] as number) - prefix);
  }
  return s;
}

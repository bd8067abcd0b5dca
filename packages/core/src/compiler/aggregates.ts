/**
 * Collection functions: `sum`, `avg`, `count`, `min`, `max`, `wavg`, `filter`, `any`, `all`.
 * Each takes a list and optionally lambdas (`sum(indikator, i => i.bobot)`); sums are
 * decimal-exact. While a decision is traced, each element's contribution is recorded.
 * @module
 */
import type { CallExpression, Expression } from "../expr/ast.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { decAdd, decDiv, decMul } from "../internal/decimal.js";
import { report, scoringError, sourceOf, type ExprContext } from "./context.js";
import { compileExpression, expectType, finite, requireNumber, UNSAFE_NAMES, type Compiled, type Evaluator } from "./compile-expr.js";
import { Scope, type AggregateItem, type Env } from "./scope.js";
import { streamedWeightedAverage, type Projection } from "./wavg-stream.js";
import { ANY, BOOLEAN, NUMBER, describeType, isNullable, isNumeric, withNull, type Type, type Value } from "./types.js";

/** The collection functions. */
export type AggregateKind = "sum" | "avg" | "count" | "min" | "max" | "wavg" | "filter" | "any" | "all";

type Extractor = (env: Env, item: Value) => Value;

interface Parts {
  readonly list: Evaluator;
  readonly listType: Extract<Type, { k: "list" }>;
  readonly value: Extractor | undefined;
  readonly weight: Extractor | undefined;
  readonly weightList: Evaluator | undefined;
  /** For `wavg(xs.a, ys.b)`: both projections, streamed without building lists. */
  readonly streams?: { readonly values: Projection; readonly weights: Projection };
}

const FAILED: Compiled = { type: ANY, fn: () => null };
const isBool = (t: Type): boolean => t.k === "boolean";

/** Compiles a collection function call. */
export function aggregate(kind: AggregateKind, node: CallExpression, scope: Scope, ctx: ExprContext): Compiled {
  const parts = compileParts(kind, node, scope, ctx);
  if (!parts) return FAILED;
  const text = sourceOf(ctx, node);
  const run = RUNNERS[kind](parts, text);
  const type = resultType(kind, parts.listType);
  return { type, fn: run };
}

function compileParts(kind: AggregateKind, node: CallExpression, scope: Scope, ctx: ExprContext): Parts | undefined {
  const [listNode, second, third] = node.args;
  const max = kind === "wavg" ? 3 : 2;
  const min = kind === "filter" || kind === "any" || kind === "all" ? 2 : kind === "wavg" ? 2 : 1;
  if (!listNode || node.args.length < min || node.args.length > max) {
    report(ctx, "ARITY", node, fill(M.arity, { name: node.callee, expected: min === max ? String(min) : `${min}–${max}`, actual: node.args.length }));
    return undefined;
  }
  const list = compileExpression(listNode, scope, ctx);
  if (list.type.k === "any") return undefined;
  if (list.type.k !== "list") {
    report(ctx, "TYPE_MISMATCH", listNode, fill(M.expectedList, { name: node.callee, actual: describeType(list.type) }));
    return undefined;
  }
  const listType = list.type;
  if (kind === "wavg" && second && second.type !== "lambda") return wavgLists(list, listType, second, scope, ctx);
  const valueKind = kind === "count" || kind === "filter" || kind === "any" || kind === "all" ? "boolean" : "number";
  const value = second ? lambda(second, listType.of, scope, ctx, valueKind) : elementAs(listType.of, listNode, ctx, kind);
  const weight = kind === "wavg" ? (third ? lambda(third, listType.of, scope, ctx, "number") : undefined) : undefined;
  if (value === null || weight === null || (kind === "wavg" && !weight)) return undefined;
  return { list: list.fn, listType, value, weight, weightList: undefined };
}

function wavgLists(list: Compiled, listType: Parts["listType"], weights: Expression, scope: Scope, ctx: ExprContext): Parts | undefined {
  const w = compileExpression(weights, scope, ctx);
  const okValues = elementAs(listType.of, weights, ctx, "wavg");
  const okWeights = w.type.k === "list" ? elementAs(w.type.of, weights, ctx, "wavg") : null;
  if (w.type.k !== "list") report(ctx, "TYPE_MISMATCH", weights, fill(M.expected, { expected: "list<number>", actual: describeType(w.type) }));
  if (okValues === null || okWeights === null) return undefined;
  const streams = list.projection && w.projection ? { streams: { values: list.projection, weights: w.projection } } : {};
  return { list: list.fn, listType, value: undefined, weight: undefined, weightList: w.fn, ...streams };
}

/** Without a lambda, the elements themselves are used: they must be of the needed kind. */
function elementAs(of: Type, at: Expression, ctx: ExprContext, kind: AggregateKind): undefined | null {
  if (kind === "count") return undefined;
  const checked = expectType({ type: of, fn: () => null }, at, ctx, isNumeric, "list<number>");
  return checked.type === ANY && of.k !== "any" ? null : undefined;
}

function lambda(node: Expression, of: Type, scope: Scope, ctx: ExprContext, kind: "number" | "boolean"): Extractor | null {
  if (node.type !== "lambda") {
    report(ctx, "TYPE_MISMATCH", node, fill(M.expected, { expected: "x => …", actual: node.type }));
    return null;
  }
  if (UNSAFE_NAMES.has(node.param)) {
    report(ctx, "UNSAFE_NAME", node, fill(M.unsafeName, { name: node.param }));
    return null;
  }
  const child = new Scope(scope);
  const slot = child.defineLocal(node.param, withNull(of, isNullable(of)), "param").slot;
  const body = compileExpression(node.body, child, ctx);
  const checked = expectType(body, node.body, ctx, kind === "number" ? isNumeric : isBool, kind);
  if (checked.type === ANY && body.type.k !== "any") return null;
  const fn = body.fn;
  return (env, item) => {
    env.l[slot] = item;
    return fn(env);
  };
}

function resultType(kind: AggregateKind, listType: Parts["listType"]): Type {
  switch (kind) {
    case "sum":
    case "count":
      return NUMBER;
    case "filter":
      return { k: "list", of: listType.of };
    case "any":
    case "all":
      return BOOLEAN;
    default:
      return withNull(NUMBER, listType.nonEmpty !== true || listType.nullable === true);
  }
}

function items(parts: Parts, env: Env): readonly Value[] {
  const list = parts.list(env);
  return Array.isArray(list) ? list : [];
}

function valueAt(parts: Parts, env: Env, item: Value, text: string): number {
  return requireNumber(parts.value ? parts.value(env, item) : item, text);
}

type Runner = (parts: Parts, text: string) => Evaluator;

const RUNNERS: Record<AggregateKind, Runner> = {
  sum: (parts, text) => (env) => {
    const xs = items(parts, env);
    let total = 0;
    for (const item of xs) total = finite(decAdd(total, valueAt(parts, env, item, text)));
    if (env.trace) traceEach(env, "sum", text, total, xs.length, (i) => same(valueAt(parts, env, xs[i] as Value, text)));
    return total;
  },
  avg: (parts, text) => (env) => {
    const xs = items(parts, env);
    if (xs.length === 0) return null;
    let total = 0;
    for (const item of xs) total = finite(decAdd(total, valueAt(parts, env, item, text)));
    const result = decDiv(total, xs.length);
    if (env.trace) {
      traceEach(env, "avg", text, result, xs.length, (i) => {
        const value = valueAt(parts, env, xs[i] as Value, text);
        return { value, contribution: decDiv(value, xs.length) };
      });
    }
    return result;
  },
  count: (parts, text) => (env) => {
    const xs = items(parts, env);
    let n = 0;
    for (const item of xs) if (!parts.value || parts.value(env, item) === true) n++;
    if (env.trace) traceEach(env, "count", text, n, xs.length, (i) => same(!parts.value || parts.value(env, xs[i] as Value) === true ? 1 : 0));
    return n;
  },
  min: (parts, text) => extremumRunner(parts, text, "min"),
  max: (parts, text) => extremumRunner(parts, text, "max"),
  wavg: (parts, text) => {
    const streams = parts.streams;
    if (!streams) return (env) => weightedAverage(parts, env, text);
    // The trace needs every value and weight: it takes the list-building path.
    return (env) => (env.trace === null ? streamedWeightedAverage(streams.values, streams.weights, env, text) : undefined) ?? weightedAverage(parts, env, text);
  },
  filter: (parts) => (env) => items(parts, env).filter((item) => parts.value?.(env, item) === true),
  any: (parts) => (env) => items(parts, env).some((item) => parts.value?.(env, item) === true),
  all: (parts) => (env) => items(parts, env).every((item) => parts.value?.(env, item) === true),
};

function extremumRunner(parts: Parts, text: string, kind: "min" | "max"): Evaluator {
  return (env) => {
    const xs = items(parts, env);
    let best: number | null = null;
    let at = -1;
    xs.forEach((item, i) => {
      const v = valueAt(parts, env, item, text);
      if (best === null || (kind === "min" ? v < best : v > best)) [best, at] = [v, i];
    });
    if (env.trace) {
      traceEach(env, kind, text, best, xs.length, (i) => ({ value: valueAt(parts, env, xs[i] as Value, text), contribution: i === at ? 1 : 0 }));
    }
    return best;
  };
}

function weightedAverage(parts: Parts, env: Env, text: string): Value {
  const xs = items(parts, env);
  const ws = parts.weightList ? parts.weightList(env) : null;
  const weights = Array.isArray(ws) ? ws : null;
  if (weights && weights.length !== xs.length) {
    throw scoringError("LENGTH_MISMATCH", fill(M.lengthMismatch, { a: xs.length, b: weights.length }));
  }
  if (xs.length === 0) return null;
  const vs: number[] = [];
  const wsNum: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const item = xs[i] as Value;
    vs.push(valueAt(parts, env, item, text));
    wsNum.push(requireNumber(weights ? (weights[i] as Value) : (parts.weight as Extractor)(env, item), text));
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < vs.length; i++) {
    num = finite(decAdd(num, decMul(vs[i] as number, wsNum[i] as number)));
    den = finite(decAdd(den, wsNum[i] as number));
  }
  if (den === 0) throw scoringError("DIVISION_BY_ZERO", M.divisionByZero, text);
  const result = withinValues(finite(decDiv(num, den)), vs, wsNum);
  if (env.trace) traceWeighted(env, text, result, vs, wsNum, den);
  return result;
}

/**
 * With non-negative weights a weighted average lies between the smallest and the largest value
 * that has weight. Exact arithmetic guarantees it except when a weight is too small to have a short
 * decimal (subnormal doubles such as 9e-323); this keeps the law in those cases too.
 */
function withinValues(result: number, vs: readonly number[], ws: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < vs.length; i++) {
    const w = ws[i] as number;
    if (w < 0) return result;
    if (w > 0) [lo, hi] = [Math.min(lo, vs[i] as number), Math.max(hi, vs[i] as number)];
  }
  return lo <= hi ? Math.min(Math.max(result, lo), hi) : result;
}

function traceEach(
  env: Env,
  fn: string,
  expr: string,
  result: Value,
  count: number,
  entry: (i: number) => { value: number; contribution: number },
): void {
  const sink = env.trace;
  env.trace = null; // lambdas re-evaluated for the trace must not record nested aggregates twice
  const entries: AggregateItem[] = [];
  for (let i = 0; i < count; i++) {
    const { value, contribution } = entry(i);
    entries.push({ index: i, value, contribution });
  }
  env.trace = sink;
  sink?.aggregate({ fn, expr, result, items: entries });
}

function same(value: number): { value: number; contribution: number } {
  return { value, contribution: value };
}

function traceWeighted(env: Env, expr: string, result: Value, vs: readonly number[], ws: readonly number[], den: number): void {
  const entries: AggregateItem[] = vs.map((value, i) => ({
    index: i,
    value,
    weight: ws[i] as number,
    contribution: decDiv(decMul(value, ws[i] as number), den),
  }));
  env.trace?.aggregate({ fn: "wavg", expr, result, items: entries });
}

/**
 * The built-in functions of the expression language: numeric helpers (`min`, `max`, `clamp`,
 * `abs`, `round`, `floor`, `ceil`, `coalesce`) and collection functions (`sum`, `avg`, `count`,
 * `min`, `max`, `wavg`, `filter`, `any`, `all`), with optional lambdas (`sum(xs, x => x.bobot)`).
 * @module
 */
import type { CallExpression, Expression } from "../expr/ast.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { ROUNDING_MODES, isRoundingMode, roundDecimal, type RoundingMode } from "../rounding.js";
import { hintFor, report, sourceOf, type ExprContext } from "./context.js";
import { compileExpecting, compileExpression, finite, requireNumber, type Compiled, type Evaluator } from "./compile-expr.js";
import { aggregate, type AggregateKind } from "./aggregates.js";
import { DATE_FUNCTIONS } from "./date-functions.js";
import type { Scope } from "./scope.js";
import { ANY, NUMBER, describeType, isNullable, isNumeric, unify, withNull, type Type } from "./types.js";

type FunctionCompiler = (node: CallExpression, scope: Scope, ctx: ExprContext) => Compiled;

const FAILED: Compiled = { type: ANY, fn: () => null };

/** Compiles a call of a built-in function; unknown functions are reported with a hint. */
export function compileCall(node: CallExpression, scope: Scope, ctx: ExprContext): Compiled {
  const compiler = Object.hasOwn(FUNCTIONS, node.callee) ? FUNCTIONS[node.callee] : undefined;
  if (!compiler) {
    report(ctx, "UNKNOWN_FUNCTION", node, fill(M.unknownFunction, { name: node.callee }), hintFor(node.callee, FUNCTION_NAMES));
    return FAILED;
  }
  return compiler(node, scope, ctx);
}

function arity(node: CallExpression, ctx: ExprContext, min: number, max: number): boolean {
  const n = node.args.length;
  if (n >= min && n <= max) return true;
  const expected = min === max ? String(min) : max === Infinity ? `≥ ${min}` : `${min}–${max}`;
  report(ctx, "ARITY", node, fill(M.arity, { name: node.callee, expected, actual: n }));
  return false;
}

function numberArg(node: Expression, scope: Scope, ctx: ExprContext): Evaluator {
  return checked(compileExpecting(node, scope, ctx, isNumeric, "number"), node, ctx);
}

function unaryNumeric(op: (x: number) => number): FunctionCompiler {
  return (node, scope, ctx) => {
    if (!arity(node, ctx, 1, 1)) return FAILED;
    const x = numberArg(node.args[0] as Expression, scope, ctx);
    return { type: NUMBER, fn: (env) => finite(op(x(env) as number)) || 0 };
  };
}

/** `round(x, scale?, mode?)`, `floor(x, scale?)`, `ceil(x, scale?)`: decimal-exact rounding. */
function rounding(fixedMode: RoundingMode | undefined): FunctionCompiler {
  return (node, scope, ctx) => {
    if (!arity(node, ctx, 1, fixedMode ? 2 : 3)) return FAILED;
    const x = numberArg(node.args[0] as Expression, scope, ctx);
    const scale = node.args[1] ? scaleLiteral(node.args[1], ctx) : fixedMode ? 0 : ctx.rounding.scale;
    const mode = fixedMode ?? (node.args[2] ? modeLiteral(node.args[2], ctx) : ctx.rounding.mode);
    if (scale === undefined || mode === undefined) return FAILED;
    return { type: NUMBER, fn: (env) => roundDecimal(x(env) as number, scale, mode) };
  };
}

function scaleLiteral(node: Expression, ctx: ExprContext): number | undefined {
  if (node.type === "number" && Number.isInteger(node.value) && node.value >= 0 && node.value <= 15) return node.value;
  report(ctx, "TYPE_MISMATCH", node, M.scaleLiteral);
  return undefined;
}

function modeLiteral(node: Expression, ctx: ExprContext): RoundingMode | undefined {
  if (node.type === "string" && isRoundingMode(node.value)) return node.value;
  report(ctx, "TYPE_MISMATCH", node, fill(M.roundingMode, { values: ROUNDING_MODES }));
  return undefined;
}

function clamp(node: CallExpression, scope: Scope, ctx: ExprContext): Compiled {
  if (!arity(node, ctx, 3, 3)) return FAILED;
  const [x, lo, hi] = node.args.map((a) => compileExpecting(a, scope, ctx, isNumeric, "number")) as [Compiled, Compiled, Compiled];
  const [low, high] = [lo.known?.value, hi.known?.value];
  if (typeof low === "number" && typeof high === "number") {
    // Known bounds (literals, constants): one closure call instead of four.
    const fn = x.fn;
    const text = sourceOf(ctx, node.args[0] as Expression);
    return { type: NUMBER, fn: (env) => Math.min(Math.max(requireNumber(fn(env), text), low), high) };
  }
  const [xf, lf, hf] = node.args.map((a, i) => checked([x, lo, hi][i] as Compiled, a, ctx)) as [Evaluator, Evaluator, Evaluator];
  return { type: NUMBER, fn: (env) => Math.min(Math.max(xf(env) as number, lf(env) as number), hf(env) as number) };
}

/** The evaluator of a compiled numeric argument that fails with NULL_VALUE on a non-number. */
function checked(compiled: Compiled, node: Expression, ctx: ExprContext): Evaluator {
  const fn = compiled.fn;
  const text = sourceOf(ctx, node);
  return (env) => requireNumber(fn(env), text);
}

function coalesce(node: CallExpression, scope: Scope, ctx: ExprContext): Compiled {
  if (!arity(node, ctx, 1, Infinity)) return FAILED;
  const compiled = node.args.map((a) => compileExpression(a, scope, ctx));
  let type: Type | undefined;
  for (const c of compiled) type = type === undefined ? withNull(c.type, false) : unify(type, withNull(c.type, false));
  if (!type) {
    report(ctx, "TYPE_MISMATCH", node, M.coalesceTypes);
    return FAILED;
  }
  const last = compiled[compiled.length - 1] as Compiled;
  const fns = compiled.map((c) => c.fn);
  const fn: Evaluator = (env) => {
    for (const f of fns) {
      const v = f(env);
      if (v !== null) return v;
    }
    return null;
  };
  return { type: withNull(type, isNullable(last.type)), fn };
}

/** `min`/`max`: of numbers (`min(a, b, …)`) or of a collection (`min(xs)`, `min(xs, x => …)`). */
function extremum(kind: "min" | "max"): FunctionCompiler {
  return (node, scope, ctx) => {
    const probe: ExprContext = { ...ctx, issues: [], refs: new Map() };
    const first = node.args[0] ? compileExpression(node.args[0], scope, probe) : undefined;
    if (first?.type.k === "list" || node.args[1]?.type === "lambda") return aggregate(kind, node, scope, ctx);
    if (!arity(node, ctx, 1, Infinity)) return FAILED;
    const args = node.args.map((a) => numberArg(a, scope, ctx));
    const pick = kind === "min" ? Math.min : Math.max;
    return { type: NUMBER, fn: (env) => args.reduce((acc: number, f) => pick(acc, f(env) as number), kind === "min" ? Infinity : -Infinity) };
  };
}

/**
 * `slice(xs, start, end?)`: the elements from `start` (inclusive) to `end` (exclusive), zero-based,
 * as JavaScript's `Array.prototype.slice` (negative positions count from the end); e.g. the
 * first k + 1 yearly values for a running total: `sum(slice(akTahunan, 0, k + 1), a => a.ak)`.
 */
function slice(node: CallExpression, scope: Scope, ctx: ExprContext): Compiled {
  if (!arity(node, ctx, 2, 3)) return FAILED;
  const list = compileExpression(node.args[0] as Expression, scope, ctx);
  if (list.type.k !== "list" && list.type.k !== "any") {
    report(ctx, "TYPE_MISMATCH", node.args[0] as Expression, fill(M.expectedList, { name: "slice", actual: describeType(list.type) }));
    return FAILED;
  }
  const [start, end] = node.args.slice(1).map((a) => numberArg(a, scope, ctx));
  const lf = list.fn;
  const type: Type = list.type.k === "list" ? { k: "list", of: list.type.of } : ANY;
  const fn: Evaluator = (env) => {
    const xs = lf(env);
    if (!Array.isArray(xs)) return [];
    return xs.slice(Math.trunc((start as Evaluator)(env) as number), end ? Math.trunc(end(env) as number) : undefined);
  };
  return { type, fn };
}

function collection(kind: AggregateKind): FunctionCompiler {
  return (node, scope, ctx) => aggregate(kind, node, scope, ctx);
}

const FUNCTIONS: Readonly<Record<string, FunctionCompiler>> = {
  abs: unaryNumeric(Math.abs),
  floor: rounding("FLOOR"),
  ceil: rounding("CEILING"),
  round: rounding(undefined),
  clamp,
  coalesce,
  min: extremum("min"),
  max: extremum("max"),
  sum: collection("sum"),
  avg: collection("avg"),
  count: collection("count"),
  wavg: collection("wavg"),
  filter: collection("filter"),
  any: collection("any"),
  all: collection("all"),
  slice,
  ...DATE_FUNCTIONS,
};

/** The names of every built-in function. */
export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);


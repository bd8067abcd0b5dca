/**
 * Compiles json-rules-engine conditions into closures: fact leaves (fact, path, operator with
 * decorators, value or `{ fact, path }`), `all` / `any` / `not` groups and named references. Names
 * are resolved and operand types checked at compile time; every problem is reported with its path.
 * @module
 */
import { issue, type IssuePath } from "../../errors.js";
import { fill } from "../../i18n/text.js";
import { M } from "../../i18n/compiler-messages.js";
import { R } from "../../i18n/rule-messages.js";
import type { FactReference, JsonValue, RuleCondition } from "../../schema/policy-types.js";
import type { ConditionTrace } from "../../trace/trace-types.js";
import { UNSAFE_NAMES } from "../compile-expr.js";
import { hintFor } from "../context.js";
import type { DecisionCompileState } from "../compile-table.js";
import type { Env, Scope } from "../scope.js";
import { ANY, describeType, typeOfJson, withNull, type Type, type Value } from "../types.js";
import { parsePath, readPath, typeAtPath, unsafeStep } from "./json-path.js";
import { BUILT_IN_OPERATORS, DATE_OPERATOR_NAMES, DECORATORS, DEFAULT_OPERATOR_NAMES, type Comparison } from "./operators.js";
import { registeredOperator, type OperatorRegistry } from "./registry.js";

/** A compiled condition: a fast test and a traced evaluation of every leaf. */
export interface ConditionNode {
  run(env: Env): boolean;
  traced(env: Env): ConditionTrace;
}

/** What compiling the conditions of one rules decision needs. */
export interface ConditionContext {
  readonly scope: Scope;
  readonly state: DecisionCompileState;
  /** The decision's named conditions. */
  readonly named: Readonly<Record<string, RuleCondition>>;
  readonly operators: OperatorRegistry | undefined;
  /** Named conditions being compiled (to detect references in a cycle). */
  readonly stack: readonly string[];
  /** Named conditions already compiled: each is compiled (and its problems reported) once. */
  readonly cache: Map<string, ConditionNode>;
}

/** A compiled operand: its type and how to read it. */
export interface Operand {
  readonly type: Type;
  readonly read: (env: Env) => Value;
  /** Set when the operand is a whole global (input, constant, decision): its slot, for a direct read. */
  readonly globalSlot?: number;
  /** Set when the operand is a literal: the value itself. */
  readonly literal?: { readonly value: Value };
}

const FAILED: ConditionNode = { run: () => false, traced: () => ({ kind: "fact", fact: "", operator: "", value: null, factResult: null, valueResult: null, result: false }) };

/** Compiles a condition at `path`; problems are added to the state's issues. */
export function compileCondition(condition: RuleCondition, path: IssuePath, ctx: ConditionContext): ConditionNode {
  const meta = { ...(condition.name ? { name: condition.name } : {}), ...(condition.label ? { label: condition.label } : {}) };
  if ("all" in condition) return group("all", condition.all.map((c, i) => compileCondition(c, [...path, "all", i], ctx)), meta);
  if ("any" in condition) return group("any", condition.any.map((c, i) => compileCondition(c, [...path, "any", i], ctx)), meta);
  if ("not" in condition) return group("not", [compileCondition(condition.not, [...path, "not"], ctx)], meta);
  if ("condition" in condition) return reference(condition.condition, path, ctx, meta);
  return leaf(condition, path, ctx, meta);
}

type Meta = Pick<ConditionTrace, "name" | "label">;

function group(kind: "all" | "any" | "not", children: ConditionNode[], meta: Meta): ConditionNode {
  const run = groupRun(kind, children);
  return {
    run,
    traced: (env) => {
      // Every child is evaluated, as json-rules-engine does within one priority, so the trace is complete.
      const traces = children.map((c) => c.traced(env));
      const results = traces.map((t) => t.result);
      const result = kind === "all" ? results.every(Boolean) : kind === "any" ? results.some(Boolean) : !results[0];
      return { kind, ...meta, result, children: traces };
    },
  };
}

/** The fast test of a group: one child is tested directly, several in an index loop (no closures per call). */
function groupRun(kind: "all" | "any" | "not", children: readonly ConditionNode[]): (env: Env) => boolean {
  const first = children[0] as ConditionNode;
  if (kind === "not") return (env) => !first.run(env);
  if (children.length === 1) return first.run;
  const n = children.length;
  if (kind === "all")
    return (env) => {
      for (let i = 0; i < n; i++) if (!(children[i] as ConditionNode).run(env)) return false;
      return true;
    };
  return (env) => {
    for (let i = 0; i < n; i++) if ((children[i] as ConditionNode).run(env)) return true;
    return false;
  };
}

function reference(name: string, path: IssuePath, ctx: ConditionContext, meta: Meta): ConditionNode {
  const target = Object.hasOwn(ctx.named, name) ? ctx.named[name] : undefined;
  if (!target) {
    ctx.state.issues.push(issue("UNKNOWN_CONDITION", [...path, "condition"], fill(R.unknownCondition, { name }), { hint: hintFor(name, Object.keys(ctx.named)) }));
    return FAILED;
  }
  if (ctx.stack.includes(name)) {
    ctx.state.issues.push(issue("CYCLE", [...path, "condition"], fill(R.conditionCycle, { cycle: [...ctx.stack, name].join(" → ") })));
    return FAILED;
  }
  const inner = namedCondition(name, target, ctx);
  return { run: inner.run, traced: (env) => ({ ...inner.traced(env), reference: name, ...meta }) };
}

/** Compiles a named condition once; later references reuse it. */
export function namedCondition(name: string, condition: RuleCondition, ctx: ConditionContext): ConditionNode {
  const cached = ctx.cache.get(name);
  if (cached) return cached;
  const node = compileCondition(condition, [...ctx.state.path, "conditions", name], { ...ctx, stack: [...ctx.stack, name] });
  ctx.cache.set(name, node);
  return node;
}

function leaf(condition: Extract<RuleCondition, { fact: string }>, path: IssuePath, ctx: ConditionContext, meta: Meta): ConditionNode {
  const fact = operand(condition.fact, condition.path, [...path, "fact"], [...path, "path"], ctx);
  const value = valueOperand(condition.value, [...path, "value"], ctx);
  // A typo in a literal list of `in` / `notIn` is reported at the value; other checks at the operator.
  if (fact && !literalListFits(condition, fact.type, [...path, "value"], ctx)) return FAILED;
  const compare = operator(condition.operator, fact?.type ?? ANY, value?.type ?? ANY, [...path, "operator"], ctx);
  if (!fact || !value || !compare) return FAILED;
  const written = condition.value as Value;
  return {
    run: fastRun(fact, value, compare),
    traced: (env) => {
      const factResult = fact.read(env);
      const valueResult = value.read(env);
      return {
        kind: "fact",
        ...meta,
        fact: condition.fact,
        ...(condition.path ? { path: condition.path } : {}),
        operator: condition.operator,
        value: written,
        factResult,
        valueResult,
        result: compare(factResult, valueResult),
      };
    },
  };
}

/**
 * The fast test of a leaf. The common shape — a whole global fact against a literal — reads the
 * slot and the value directly: fewer closures per leaf keeps large rule sets in cache.
 */
function fastRun(fact: Operand, value: Operand, compare: Comparison): (env: Env) => boolean {
  const slot = fact.globalSlot;
  if (slot !== undefined && value.literal) {
    const literal = value.literal.value;
    return (env) => compare(env.g[slot] ?? null, literal);
  }
  const readFact = fact.read;
  const readValue = value.read;
  return (env) => compare(readFact(env), readValue(env));
}

/** Resolves a fact name (and path) to a typed reader, recording it as an input of the decision. */
export function operand(name: string, path: string | undefined, namePath: IssuePath, pathPath: IssuePath, ctx: ConditionContext): Operand | undefined {
  const { issues } = ctx.state;
  if (UNSAFE_NAMES.has(name)) {
    issues.push(issue("UNSAFE_NAME", namePath, fill(M.unsafeName, { name })));
    return undefined;
  }
  const binding = ctx.scope.lookup(name);
  if (!binding || binding.role === "param") {
    issues.push(issue("UNKNOWN_NAME", namePath, fill(M.unknownName, { name }), { hint: hintFor(name, ctx.scope.names()) }));
    return undefined;
  }
  ctx.state.refs.set(name, binding);
  const slot = binding.slot;
  const base = binding.kind === "global" ? (env: Env): Value => env.g[slot] ?? null : (env: Env): Value => env.l[slot] ?? null;
  if (path === undefined) return { type: binding.type, read: base, ...(binding.kind === "global" ? { globalSlot: slot } : {}) };
  const steps = parsePath(path);
  if (!steps) {
    issues.push(issue("SCHEMA", pathPath, fill(R.badPath, { path })));
    return undefined;
  }
  const unsafe = unsafeStep(steps);
  if (unsafe !== undefined) {
    issues.push(issue("UNSAFE_NAME", pathPath, fill(M.unsafeName, { name: unsafe })));
    return undefined;
  }
  const at = typeAtPath(binding.type, steps);
  if ("error" in at) {
    if (at.error === "field") issues.push(issue("UNKNOWN_NAME", pathPath, fill(M.unknownField, { type: describeType(binding.type), name: at.key }), { hint: hintFor(at.key, at.known) }));
    else issues.push(issue("TYPE_MISMATCH", pathPath, fill(R.pathOnScalar, { path, type: describeType(at.type) })));
    return undefined;
  }
  return { type: at.type, read: (env) => readPath(base(env), steps) };
}

/** A compared value or event parameter: a literal, or `{ fact, path }` (json-rules-engine's rule). */
export function valueOperand(value: JsonValue | FactReference, path: IssuePath, ctx: ConditionContext): Operand | undefined {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "fact")) {
    const keys = Object.keys(value);
    if (typeof value["fact"] !== "string" || keys.some((k) => k !== "fact" && k !== "path" && k !== "params") || (value["path"] !== undefined && typeof value["path"] !== "string")) {
      ctx.state.issues.push(issue("SCHEMA", path, R.badReference));
      return undefined;
    }
    return operand(value["fact"], value["path"] as string | undefined, [...path, "fact"], [...path, "path"], ctx);
  }
  const literal = value as Value;
  return { type: typeOfJson(value as JsonValue), read: () => literal, literal: { value: literal } };
}

function operator(text: string, fact: Type, value: Type, path: IssuePath, ctx: ConditionContext): Comparison | undefined {
  const parts = text.split(":");
  const name = parts.pop() as string;
  const spec = BUILT_IN_OPERATORS.get(name) ?? registeredOperator(ctx.operators, name);
  const report = (code: "UNKNOWN_OPERATOR" | "TYPE_MISMATCH", message: Parameters<typeof issue>[2], hint?: Parameters<typeof issue>[2]): undefined => {
    ctx.state.issues.push(issue(code, path, message, { hint }));
    return undefined;
  };
  if (!spec) return report("UNKNOWN_OPERATOR", fill(R.unknownOperator, { name }), hintFor(name, knownOperators(ctx)) ?? fill(R.knownOperators, { names: knownOperators(ctx).join(", ") }));
  let types = { fact, value };
  const decorators = [];
  for (const d of parts) {
    const decorator = DECORATORS.get(d);
    if (!decorator) return report("UNKNOWN_OPERATOR", fill(R.unknownDecorator, { name: d }), hintFor(d, [...DECORATORS.keys()]));
    const inner = decorator.inner(types.fact, types.value, text);
    if (!("fact" in inner)) return report("TYPE_MISMATCH", inner);
    types = inner;
    decorators.push(decorator);
  }
  const problem = spec.check(types.fact, types.value, text);
  if (problem) return report("TYPE_MISMATCH", problem, types.fact.k === "date" || types.value.k === "date" ? R.useDateOperator : undefined);
  let compare = spec.compare;
  for (let i = decorators.length - 1; i >= 0; i--) compare = (decorators[i] as (typeof decorators)[number]).wrap(compare);
  return compare;
}

/** The built-in operators that test equality of values (a text outside an enum can never match). */
const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(["equal", "notEqual", "in", "notIn", "contains", "doesNotContain"]);

/**
 * A literal list of texts compared with an enum fact (`in`, `notIn`, `someValue:equal`, …) or with
 * the elements of an enum list (`contains` under `swap`, …): every listed text must be one of the
 * enum's values.
 */
function literalListFits(condition: Extract<RuleCondition, { fact: string }>, factType: Type, path: IssuePath, ctx: ConditionContext): boolean {
  const base = condition.operator.slice(condition.operator.lastIndexOf(":") + 1);
  const fact = factType.k === "list" ? factType.of : factType;
  if (!EQUALITY_OPERATORS.has(base) || fact.k !== "enum" || !Array.isArray(condition.value)) return true;
  const wrong = condition.value.find((v): v is string => typeof v === "string" && !fact.values.includes(v));
  if (wrong === undefined) return true;
  ctx.state.issues.push(issue("TYPE_MISMATCH", path, fill(R.enumValue, { value: wrong, type: describeType(withNull(fact, false)) }), { hint: hintFor(wrong, fact.values) }));
  return false;
}

function knownOperators(ctx: ConditionContext): string[] {
  return [...DEFAULT_OPERATOR_NAMES, ...DATE_OPERATOR_NAMES, ...(ctx.operators?.names ?? [])];
}

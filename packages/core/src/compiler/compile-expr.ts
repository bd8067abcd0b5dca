/**
 * Type-checks an expression tree against the names in scope and turns it into a plain closure
 * `(env) => value`. No `eval`, no `new Function`: every node becomes a small JavaScript function.
 * @module
 */
import type { BinaryExpression, Expression, Identifier, MemberExpression } from "../expr/ast.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { arithmeticFn, knownEqualityFn, propertyOf, slotMemberFn, type ArithmeticOperator, type Known } from "./fast-ops.js";
import { hintFor, nullError, report, scoringError, sourceOf, type ExprContext } from "./context.js";
import { compileCall } from "./functions.js";
import { isCalendarDate } from "../internal/calendar-date.js";
import type { Env, Scope } from "./scope.js";
import { isNarrowed, narrowed, nullFacts } from "./narrowing.js";
import {
  ANY,
  BOOLEAN,
  NULL,
  NUMBER,
  describeType,
  isNullable,
  isNumeric,
  isTextual,
  unify,
  withNull,
  type Type,
  type Value,
  textsOutsideEnum,
} from "./types.js";

/** A compiled expression: its static type and its evaluator. */
export interface Compiled {
  readonly type: Type;
  readonly fn: Evaluator;
  /** The value, when it is known at compile time (a literal or a policy constant). */
  readonly known?: Known;
  /** The slot a plain name reads (for fused member reads). */
  readonly slot?: { readonly local: boolean; readonly index: number };
  /** For a projection `list.field`: the list's evaluator and the field (for streaming aggregates). */
  readonly projection?: { readonly list: Evaluator; readonly property: string };
}

/** Evaluates a compiled expression in an environment. */
export type Evaluator = (env: Env) => Value;

/** Names that are never allowed as identifiers or member names (prototype pollution guard). */
export const UNSAFE_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const FAILED: Compiled = { type: ANY, fn: () => null };

/** Type-checks and compiles `node`; problems are added to `ctx.issues` and yield a failed node. */
export function compileExpression(node: Expression, scope: Scope, ctx: ExprContext): Compiled {
  switch (node.type) {
    case "number":
      return constant(NUMBER, node.value);
    case "string":
      return constant({ k: "string", literal: node.value }, node.value);
    case "boolean":
      return constant(BOOLEAN, node.value);
    case "null":
      return constant(NULL, null);
    case "identifier":
      return compileIdentifier(node, scope, ctx);
    case "member":
      return compileMember(node, scope, ctx);
    case "index":
      return compileIndex(node, scope, ctx);
    case "list":
      return compileList(node.items, node, scope, ctx);
    case "unary":
      return node.operator === "not" ? compileNot(node.operand, scope, ctx) : compileNegate(node.operand, scope, ctx);
    case "binary":
      return compileBinary(node, scope, ctx);
    case "if":
      return compileIf(node.test, node.consequent, node.alternate, scope, ctx);
    case "call":
      return compileCall(node, scope, ctx);
    case "lambda":
      report(ctx, "TYPE_MISMATCH", node, M.lambdaMisplaced);
      return FAILED;
  }
}

/** Compiles `node` and requires a non-null value of the given kind (`number`, `boolean`, …). */
export function compileExpecting(
  node: Expression,
  scope: Scope,
  ctx: ExprContext,
  accepts: (t: Type) => boolean,
  expected: string,
): Compiled {
  const compiled = compileExpression(node, scope, ctx);
  return expectType(compiled, node, ctx, accepts, expected);
}

/** Checks an already compiled node against a kind and reports a mismatch or nullability. */
export function expectType(
  compiled: Compiled,
  node: Expression,
  ctx: ExprContext,
  accepts: (t: Type) => boolean,
  expected: string,
  allowNull = false,
): Compiled {
  const t = compiled.type;
  if (t.k === "any") return compiled;
  if (!accepts(t)) {
    report(ctx, "TYPE_MISMATCH", node, fill(M.expected, { expected, actual: describeType(t) }));
    return FAILED;
  }
  if (isNullable(t) && !allowNull) {
    report(ctx, "TYPE_MISMATCH", node, fill(M.nullableOperand, { actual: describeType(t) }));
    return FAILED;
  }
  return compiled;
}

/** Reads a number at run time, failing with NULL_VALUE when it is missing. */
export function requireNumber(value: Value, expr: string): number {
  if (typeof value !== "number") throw nullError(expr);
  return value;
}

/** Fails with NON_FINITE when arithmetic overflowed. */
export function finite(value: number): number {
  if (!Number.isFinite(value)) throw scoringError("NON_FINITE", M.nonFinite);
  return value;
}

function constant(type: Type, value: Value): Compiled {
  return { type, fn: () => value, known: { value } };
}

function checkSafe(name: string, node: Expression, ctx: ExprContext): boolean {
  if (!UNSAFE_NAMES.has(name)) return true;
  report(ctx, "UNSAFE_NAME", node, fill(M.unsafeName, { name }));
  return false;
}

function compileIdentifier(node: Identifier, scope: Scope, ctx: ExprContext): Compiled {
  if (!checkSafe(node.name, node, ctx)) return FAILED;
  const binding = scope.lookup(node.name);
  if (!binding) {
    report(ctx, "UNKNOWN_NAME", node, fill(M.unknownName, { name: node.name }), hintFor(node.name, scope.names()));
    return FAILED;
  }
  ctx.refs.set(binding.name, binding);
  const slot = binding.slot;
  const fn: Evaluator = binding.kind === "global" ? (env) => env.g[slot] ?? null : (env) => env.l[slot] ?? null;
  const type = isNarrowed(node, scope, ctx) ? withNull(binding.type, false) : binding.type;
  // A constant's slot is never written after the template is built: its value is known.
  const known = binding.known === undefined ? {} : { known: binding.known };
  return { type, fn, ...known, slot: { local: binding.kind === "local", index: slot } };
}

function compileMember(node: MemberExpression, scope: Scope, ctx: ExprContext): Compiled {
  const object = compileExpression(node.object, scope, ctx);
  if (!checkSafe(node.property, node, ctx)) return FAILED;
  const member = memberOf(object, node.property, node, ctx);
  return member !== FAILED && isNarrowed(node, scope, ctx) ? { type: withNull(member.type, false), fn: member.fn } : member;
}

function memberOf(object: Compiled, property: string, node: MemberExpression, ctx: ExprContext): Compiled {
  const t = object.type;
  if (t.k === "any") return { type: ANY, fn: object.slot ? slotMemberFn(object.slot.local, object.slot.index, property) : readProperty(object.fn, property) };
  if (t.k === "list") return projectMember(object, property, node, ctx);
  if (t.k !== "object") {
    report(ctx, "TYPE_MISMATCH", node, fill(M.expected, { expected: "object", actual: describeType(t) }));
    return FAILED;
  }
  // Own fields only: `toString`, `valueOf`, … must not resolve to Object.prototype members.
  const field = Object.hasOwn(t.fields, property) ? t.fields[property] : undefined;
  if (!field) {
    const hint = hintFor(property, Object.keys(t.fields));
    report(ctx, "UNKNOWN_NAME", node, fill(M.unknownField, { type: describeType(t), name: property }), hint);
    return FAILED;
  }
  const s = object.slot;
  return { type: isNullable(t) ? withNull(field, true) : field, fn: s ? slotMemberFn(s.local, s.index, property) : readProperty(object.fn, property) };
}

function projectMember(list: Compiled, property: string, node: MemberExpression, ctx: ExprContext): Compiled {
  const t = list.type as Extract<Type, { k: "list" }>;
  const element = memberOf({ type: t.of, fn: () => null }, property, node, ctx);
  if (element === FAILED) return FAILED;
  const fn = list.fn;
  const project: Evaluator = (env) => {
    const items = fn(env);
    if (!Array.isArray(items)) return null;
    return items.map((item: Value) => propertyOf(item, property));
  };
  return { type: withNull({ k: "list", of: element.type, nonEmpty: t.nonEmpty === true }, isNullable(t)), fn: project, projection: { list: fn, property } };
}

function readProperty(fn: Evaluator, property: string): Evaluator {
  return (env) => propertyOf(fn(env), property);
}

export { propertyOf };

function compileIndex(node: Extract<Expression, { type: "index" }>, scope: Scope, ctx: ExprContext): Compiled {
  const target = compileExpression(node.object, scope, ctx);
  if (target.type.k === "object") return compileKeyLookup(target, node, scope, ctx);
  const index = compileExpecting(node.index, scope, ctx, isNumeric, "number");
  if (target.type.k !== "list" && target.type.k !== "any") {
    report(ctx, "TYPE_MISMATCH", node.object, fill(M.expected, { expected: "list / object", actual: describeType(target.type) }));
    return FAILED;
  }
  const of = target.type.k === "list" ? target.type.of : ANY;
  const lf = target.fn;
  const ixf = index.fn;
  const fn: Evaluator = (env) => {
    const items = lf(env);
    const i = ixf(env);
    return Array.isArray(items) && typeof i === "number" && Number.isInteger(i) && i >= 0 ? ((items[i] as Value) ?? null) : null;
  };
  return { type: withNull(of, true), fn };
}

/**
 * `record[key]`: looks a field up by a computed text key (`persenPredikat[predikat]`), typically a
 * constant table keyed by an enum. When every value of an enum key is a field, the result is never
 * null; otherwise a missing key gives null. Unsafe keys (`__proto__`, …) read as missing.
 */
function compileKeyLookup(target: Compiled, node: Extract<Expression, { type: "index" }>, scope: Scope, ctx: ExprContext): Compiled {
  // A nullable key (an optional enum input) is allowed: a null key reads as a missing field.
  const key = expectType(compileExpression(node.index, scope, ctx), node.index, ctx, isTextual, "string", true);
  const fields = (target.type as Extract<Type, { k: "object" }>).fields;
  const names = Object.keys(fields);
  let type: Type | undefined;
  for (const name of names) type = type === undefined ? fields[name] : unify(type, fields[name] as Type);
  if (names.length > 0 && type === undefined) {
    report(ctx, "TYPE_MISMATCH", node.object, fill(M.expected, { expected: "record of one value type", actual: describeType(target.type) }));
    return FAILED;
  }
  const keyType = key.type;
  const total = keyType.k === "enum" && keyType.nullable !== true && keyType.values.every((v) => names.includes(v)) && target.type.nullable !== true;
  if (keyType.k === "enum" || (keyType.k === "string" && keyType.literal !== undefined)) {
    const values = keyType.k === "enum" ? keyType.values : [keyType.literal as string];
    const missing = values.find((v) => !names.includes(v));
    if (missing !== undefined && keyType.k === "string") {
      report(ctx, "UNKNOWN_NAME", node.index, fill(M.unknownField, { type: describeType(target.type), name: missing }), hintFor(missing, names));
      return FAILED;
    }
  }
  const tf = target.fn;
  const kf = key.fn;
  const fn: Evaluator = (env) => {
    const k = kf(env);
    return typeof k === "string" && !UNSAFE_NAMES.has(k) ? propertyOf(tf(env), k) : null;
  };
  return { type: withNull(type ?? ANY, !total), fn };
}

/** Compiles a list literal (also used for `in [..]`). */
export function compileList(items: readonly Expression[], at: Expression, scope: Scope, ctx: ExprContext): Compiled {
  const compiled = items.map((item) => compileExpression(item, scope, ctx));
  let of: Type | undefined;
  for (const c of compiled) {
    of = of === undefined ? c.type : unify(of, c.type);
    if (of === undefined) {
      report(ctx, "TYPE_MISMATCH", at, M.listItemTypes);
      return FAILED;
    }
  }
  const fns = compiled.map((c) => c.fn);
  return { type: { k: "list", of: of ?? ANY, nonEmpty: items.length > 0 }, fn: (env) => fns.map((f) => f(env)) };
}

function compileNot(operand: Expression, scope: Scope, ctx: ExprContext): Compiled {
  const c = compileExpecting(operand, scope, ctx, (t) => t.k === "boolean", "boolean");
  const fn = c.fn;
  return { type: BOOLEAN, fn: (env) => fn(env) !== true };
}

function compileNegate(operand: Expression, scope: Scope, ctx: ExprContext): Compiled {
  const c = compileExpecting(operand, scope, ctx, isNumeric, "number");
  const fn = c.fn;
  const text = sourceOf(ctx, operand);
  return { type: NUMBER, fn: (env) => 0 - requireNumber(fn(env), text) || 0 };
}

function compileBinary(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  switch (node.operator) {
    case "and":
    case "or":
      return compileLogical(node, scope, ctx);
    case "+":
    case "-":
    case "*":
    case "/":
      return compileArithmetic(node, scope, ctx);
    case "in":
      return compileIn(node, scope, ctx);
    case "=":
    case "!=":
      return compileEquality(node, scope, ctx);
    default:
      return compileOrdering(node, scope, ctx);
  }
}

function compileLogical(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  const isBool = (t: Type): boolean => t.k === "boolean";
  const left = compileExpecting(node.left, scope, ctx, isBool, "boolean").fn;
  // The right side runs only when the left did not decide: `x != null and x > 3`, `x = null or x > 3`.
  const facts = nullFacts(node.left, scope);
  const rightCtx = narrowed(ctx, node.operator === "and" ? facts.whenTrue : facts.whenFalse);
  const right = compileExpecting(node.right, scope, rightCtx, isBool, "boolean").fn;
  const fn: Evaluator =
    node.operator === "and" ? (env) => left(env) === true && right(env) === true : (env) => left(env) === true || right(env) === true;
  return { type: BOOLEAN, fn };
}

function compileArithmetic(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  const left = compileExpecting(node.left, scope, ctx, isNumeric, "number");
  const right = compileExpecting(node.right, scope, ctx, isNumeric, "number");
  const fn = arithmeticFn(node.operator as ArithmeticOperator, operand(left, node.left, ctx), operand(right, node.right, ctx));
  return { type: NUMBER, fn };
}

function operand(compiled: Compiled, node: Expression, ctx: ExprContext): { fn: Evaluator; text: string; known: Known | undefined } {
  return { fn: compiled.fn, text: sourceOf(ctx, node), known: compiled.known };
}

function compileEquality(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  const left = compileExpression(node.left, scope, ctx);
  const right = compileExpression(node.right, scope, ctx);
  if (!comparable(left.type, right.type, node, ctx, true)) return FAILED;
  const lf = left.fn;
  const rf = right.fn;
  const negate = node.operator === "!=";
  const fast = knownEqualityFn(operand(left, node.left, ctx), operand(right, node.right, ctx), negate);
  return { type: BOOLEAN, fn: fast ?? ((env) => valuesEqual(lf(env), rf(env)) !== negate) };
}

function compileOrdering(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  const left = compileExpression(node.left, scope, ctx);
  const right = compileExpression(node.right, scope, ctx);
  if (!comparable(left.type, right.type, node, ctx, false)) return FAILED;
  for (const [c, n] of [[left, node.left], [right, node.right]] as const) {
    if (isNullable(c.type) && c.type.k !== "any") {
      report(ctx, "TYPE_MISMATCH", n, fill(M.nullableOperand, { actual: describeType(c.type) }));
      return FAILED;
    }
  }
  const lf = left.fn;
  const rf = right.fn;
  const test = ORDERING[node.operator as "<" | "<=" | ">" | ">="];
  const text = sourceOf(ctx, node);
  return {
    type: BOOLEAN,
    fn: (env) => {
      const a = lf(env);
      const b = rf(env);
      if (a === null || b === null) throw nullError(text);
      return test(a < b, a > b);
    },
  };
}

const ORDERING: Record<"<" | "<=" | ">" | ">=", (lt: boolean, gt: boolean) => boolean> = {
  "<": (lt) => lt,
  "<=": (_lt, gt) => !gt,
  ">": (_lt, gt) => gt,
  ">=": (lt) => !lt,
};

function compileIn(node: BinaryExpression, scope: Scope, ctx: ExprContext): Compiled {
  const left = compileExpression(node.left, scope, ctx);
  const right = compileExpression(node.right, scope, ctx);
  if (right.type.k !== "list" && right.type.k !== "any") {
    report(ctx, "TYPE_MISMATCH", node.right, fill(M.expected, { expected: "list", actual: describeType(right.type) }));
    return FAILED;
  }
  const of = right.type.k === "list" ? right.type.of : ANY;
  // A literal list names its own typos item by item; a constant list is checked through its type.
  if (!enumListItems(left.type, node.right, ctx) || !comparable(left.type, of, node, ctx, true)) return FAILED;
  const lf = left.fn;
  const rf = right.fn;
  return {
    type: BOOLEAN,
    fn: (env) => {
      const items = rf(env);
      const value = lf(env);
      return Array.isArray(items) && items.some((item: Value) => valuesEqual(item, value));
    },
  };
}

function compileIf(test: Expression, consequent: Expression, alternate: Expression, scope: Scope, ctx: ExprContext): Compiled {
  const t = compileExpecting(test, scope, ctx, (x) => x.k === "boolean", "boolean").fn;
  const facts = nullFacts(test, scope);
  const a = compileExpression(consequent, scope, narrowed(ctx, facts.whenTrue));
  const b = compileExpression(alternate, scope, narrowed(ctx, facts.whenFalse));
  const type = unify(a.type, b.type);
  if (!type) {
    report(ctx, "TYPE_MISMATCH", alternate, fill(M.branchTypes, { left: describeType(a.type), right: describeType(b.type) }));
    return FAILED;
  }
  const af = a.fn;
  const bf = b.fn;
  return { type, fn: (env) => (t(env) === true ? af(env) : bf(env)) };
}

/** Each string literal of `x in ["A", "B"]` must be a value of the enum `x` (catches typos). */
function enumListItems(left: Type, right: Expression, ctx: ExprContext): boolean {
  if (left.k !== "enum" || right.type !== "list") return true;
  return right.items.every((item) => item.type !== "string" || checkEnumLiteral(left, { k: "string", literal: item.value }, item, ctx));
}

/** Checks that two types can be compared (equality when `equality`, else ordering) and reports why not. */
function comparable(a: Type, b: Type, node: Expression, ctx: ExprContext, equality: boolean): boolean {
  if (a.k === "any" || b.k === "any") return true;
  if (equality && (a.k === "null" || b.k === "null")) return true;
  const dates = a.k === "date" || b.k === "date";
  const ok = equality && !dates ? unify(a, b) !== undefined : orderable(a, b);
  if (!ok) {
    report(ctx, "TYPE_MISMATCH", node, fill(M.notComparable, { left: describeType(a), right: describeType(b) }));
    return false;
  }
  return checkEnumLiteral(a, b, node, ctx) && checkEnumLiteral(b, a, node, ctx);
}

function orderable(a: Type, b: Type): boolean {
  if (a.k === "number" && b.k === "number") return true;
  if (a.k === "date" || b.k === "date") return (a.k === "date" || isDateLiteral(a)) && (b.k === "date" || isDateLiteral(b));
  // Enum values have no order: "SANGAT_BAIK" < "BAIK" in text order would silently mislead.
  if (a.k === "enum" || b.k === "enum") return false;
  return isTextual(a) && isTextual(b);
}

/** Literal text that is a real calendar date (`"2024-03-01"`, or `["2024-01-01", "2024-07-01"]` items), comparable with a date. */
function isDateLiteral(t: Type): boolean {
  if (t.k === "string") return t.literal !== undefined && isCalendarDate(t.literal);
  return t.k === "enum" && t.values.every(isCalendarDate);
}

/** A string literal compared with an enum must be one of its values (catches typos such as "BAIK_SEKALI"). */
function checkEnumLiteral(e: Type, lit: Type, node: Expression, ctx: ExprContext): boolean {
  const wrong = textsOutsideEnum(e, lit)[0];
  if (wrong === undefined || e.k !== "enum") return true;
  report(ctx, "TYPE_MISMATCH", node, fill(M.notInEnum, { value: wrong, values: e.values }), hintFor(wrong, e.values));
  return false;
}

/** Structural equality of run-time values (numbers, strings, booleans, null, lists, records). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x: Value, i: number) => valuesEqual(x, b[i] as Value));
  }
  const ka = Object.keys(a);
  const ra = a as Record<string, Value>;
  const rb = b as Record<string, Value>;
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(rb, k) && valuesEqual(ra[k] as Value, rb[k] as Value));
}

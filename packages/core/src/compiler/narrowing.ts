/**
 * Null narrowing: inside `if x = null then … else …`, `x != null and …` and `x = null or …`, the
 * branch where `x` cannot be null sees `x` (a name or a member path such as `jf.tmt`) as not
 * nullable, so `if jf = null then null else yearsBetween(jf.tmt, tanggal)` type-checks without
 * `coalesce`. Paths are keyed by the binding's slot, so a lambda parameter that reuses a narrowed
 * name is a different path.
 * @module
 */
import type { Expression } from "../expr/ast.js";
import type { ExprContext } from "./context.js";
import type { Scope } from "./scope.js";

/** The paths known not to be null when a test is true, and when it is false. */
export interface NullFacts {
  readonly whenTrue: readonly string[];
  readonly whenFalse: readonly string[];
}

const NONE: NullFacts = { whenTrue: [], whenFalse: [] };

/** The key of the place an expression names (`g3`, `l1.tmt.tahun`), or undefined for any other expression. */
export function accessKey(node: Expression, scope: Scope): string | undefined {
  if (node.type === "identifier") {
    const binding = scope.lookup(node.name);
    return binding ? `${binding.kind === "global" ? "g" : "l"}${binding.slot}` : undefined;
  }
  if (node.type === "member") {
    const base = accessKey(node.object, scope);
    return base === undefined ? undefined : `${base}.${node.property}`;
  }
  return undefined;
}

/** What a boolean test says about nulls: `x != null` (true ⇒ x not null), `x = null` (false ⇒ x not null), through `and`, `or`, `not`. */
export function nullFacts(test: Expression, scope: Scope): NullFacts {
  if (test.type === "unary" && test.operator === "not") {
    const inner = nullFacts(test.operand, scope);
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  if (test.type !== "binary") return NONE;
  if (test.operator === "=" || test.operator === "!=") {
    const other = test.left.type === "null" ? test.right : test.right.type === "null" ? test.left : undefined;
    const key = other && accessKey(other, scope);
    if (key === undefined) return NONE;
    return test.operator === "!=" ? { whenTrue: [key], whenFalse: [] } : { whenTrue: [], whenFalse: [key] };
  }
  if (test.operator === "and") {
    const l = nullFacts(test.left, scope);
    const r = nullFacts(test.right, scope);
    return { whenTrue: [...l.whenTrue, ...r.whenTrue], whenFalse: [] };
  }
  if (test.operator === "or") {
    const l = nullFacts(test.left, scope);
    const r = nullFacts(test.right, scope);
    return { whenTrue: [], whenFalse: [...l.whenFalse, ...r.whenFalse] };
  }
  return NONE;
}

/** The context with more paths known not to be null. */
export function narrowed(ctx: ExprContext, keys: readonly string[]): ExprContext {
  if (keys.length === 0) return ctx;
  return { ...ctx, nonNull: new Set([...(ctx.nonNull ?? []), ...keys]) };
}

/** True when the place `node` names is known not to be null here. */
export function isNarrowed(node: Expression, scope: Scope, ctx: ExprContext): boolean {
  if (!ctx.nonNull || ctx.nonNull.size === 0) return false;
  const key = accessKey(node, scope);
  return key !== undefined && ctx.nonNull.has(key);
}

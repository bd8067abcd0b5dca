/**
 * Closures specialised at compile time for the hottest expression shapes: arithmetic with one
 * closure per operator and an operand known at compile time folded in, equality with a known
 * scalar, and a member read of a named slot. Each returns exactly the value, and throws exactly
 * the error, of the generic closure it replaces; only the number of closure calls changes.
 * @module
 */
import { M } from "../i18n/compiler-messages.js";
import { decAdd, decDiv, decMul, decSub } from "../internal/decimal.js";
import { nullError, scoringError } from "./context.js";
import type { Env } from "./scope.js";
import type { Value } from "./types.js";

type Evaluator = (env: Env) => Value;

/** A value known at compile time (a literal, or a constant of the policy). */
export interface Known {
  readonly value: Value;
}

/** The four arithmetic operators. */
export type ArithmeticOperator = "+" | "-" | "*" | "/";

/** One side of a binary arithmetic node: its evaluator, source text and value when known. */
export interface Operand {
  readonly fn: Evaluator;
  readonly text: string;
  readonly known: Known | undefined;
}

/** `a op b` with the generic semantics: NULL_VALUE for a non-number, DIVISION_BY_ZERO, NON_FINITE, never -0. */
export function arithmeticFn(operator: ArithmeticOperator, left: Operand, right: Operand): Evaluator {
  const lc = knownNumber(left);
  const rc = knownNumber(right);
  // A known divisor of 0 keeps the generic closure, which raises DIVISION_BY_ZERO with its text.
  if (rc !== undefined && !(operator === "/" && rc === 0)) return withKnownRight(operator, left, rc);
  if (lc !== undefined) return withKnownLeft(operator, lc, right, left.text);
  return generic(operator, left, right);
}

/** Reads `property` of the value in a global (`local` false) or local slot, as {@link propertyOf}. */
export function slotMemberFn(local: boolean, slot: number, property: string): Evaluator {
  return local ? (env) => propertyOf(env.l[slot] ?? null, property) : (env) => propertyOf(env.g[slot] ?? null, property);
}

/** Reads an own property of a plain object value; null for anything else or a missing property. */
export function propertyOf(value: Value, property: string): Value {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  // Only own data counts: a missing field or an inherited Object.prototype member reads as null
  // (`ownData`, written out here: this is the hottest read of the scorer).
  const found = (value as Record<string, Value | undefined>)[property];
  if (found === undefined) return null;
  if ((typeof found === "function" || found === Object.prototype) && !Object.hasOwn(value, property)) return null;
  return found;
}

/**
 * Structural equality against a known scalar is `===`: `valuesEqual(a, c)` for a primitive `c`
 * is true exactly when `a === c`. Undefined when neither side is a known scalar.
 */
export function knownEqualityFn(left: Operand, right: Operand, negate: boolean): Evaluator | undefined {
  const [fn, c] = isScalar(right.known) ? [left.fn, right.known.value] : isScalar(left.known) ? [right.fn, left.known.value] : [undefined, null];
  if (fn === undefined) return undefined;
  return negate ? (env) => fn(env) !== c : (env) => fn(env) === c;
}

function isScalar(known: Known | undefined): known is Known {
  return known !== undefined && (known.value === null || typeof known.value !== "object");
}

function knownNumber(operand: Operand): number | undefined {
  const v = operand.known?.value;
  return typeof v === "number" ? v : undefined;
}

function need(value: Value, text: string): number {
  if (typeof value !== "number") throw nullError(text);
  return value;
}

function done(value: number): number {
  if (!Number.isFinite(value)) throw scoringError("NON_FINITE", M.nonFinite);
  return value || 0;
}

function divisionByZero(left: string, right: string): never {
  throw scoringError("DIVISION_BY_ZERO", M.divisionByZero, `${left} / ${right}`);
}

function withKnownRight(operator: ArithmeticOperator, left: Operand, b: number): Evaluator {
  const f = left.fn;
  const t = left.text;
  switch (operator) {
    case "+":
      return (env) => done(decAdd(need(f(env), t), b));
    case "-":
      return (env) => done(decSub(need(f(env), t), b));
    case "*":
      return (env) => done(decMul(need(f(env), t), b));
    case "/":
      return (env) => done(decDiv(need(f(env), t), b));
  }
}

function withKnownLeft(operator: ArithmeticOperator, a: number, right: Operand, leftText: string): Evaluator {
  const f = right.fn;
  const t = right.text;
  switch (operator) {
    case "+":
      return (env) => done(decAdd(a, need(f(env), t)));
    case "-":
      return (env) => done(decSub(a, need(f(env), t)));
    case "*":
      return (env) => done(decMul(a, need(f(env), t)));
    case "/":
      return (env) => {
        const b = need(f(env), t);
        return b === 0 ? divisionByZero(leftText, t) : done(decDiv(a, b));
      };
  }
}

function generic(operator: ArithmeticOperator, left: Operand, right: Operand): Evaluator {
  const { fn: lf, text: lt } = left;
  const { fn: rf, text: rt } = right;
  switch (operator) {
    case "+":
      return (env) => done(decAdd(need(lf(env), lt), need(rf(env), rt)));
    case "-":
      return (env) => done(decSub(need(lf(env), lt), need(rf(env), rt)));
    case "*":
      return (env) => done(decMul(need(lf(env), lt), need(rf(env), rt)));
    case "/":
      return (env) => {
        const a = need(lf(env), lt);
        const b = need(rf(env), rt);
        return b === 0 ? divisionByZero(lt, rt) : done(decDiv(a, b));
      };
  }
}

/**
 * `wavg(xs.field, ys.field)` without the intermediate lists: when both arguments are projections
 * of lists, the values and weights are read straight from the elements in one pass. The result
 * and every error (NULL_VALUE, LENGTH_MISMATCH, NON_FINITE, DIVISION_BY_ZERO, in that order of
 * precedence) are those of the list-building `weightedAverage` in `aggregates.ts`.
 * @module
 */
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { decAdd, decDiv, decMul } from "../internal/decimal.js";
import { nullError, scoringError } from "./context.js";
import { propertyOf } from "./fast-ops.js";
import type { Env } from "./scope.js";
import type { Value } from "./types.js";

/** A projection `list.property`: the list's evaluator and the field read from each element. */
export interface Projection {
  readonly list: (env: Env) => Value;
  readonly property: string;
}

/**
 * The weighted average of `values.list[i].property` by `weights.list[i].property`, or undefined
 * when a list is not a list (the caller then takes the general path, which handles that case).
 */
export function streamedWeightedAverage(values: Projection, weights: Projection, env: Env, text: string): Value | undefined {
  const xs = values.list(env);
  const ws = weights.list(env);
  if (!Array.isArray(xs) || !Array.isArray(ws)) return undefined;
  if (ws.length !== xs.length) throw scoringError("LENGTH_MISMATCH", fill(M.lengthMismatch, { a: xs.length, b: ws.length }));
  if (xs.length === 0) return null;
  const vp = values.property;
  const wp = weights.property;
  let num = 0;
  let den = 0;
  // A non-finite sum is reported only after every value and weight proved a number, as the general path does.
  let overflow = false;
  let lo = Infinity;
  let hi = -Infinity;
  let negative = false;
  for (let i = 0; i < xs.length; i++) {
    const v = propertyOf((xs[i] as Value | undefined) ?? null, vp);
    if (typeof v !== "number") throw nullError(text);
    const w = propertyOf((ws[i] as Value | undefined) ?? null, wp);
    if (typeof w !== "number") throw nullError(text);
    num = decAdd(num, decMul(v, w));
    den = decAdd(den, w);
    if (!Number.isFinite(num) || !Number.isFinite(den)) overflow = true;
    if (w < 0) negative = true;
    else if (w > 0) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  if (overflow) throw scoringError("NON_FINITE", M.nonFinite);
  if (den === 0) throw scoringError("DIVISION_BY_ZERO", M.divisionByZero, text);
  const result = decDiv(num, den);
  if (!Number.isFinite(result)) throw scoringError("NON_FINITE", M.nonFinite);
  return negative || !(lo <= hi) ? result : Math.min(Math.max(result, lo), hi);
}

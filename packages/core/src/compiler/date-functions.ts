/**
 * Date functions of the expression language, built on date-fns: `daysBetween(a, b)`,
 * `monthsBetween(a, b)` and `yearsBetween(a, b)` count the whole days, months and years from date
 * `a` to date `b` (negative when `b` is earlier), as date-fns' `differenceInCalendarDays`,
 * `differenceInMonths` and `differenceInYears` do: a month or year is counted only once it is
 * complete (2023-03-31 → 2024-03-30 is 0 years, 11 months). Results follow date-fns exactly,
 * including its end-of-month handling (2024-01-31 → 2024-02-29 is 1 month, but 2021-03-31 →
 * 2021-09-30 is 5); pin boundary dates that matter to a policy with golden cases.
 * @module
 */
import { differenceInCalendarDays, differenceInMonths, differenceInYears } from "date-fns";
import { isCalendarDate, parseCalendarDate } from "../internal/calendar-date.js";
import type { CallExpression, Expression } from "../expr/ast.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { nullError, report, scoringError, sourceOf, type ExprContext } from "./context.js";
import { compileExpecting, type Compiled } from "./compile-expr.js";
import type { Env, Scope } from "./scope.js";
import { ANY, type Type } from "./types.js";

type Difference = (later: Date, earlier: Date) => number;
type DateReader = (env: Env) => Date;

const FAILED: Compiled = { type: ANY, fn: () => null };

/** The date functions, by name. */
export const DATE_FUNCTIONS: Readonly<Record<string, (node: CallExpression, scope: Scope, ctx: ExprContext) => Compiled>> = {
  daysBetween: between(differenceInCalendarDays),
  monthsBetween: between(differenceInMonths),
  yearsBetween: between(differenceInYears),
};

function between(difference: Difference): (node: CallExpression, scope: Scope, ctx: ExprContext) => Compiled {
  return (node, scope, ctx) => {
    if (node.args.length !== 2) {
      report(ctx, "ARITY", node, fill(M.arity, { name: node.callee, expected: "2", actual: node.args.length }));
      return FAILED;
    }
    const [from, to] = node.args.map((a) => dateArg(a, scope, ctx)) as [DateReader, DateReader];
    const type: Type = { k: "number", integer: true };
    return { type, fn: (env) => difference(to(env), from(env)) };
  };
}

/** Compiles a date argument (a date value or a `"YYYY-MM-DD"` literal) into a reader of `Date`s. */
function dateArg(node: Expression, scope: Scope, ctx: ExprContext): DateReader {
  const accepts = (t: Type): boolean => t.k === "date" || (t.k === "string" && t.literal !== undefined && isCalendarDate(t.literal));
  const fn = compileExpecting(node, scope, ctx, accepts, "date").fn;
  const text = sourceOf(ctx, node);
  return (env) => {
    const v = fn(env);
    if (typeof v !== "string") throw nullError(text);
    const date = parseCalendarDate(v);
    if (!date) throw scoringError("TYPE_MISMATCH", fill(M.expected, { expected: "date", actual: JSON.stringify(v) }));
    return date;
  };
}

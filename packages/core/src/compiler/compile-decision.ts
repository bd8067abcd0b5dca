/**
 * Compiles one decision (formula, table or per-item) into a step the scorer runs: a fast path
 * without trace and a traced path that records the decision's inputs, output, matched rows and
 * aggregate contributions.
 * @module
 */
import { KinerjaError, issue, type Issue, type IssuePath } from "../errors.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { parseExpression } from "../expr/parser.js";
import { roundDecimal } from "../rounding.js";
import { placesAtMost } from "../internal/decimal.js";
import { perItemRun } from "./per-item-run.js";
import type { Decision, FormulaDecision, ItemDecision, PerItemDecision, Rounding, TableDecision } from "../schema/policy-types.js";
import type { DecisionTrace, ItemTrace } from "../trace/trace-types.js";
import { compileSource, compileTable, type DecisionCompileState } from "./compile-table.js";
import { compileRules } from "./rules/compile-rules.js";
import { ruleFacts } from "./rules/rule-facts.js";
import { freeNames, topologicalOrder } from "./graph.js";
import { columnValues, runTableWith } from "./table-runtime.js";
import { Scope, type Binding, type Env } from "./scope.js";
import { AggregateCollector, bindingsReader, tableTracer, traceHead, type DecisionTraceDraft } from "./trace-parts.js";
import { ANY, describeType, withNull, type Type, type Value } from "./types.js";

/** A compiled decision, ready to run. */
export interface Step {
  readonly name: string;
  readonly type: Type;
  run(env: Env): Value;
  traced(env: Env): { value: Value; trace: DecisionTrace };
}

/** Options shared by every decision of a policy. */
export interface DecisionOptions {
  /** The rounding applied automatically to decision results, or undefined for none. */
  readonly autoRounding: Rounding | undefined;
  /** The policy's default rounding (for `round(x)` without scale/mode). */
  readonly rounding: Rounding;
}

/** Compiles a top-level or per-item decision; returns undefined when it has errors (already reported). */
export function compileDecision(
  name: string,
  decision: Decision,
  scope: Scope,
  state: DecisionCompileState,
  options: DecisionOptions,
): Step | undefined {
  const before = state.issues.length;
  const step =
    decision.kind === "formula"
      ? formulaStep(name, decision, scope, state, options)
      : decision.kind === "table"
        ? tableStep(name, decision, scope, state, options)
        : decision.kind === "rules"
          ? compileRules(name, decision, scope, state, state.operators)
          : perItemStep(name, decision, scope, state, options);
  // Warnings (table gaps, unreachable rows) do not fail a decision; only errors do.
  return hasErrorSince(state.issues, before) ? undefined : step;
}

/** True when an error-severity issue was added at or after index `from`. */
export function hasErrorSince(issues: readonly Issue[], from: number): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i]?.severity === "error") return true;
  return false;
}

/** The names a decision reads (for the dependency graph); syntax errors are ignored here. */
export function decisionDependencies(decision: Decision): Set<string> {
  const names = new Set<string>();
  const add = (text: string, bound: ReadonlySet<string> = new Set()): void => {
    const parsed = parseExpression(text);
    if (parsed.ok) freeNames(parsed.expression, bound, names);
  };
  if (decision.kind === "formula") add(decision.expr);
  if (decision.kind === "table") tableTexts(decision).forEach((t) => add(t));
  if (decision.kind === "rules") for (const n of ruleFacts(decision)) names.add(n);
  if (decision.kind === "perItem") {
    add(decision.over);
    const local = new Set([decision.as, ...(decision.index ? [decision.index] : []), ...Object.keys(decision.decisions)]);
    if (decision.itemLabel) add(decision.itemLabel, local);
    for (const inner of Object.values(decision.decisions)) for (const n of decisionDependencies(inner)) if (!local.has(n)) names.add(n);
  }
  return names;
}

function tableTexts(table: TableDecision): string[] {
  const texts = table.inputs.map((i) => (typeof i === "string" ? i : i.expr));
  for (const rule of table.rules) for (const entry of rule.then) if (isExpr(entry)) texts.push(entry.expr);
  if (isExpr(table.default)) texts.push(table.default.expr);
  return texts;
}

function isExpr(entry: unknown): entry is { expr: string } {
  return typeof entry === "object" && entry !== null && !Array.isArray(entry) && typeof (entry as { expr?: unknown }).expr === "string";
}

function roundingOf(decision: FormulaDecision | TableDecision, options: DecisionOptions): Rounding | undefined {
  if (decision.rounding === "none") return undefined;
  return decision.rounding ?? options.autoRounding;
}

/** Rounds every number in a value (numbers inside records and lists too). */
export function roundValue(value: Value, rounding: Rounding): Value {
  if (typeof value === "number") return roundNumber(value, rounding);
  if (Array.isArray(value)) return value.map((v: Value) => roundValue(v, rounding));
  if (value !== null && typeof value === "object") {
    const out: Record<string, Value> = {};
    for (const key of Object.keys(value)) out[key] = roundValue((value as Record<string, Value>)[key] as Value, rounding);
    return out;
  }
  return value;
}

/** `roundValue` for one rounding; a number that already has at most `scale` places is kept (as `+0`), as `roundDecimal` does. */
export function rounder(rounding: Rounding): (value: Value) => Value {
  return (value) => (typeof value === "number" ? roundNumber(value, rounding) : roundValue(value, rounding));
}

/** A text, enum, boolean, date or null: rounding leaves such a value as it is. */
function scalarWithoutNumber(type: Type): boolean {
  return type.k === "string" || type.k === "enum" || type.k === "boolean" || type.k === "date" || type.k === "null";
}

/**
 * True when rounding can change a table's result. A record of several outputs is built afresh by
 * every run, so when each of its fields is a scalar without number, rounding (which copies it)
 * changes nothing; a literal or default value may be a shared document object, so it is still copied.
 */
function tableRounds(decision: TableDecision, outputCount: number, type: Type): boolean {
  if (scalarWithoutNumber(type)) return false;
  const record = outputCount > 1 && decision.default === undefined && type.k === "object";
  return !(record && Object.values(type.fields).every(scalarWithoutNumber));
}

function roundNumber(value: number, rounding: Rounding): number {
  const scale = rounding.scale;
  // An invalid scale still reaches roundDecimal, which rejects it.
  return Number.isInteger(scale) && scale >= 0 && scale <= 15 && placesAtMost(value, scale) ? value + 0 : roundDecimal(value, scale, rounding.mode);
}

function formulaStep(name: string, decision: FormulaDecision, scope: Scope, state: DecisionCompileState, options: DecisionOptions): Step {
  const refs = new Map<string, Binding>();
  const local: DecisionCompileState = { ...state, path: [...state.path, "expr"], refs };
  const compiled = compileSource(decision.expr, local.path, scope, local);
  checkDeclaredType(decision, compiled.type, state);
  const rounding = scalarWithoutNumber(compiled.type) ? undefined : roundingOf(decision, options);
  const fn = compiled.fn;
  const finish = rounding ? rounder(rounding) : (v: Value): Value => v;
  const readInputs = bindingsReader(refs);
  const { label, expr } = decision;
  return {
    name,
    type: compiled.type,
    run: rounding ? (env) => finish(fn(env)) : fn,
    traced: (env) => {
      const sink = new AggregateCollector();
      const saved = env.trace;
      env.trace = sink;
      const raw = fn(env);
      env.trace = saved;
      const value = finish(raw);
      const trace = traceHead(name, "formula", label, expr, readInputs(env), value);
      addRounding(trace, raw, value, rounding);
      if (sink.entries.length > 0) trace.aggregates = sink.entries;
      return { value, trace };
    },
  };
}

/** Adds `unrounded` and `rounding` to a trace when automatic rounding changed a number. */
function addRounding(trace: DecisionTraceDraft, raw: Value, value: Value, rounding: Rounding | undefined): void {
  if (!rounding || raw === value || typeof raw !== "number") return;
  trace.unrounded = raw;
  trace.rounding = rounding;
}

function checkDeclaredType(decision: FormulaDecision, type: Type, state: DecisionCompileState): void {
  if (!decision.type || type.k === "any") return;
  const ok = decision.type === "string" ? type.k === "string" || type.k === "enum" : type.k === decision.type;
  if (!ok) state.issues.push(issue("TYPE_MISMATCH", [...state.path, "type"], fill(M.declaredType, { actual: describeType(type), expected: decision.type })));
}

function tableStep(name: string, decision: TableDecision, scope: Scope, state: DecisionCompileState, options: DecisionOptions): Step | undefined {
  const refs = new Map<string, Binding>();
  const table = compileTable(decision, scope, { ...state, refs });
  if (!table) return undefined;
  const rounding = tableRounds(decision, table.runtime.outputNames.length, table.type) ? roundingOf(decision, options) : undefined;
  const finish = rounding ? rounder(rounding) : (v: Value): Value => v;
  const rt = table.runtime;
  const readInputs = bindingsReader(refs);
  const tableTrace = tableTracer(decision, rt.columns);
  const label = decision.label;
  return {
    name,
    type: table.type,
    run: (env) => finish(table.run(env, null)),
    traced: (env) => {
      const matchedIdx: number[] = [];
      // The traced run always takes the general evaluator (`table.run` with a `matched` list does too).
      const values = columnValues(rt, env);
      const raw = runTableWith(rt, env, values, matchedIdx);
      const value = finish(raw);
      const trace = traceHead(name, "table", label, undefined, readInputs(env), value);
      addRounding(trace, raw, value, rounding);
      trace.table = tableTrace(values, matchedIdx);
      return { value, trace };
    },
  };
}

interface SubStep {
  readonly step: Step;
  readonly slot: number;
}

function perItemStep(name: string, decision: PerItemDecision, scope: Scope, state: DecisionCompileState, options: DecisionOptions): Step | undefined {
  const refs = new Map<string, Binding>();
  const over = compileSource(decision.over, [...state.path, "over"], scope, { ...state, refs });
  if (over.type.k !== "list" && over.type.k !== "any") {
    state.issues.push(issue("TYPE_MISMATCH", [...state.path, "over"], fill(M.expected, { expected: "list", actual: describeType(over.type) })));
    return undefined;
  }
  const element = over.type.k === "list" ? over.type.of : ANY;
  const child = new Scope(scope);
  const itemSlot = child.defineLocal(decision.as, element, "item").slot;
  const indexSlot = decision.index === undefined ? -1 : child.defineLocal(decision.index, { k: "number", integer: true, min: 0 }, "item").slot;
  const subs = compileSubDecisions(decision, child, state, options);
  const describe = decision.itemLabel === undefined ? undefined : compileSource(decision.itemLabel, [...state.path, "itemLabel"], child, { ...state, refs: new Map() }).fn;
  if (!subs) return undefined;
  const fields: Record<string, Type> = {};
  for (const s of subs) fields[s.step.name] = s.step.type;
  const nonEmpty = over.type.k === "list" && over.type.nonEmpty === true;
  const type: Type = withNull({ k: "list", of: { k: "object", fields }, nonEmpty }, over.type.nullable === true);
  return makePerItem(name, decision, { over: over.fn, itemSlot, indexSlot, describe }, subs, refs, type);
}

function compileSubDecisions(decision: PerItemDecision, child: Scope, state: DecisionCompileState, options: DecisionOptions): SubStep[] | undefined {
  const names = Object.keys(decision.decisions);
  const deps = new Map(names.map((n) => [n, decisionDependencies(decision.decisions[n] as ItemDecision)]));
  const { order, cycles } = topologicalOrder(names, deps);
  for (const cycle of cycles) {
    const text = [...cycle, cycle[0]].join(" → ");
    state.issues.push(issue("CYCLE", [...state.path, "decisions", cycle[0] as string], fill(M.cycle, { cycle: text })));
  }
  const subs: SubStep[] = [];
  const bindings = new Map<string, Binding>();
  for (const n of names) bindings.set(n, child.defineLocal(n, ANY, "decision"));
  let failed = cycles.length > 0;
  // Sub-decisions on (or depending on) a cycle are compiled last, against ANY, so their other problems are reported too.
  for (const n of [...order, ...names.filter((x) => !order.includes(x))]) {
    const sub = decision.decisions[n] as ItemDecision;
    const step = compileDecision(n, sub, child, { ...state, path: [...state.path, "decisions", n] }, options);
    const slot = (bindings.get(n) as Binding).slot;
    if (!step) failed = true;
    else {
      child.defineLocalAt(n, slot, step.type, "decision");
      subs.push({ step, slot });
    }
  }
  return failed ? undefined : subs;
}

/** The compiled parts of a per-item decision besides its sub-decisions. */
interface PerItemParts {
  readonly over: (env: Env) => Value;
  readonly itemSlot: number;
  /** Slot of the element's position, or -1 when the decision does not name it. */
  readonly indexSlot: number;
  readonly describe: ((env: Env) => Value) | undefined;
}

function makePerItem(
  name: string,
  decision: PerItemDecision,
  { over, itemSlot, indexSlot, describe }: PerItemParts,
  subs: readonly SubStep[],
  refs: ReadonlyMap<string, Binding>,
  type: Type,
): Step {
  // Record fields follow the evaluation order (dependencies first, then by name), which the
  // canonical content hash determines; the document's key order does not matter.
  const names = subs.map((s) => s.step.name);
  const slots = subs.map((s) => s.slot);
  const record = (env: Env): Value => {
    const out: Record<string, Value> = {};
    for (let i = 0; i < names.length; i++) out[names[i] as string] = env.l[slots[i] as number] ?? null;
    return out;
  };
  const readInputs = bindingsReader(refs);
  const { label, over: overText } = decision;
  return {
    name,
    type,
    run: perItemRun({ name, over, itemSlot, indexSlot, subs }),
    traced: (env) => {
      const list = over(env);
      const items: ItemTrace[] = [];
      const value = Array.isArray(list)
        ? list.map((item: Value, index: number) => {
            env.l[itemSlot] = item;
            if (indexSlot >= 0) env.l[indexSlot] = index;
            const decisions: DecisionTrace[] = [];
            for (let i = 0; i < subs.length; i++) {
              const s = subs[i] as SubStep;
              const r = runSubTraced(s, env, name, index);
              env.l[s.slot] = r.value;
              decisions.push(r.trace);
            }
            const shown = describe?.(env);
            items.push(shown === undefined || shown === null ? { index, item, decisions } : { index, item, decisions, label: String(shown) });
            return record(env);
          })
        : null;
      const trace = traceHead(name, "perItem", label, overText, readInputs(env), value);
      trace.items = items;
      return { value, trace };
    },
  };
}

function runSubTraced(s: SubStep, env: Env, name: string, index: number): { value: Value; trace: DecisionTrace } {
  try {
    return s.step.traced(env);
  } catch (error) {
    throw withPath(error, ["decisions", name, index, s.step.name]);
  }
}

/** Adds the decision path to an error raised while a decision ran (the first path set wins). */
export function withPath(error: unknown, path: IssuePath): unknown {
  if (!(error instanceof KinerjaError) || error.path.length > 0) return error;
  const name = path.filter((p) => typeof p === "string" && p !== "decisions").join(".");
  const text = {
    id: fill(M.decisionFailed, { name, message: error.text.id }).id,
    en: fill(M.decisionFailed, { name, message: error.text.en }).en,
  };
  return new KinerjaError(error.code, text, { path, cause: error, issues: [issue(error.code, path, text)] });
}

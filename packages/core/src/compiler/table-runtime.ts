/**
 * Evaluates a compiled decision table under its DMN hit policy.
 * @module
 */
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { decAdd } from "../internal/decimal.js";
import type { CollectAggregation, HitPolicy, JsonValue } from "../schema/policy-types.js";
import { requireNumber, valuesEqual, type Evaluator } from "./compile-expr.js";
import type { TableColumn, TableRow } from "./compile-table.js";
import { scoringError } from "./context.js";
import type { Env } from "./scope.js";
import type { Value } from "./types.js";

/** Everything the evaluator needs of a compiled table. */
export interface TableRuntime {
  readonly hitPolicy: HitPolicy;
  readonly aggregation: CollectAggregation | undefined;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly outputNames: readonly string[];
  readonly priorities: readonly (readonly JsonValue[] | undefined)[];
  readonly defaultValue: Evaluator | undefined;
}

/** Evaluates the table; when `matched` is given, the indexes of the rows used are pushed onto it. */
export function runTable(rt: TableRuntime, env: Env, matched: number[] | null): Value {
  return runTableWith(rt, env, columnValues(rt, env), matched);
}

/** {@link runTable} with the column values already evaluated (the traced path reports them too). */
export function runTableWith(rt: TableRuntime, env: Env, inputs: readonly Value[], matched: number[] | null): Value {
  if (rt.hitPolicy === "FIRST") {
    const row = rt.rows.find((r) => rowMatches(r, inputs));
    if (!row) return fallback(rt, env);
    matched?.push(row.index);
    return outputOf(rt, row, env);
  }
  const hits = rt.rows.filter((r) => rowMatches(r, inputs));
  if (matched) for (const row of hits) matched.push(row.index);
  return HIT_POLICIES[rt.hitPolicy](rt, hits, env);
}

/** The result of the table's hit policy for the matched rows (in row order). */
export function runHitPolicy(rt: TableRuntime, hits: readonly TableRow[], env: Env): Value {
  return HIT_POLICIES[rt.hitPolicy](rt, hits, env);
}

/** The column values a table was evaluated with (for the trace). */
export function columnValues(rt: TableRuntime, env: Env): Value[] {
  return rt.columns.map((column) => column.fn(env));
}

function rowMatches(row: TableRow, inputs: readonly Value[]): boolean {
  for (let c = 0; c < row.matchers.length; c++) if (!(row.matchers[c] as (v: unknown) => boolean)(inputs[c])) return false;
  return true;
}

function outputOf(rt: TableRuntime, row: TableRow, env: Env): Value {
  if (row.outputs.length === 1) return (row.outputs[0] as Evaluator)(env);
  const out: Record<string, Value> = {};
  rt.outputNames.forEach((name, o) => (out[name] = (row.outputs[o] as Evaluator)(env)));
  return out;
}

function fallback(rt: TableRuntime, env: Env): Value {
  return rt.defaultValue ? rt.defaultValue(env) : null;
}

function rowNumbers(rows: readonly TableRow[]): string {
  return rows.map((r) => r.index + 1).join(", ");
}

type HitPolicyRunner = (rt: TableRuntime, hits: readonly TableRow[], env: Env) => Value;

const HIT_POLICIES: Record<HitPolicy, HitPolicyRunner> = {
  UNIQUE: (rt, hits, env) => {
    if (hits.length > 1) throw scoringError("TABLE_MULTIPLE_MATCH", fill(M.multipleMatch, { rows: rowNumbers(hits) }));
    return hits[0] ? outputOf(rt, hits[0], env) : fallback(rt, env);
  },
  FIRST: (rt, hits, env) => (hits[0] ? outputOf(rt, hits[0], env) : fallback(rt, env)),
  ANY: (rt, hits, env) => {
    const outputs = hits.map((row) => outputOf(rt, row, env));
    if (outputs.some((o) => !valuesEqual(o, outputs[0] as Value))) {
      throw scoringError("TABLE_CONFLICT", fill(M.anyConflict, { rows: rowNumbers(hits) }));
    }
    return outputs.length > 0 ? (outputs[0] as Value) : fallback(rt, env);
  },
  PRIORITY: (rt, hits, env) => {
    const ranked = byPriority(rt, hits, env);
    return ranked.length > 0 ? (ranked[0] as Value) : fallback(rt, env);
  },
  RULE_ORDER: (rt, hits, env) => hits.map((row) => outputOf(rt, row, env)),
  OUTPUT_ORDER: (rt, hits, env) => byPriority(rt, hits, env),
  COLLECT: (rt, hits, env) => collect(rt, hits, env),
};

/** Outputs of the matched rows sorted by the declared output value order (stable). */
function byPriority(rt: TableRuntime, hits: readonly TableRow[], env: Env): Value[] {
  const ranked = hits.map((row) => ({ row, key: priorityKey(rt, row, env), value: outputOf(rt, row, env) }));
  ranked.sort((a, b) => compareKeys(a.key, b.key) || a.row.index - b.row.index);
  return ranked.map((r) => r.value);
}

function priorityKey(rt: TableRuntime, row: TableRow, env: Env): number[] {
  return row.outputs.map((out, o) => {
    const values = rt.priorities[o] ?? [];
    const v = out(env);
    const at = values.findIndex((p) => valuesEqual(p as Value, v));
    return at < 0 ? values.length : at;
  });
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

function collect(rt: TableRuntime, hits: readonly TableRow[], env: Env): Value {
  if (rt.aggregation === "COUNT") return hits.length;
  const outputs = hits.map((row) => outputOf(rt, row, env));
  if (!rt.aggregation) return outputs;
  if (outputs.length === 0) return fallback(rt, env);
  const numbers = outputs.map((o) => requireNumber(o, rt.outputNames[0] ?? "output"));
  if (rt.aggregation === "SUM") return numbers.reduce((a, b) => decAdd(a, b), 0);
  return rt.aggregation === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
}

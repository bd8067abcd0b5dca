/**
 * The untraced evaluator of a decision table with at most 31 rows: the rows a column's value
 * satisfies form a bit mask, precomputed for every text or boolean a column's cells or enum type
 * name and computed on the spot for other values; the masks of the columns are intersected. A
 * single hit of UNIQUE, FIRST, ANY or PRIORITY is answered directly; anything else goes to the
 * hit policy of `table-runtime.ts` with the same matched rows, so results and errors are those of
 * `runTable`.
 * @module
 */
import type { TableRow } from "./compile-table.js";
import type { Evaluator } from "./compile-expr.js";
import { recordMaker } from "./records.js";
import type { Env } from "./scope.js";
import { runHitPolicy, type TableRuntime } from "./table-runtime.js";
import type { Value } from "./types.js";

type Matcher = (value: unknown) => boolean;

/** Most rows a mask holds (bit 31 is the sign bit, left unused). */
const MAX_ROWS = 31;

/** Hit policies whose result for exactly one matched row is that row's output. */
const SINGLE: ReadonlySet<string> = new Set(["UNIQUE", "FIRST", "ANY", "PRIORITY"]);

/** The fast evaluator of a table, or undefined when it has more than {@link MAX_ROWS} rows. */
export function fastTable(rt: TableRuntime): ((env: Env) => Value) | undefined {
  const rows = rt.rows;
  if (rows.length === 0 || rows.length > MAX_ROWS) return undefined;
  const columns = rt.columns.map((column, c) => columnMasks(rows, c, known(rows, c, column.type)));
  const fns = rt.columns.map((column) => column.fn);
  const outputs = rows.map((row) => outputMaker(rt, row));
  const all = rows.length === MAX_ROWS ? 0x7fffffff : (1 << rows.length) - 1;
  const single = SINGLE.has(rt.hitPolicy) && rt.aggregation === undefined;
  const first = rt.hitPolicy === "FIRST";
  return (env) => {
    // Every column is evaluated, in order, as runTable does (matching itself cannot fail).
    let mask = all;
    for (let c = 0; c < fns.length; c++) {
      const value = (fns[c] as Evaluator)(env);
      if (mask !== 0) mask &= (columns[c] as ColumnMasks)(value);
    }
    if (first && mask !== 0) mask &= -mask;
    if (single && mask !== 0 && (mask & (mask - 1)) === 0) return (outputs[31 - Math.clz32(mask)] as Evaluator)(env);
    return runHitPolicy(rt, hitsOf(rows, mask), env);
  };
}

type ColumnMasks = (value: Value) => number;

/** The rows (as a bit mask) whose cell in column `c` matches a value. */
function columnMasks(rows: readonly TableRow[], c: number, values: readonly (string | boolean)[]): ColumnMasks {
  const matchers = rows.map((row) => row.matchers[c] as Matcher);
  const compute = (value: unknown): number => {
    let mask = 0;
    for (let r = 0; r < matchers.length; r++) if ((matchers[r] as Matcher)(value)) mask |= 1 << r;
    return mask;
  };
  const memo = new Map<unknown, number>(values.map((v) => [v, compute(v)]));
  if (memo.size === 0) return compute;
  return (value) => {
    if (typeof value === "string" || typeof value === "boolean") {
      const mask = memo.get(value);
      if (mask !== undefined) return mask;
    }
    return compute(value);
  };
}

/** The texts and booleans worth precomputing for column `c`: its enum values and the cells' literals. */
function known(rows: readonly TableRow[], c: number, type: TableRuntime["columns"][number]["type"]): (string | boolean)[] {
  const found = new Set<string | boolean>(type.k === "enum" ? type.values : []);
  for (const row of rows) {
    const test = row.tests[c];
    if (test?.kind !== "list") continue;
    for (const item of test.items) {
      const operands = item.kind === "compare" ? [item.value] : [item.low, item.high];
      for (const v of operands) if (typeof v === "string" || typeof v === "boolean") found.add(v);
    }
  }
  return [...found];
}

function hitsOf(rows: readonly TableRow[], mask: number): TableRow[] {
  const hits: TableRow[] = [];
  for (let r = 0; r < rows.length; r++) if ((mask & (1 << r)) !== 0) hits.push(rows[r] as TableRow);
  return hits;
}

/** A row's output as `outputOf` in `table-runtime.ts` builds it, with a fixed-shape record. */
function outputMaker(rt: TableRuntime, row: TableRow): Evaluator {
  const outs = row.outputs;
  if (outs.length === 1) return outs[0] as Evaluator;
  const names = rt.outputNames;
  const fresh = recordMaker(names);
  return (env) => {
    const out = fresh();
    for (let o = 0; o < names.length; o++) out[names[o] as string] = (outs[o] as Evaluator)(env);
    return out;
  };
}

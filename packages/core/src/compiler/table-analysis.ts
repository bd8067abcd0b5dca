/**
 * Static analysis of a decision table: overlapping rows (an error under UNIQUE, and under ANY
 * when the outputs differ), gaps (inputs no row matches: a warning) and, under FIRST, rows that
 * can never be reached (a warning). Exact for interval and literal tests, because each column's
 * tests are constant between the column's representative values.
 * @module
 */
import { issue, type IssuePath } from "../errors.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import type { TableDecision } from "../schema/policy-types.js";
import { representatives, testsIntersect, type ColumnDomain, type Scalar } from "../table/unary-test.js";
import type { DecisionCompileState, TableColumn, TableRow } from "./compile-table.js";
import type { Type } from "./types.js";

/** The largest number of input combinations enumerated for the gap check. */
export const MAX_COMBINATIONS = 20_000;
const MAX_REPORTS = 5;

/** What the analysis proved: `complete` when every possible input matches some row. */
export interface TableAnalysis {
  readonly complete: boolean;
}

/** Runs every static check of a table and adds its findings to `state.issues`. */
export function analyseTable(
  table: TableDecision,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  state: DecisionCompileState,
): TableAnalysis {
  const domains = columns.map((c) => domainOf(c.type));
  if (domains.some((d) => d === undefined)) return { complete: false };
  const ds = domains as ColumnDomain[];
  const nullable = columns.map((c) => c.type.nullable === true);
  if (table.hitPolicy === "UNIQUE" || table.hitPolicy === "ANY") checkOverlaps(table, columns, rows, ds, nullable, state);
  return enumerate(table, columns, rows, ds, nullable, state);
}

function domainOf(type: Type): ColumnDomain | undefined {
  switch (type.k) {
    case "number":
      return { kind: "number", ...(type.min === undefined ? {} : { min: type.min }), ...(type.max === undefined ? {} : { max: type.max }) };
    case "enum":
      return { kind: "enum", values: type.values };
    case "string":
    case "date":
      return { kind: "string" };
    case "boolean":
      return { kind: "boolean" };
    default:
      return undefined;
  }
}

function checkOverlaps(
  table: TableDecision,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  domains: readonly ColumnDomain[],
  nullable: readonly boolean[],
  state: DecisionCompileState,
): void {
  let reported = 0;
  for (let j = 1; j < rows.length && reported < MAX_REPORTS; j++) {
    for (let i = 0; i < j && reported < MAX_REPORTS; i++) {
      const a = rows[i] as TableRow;
      const b = rows[j] as TableRow;
      const example = commonPoint(a, b, domains, nullable);
      if (!example) continue;
      if (table.hitPolicy === "ANY" && sameLiterals(a, b)) continue;
      const message = table.hitPolicy === "UNIQUE" ? M.tableOverlap : M.tableAnyConflict;
      const text = fill(message, { a: i + 1, b: j + 1, example: describe(columns, example) });
      state.issues.push(issue("TABLE_OVERLAP", [...state.path, "rules", j], text));
      reported++;
    }
  }
}

/** A point both rows match, column by column, or undefined when they are disjoint. */
function commonPoint(a: TableRow, b: TableRow, domains: readonly ColumnDomain[], nullable: readonly boolean[]): Scalar[] | undefined {
  const point: Scalar[] = [];
  for (let c = 0; c < domains.length; c++) {
    const ta = a.tests[c];
    const tb = b.tests[c];
    const ma = a.matchers[c];
    const mb = b.matchers[c];
    if (!ta || !tb || !ma || !mb) return undefined;
    const both = (v: Scalar): boolean => ma(v) && mb(v);
    if (!testsIntersect(ta, tb, domains[c] as ColumnDomain) && !(nullable[c] && both(null))) return undefined;
    const reps = [...representatives([ta, tb], domains[c] as ColumnDomain), ...(nullable[c] ? [null] : [])];
    point.push(reps.find(both) ?? null);
  }
  return point;
}

function sameLiterals(a: TableRow, b: TableRow): boolean {
  return a.literals.every((x, o) => x !== undefined && JSON.stringify(x) === JSON.stringify(b.literals[o]));
}

function enumerate(
  table: TableDecision,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  domains: readonly ColumnDomain[],
  nullable: readonly boolean[],
  state: DecisionCompileState,
): TableAnalysis {
  const reps = domains.map((d, c) => {
    const base = representatives(rows.map((r) => r.tests[c]).filter((t) => t !== undefined), d);
    return nullable[c] && !base.includes(null) ? [...base, null] : base;
  });
  const total = reps.reduce((n, r) => n * r.length, 1);
  if (total > MAX_COMBINATIONS) return { complete: false };
  const firstUse = new Set<number>();
  const gaps: Scalar[][] = [];
  forEachCombination(reps, (point) => {
    const first = rows.find((row) => row.matchers.every((m, c) => m(point[c])));
    if (first) firstUse.add(first.index);
    else if (gaps.length < MAX_REPORTS) gaps.push([...point]);
  });
  reportGaps(table, columns, gaps, state);
  if (table.hitPolicy === "FIRST") reportUnreachable(rows, firstUse, state.path, state);
  return { complete: gaps.length === 0 };
}

function forEachCombination(reps: readonly Scalar[][], visit: (point: readonly Scalar[]) => void): void {
  const point: Scalar[] = new Array<Scalar>(reps.length).fill(null);
  const walk = (c: number): void => {
    if (c === reps.length) return visit(point);
    for (const v of reps[c] as Scalar[]) {
      point[c] = v;
      walk(c + 1);
    }
  };
  walk(0);
}

function reportGaps(table: TableDecision, columns: readonly TableColumn[], gaps: readonly Scalar[][], state: DecisionCompileState): void {
  if (table.default !== undefined || table.hitPolicy === "COLLECT" || table.hitPolicy === "RULE_ORDER" || table.hitPolicy === "OUTPUT_ORDER") return;
  for (const gap of gaps) {
    const text = fill(M.tableGap, { example: describe(columns, gap) });
    state.issues.push(issue("TABLE_GAP", [...state.path, "rules"], text, { severity: "warning" }));
  }
}

function reportUnreachable(rows: readonly TableRow[], used: ReadonlySet<number>, path: IssuePath, state: DecisionCompileState): void {
  for (const row of rows) {
    if (used.has(row.index)) continue;
    state.issues.push(issue("TABLE_UNREACHABLE", [...path, "rules", row.index], fill(M.tableUnreachable, { row: row.index + 1 }), { severity: "warning" }));
  }
}

function describe(columns: readonly TableColumn[], point: readonly Scalar[]): string {
  return columns.map((c, i) => `${c.text} = ${JSON.stringify(point[i] ?? null)}`).join(", ");
}

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
import { canonicalJson } from "../canonical-json.js";
import { representatives, type ColumnDomain, type Scalar } from "../table/unary-test.js";
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
  const facts: TableFacts = { table, columns, rows, domains: ds, nullable, state };
  if (table.hitPolicy === "UNIQUE" || table.hitPolicy === "ANY") checkOverlaps(facts);
  return enumerate(facts);
}

function domainOf(type: Type): ColumnDomain | undefined {
  switch (type.k) {
    case "number":
      return {
        kind: "number",
        ...(type.min === undefined ? {} : { min: type.min }),
        ...(type.max === undefined ? {} : { max: type.max }),
        ...(type.integer === true ? { integer: true } : {}),
      };
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

/** What the analysis knows of one table. */
interface TableFacts {
  readonly table: TableDecision;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly domains: readonly ColumnDomain[];
  readonly nullable: readonly boolean[];
  readonly state: DecisionCompileState;
}

function checkOverlaps({ table, columns, rows, domains, nullable, state }: TableFacts): void {
  let reported = 0;
  for (let j = 1; j < rows.length && reported < MAX_REPORTS; j++) {
    for (let i = 0; i < j && reported < MAX_REPORTS; i++) {
      const a = rows[i] as TableRow;
      const b = rows[j] as TableRow;
      const example = commonPoint(a, b, domains, nullable);
      if (!example) continue;
      if (table.hitPolicy === "ANY" && sameEntries(table, a, b)) continue;
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
    const reps = columnValues(representatives([ta, tb], domains[c] as ColumnDomain), nullable[c] === true, domains[c] as ColumnDomain);
    const value = reps.find((v) => ma(v) && mb(v));
    if (value === undefined) return undefined;
    point.push(value);
  }
  return point;
}

/**
 * The representatives a column can really take: `null` only when the column is nullable (a test
 * mentioning `null`, such as `!= null`, adds it to the representatives of any column).
 */
function columnValues(reps: readonly Scalar[], nullable: boolean, domain: ColumnDomain): Scalar[] {
  const values = domain.kind === "number" && domain.integer === true ? integerValues(reps, domain) : reps;
  if (!nullable) return values.filter((v) => v !== null);
  return values.includes(null) ? [...values] : [...values, null];
}

/**
 * For an integer column, the integers next to each representative (floor and ceiling), within the
 * declared bounds. Exact: if a piece between two boundaries holds an integer, the floor or the
 * ceiling of its midpoint lies in it; so `[0..50]` and `[51..100]` leave no gap at 50.5.
 */
function integerValues(reps: readonly Scalar[], domain: { min?: number; max?: number }): Scalar[] {
  const out = new Set<Scalar>();
  for (const r of reps) {
    if (typeof r !== "number") out.add(r);
    else for (const n of [Math.floor(r), Math.ceil(r)]) if ((domain.min ?? -Infinity) <= n && n <= (domain.max ?? Infinity)) out.add(n);
  }
  return [...out];
}

/** True when both rows give the same output entries: equal literals or the same expression text. */
function sameEntries(table: TableDecision, a: TableRow, b: TableRow): boolean {
  const ea = table.rules[a.index]?.then ?? [];
  const eb = table.rules[b.index]?.then ?? [];
  return ea.length === eb.length && ea.every((x, o) => canonicalJson(x) === canonicalJson(eb[o]));
}

function enumerate({ table, columns, rows, domains, nullable, state }: TableFacts): TableAnalysis {
  const reps = domains.map((d, c) => columnValues(representatives(rows.map((r) => r.tests[c]).filter((t) => t !== undefined), d), nullable[c] === true, d));
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

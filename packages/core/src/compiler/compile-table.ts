/**
 * Compiles a decision table: its input expressions, its cells (unary tests), its output entries
 * and its hit policy. Static checks run here: cell types against column types, overlaps under
 * UNIQUE (errors), conflicting overlaps under ANY (errors), gaps and unreachable rows (warnings).
 * @module
 */
import { issue, type Issue, type IssuePath } from "../errors.js";
import { parseExpression } from "../expr/parser.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import type { CollectAggregation, JsonValue, OutputEntry, Rounding, RuleCell, TableDecision, TableOutput } from "../schema/policy-types.js";
import {
  compileUnaryTest,
  namesOf,
  parseUnaryTest,
  printItem,
  printUnaryTest,
  resolveNames,
  type ResolvedUnaryTest,
  type Scalar,
  type UnaryItem,
  type UnaryTest,
} from "../table/unary-test.js";
import { resolveCellName } from "./cell-names.js";
import { compileExpression, type Compiled, type Evaluator } from "./compile-expr.js";
import type { ExprContext } from "./context.js";
import type { Env, Scope } from "./scope.js";
import { analyseTable } from "./table-analysis.js";
import type { OperatorRegistry } from "./rules/registry.js";
import { hasErrorSince } from "./compile-decision.js";
import { runTable, type TableRuntime } from "./table-runtime.js";
import { fastTable } from "./table-fast.js";
import { ANY, describeType, typeOfJson, unify, withNull, type Type, type Value } from "./types.js";

/** A compiled table column: its expression, static type and label. */
export interface TableColumn {
  readonly text: string;
  readonly type: Type;
  readonly fn: Evaluator;
  readonly label?: LocalizedText;
}

/** A compiled rule row. */
export interface TableRow {
  readonly index: number;
  /** The cells' tests, every name replaced with its value. */
  readonly tests: readonly ResolvedUnaryTest[];
  readonly matchers: readonly ((value: unknown) => boolean)[];
  readonly outputs: readonly Evaluator[];
  /** The static type of each output entry. */
  readonly types: readonly Type[];
  /** Literal outputs (undefined where an entry is an expression), for static comparisons. */
  readonly literals: readonly (JsonValue | undefined)[];
  readonly note?: LocalizedText;
}

/** The result of compiling a table: its static type and its evaluator (which may record a trace). */
export interface CompiledTable {
  readonly type: Type;
  readonly runtime: TableRuntime;
  readonly run: (env: Env, matched: number[] | null) => Value;
}

/** Shared inputs of every expression compiled inside one decision. */
export interface DecisionCompileState {
  readonly issues: Issue[];
  readonly path: IssuePath;
  readonly rounding: Rounding;
  readonly refs: ExprContext["refs"];
  /** The policy's constants, which table cells may name (`>= batas.sangatBaik`). */
  readonly constants: Readonly<Record<string, JsonValue>>;
  /** Custom operators registered by the application, for rules decisions. */
  readonly operators?: OperatorRegistry | undefined;
}

/** Compiles a decision table against the names in `scope`. */
export function compileTable(table: TableDecision, scope: Scope, state: DecisionCompileState): CompiledTable | undefined {
  const before = state.issues.length;
  const columns = table.inputs.map((input, i) => compileColumn(input, [...state.path, "inputs", i], scope, state));
  const outputNames = table.outputs.map(outputName);
  const rows = table.rules.map((rule, r) => compileRow(rule, r, columns, table.outputs.length, scope, state));
  const defaultEntry = table.default === undefined ? undefined : compileEntry(table.default, [...state.path, "default"], scope, state);
  checkHitPolicy(table, rows, state);
  if (hasErrorSince(state.issues, before)) return undefined;
  const okRows = rows as TableRow[];
  const analysis = analyseTable(table, columns, okRows, state);
  const outputTypes = outputNames.map((_, o) => outputType(okRows, o));
  const runtime: TableRuntime = {
    hitPolicy: table.hitPolicy,
    aggregation: table.aggregation,
    columns,
    rows: okRows,
    outputNames,
    priorities: table.outputs.map((o) => (typeof o === "string" ? undefined : o.values)),
    defaultValue: defaultEntry?.fn,
  };
  const type = resultType(table, outputNames, outputTypes, defaultEntry?.type, analysis.complete);
  const fast = fastTable(runtime);
  const run = fast ? (env: Env, matched: number[] | null): Value => (matched === null ? fast(env) : runTable(runtime, env, matched)) : (env: Env, matched: number[] | null): Value => runTable(runtime, env, matched);
  return { type, runtime, run };
}

function outputName(output: TableOutput): string {
  return typeof output === "string" ? output : output.name;
}

function compileColumn(input: TableDecision["inputs"][number], path: IssuePath, scope: Scope, state: DecisionCompileState): TableColumn {
  const text = typeof input === "string" ? input : input.expr;
  const exprPath = typeof input === "string" ? path : [...path, "expr"];
  const compiled = compileSource(text, exprPath, scope, state);
  return { text, type: compiled.type, fn: compiled.fn, ...(typeof input !== "string" && input.label ? { label: input.label } : {}) };
}

/** Parses and compiles one expression string found at `path` of the policy. */
export function compileSource(text: string, path: IssuePath, scope: Scope, state: DecisionCompileState): Compiled {
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    const message = fill(M.syntaxIn, { message: parsed.error.message.en });
    const localized = { id: fill(M.syntaxIn, { message: parsed.error.message.id }).id, en: message.en };
    state.issues.push(issue("EXPR_SYNTAX", path, localized, { span: { start: parsed.error.start, end: parsed.error.end } }));
    return { type: ANY, fn: () => null };
  }
  const ctx: ExprContext = { issues: state.issues, path, source: text, rounding: state.rounding, refs: state.refs };
  return compileExpression(parsed.expression, scope, ctx);
}

function compileRow(
  rule: TableDecision["rules"][number],
  r: number,
  columns: readonly TableColumn[],
  outputCount: number,
  scope: Scope,
  state: DecisionCompileState,
): TableRow | undefined {
  const path = [...state.path, "rules", r];
  if (!cellCount(rule.when.length, columns.length, r, "when", [...path, "when"], state)) return undefined;
  if (!cellCount(rule.then.length, outputCount, r, "then", [...path, "then"], state)) return undefined;
  const tests = rule.when.map((cell, c) => compileCell(cell, columns[c] as TableColumn, [...path, "when", c], scope, state));
  if (tests.some((t) => t === undefined)) return undefined;
  const entries = rule.then.map((entry, o) => compileEntry(entry, [...path, "then", o], scope, state));
  const okTests = tests as ResolvedUnaryTest[];
  return {
    index: r,
    tests: okTests,
    matchers: okTests.map(compileUnaryTest),
    outputs: entries.map((e) => e.fn),
    types: entries.map((e) => e.type),
    literals: entries.map((e) => e.literal),
    ...(rule.note ? { note: rule.note } : {}),
  };
}

function cellCount(actual: number, expected: number, r: number, part: string, path: IssuePath, state: DecisionCompileState): boolean {
  if (actual === expected) return true;
  state.issues.push(issue("TABLE_SHAPE", path, fill(M.tableCellCount, { row: r + 1, actual, part, expected })));
  return false;
}

function compileCell(cell: RuleCell, column: TableColumn, path: IssuePath, scope: Scope, state: DecisionCompileState): ResolvedUnaryTest | undefined {
  const parsed: { ok: true; test: UnaryTest } | { ok: false; error: { message: LocalizedText; start: number; end: number } } =
    typeof cell === "string" ? parseUnaryTest(cell) : { ok: true, test: { kind: "list", negated: false, items: [{ kind: "compare", op: "=", value: cell }] } };
  if (!parsed.ok) {
    state.issues.push(issue("EXPR_SYNTAX", path, parsed.error.message, { span: { start: parsed.error.start, end: parsed.error.end } }));
    return undefined;
  }
  const values = resolveCellNames(parsed.test, column, path, scope, state);
  if (!values) return undefined;
  const resolved = resolveNames(parsed.test, (name) => values.get(name));
  if (!resolved.ok) {
    state.issues.push(issue(resolved.error.code, path, resolved.error.message));
    return undefined;
  }
  if (!checkRanges(parsed.test, resolved.test, path, state)) return undefined;
  return checkCellType(parsed.test, resolved.test, column, path, state) ? resolved.test : undefined;
}

/**
 * The value of every name in a cell (an enum value of the column, else a scalar constant of the
 * policy), or undefined after reporting each name that has none. A constant read by a cell is
 * recorded in the decision's references, so the trace shows the threshold in force.
 */
function resolveCellNames(test: UnaryTest, column: TableColumn, path: IssuePath, scope: Scope, state: DecisionCompileState): Map<string, Scalar> | undefined {
  const enumValues = column.type.k === "enum" ? column.type.values : [];
  const values = new Map<string, Scalar>();
  let failed = false;
  for (const name of namesOf(test)) {
    const found = resolveCellName(name, enumValues, state.constants);
    if (!found.ok) {
      state.issues.push(issue(found.code, path, found.message, { hint: found.hint }));
      failed = true;
      continue;
    }
    values.set(name, found.value);
    const binding = found.constant === undefined ? undefined : scope.lookup(found.constant);
    if (binding?.role === "constant") state.refs.set(binding.name, binding);
  }
  return failed ? undefined : values;
}

/** A range whose lower bound exceeds its upper bound (`[90..80]`) can match nothing: an error. */
function checkRanges(written: UnaryTest, test: ResolvedUnaryTest, path: IssuePath, state: DecisionCompileState): boolean {
  if (test.kind === "any" || written.kind === "any") return true;
  const at = test.items.findIndex((i) => i.kind === "range" && i.low > i.high);
  if (at < 0) return true;
  const text = shown(printItem(written.items[at] as UnaryItem), printItem(test.items[at] as UnaryItem));
  state.issues.push(issue("TABLE_SHAPE", path, fill(M.emptyRange, { test: text })));
  return false;
}

/** The text of a test as written, followed by its resolved form when names changed it. */
function shown(written: string, resolved: string): string {
  return written === resolved ? written : `${written} → ${resolved}`;
}

function checkCellType(written: UnaryTest, test: ResolvedUnaryTest, column: TableColumn, path: IssuePath, state: DecisionCompileState): boolean {
  if (test.kind === "any" || column.type.k === "any") return true;
  const wrong = cellScalars(test).find((value) => !fitsColumn(value, column.type));
  if (wrong === undefined) return true;
  const message =
    column.type.k === "enum" && typeof wrong === "string"
      ? fill(M.notInEnum, { value: wrong, values: column.type.values })
      : fill(M.tableCellType, { test: shown(printUnaryTest(written), printUnaryTest(test)), type: describeType(column.type) });
  state.issues.push(issue("TYPE_MISMATCH", path, message));
  return false;
}

function cellScalars(test: Extract<ResolvedUnaryTest, { kind: "list" }>): Scalar[] {
  return test.items.flatMap((item) => (item.kind === "compare" ? [item.value] : [item.low, item.high]));
}

function fitsColumn(value: Scalar, type: Type): boolean {
  if (value === null) return true;
  switch (type.k) {
    case "number":
      return typeof value === "number";
    case "enum":
      return typeof value === "string" && type.values.includes(value);
    case "string":
    case "date":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    default:
      return false;
  }
}

interface Entry {
  readonly type: Type;
  readonly fn: Evaluator;
  readonly literal: JsonValue | undefined;
}

function compileEntry(entry: OutputEntry, path: IssuePath, scope: Scope, state: DecisionCompileState): Entry {
  if (hasStrayExprKey(entry)) {
    state.issues.push(issue("TABLE_SHAPE", path, fill(M.exprEntryKeys, { keys: Object.keys(entry as object) })));
    return { type: ANY, fn: () => null, literal: undefined };
  }
  if (isExprEntry(entry)) {
    const compiled = compileSource(entry.expr, [...path, "expr"], scope, state);
    return { type: compiled.type, fn: compiled.fn, literal: undefined };
  }
  const value = entry as Value;
  return { type: typeOfJson(entry), fn: () => value, literal: entry };
}

/** `{ "expr": "...", "note": 1 }` would silently become a literal object: refuse it. */
function hasStrayExprKey(entry: OutputEntry): boolean {
  return typeof entry === "object" && entry !== null && !Array.isArray(entry) && Object.hasOwn(entry, "expr") && !isExprEntry(entry);
}

function isExprEntry(entry: OutputEntry): entry is { expr: string } {
  return typeof entry === "object" && entry !== null && !Array.isArray(entry) && Object.keys(entry).length === 1 && typeof entry["expr"] === "string";
}

function checkHitPolicy(table: TableDecision, rows: readonly (TableRow | undefined)[], state: DecisionCompileState): void {
  const path = state.path;
  if (table.aggregation && table.hitPolicy !== "COLLECT") state.issues.push(issue("TABLE_SHAPE", [...path, "aggregation"], M.tableAggregation));
  else if (table.aggregation && table.aggregation !== "COUNT") checkAggregated(table.aggregation, table.outputs.length, rows, state);
  if (table.hitPolicy !== "PRIORITY" && table.hitPolicy !== "OUTPUT_ORDER") return;
  table.outputs.forEach((output, o) => {
    const name = outputName(output);
    const values = typeof output === "string" ? undefined : output.values;
    if (!values) {
      state.issues.push(issue("TABLE_SHAPE", [...path, "outputs", o], fill(M.tablePriorityValues, { policy: table.hitPolicy, name })));
      return;
    }
    for (const row of rows) {
      const literal = row?.literals[o];
      if (row && literal !== undefined && !values.some((v) => JSON.stringify(v) === JSON.stringify(literal))) {
        state.issues.push(issue("TABLE_SHAPE", [...path, "rules", row.index, "then", o], fill(M.tableOutputNotInValues, { value: JSON.stringify(literal), name })));
      }
    }
  });
}

/** SUM, MIN and MAX need one output column whose entries are numbers (null fails at run time). */
function checkAggregated(aggregation: CollectAggregation, outputCount: number, rows: readonly (TableRow | undefined)[], state: DecisionCompileState): void {
  const message = fill(M.tableAggregateColumns, { agg: aggregation });
  if (outputCount !== 1) {
    state.issues.push(issue("TABLE_SHAPE", [...state.path, "outputs"], message));
    return;
  }
  for (const row of rows) {
    const type = row?.types[0];
    if (row && type && type.k !== "number" && type.k !== "any") state.issues.push(issue("TYPE_MISMATCH", [...state.path, "rules", row.index, "then", 0], message));
  }
}

function outputType(rows: readonly TableRow[], o: number): Type {
  let type: Type | undefined;
  for (const row of rows) {
    const t = row.types[o] ?? ANY;
    type = type === undefined ? t : unify(type, t) ?? ANY;
  }
  return type ?? ANY;
}

function resultType(table: TableDecision, names: readonly string[], types: readonly Type[], fallback: Type | undefined, complete: boolean): Type {
  const single: Type =
    names.length === 1 ? (types[0] as Type) : { k: "object", fields: Object.fromEntries(names.map((n, i) => [n, types[i] as Type])) };
  switch (table.hitPolicy) {
    case "RULE_ORDER":
    case "OUTPUT_ORDER":
      return { k: "list", of: single };
    case "COLLECT":
      if (table.aggregation === "COUNT") return { k: "number" };
      if (table.aggregation) return orFallback({ k: "number" }, fallback, complete);
      return { k: "list", of: single };
    default:
      return orFallback(single, fallback, complete);
  }
}

/**
 * The type of a result that is the declared default (whatever its shape, for one or several output
 * columns) or null when no row matches; a complete table without default never misses.
 */
function orFallback(type: Type, fallback: Type | undefined, complete: boolean): Type {
  if (fallback) return unify(type, fallback) ?? ANY;
  return withNull(type, !complete || type.nullable === true);
}

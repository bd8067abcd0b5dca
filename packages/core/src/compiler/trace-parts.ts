/**
 * The parts of a decision trace that do not depend on the input, laid out once at compile time:
 * the names and slots a decision reads, a table's column texts and labels and each row's cells as
 * written. Every scoring still gets fresh trace objects (only the frozen document's own objects,
 * such as labels, notes and roundings, are shared, as before).
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { CollectAggregation, HitPolicy, TableDecision } from "../schema/policy-types.js";
import type { AggregateTrace, DecisionTrace, MatchedRow, TableTrace } from "../trace/trace-types.js";
import type { TableColumn } from "./compile-table.js";
import type { Binding, Env, TraceSink } from "./scope.js";
import type { Value } from "./types.js";

/** A decision trace being filled in; keys are added in the order of {@link DecisionTrace}. */
export type DecisionTraceDraft = { -readonly [K in keyof DecisionTrace]: DecisionTrace[K] };

/** Collects the aggregate contributions recorded while one formula is traced. */
export class AggregateCollector implements TraceSink {
  readonly entries: AggregateTrace[] = [];

  aggregate(entry: AggregateTrace): void {
    this.entries.push(entry);
  }
}

/** The start of a decision trace: `name`, `kind`, `label` and `expr` when present, `inputs` and `output`. */
export function traceHead(
  name: string,
  kind: DecisionTrace["kind"],
  label: LocalizedText | undefined,
  expr: string | undefined,
  inputs: Record<string, Value>,
  output: Value,
): DecisionTraceDraft {
  if (label) return expr === undefined ? { name, kind, label, inputs, output } : { name, kind, label, expr, inputs, output };
  return expr === undefined ? { name, kind, inputs, output } : { name, kind, expr, inputs, output };
}

/**
 * `readBindings` for a finished set of references: the value of every name the decision read
 * (lambda parameters aside), in the references' order, as a fresh record.
 */
export function bindingsReader(refs: ReadonlyMap<string, Binding>): (env: Env) => Record<string, Value> {
  const names: string[] = [];
  const globals: boolean[] = [];
  const slots: number[] = [];
  for (const [name, b] of refs) {
    if (b.role === "param") continue;
    names.push(name);
    globals.push(b.kind === "global");
    slots.push(b.slot);
  }
  const count = names.length;
  return (env) => {
    const out: Record<string, Value> = {};
    for (let i = 0; i < count; i++) out[names[i] as string] = ((globals[i] === true ? env.g : env.l)[slots[i] as number] as Value | undefined) ?? null;
    return out;
  };
}

/** Hit policies that yield one result and fall back to the default when no row matches. */
const SINGLE_HIT: ReadonlySet<string> = new Set(["UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT"]);
const NO_CELLS: readonly string[] = [];

type ColumnTrace = TableTrace["columns"][number];

/** Builds the `table` part of a table decision's trace from the column values and the matched row indexes. */
export function tableTracer(decision: TableDecision, columns: readonly TableColumn[]): (values: readonly Value[], rows: readonly number[]) => TableTrace {
  const hitPolicy: HitPolicy = decision.hitPolicy;
  const aggregation: CollectAggregation | undefined = decision.aggregation;
  const texts = columns.map((c) => c.text);
  const labels = columns.map((c) => c.label);
  // Cells as written: text as is, a literal (number, boolean, null) as its JSON.
  const cells = decision.rules.map((rule) => rule.when.map((cell) => (typeof cell === "string" ? cell : JSON.stringify(cell))));
  const notes = decision.rules.map((rule) => rule.note);
  const single = SINGLE_HIT.has(hitPolicy) && aggregation !== "COUNT";
  const matchedRow = (index: number): MatchedRow => {
    const when = (cells[index] ?? NO_CELLS).slice();
    const note = notes[index];
    return note ? { row: index + 1, when, note } : { row: index + 1, when };
  };
  return (values, rows) => {
    const cols: ColumnTrace[] = [];
    for (let i = 0; i < texts.length; i++) {
      const label = labels[i];
      const expr = texts[i] as string;
      const value = values[i] ?? null;
      cols.push(label ? { expr, value, label } : { expr, value });
    }
    const matched: MatchedRow[] = [];
    for (let i = 0; i < rows.length; i++) matched.push(matchedRow(rows[i] as number));
    const usedDefault = matched.length === 0 && single;
    return aggregation ? { hitPolicy, aggregation, columns: cols, matched, usedDefault } : { hitPolicy, columns: cols, matched, usedDefault };
  };
}

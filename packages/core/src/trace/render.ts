/**
 * Renders a trace as plain text in Bahasa Indonesia (default) or English, so every score can
 * explain itself: each decision, what it read, the formula or the table row that decided, each
 * element's contribution to aggregates, and the rounding applied.
 * @module
 */
import { localize, type Lang, type LocalizedText } from "../i18n/text.js";
import { toPlainString } from "../internal/decimal.js";
import type { Value } from "../compiler/types.js";
import type { AggregateTrace, DecisionTrace, TableTrace, Trace } from "./trace-types.js";
import type { UmpanBalik } from "../monitoring/feedback.js";
import { firedEvents, renderRules } from "./render-rules.js";

/** Options of {@link renderTrace}. */
export interface RenderOptions {
  /** The language of the text: `id` (default) or `en`. */
  readonly lang?: Lang;
  /** How many elements of a per-item decision or aggregate to list (default 50). */
  readonly maxItems?: number;
}

const T = {
  policy: { id: "Kebijakan", en: "Policy" },
  formula: { id: "rumus", en: "formula" },
  table: { id: "tabel keputusan", en: "decision table" },
  perItem: { id: "per butir", en: "per item" },
  rules: { id: "aturan", en: "rules" },
  reads: { id: "membaca", en: "reads" },
  result: { id: "hasil", en: "result" },
  beforeRounding: { id: "sebelum pembulatan", en: "before rounding" },
  decimals: { id: "desimal", en: "decimals" },
  row: { id: "baris", en: "row" },
  matched: { id: "cocok", en: "matched" },
  noMatch: { id: "tidak ada baris yang cocok: nilai bawaan dipakai", en: "no row matched: the default was used" },
  item: { id: "butir", en: "item" },
  contribution: { id: "kontribusi", en: "contribution" },
  weight: { id: "bobot", en: "weight" },
  outputs: { id: "Hasil akhir", en: "Final outputs" },
  more: { id: "… dan {n} lainnya", en: "… and {n} more" },
  selected: { id: "terpilih", en: "selected" },
  counted: { id: "butir yang dihitung oleh", en: "items counted by" },
  none: { id: "tidak ada", en: "none" },
  feedback: { id: "Umpan balik berkelanjutan dari pejabat penilai", en: "Continuous feedback from the assessing official" },
} as const;

/**
 * Turns a trace into readable text.
 *
 * @example
 * ```ts
 * const { trace } = policy.score(input, { trace: true });
 * console.log(renderTrace(trace!, { lang: "en" }));
 * ```
 */
export function renderTrace(trace: Trace, options: RenderOptions = {}): string {
  const lang = options.lang ?? "id";
  const max = options.maxItems ?? 50;
  const t = (text: LocalizedText): string => localize(text, lang);
  const lines: string[] = [`${t(T.policy)}: ${t(trace.title)} (${trace.policy.id} v${trace.policy.version}, sha256 ${trace.policy.hash.slice(0, 12)})`];
  trace.decisions.forEach((d, i) => lines.push("", ...renderDecision(d, `${i + 1}. `, "   ", lang, max)));
  if (trace.feedback && trace.feedback.length > 0) lines.push("", ...renderFeedback(trace.feedback, lang));
  lines.push("", `${t(T.outputs)}:`);
  for (const [name, value] of Object.entries(trace.outputs)) {
    const raw = trace.decisions.find((d) => d.name === name)?.output;
    const note = typeof raw === "number" && raw !== value ? ` (${t(T.beforeRounding)} ${formatValue(raw)})` : "";
    lines.push(`  ${name} = ${formatValue(value)}${note}`);
  }
  return lines.join("\n");
}

/** Formats a value for explanations: plain decimals, strings unquoted, short JSON for the rest. */
export function formatValue(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "number") return toPlainString(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

function renderDecision(d: DecisionTrace, head: string, indent: string, lang: Lang, max: number): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const label = d.label ? ` — ${t(d.label)}` : "";
  const kind = d.kind === "formula" ? T.formula : d.kind === "table" ? T.table : d.kind === "rules" ? T.rules : T.perItem;
  const lines = [`${head}${d.name}${label} (${t(kind)}${d.table ? ` ${d.table.hitPolicy}${d.table.aggregation ? `+${d.table.aggregation}` : ""}` : ""})`];
  if (d.expr) lines.push(`${indent}${d.kind === "perItem" ? "∀" : "="} ${d.expr}`);
  const reads = Object.entries(d.inputs).filter(([, v]) => v === null || typeof v !== "object");
  if (reads.length > 0 && d.kind === "formula") lines.push(`${indent}${t(T.reads)}: ${reads.map(([k, v]) => `${k} = ${formatValue(v)}`).join(", ")}`);
  if (d.table) lines.push(...renderTable(d.table, indent, lang));
  for (const agg of d.aggregates ?? []) lines.push(...renderAggregate(agg, indent, lang, max));
  if (d.rules) lines.push(...renderRules(d.rules, indent, lang, formatValue));
  if (d.items) lines.push(...renderItems(d, indent, lang, max));
  else if (d.rules) lines.push(`${indent}${t(T.result)}: ${firedEvents(d.rules, formatValue) || t(T.none)}`);
  else lines.push(`${indent}${t(T.result)}: ${formatValue(d.output)}${roundingNote(d, lang)}`);
  return lines;
}

/** The feedback entries grouped by RHK: date, period, kind, giver and text. */
function renderFeedback(entries: readonly UmpanBalik[], lang: Lang): string[] {
  const lines = [`${localize(T.feedback, lang)} (${entries.length}):`];
  let rhk: string | undefined;
  for (const e of entries) {
    if (e.rhk !== rhk) lines.push(`  RHK ${(rhk = e.rhk)}:`);
    const meta = [e.periode, e.jenis, e.pemberi].filter((x) => x !== undefined).join(", ");
    lines.push(`    ${e.tanggal} (${meta}): ${e.teks}`);
  }
  return lines;
}

function roundingNote(d: DecisionTrace, lang: Lang): string {
  if (d.unrounded === undefined || !d.rounding) return "";
  const t = (text: LocalizedText): string => localize(text, lang);
  return ` (${t(T.beforeRounding)} ${formatValue(d.unrounded)}; ${d.rounding.mode}, ${d.rounding.scale} ${t(T.decimals)})`;
}

function renderTable(table: TableTrace, indent: string, lang: Lang): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const lines = table.columns.map((c) => `${indent}${c.label ? `${t(c.label)} ` : ""}[${c.expr}] = ${formatValue(c.value)}`);
  if (table.matched.length === 0) lines.push(`${indent}${t(T.noMatch)}`);
  for (const m of table.matched) {
    const note = m.note ? ` — ${t(m.note)}` : "";
    lines.push(`${indent}${t(T.row)} ${m.row} ${t(T.matched)}: ${m.when.join(" | ")}${note}`);
  }
  return lines;
}

function renderAggregate(agg: AggregateTrace, indent: string, lang: Lang, max: number): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  if (agg.fn === "count") {
    const counted = agg.items.filter((i) => i.contribution === 1).map((i) => `[${i.index + 1}]`);
    return [`${indent}${t(T.counted)} ${agg.expr}: ${counted.length > 0 ? counted.join(", ") : t(T.none)}`];
  }
  const lines = [`${indent}${t(T.contribution)} ${agg.expr} = ${formatValue(agg.result)}:`];
  for (const item of agg.items.slice(0, max)) {
    const weight = item.weight === undefined ? "" : ` × ${t(T.weight)} ${toPlainString(item.weight)}`;
    const part =
      agg.fn === "min" || agg.fn === "max"
        ? item.contribution === 1
          ? ` ← ${t(T.selected)}`
          : ""
        : ` → ${toPlainString(item.contribution)}`;
    lines.push(`${indent}  [${item.index + 1}] ${formatValue(item.value)}${weight}${part}`);
  }
  if (agg.items.length > max) lines.push(`${indent}  ${t(T.more).replace("{n}", String(agg.items.length - max))}`);
  return lines;
}

function renderItems(d: DecisionTrace, indent: string, lang: Lang, max: number): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const items = d.items ?? [];
  const lines: string[] = [];
  for (const sub of items[0]?.decisions ?? []) {
    const what = sub.kind === "formula" ? `= ${sub.expr ?? ""}` : sub.kind === "rules" ? t(T.rules) : `${t(T.table)} ${sub.table?.hitPolicy ?? ""}`;
    lines.push(`${indent}${sub.name}${sub.label ? ` (${t(sub.label)})` : ""}: ${what}`);
  }
  for (const item of items.slice(0, max)) {
    lines.push(`${indent}${t(T.item)} [${item.index + 1}] ${describeItem(item.item, item.label)}`);
    for (const sub of item.decisions) lines.push(`${indent}    ${renderCompact(sub, lang)}`);
  }
  if (items.length > max) lines.push(`${indent}${t(T.more).replace("{n}", String(items.length - max))}`);
  return lines;
}

/** One line for a decision inside a per-item decision: its value, rounding and the row that decided. */
function renderCompact(d: DecisionTrace, lang: Lang): string {
  const t = (text: LocalizedText): string => localize(text, lang);
  const row = d.table?.matched[0];
  const why = row ? ` — ${t(T.row)} ${row.row}${row.note ? `: ${t(row.note)}` : ""}` : d.table ? ` — ${t(T.noMatch)}` : "";
  if (d.rules) return `${d.name} = ${firedEvents(d.rules, formatValue) || "[]"}`;
  return `${d.name} = ${formatValue(d.output)}${roundingNote(d, lang)}${why}`;
}

/**
 * A short description of a collection element: its label (the decision's `itemLabel`, else its
 * first long text field), then its short scalar fields.
 */
function describeItem(item: Value, label: string | undefined): string {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return label ?? formatValue(item);
  const entries = Object.entries(item as Record<string, Value>);
  const title = label ?? (entries.find(([, v]) => typeof v === "string" && v.length > 24)?.[1] as string | undefined);
  const scalars = entries.filter(([, v]) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v.length <= 24));
  const facts = scalars.map(([k, v]) => `${k} ${formatValue(v)}`).join(", ");
  return title ? `${title} (${facts})` : `(${facts})`;
}

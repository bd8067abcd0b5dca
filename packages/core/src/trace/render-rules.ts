/**
 * Renders the trace of a rules decision: for every rule whether it applied and the event it
 * emitted, then its conditions as a tree — each leaf with its label, the fact's value, the
 * operator and the compared value — so the text says why a consequence applies or does not.
 * @module
 */
import { localize, type Lang, type LocalizedText } from "../i18n/text.js";
import type { Value } from "../compiler/types.js";
import type { ConditionTrace, RuleTrace } from "./trace-types.js";

const T = {
  rule: { id: "aturan", en: "rule" },
  priority: { id: "prioritas", en: "priority" },
  applies: { id: "BERLAKU", en: "APPLIES" },
  notApplies: { id: "tidak berlaku", en: "does not apply" },
  all: { id: "semua syarat berikut", en: "all of" },
  any: { id: "salah satu syarat berikut", en: "any of" },
  not: { id: "bukan", en: "not" },
  named: { id: "kondisi", en: "condition" },
  value: { id: "nilai", en: "value" },
} as const;

const OPERATOR_WORDS: Readonly<Record<string, LocalizedText>> = {
  equal: { id: "=", en: "=" },
  notEqual: { id: "≠", en: "≠" },
  in: { id: "salah satu dari", en: "is one of" },
  notIn: { id: "bukan salah satu dari", en: "is not one of" },
  contains: { id: "memuat", en: "contains" },
  doesNotContain: { id: "tidak memuat", en: "does not contain" },
  lessThan: { id: "<", en: "<" },
  lessThanInclusive: { id: "≤", en: "≤" },
  greaterThan: { id: ">", en: ">" },
  greaterThanInclusive: { id: "≥", en: "≥" },
  dateBefore: { id: "sebelum", en: "before" },
  dateAfter: { id: "sesudah", en: "after" },
  dateOnOrBefore: { id: "pada atau sebelum", en: "on or before" },
  dateOnOrAfter: { id: "pada atau sesudah", en: "on or after" },
  dateEqual: { id: "sama dengan tanggal", en: "on the same day as" },
};

/** The lines explaining the rules of one decision. */
export function renderRules(rules: readonly RuleTrace[], indent: string, lang: Lang, format: (v: Value) => string): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const lines: string[] = [];
  for (const r of rules) {
    const name = r.name ? ` "${r.name}"` : "";
    const verdict = r.fired ? `${t(T.applies)} → ${r.event.type}${paramsText(r.event.params, format)}` : t(T.notApplies);
    lines.push(`${indent}${t(T.rule)} ${r.index}${name} (${t(T.priority)} ${r.priority}): ${verdict}`);
    if (r.label) lines.push(`${indent}  ${t(r.label)}`);
    lines.push(...renderCondition(r.conditions, `${indent}  `, lang, format));
  }
  return lines;
}

/** The fired events in order, each with its parameters: `PEMBINAAN (predikat BUTUH_PERBAIKAN), …`. */
export function firedEvents(rules: readonly RuleTrace[], format: (v: Value) => string = String): string {
  return rules
    .filter((r) => r.fired)
    .map((r) => `${r.event.type}${paramsText(r.event.params, format)}`)
    .join(", ");
}

function renderCondition(c: ConditionTrace, indent: string, lang: Lang, format: (v: Value) => string): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const mark = c.result ? "✓" : "✗";
  const named = c.reference ? ` [${t(T.named)} '${c.reference}']` : "";
  const label = c.label ? `${t(c.label)}${named}: ` : named ? `${named.trim()}: ` : "";
  if (c.kind === "fact") return [`${indent}${mark} ${label}${leafText(c, lang, format)}`];
  const head = c.kind === "all" ? T.all : c.kind === "any" ? T.any : T.not;
  const lines = [`${indent}${mark} ${label}${t(head)}:`];
  for (const child of c.children ?? []) lines.push(...renderCondition(child, `${indent}  `, lang, format));
  return lines;
}

function leafText(c: ConditionTrace, lang: Lang, format: (v: Value) => string): string {
  const operator = c.operator ?? "";
  const word = Object.hasOwn(OPERATOR_WORDS, operator) ? localize(OPERATOR_WORDS[operator] as LocalizedText, lang) : operator;
  const fact = `${c.fact ?? ""}${c.path ? ` ${c.path}` : ""}`;
  const written = c.value;
  const isReference = written !== null && typeof written === "object" && !Array.isArray(written) && "fact" in written;
  const ref = written as { fact?: Value; path?: Value };
  const refText = isReference ? `${String(ref.fact)}${typeof ref.path === "string" ? ` ${ref.path}` : ""}` : "";
  const compared = isReference ? `${refText} (${localize(T.value, lang)} ${format(c.valueResult ?? null)})` : format(c.valueResult ?? null);
  return `${fact} ${word} ${compared} (${localize(T.value, lang)} ${fact.trim()}: ${format(c.factResult ?? null)})`;
}

function paramsText(params: Readonly<Record<string, Value>>, format: (v: Value) => string): string {
  const entries = Object.entries(params);
  return entries.length === 0 ? "" : ` (${entries.map(([k, v]) => `${k} ${format(v)}`).join(", ")})`;
}

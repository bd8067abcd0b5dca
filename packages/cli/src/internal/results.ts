/**
 * Scoring the records of a batch and turning each outcome into what the commands print: a JSON
 * envelope, a CSV row or table cells, and a located error message naming the record (and for CSV
 * the line and the column) of every failure.
 * @module
 */
import { localize, type CompiledPolicy, type Issue, type KinerjaError, type Lang, type LocalizedText, type ScoreResult, type Type, type UmpanBalik, type Value } from "@kinerja/core";
import { pathText } from "./issue-report.js";
import type { InputRecord } from "./records.js";

/** A scored record: its result or its error. */
export type Scored = { readonly record: InputRecord; readonly ok: true; readonly result: ScoreResult } | { readonly record: InputRecord; readonly ok: false; readonly error: RecordError };

/** Why a record failed: a code, a message and every issue located. */
export interface RecordError {
  readonly code: string;
  readonly message: LocalizedText;
  readonly issues: readonly { readonly path: string; readonly where?: LocalizedText; readonly message: LocalizedText }[];
}

/** Scores one record (an unreadable record fails with code `RECORD_INVALID`). */
export function scoreRecord(policy: CompiledPolicy, record: InputRecord, trace: boolean): Scored {
  if (record.error) return { record, ok: false, error: { code: "RECORD_INVALID", message: record.error, issues: [] } };
  const feedback = feedbackOf(record.record);
  const outcome = policy.safeScore(record.input, { trace, ...(feedback ? { feedback } : {}) });
  if (outcome.ok) return { record, ok: true, result: outcome.result };
  return { record, ok: false, error: recordError(outcome.error, record) };
}

/** The supervisor's feedback carried by a record (`umpanBalik`), for explanations. */
export function feedbackOf(record: unknown): readonly UmpanBalik[] | undefined {
  const value = record !== null && typeof record === "object" && Object.hasOwn(record, "umpanBalik") ? (record as Record<string, unknown>)["umpanBalik"] : undefined;
  return Array.isArray(value) ? (value as UmpanBalik[]) : undefined;
}

function recordError(error: KinerjaError, record: InputRecord): RecordError {
  const issues = error.issues.map((i: Issue) => {
    const where = record.cellOf?.(i.path);
    return { path: pathText(i.path), ...(where ? { where } : {}), message: i.message };
  });
  return { code: error.code, message: error.text, issues };
}

/** The lines on stderr for a failed record: where, who, the message, then each issue. */
export function errorLines(scored: Extract<Scored, { ok: false }>, lang: Lang): string[] {
  const { record, error } = scored;
  const who = record.id === undefined ? "" : ` (NIP ${record.id})`;
  const lines = [`kinerja: ${localize(record.where, lang)}${who}: [${error.code}] ${localize(error.message, lang)}`];
  for (const i of error.issues) lines.push(`  - ${i.where ? `${localize(i.where, lang)} (${i.path})` : i.path}: ${localize(i.message, lang)}`);
  return lines;
}

/** The JSON envelope of a scored record. */
export function envelope(scored: Scored, lang: Lang, explanation?: string): Record<string, unknown> {
  const { record } = scored;
  const head = { index: record.index, ...(record.id === undefined ? {} : { id: record.id }), ...(record.name === undefined ? {} : { name: record.name }) };
  if (!scored.ok) {
    const e = scored.error;
    return { ...head, ok: false, where: localize(record.where, lang), error: { code: e.code, message: localize(e.message, lang), issues: e.issues.map((i) => ({ path: i.path, ...(i.where ? { where: localize(i.where, lang) } : {}), message: localize(i.message, lang) })) } };
  }
  return { ...head, ok: true, policy: scored.result.policy, outputs: scored.result.outputs, ...(explanation === undefined ? {} : { explanation }) };
}

/** The outputs shown in tables and CSV: those asked for, else every output of a scalar type. */
export function shownOutputs(policy: CompiledPolicy, asked: readonly string[]): string[] {
  if (asked.length > 0) return [...asked];
  return Object.entries(policy.outputTypes)
    .filter(([, t]) => isScalar(t))
    .map(([name]) => name);
}

/** A value as one cell: plain decimals and text, JSON for lists and records. */
export function cellText(value: Value | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A CSV field, quoted when needed. */
export function csvField(text: string): string {
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function isScalar(t: Type): boolean {
  return t.k !== "list" && t.k !== "object" && t.k !== "any";
}

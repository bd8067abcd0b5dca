/**
 * `kinerja diff <old-policy> <new-policy> --input <cohort>`: what a policy change does to a
 * cohort — every employee whose outputs change (from → to per output) and a summary table of the
 * changes by output. How policy staff review a change before publishing it. Exit 0 when the
 * comparison ran, 1 when some plan failed under either policy, 2 for unusable input.
 * @module
 */
import { canonicalJson, localize, type CompiledPolicy, type Lang, type Value } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, parseCommandArgs, requiredOption, stringOption } from "../internal/args.js";
import { ignoredNote, INPUT_OPTIONS, readOptions } from "../internal/batch-options.js";
import { helpOr } from "../internal/help.js";
import { loadPolicy } from "../internal/load-policy.js";
import { Output } from "../internal/output.js";
import { readRecords, type InputRecord } from "../internal/records.js";
import { cellText, scoreRecord, type Scored } from "../internal/results.js";
import { formatCount, say } from "../internal/text.js";
import { table } from "./score.js";

/** One output of one employee that changed. */
export interface OutputChange {
  readonly output: string;
  readonly from: Value | undefined;
  readonly to: Value | undefined;
}

/** An employee whose outputs change. */
export interface EmployeeDiff {
  readonly index: number;
  readonly id?: string;
  readonly name?: string;
  readonly changes: readonly OutputChange[];
}

const STATUS = "(status)";

/** Runs `kinerja diff`. */
export async function diffCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const spec = { ...INPUT_OPTIONS, outputs: { type: "string" }, format: { type: "string", short: "f" }, date: { type: "string" } } as const;
  const args = parseCommandArgs(argv, spec, { min: 2, max: 2, names: "<kebijakan-lama> <kebijakan-baru> --input <kelompok>" });
  const help = helpOr("diff", args, io);
  if (help !== undefined) return help;
  const lang = args.lang;
  const [oldSpec, newSpec] = args.positionals as [string, string];
  const date = stringOption(args, "date");
  const before = loadPolicy(io, [oldSpec], date);
  const after = loadPolicy(io, [newSpec], date);
  const format = choiceOption(args, "format", ["text", "json"] as const, "text");
  const asked = (stringOption(args, "outputs") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const names = asked.length > 0 ? asked : [...new Set([...Object.keys(before.outputTypes), ...Object.keys(after.outputTypes)])];
  const source = await readRecords(io, requiredOption(args, "input"), readOptions(args, io, before.document.inputs, (h) => io.stderr.write(ignoredNote(lang, h))));
  const diffs: EmployeeDiff[] = [];
  let total = 0;
  let failed = 0;
  for await (const record of source.records) {
    total++;
    const a = scoreRecord(before, record, false);
    const b = scoreRecord(after, record, false);
    if (!a.ok || !b.ok) failed++;
    const changes = compare(a, b, names);
    if (changes.length > 0) diffs.push(employee(record, changes));
  }
  const out = new Output(io.stdout);
  if (format === "json") out.line(JSON.stringify({ before: ref(before), after: ref(after), total, changed: diffs.length, failed, employees: diffs, summary: summarise(diffs) }, null, 2));
  else renderText(out, { before, after, oldSpec, newSpec, total, failed, diffs }, lang);
  await out.flush();
  return failed > 0 ? 1 : 0;
}

/** The changed outputs between two scorings of one record (a failure shows as a status change). */
export function compare(a: Scored, b: Scored, names: readonly string[]): OutputChange[] {
  if (!a.ok || !b.ok) {
    const status = (s: Scored): string => (s.ok ? "OK" : s.error.code);
    return status(a) === status(b) ? [] : [{ output: STATUS, from: status(a), to: status(b) }];
  }
  const changes: OutputChange[] = [];
  for (const output of names) {
    const from = a.result.outputs[output];
    const to = b.result.outputs[output];
    if (canonicalJson(from ?? null) !== canonicalJson(to ?? null)) changes.push({ output, from, to });
  }
  return changes;
}

/** Counts of each change: `predikat BAIK → SANGAT_BAIK: 3` (lists and records count as one kind of change). */
export function summarise(diffs: readonly EmployeeDiff[]): { output: string; from: string; to: string; count: number }[] {
  const counts = new Map<string, { output: string; from: string; to: string; count: number }>();
  for (const d of diffs) {
    for (const c of d.changes) {
      const scalar = !isComposite(c.from) && !isComposite(c.to);
      const from = scalar ? cellText(c.from ?? null) || "null" : "…";
      const to = scalar ? cellText(c.to ?? null) || "null" : "…";
      const key = `${c.output}\u0000${from}\u0000${to}`;
      const entry = counts.get(key) ?? { output: c.output, from, to, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((x, y) => (x.output < y.output ? -1 : x.output > y.output ? 1 : y.count - x.count));
}

interface Report {
  readonly before: CompiledPolicy;
  readonly after: CompiledPolicy;
  readonly oldSpec: string;
  readonly newSpec: string;
  readonly total: number;
  readonly failed: number;
  readonly diffs: readonly EmployeeDiff[];
}

function renderText(out: Output, r: Report, lang: Lang): void {
  out.line(say(lang, { id: "Perbandingan: {a} ({aid} v{av}) → {b} ({bid} v{bv})", en: "Comparing: {a} ({aid} v{av}) → {b} ({bid} v{bv})" }, { a: r.oldSpec, aid: r.before.id, av: r.before.version, b: r.newSpec, bid: r.after.id, bv: r.after.version }));
  for (const d of r.diffs) {
    out.line("");
    out.line(`${d.id ?? `#${d.index + 1}`}${d.name ? ` ${d.name}` : ""}`);
    for (const c of d.changes) out.line(`  ${c.output}: ${short(c.from)} → ${short(c.to)}`);
  }
  out.line("");
  out.line(say(lang, { id: "Ringkasan: {n} pegawai, {c} berubah, {f} gagal dinilai", en: "Summary: {n} employees, {c} changed, {f} failed to score" }, { n: formatCount(r.total, lang), c: formatCount(r.diffs.length, lang), f: formatCount(r.failed, lang) }));
  const rows = summarise(r.diffs).map((s) => [s.output, `${s.from} → ${s.to}`, String(s.count)]);
  if (rows.length > 0) {
    const headers = [say(lang, { id: "keluaran", en: "output" }), say(lang, { id: "dari → ke", en: "from → to" }), say(lang, { id: "jumlah", en: "count" })];
    for (const line of table(headers, rows)) out.line(line);
  } else {
    out.line(localize({ id: "Tidak ada keluaran yang berubah.", en: "No output changes." }, lang));
  }
}

function employee(record: InputRecord, changes: OutputChange[]): EmployeeDiff {
  return { index: record.index, ...(record.id === undefined ? {} : { id: record.id }), ...(record.name === undefined ? {} : { name: record.name }), changes };
}

function ref(p: CompiledPolicy): { id: string; version: string; hash: string } {
  return { id: p.id, version: p.version, hash: p.hash };
}

function short(v: Value | undefined): string {
  const text = cellText(v ?? null) || "null";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function isComposite(v: Value | undefined): boolean {
  return v !== null && typeof v === "object";
}

/**
 * `kinerja score --policy <file|preset> --input <file|->`: scores one plan or a batch (a JSON
 * document or array, NDJSON, or CSV with the column mapping), printing a table, JSON, NDJSON or
 * CSV on stdout. Per-record errors go to stderr (with the CSV line and column) without stopping
 * the batch; a progress bar is drawn on stderr for terminals. Exit 0 when every record scored,
 * 1 when some failed, 2 when the policy or the input cannot be used.
 * @module
 */
import { localize, renderTrace, type CompiledPolicy, type Lang } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, flag, parseCommandArgs, requiredOption, stringOption, stringOptions } from "../internal/args.js";
import { ignoredNote, INPUT_OPTIONS, readOptions } from "../internal/batch-options.js";
import { helpOr } from "../internal/help.js";
import { loadPolicy } from "../internal/load-policy.js";
import { Output } from "../internal/output.js";
import { ProgressBar } from "../internal/progress.js";
import { readRecords } from "../internal/records.js";
import { cellText, csvField, envelope, errorLines, scoreRecord, shownOutputs, type Scored } from "../internal/results.js";
import { formatCount, say } from "../internal/text.js";

type Format = "table" | "json" | "ndjson" | "csv";

/** Runs `kinerja score`. */
export async function scoreCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const spec = { ...INPUT_OPTIONS, policy: { type: "string", short: "p", multiple: true }, date: { type: "string" }, format: { type: "string", short: "f" }, explain: { type: "boolean" }, outputs: { type: "string" }, quiet: { type: "boolean", short: "q" }, progress: { type: "boolean" } } as const;
  const args = parseCommandArgs(argv, spec, { min: 0, max: 0, names: "--policy <berkas|preset> --input <berkas|->" });
  const help = helpOr("score", args, io);
  if (help !== undefined) return help;
  const lang = args.lang;
  const policy = loadPolicy(io, stringOptions(args, "policy").length > 0 ? stringOptions(args, "policy") : [requiredOption(args, "policy")], stringOption(args, "date"));
  const format = choiceOption<Format>(args, "format", ["table", "json", "ndjson", "csv"], "table");
  const quiet = flag(args, "quiet");
  const bar = new ProgressBar(io.stderr, !quiet && (flag(args, "progress") || io.isTTY === true), lang);
  const source = await readRecords(io, requiredOption(args, "input"), readOptions(args, io, policy.document.inputs, (h) => !quiet && bar.interrupt(ignoredNote(lang, h))));
  const outputs = shownOutputs(policy, (stringOption(args, "outputs") ?? "").split(",").map((s) => s.trim()).filter(Boolean));
  const explain = flag(args, "explain");
  const out = new Output(io.stdout);
  const printer = printerFor(format, out, outputs, lang, explain);
  const started = Date.now();
  let done = 0;
  let failed = 0;
  for await (const record of source.records) {
    const scored = scoreRecord(policy, record, explain);
    done++;
    if (!scored.ok) {
      failed++;
      bar.interrupt(`${errorLines(scored, lang).join("\n")}\n`);
    }
    printer.item(scored);
    await out.maybeFlush();
    bar.update(done, failed, source.total !== undefined ? done / Math.max(1, source.total) : source.progress());
  }
  printer.end();
  await out.flush();
  bar.finish(done, failed);
  if (!quiet) io.stderr.write(`${summary(policy, done, failed, Date.now() - started, lang)}\n`);
  return failed > 0 ? 1 : 0;
}

function summary(policy: CompiledPolicy, done: number, failed: number, ms: number, lang: Lang): string {
  return say(lang, { id: "{ok} dari {n} rencana dinilai dengan {id} v{version}, {failed} gagal ({s} dtk)", en: "{ok} of {n} plans scored with {id} v{version}, {failed} failed ({s} s)" }, { ok: formatCount(done - failed, lang), n: formatCount(done, lang), failed: formatCount(failed, lang), id: policy.id, version: policy.version, s: formatCount(ms / 1000, lang) });
}

interface Printer {
  item(scored: Scored): void;
  end(): void;
}

function printerFor(format: Format, out: Output, outputs: readonly string[], lang: Lang, explain: boolean): Printer {
  const explanation = (s: Scored): string | undefined => (explain && s.ok && s.result.trace ? renderTrace(s.result.trace, { lang }) : undefined);
  if (format === "ndjson") return { item: (s) => out.line(JSON.stringify(envelope(s, lang, explanation(s)))), end: () => undefined };
  if (format === "json") {
    let first = true;
    return {
      item: (s) => {
        out.text(`${first ? "[\n" : ",\n"}${indent(JSON.stringify(envelope(s, lang, explanation(s)), null, 2))}`);
        first = false;
      },
      end: () => out.line(first ? "[]" : "\n]"),
    };
  }
  const headers = ["#", "NIP", say(lang, { id: "nama", en: "name" }), "status", ...outputs, say(lang, { id: "kesalahan", en: "error" })];
  const cells = (s: Scored): string[] => [
    String(s.record.index + 1),
    s.record.id ?? "",
    s.record.name ?? "",
    s.ok ? "OK" : say(lang, { id: "GAGAL", en: "FAILED" }),
    ...outputs.map((o) => (s.ok ? cellText(s.result.outputs[o]) : "")),
    s.ok ? "" : `[${s.error.code}] ${localize(s.error.message, lang)}`,
  ];
  if (format === "csv") {
    out.line(headers.map(csvField).join(","));
    return { item: (s) => out.line(cells(s).map(csvField).join(",")), end: () => undefined };
  }
  const rows: string[][] = [];
  const explanations: string[] = [];
  return {
    item: (s) => {
      rows.push(cells(s));
      const e = explanation(s);
      if (e !== undefined) explanations.push(`── ${s.record.id ?? `#${s.record.index + 1}`} ──\n${e}`);
    },
    end: () => {
      for (const line of table(headers, rows, true)) out.line(line);
      for (const e of explanations) out.line(`\n${e}`);
    },
  };
}

/** An aligned text table (columns padded; the last column dropped when `dropEmptyLast` and it is empty in every row). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], dropEmptyLast = false): string[] {
  const last = headers.length - 1;
  const keep = headers.map((_, i) => !dropEmptyLast || i !== last || rows.some((r) => (r[i] ?? "") !== ""));
  const pick = (r: readonly string[]): string[] => r.filter((_, i) => keep[i]);
  const all = [pick(headers), ...rows.map(pick)];
  const widths = (all[0] as string[]).map((_, i) => Math.min(60, Math.max(...all.map((r) => (r[i] ?? "").length))));
  const line = (r: readonly string[]): string => r.map((c, i) => (c.length > (widths[i] as number) ? `${c.slice(0, (widths[i] as number) - 1)}…` : c.padEnd(widths[i] as number))).join("  ").trimEnd();
  return [line(all[0] as string[]), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)];
}

function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}

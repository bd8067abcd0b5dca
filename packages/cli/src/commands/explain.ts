/**
 * `kinerja explain --policy <file|preset> --input <plan>`: one scoring explained for the employee —
 * as text, Markdown or a self-contained HTML page — with each indicator, target, realisation,
 * contribution, the table rows that decided the predikat, feedback, strengths and weaknesses and,
 * with `--catalogue`, development recommendations. Exit 0, or 1 when the plan cannot be scored.
 * @module
 */
import { writeFileSync } from "node:fs";
import { localize, validateCatalogue, type DevelopmentCatalogue, type Trace } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, integerOption, parseCommandArgs, requiredOption, stringOption } from "../internal/args.js";
import { INPUT_OPTIONS, readOptions } from "../internal/batch-options.js";
import { CliError } from "../internal/cli-error.js";
import { explainHtml, explainMarkdown, explainText } from "../internal/explain-render.js";
import { buildReport } from "../internal/explain-report.js";
import { loadSourceFile, resolveFile } from "../internal/files.js";
import { helpOr } from "../internal/help.js";
import { pathText } from "../internal/issue-report.js";
import { loadPolicy } from "../internal/load-policy.js";
import { readRecords, type InputRecord } from "../internal/records.js";
import { errorLines, scoreRecord } from "../internal/results.js";
import { fill, say } from "../internal/text.js";

/** Runs `kinerja explain`. */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const spec = { ...INPUT_OPTIONS, policy: { type: "string", short: "p", multiple: true }, date: { type: "string" }, format: { type: "string", short: "f" }, output: { type: "string", short: "o" }, id: { type: "string" }, index: { type: "string" }, catalogue: { type: "string" } } as const;
  const args = parseCommandArgs(argv, spec, { min: 0, max: 0, names: "--policy <berkas|preset> --input <rencana>" });
  const help = helpOr("explain", args, io);
  if (help !== undefined) return help;
  const lang = args.lang;
  const policies = args.values["policy"] as string[] | undefined;
  const policy = loadPolicy(io, policies && policies.length > 0 ? policies : [requiredOption(args, "policy")], stringOption(args, "date"));
  const format = choiceOption(args, "format", ["text", "markdown", "html"] as const, "text");
  const catalogue = stringOption(args, "catalogue");
  const source = await readRecords(io, requiredOption(args, "input"), readOptions(args, io, policy.document.inputs));
  const record = await pick(source.records, stringOption(args, "id"), integerOption(args, "index", undefined, 1));
  const scored = scoreRecord(policy, record, true);
  if (!scored.ok) {
    io.stderr.write(`${errorLines(scored, lang).join("\n")}\n`);
    return 1;
  }
  const report = buildReport(scored.result as typeof scored.result & { trace: Trace }, { input: record.input, record: record.record, ...(record.id ? { id: record.id } : {}), ...(record.name ? { name: record.name } : {}) }, lang, catalogue === undefined ? undefined : readCatalogue(io, catalogue));
  const text = format === "html" ? explainHtml(report) : format === "markdown" ? explainMarkdown(report) : explainText(report);
  const output = stringOption(args, "output");
  if (output === undefined) io.stdout.write(text);
  else {
    writeFileSync(resolveFile(io, output), text);
    io.stderr.write(`${say(lang, { id: "Penjelasan ditulis ke {file}", en: "Explanation written to {file}" }, { file: output })}\n`);
  }
  return 0;
}

/** The record to explain: by NIP (`--id`), by 1-based position (`--index`), else the first. */
async function pick(records: AsyncIterable<InputRecord>, id: string | undefined, index: number | undefined): Promise<InputRecord> {
  for await (const r of records) {
    if (id !== undefined ? r.id === id : index !== undefined ? r.index + 1 === index : true) return r;
  }
  const which = id !== undefined ? `NIP ${id}` : index !== undefined ? `#${index}` : "";
  throw new CliError("INPUT_INVALID", fill({ id: "Rencana {which} tidak ada dalam masukan", en: "No plan {which} in the input" }, { which }));
}

function readCatalogue(io: CliIo, file: string): DevelopmentCatalogue {
  const checked = validateCatalogue(loadSourceFile(io, file).value);
  if (checked.ok) return checked.catalogue;
  throw new CliError("INPUT_INVALID", fill({ id: "Katalog {file} tidak sah", en: "The catalogue {file} is invalid" }, { file }), { details: (lang) => checked.issues.map((i) => `  - ${pathText(i.path)}: ${localize(i.message, lang)}`) });
}

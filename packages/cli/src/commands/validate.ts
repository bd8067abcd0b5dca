/**
 * `kinerja validate <policy...>`: every problem of a policy at once, each with
 * `file:line:column`, the offending source line, a message in Bahasa Indonesia or English and a
 * hint where one helps. Exit 0 when valid (warnings allowed unless `--strict`), 1 when problems
 * were found, 2 when a file cannot be read or parsed.
 * @module
 */
import { localize, validatePolicy, type Lang } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, flag, parseCommandArgs } from "../internal/args.js";
import { CliError } from "../internal/cli-error.js";
import { issueJson, pathText, renderIssue } from "../internal/issue-report.js";
import { readPolicySource } from "../internal/load-policy.js";
import { Output } from "../internal/output.js";
import { locateIssues, type LocatedIssue } from "../internal/schema-hints.js";
import { say } from "../internal/text.js";
import { helpOr } from "../internal/help.js";

const TEXT = {
  valid: { id: "{file}: sah — {id} v{version} ({warnings} peringatan)", en: "{file}: valid — {id} v{version} ({warnings} warning(s))" },
  invalid: { id: "{file}: {errors} kesalahan, {warnings} peringatan", en: "{file}: {errors} error(s), {warnings} warning(s)" },
  unusable: { id: "{file}: tidak dapat dibaca", en: "{file}: cannot be read" },
} as const;

/** Runs `kinerja validate`. */
export async function validateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseCommandArgs(argv, { format: { type: "string" }, strict: { type: "boolean" } }, { min: 1, max: Infinity, names: "<policy.json|policy.yaml> …" });
  const help = helpOr("validate", args, io);
  if (help !== undefined) return help;
  const format = choiceOption(args, "format", ["text", "json"] as const, "text");
  const out = new Output(io.stdout);
  const results = args.positionals.map((file) => validateOne(file, io, args.lang, flag(args, "strict")));
  if (format === "json") out.line(JSON.stringify(results.length === 1 ? results[0]?.report : results.map((r) => r.report), null, 2));
  else results.forEach((r) => r.lines.forEach((l) => out.line(l)));
  await out.flush();
  return results.reduce<ExitCode>((max, r) => Math.max(max, r.code) as ExitCode, 0);
}

interface FileResult {
  readonly code: ExitCode;
  readonly lines: readonly string[];
  readonly report: Record<string, unknown>;
}

function validateOne(file: string, io: CliIo, lang: Lang, strict: boolean): FileResult {
  let policy;
  try {
    policy = readPolicySource(io, file);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const report = { file, ok: false, unusable: true, code: error.code, message: localize(error.text, lang), details: error.details(lang) };
    return { code: 2, lines: [...error.details(lang), localize(error.text, lang)], report };
  }
  const result = validatePolicy(policy.document);
  const source = policy.source;
  const located: LocatedIssue[] = source ? locateIssues(source, result.issues) : result.issues.map((issue) => ({ issue, position: { line: 0, column: 0, offset: 0, length: 0 } }));
  const errors = located.filter((l) => l.issue.severity === "error").length;
  const warnings = located.length - errors;
  const failed = errors > 0 || (strict && warnings > 0);
  const lines: string[] = [];
  for (const l of located) lines.push(...(source ? renderIssue(file, source, l, lang) : [`${file}: [${l.issue.code}] ${pathText(l.issue.path)}: ${localize(l.issue.message, lang)}`]), "");
  const doc = policy.document as { id?: unknown; version?: unknown };
  lines.push(errors === 0 ? say(lang, TEXT.valid, { file, id: String(doc.id), version: String(doc.version), warnings }) : say(lang, TEXT.invalid, { file, errors, warnings }));
  const report = { file, ok: !failed, errors, warnings, issues: located.map((l) => issueJson(file, l, lang)) };
  return { code: failed ? 1 : 0, lines, report };
}

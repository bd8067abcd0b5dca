/**
 * Renders located problems the way compilers do: `file:line:column: kind [CODE] message`, the
 * path in the document, the offending source line with a caret under the exact text, and a hint.
 * @module
 */
import { localize, pathText as corePathText, type IssuePath, type Lang } from "@kinerja/core";
import type { LocatedIssue } from "./schema-hints.js";
import type { SourceDocument, SourcePosition, SyntaxProblem } from "./source-document.js";

const KIND = {
  error: { id: "kesalahan", en: "error" },
  warning: { id: "peringatan", en: "warning" },
  syntax: { id: "kesalahan sintaks", en: "syntax error" },
  at: { id: "lokasi", en: "at" },
  hint: { id: "saran", en: "hint" },
} as const;

/** A document path as people read it (`decisions.tabel.rules[1].when[0]`, core's `pathText`); `(dokumen)` for the root. */
export function pathText(path: IssuePath): string {
  return corePathText(path, "(dokumen)");
}

/** The lines of one located issue. */
export function renderIssue(file: string, doc: SourceDocument, located: LocatedIssue, lang: Lang): string[] {
  const { issue, position } = located;
  const kind = localize(KIND[issue.severity], lang);
  const lines = [`${file}:${position.line}:${position.column}: ${kind} [${issue.code}] ${localize(issue.message, lang)}`, `  ${localize(KIND.at, lang)}: ${pathText(issue.path)}`];
  lines.push(...snippet(doc.lineText(position.line), position));
  if (issue.hint) lines.push(`  ${localize(KIND.hint, lang)}: ${localize(issue.hint, lang)}`);
  return lines;
}

/** The lines of one syntax problem. */
export function renderSyntaxProblem(file: string, text: string, problem: SyntaxProblem, lang: Lang): string[] {
  const { position } = problem;
  const line = text.split(/\r?\n/)[position.line - 1] ?? "";
  return [`${file}:${position.line}:${position.column}: ${localize(KIND.syntax, lang)} ${localize(problem.message, lang)}`, ...snippet(line, position)];
}

/** The machine-readable form of a located issue (for `--format json`). */
export function issueJson(file: string, located: LocatedIssue, lang: Lang): Record<string, unknown> {
  const { issue, position } = located;
  return {
    file,
    line: position.line,
    column: position.column,
    severity: issue.severity,
    code: issue.code,
    path: issue.path,
    message: localize(issue.message, lang),
    ...(issue.hint ? { hint: localize(issue.hint, lang) } : {}),
    text: issue.message,
  };
}

/** The source line and a caret line under the marked text (tabs kept so the caret lines up). */
function snippet(source: string, position: SourcePosition): string[] {
  const number = String(position.line);
  const gutter = " ".repeat(number.length);
  const lead = source.slice(0, position.column - 1).replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(position.length, source.length - (position.column - 1)));
  return [`  ${number} | ${source}`, `  ${gutter} | ${lead}${"^".repeat(width)}`];
}


/**
 * Reading files and standard input for the commands: paths resolve against the injected working
 * directory, a missing or unreadable file is an unusable-input error (exit 2), and documents come
 * back parsed with their source positions.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "@kinerja/core";
import type { CliIo } from "../io.js";
import { CliError } from "./cli-error.js";
import { renderSyntaxProblem } from "./issue-report.js";
import { formatOf, parseSource, type SourceDocument } from "./source-document.js";
import { fill } from "./text.js";

/** The absolute path of `file` in the run's working directory. */
export function resolveFile(io: CliIo, file: string): string {
  return resolve(io.cwd ?? process.cwd(), file);
}

/** True when `file` exists and is a regular file. */
export function isFile(io: CliIo, file: string): boolean {
  try {
    return statSync(resolveFile(io, file)).isFile();
  } catch {
    return false;
  }
}

/** The text of a file; exit 2 with a bilingual message when it cannot be read. */
export function readText(io: CliIo, file: string): string {
  try {
    return readFileSync(resolveFile(io, file), "utf8");
  } catch (error) {
    const missing = (error as { code?: string }).code === "ENOENT";
    const text = missing
      ? fill({ id: "Berkas tidak ditemukan: {file}", en: "File not found: {file}" }, { file })
      : fill({ id: "Berkas tidak dapat dibaca: {file}", en: "File cannot be read: {file}" }, { file });
    throw new CliError(missing ? "FILE_NOT_FOUND" : "FILE_UNREADABLE", text, { cause: error });
  }
}

/** Everything on standard input as text. */
export async function readStdin(io: CliIo): Promise<string> {
  if (!io.stdin) throw new CliError("FILE_NOT_FOUND", { id: "Tidak ada masukan standar (stdin) untuk '-'", en: "No standard input for '-'" });
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of io.stdin) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** A JSON or YAML file parsed with positions; a syntax error or duplicate key is exit 2 with every problem located. */
export function loadSourceFile(io: CliIo, file: string): SourceDocument {
  return parseText(readText(io, file), file, formatOf(file));
}

/** Parses text already read (a file or stdin) with positions. */
export function parseText(text: string, file: string, format: "json" | "yaml"): SourceDocument {
  const outcome = parseSource(text, format);
  if (outcome.ok) return outcome.document;
  const count = outcome.problems.length;
  throw new CliError("PARSE", fill({ id: "{file} tidak dapat dibaca sebagai {format}: {count} masalah", en: "{file} cannot be read as {format}: {count} problem(s)" }, { file, format: format.toUpperCase(), count }), {
    details: (lang: Lang) => outcome.problems.flatMap((p) => renderSyntaxProblem(file, outcome.text, p, lang)),
  });
}

/**
 * A policy (or any JSON / YAML) file read with source positions: values follow `JSON.parse` for
 * JSON and the `yaml` package for YAML, while the `yaml` parser (JSON is YAML 1.2) maps every
 * path of the document back to `line:column`, including offsets inside an expression string.
 * Syntax errors and duplicate keys are reported with their position.
 * @module
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type Scalar } from "yaml";
import type { IssuePath, LocalizedText } from "@kinerja/core";
import { jsonSyntaxError } from "./json-syntax.js";

/** A position in a source file (1-based line and column) and the length of the text it marks. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly length: number;
}

/** A syntax problem of a source file, located. */
export interface SyntaxProblem {
  readonly position: SourcePosition;
  readonly message: LocalizedText;
}

/** A parsed document with its positions. */
export interface SourceDocument {
  readonly format: "json" | "yaml";
  readonly text: string;
  readonly value: unknown;
  /** Where `path` is (its key for containers, its value for scalars); the nearest existing ancestor when it does not exist; `span` marks offsets inside a string value. */
  locate(path: IssuePath, span?: { readonly start: number; readonly end: number }): SourcePosition;
  /** The keys written at `path` when it is a mapping, with the position of each key. */
  keysAt(path: IssuePath): readonly { readonly key: string; readonly position: SourcePosition }[] | undefined;
  /** The text of line `n` (1-based), without its line break. */
  lineText(n: number): string;
}

/** The outcome of {@link parseSource}. */
export type ParseOutcome = { readonly ok: true; readonly document: SourceDocument } | { readonly ok: false; readonly problems: readonly SyntaxProblem[]; readonly text: string };

/** The format of a file by its extension (YAML for `.yaml` / `.yml`, JSON otherwise). */
export function formatOf(file: string): "json" | "yaml" {
  return /\.ya?ml$/i.test(file) ? "yaml" : "json";
}

/** Parses `text` as JSON or YAML; every syntax error and duplicate key comes back located. */
export function parseSource(text: string, format: "json" | "yaml"): ParseOutcome {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const at = (offset: number, length = 1): SourcePosition => position(lineCounter, source, offset, length);
  if (format === "json") {
    const syntax = jsonSyntaxError(source);
    if (syntax) {
      lineCounter.addNewLine(0);
      for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineCounter.addNewLine(i + 1);
      return { ok: false, problems: [{ position: at(syntax.offset), message: syntax.message }], text: source };
    }
  }
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const errors = format === "json" ? doc.errors.filter((e) => e.code === "DUPLICATE_KEY") : doc.errors;
  if (errors.length > 0) {
    const problems = errors.map((e) => ({ position: at(e.pos[0], Math.max(1, e.pos[1] - e.pos[0])), message: yamlMessage(e.code, e.message) }));
    return { ok: false, problems, text: source };
  }
  const value = format === "json" ? (JSON.parse(source) as unknown) : doc.toJS({ maxAliasCount: 100 });
  return { ok: true, document: sourceDocument(doc, source, format, value, at) };
}

function sourceDocument(doc: Document, text: string, format: "json" | "yaml", value: unknown, at: (offset: number, length?: number) => SourcePosition): SourceDocument {
  const lines = text.split(/\r?\n/);
  return {
    format,
    text,
    value,
    locate(path, span) {
      const found = walk(doc, path);
      if (span && found.complete && isScalar(found.node) && typeof found.node.value === "string") {
        const offsets = scalarOffsets(found.node, text);
        const start = offsets[span.start] ?? offsets[offsets.length - 1] ?? 0;
        const end = offsets[Math.max(span.start, span.end - 1)] ?? start;
        return at(start, Math.max(1, end - start + 1));
      }
      const target = !found.complete || !isScalar(found.node) ? (found.key ?? found.node) : found.node;
      const range = target?.range;
      return range ? at(range[0], Math.max(1, Math.min(range[1], lineEnd(text, range[0])) - range[0])) : at(0);
    },
    keysAt(path) {
      const found = walk(doc, path);
      if (!found.complete || !isMap(found.node)) return undefined;
      return found.node.items.filter((p): p is Pair<Scalar, unknown> => isScalar(p.key)).map((p) => ({ key: String(p.key.value), position: at(p.key.range?.[0] ?? 0, Math.max(1, (p.key.range?.[1] ?? 1) - (p.key.range?.[0] ?? 0))) }));
    },
    lineText: (n) => lines[n - 1] ?? "",
  };
}

interface Walked {
  readonly node: Node | null | undefined;
  /** The key of the last pair walked through (for containers, the position shown). */
  readonly key: Node | undefined;
  readonly complete: boolean;
}

function walk(doc: Document, path: IssuePath): Walked {
  let node = doc.contents as Node | null;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { node, key, complete: false };
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return { node, key, complete: false };
      key = item;
      node = item;
    } else {
      return { node, key, complete: false };
    }
  }
  return { node, key, complete: true };
}

/** For each UTF-16 unit of a string scalar's value, its offset in the source. */
function scalarOffsets(node: Scalar, text: string): number[] {
  const start = node.range?.[0] ?? 0;
  const value = String(node.value);
  if (node.type === "QUOTE_DOUBLE") return doubleQuoted(text, start + 1, value.length);
  if (node.type === "QUOTE_SINGLE") return singleQuoted(text, start + 1, value.length);
  return aligned(text, start, value);
}

function doubleQuoted(text: string, from: number, count: number): number[] {
  const out: number[] = [];
  let p = from;
  while (out.length < count && p < text.length) {
    out.push(p);
    if (text[p] !== "\\") {
      p++;
      continue;
    }
    const e = text[p + 1];
    if (e === "u") p += 6;
    else if (e === "x") p += 4;
    else if (e === "U") {
      out.push(p);
      p += 10;
    } else p += 2;
  }
  return out;
}

function singleQuoted(text: string, from: number, count: number): number[] {
  const out: number[] = [];
  let p = from;
  while (out.length < count && p < text.length) {
    out.push(p);
    p += text[p] === "'" && text[p + 1] === "'" ? 2 : 1;
  }
  return out;
}

/** Plain and block scalars: each character found in order in the source (indentation skipped). */
function aligned(text: string, start: number, value: string): number[] {
  const out: number[] = [];
  let p = start;
  if (text[p] === "|" || text[p] === ">") p = text.indexOf("\n", p) + 1;
  for (const c of value) {
    let q = p;
    while (q < text.length && text[q] !== c && !(c === " " && text[q] === "\n")) q++;
    if (q >= text.length) q = p;
    out.push(q);
    for (let k = 1; k < c.length; k++) out.push(q + k);
    p = q + c.length;
  }
  return out;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i;
}

function position(lineCounter: LineCounter, text: string, offset: number, length: number): SourcePosition {
  const safe = Math.max(0, Math.min(offset, text.length));
  const { line, col } = lineCounter.linePos(safe);
  return { line, column: col, offset: safe, length };
}

function yamlMessage(code: string, message: string): LocalizedText {
  const first = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
  if (code === "DUPLICATE_KEY") return { id: "Kunci ganda: kunci yang sama ditulis dua kali dalam satu objek", en: "Duplicate key: the same key is written twice in one object" };
  return { id: `Sintaks tidak sah (${code}): ${first}`, en: `Invalid syntax (${code}): ${first}` };
}

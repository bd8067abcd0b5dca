/**
 * The records a batch command reads: a JSON document (one object or an array), NDJSON (one
 * object per line) or CSV (grouped into one plan per employee, see `csv-plans.ts`), from a file
 * or standard input, streamed where the format allows. Each record carries its identity (NIP,
 * name), where it came from (for messages) and the input to score, or the error that made it
 * unusable; a bad record never stops the others.
 * @module
 */
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { IssuePath, LocalizedText } from "@kinerja/core";
import type { CliIo } from "../io.js";
import { CliError } from "./cli-error.js";
import { csvPlans, type CsvOptions } from "./csv-plans.js";
import { parseText, readStdin, readText, resolveFile } from "./files.js";
import { fill } from "./text.js";

/** One record of a batch. */
export interface InputRecord {
  /** 0-based position in the batch. */
  readonly index: number;
  /** The employee's id (NIP) when the record names one. */
  readonly id?: string;
  readonly name?: string;
  /** Where it came from: `baris 12` / `line 12`, `#3`. */
  readonly where: LocalizedText;
  /** The whole record as read. */
  readonly record?: unknown;
  /** The input to score (the record, or its `--select` part). */
  readonly input?: unknown;
  /** Why the record cannot be scored (bad JSON line, bad CSV cell). */
  readonly error?: LocalizedText;
  /** For CSV: the line and header each input path came from, to name the cell of a scoring error. */
  readonly cellOf?: (path: IssuePath) => LocalizedText | undefined;
}

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** `json`, `ndjson` or `csv`; by the file's extension when absent (stdin is sniffed). */
  readonly format?: "json" | "ndjson" | "csv";
  /** Score this path of each record (dot-separated), e.g. `skp`. */
  readonly select?: string;
  readonly csv: CsvOptions;
}

/** A stream of records and how far reading has got, for the progress bar. */
export interface RecordSource {
  readonly records: AsyncIterable<InputRecord>;
  /** The number of records when known up front (JSON). */
  readonly total?: number;
  /** Reading progress in [0, 1] when measurable (files: bytes read). */
  readonly progress: () => number | undefined;
}

/** Opens `input` (a path, or `-` for stdin) as a stream of records. */
export async function readRecords(io: CliIo, input: string, options: ReadOptions): Promise<RecordSource> {
  const format = options.format ?? formatByExtension(input);
  if (input === "-") {
    const text = await readStdin(io);
    const sniffed = format ?? sniff(text);
    if (sniffed === "json") return jsonRecords(text, "-", options.select);
    const stream = Readable.from([text]);
    return { records: sniffed === "csv" ? withSelect(csvPlans(stream, options.csv), options.select) : ndjsonRecords(stream, options.select), progress: () => undefined };
  }
  if (format === "json" || format === undefined) return jsonRecords(readText(io, input), input, options.select);
  const path = resolveFile(io, input);
  let size = 0;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new CliError("FILE_NOT_FOUND", fill({ id: "Berkas tidak ditemukan: {file}", en: "File not found: {file}" }, { file: input }), { cause: error });
  }
  let read = 0;
  const stream = Readable.from(counted(createReadStream(path), (n) => (read += n)), { objectMode: false });
  const records = format === "csv" ? withSelect(csvPlans(stream, options.csv), options.select) : ndjsonRecords(stream, options.select);
  return { records, progress: () => (size === 0 ? 1 : read / size) };
}

/** Passes a file's chunks through, counting bytes for the progress bar. */
async function* counted(stream: AsyncIterable<Buffer>, add: (bytes: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    add(chunk.length);
    yield chunk;
  }
}

/** The identity fields of a record: `nip` / `NIP` / `id` / `pegawai.nip`, and `nama` / `pegawai.nama`. */
export function identity(record: unknown): { id?: string; name?: string } {
  if (!isObject(record)) return {};
  const pegawai = isObject(record["pegawai"]) ? record["pegawai"] : {};
  const id = firstText(record["nip"], record["NIP"], record["id"], pegawai["nip"]);
  const name = firstText(record["nama"], record["name"], pegawai["nama"]);
  return { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }) };
}

/** The value at a dot-separated path. */
export function selectPath(record: unknown, path: string | undefined): unknown {
  if (path === undefined || path === "") return record;
  return path.split(".").reduce<unknown>((v, k) => (isObject(v) && Object.hasOwn(v, k) ? v[k] : undefined), record);
}

function formatByExtension(file: string): "json" | "ndjson" | "csv" | undefined {
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.(ndjson|jsonl)$/i.test(file)) return "ndjson";
  if (/\.json$/i.test(file)) return "json";
  return undefined;
}

/** stdin: a JSON document when it parses as one, NDJSON when lines start with `{`, CSV otherwise. */
function sniff(text: string): "json" | "ndjson" | "csv" {
  const t = text.trimStart();
  if (t.startsWith("[")) return "json";
  if (t.startsWith("{")) {
    try {
      JSON.parse(text);
      return "json";
    } catch {
      return "ndjson";
    }
  }
  return "csv";
}

function jsonRecords(text: string, file: string, select: string | undefined): RecordSource {
  const value = parseText(text, file === "-" ? "stdin" : file, "json").value;
  const list = Array.isArray(value) ? value : [value];
  async function* records(): AsyncGenerator<InputRecord> {
    for (let index = 0; index < list.length; index++) yield makeRecord(index, list[index], fill({ id: "#{n}", en: "#{n}" }, { n: index + 1 }), select);
  }
  return { records: records(), total: list.length, progress: () => undefined };
}

async function* ndjsonRecords(stream: NodeJS.ReadableStream, select: string | undefined): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let index = 0;
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    const where = fill({ id: "baris {line}", en: "line {line}" }, { line });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { index: index++, where, error: fill({ id: "JSON tidak sah: {m}", en: "Invalid JSON: {m}" }, { m: error instanceof Error ? error.message : String(error) }) };
      continue;
    }
    yield makeRecord(index++, value, where, select);
  }
}

async function* withSelect(records: AsyncIterable<InputRecord>, select: string | undefined): AsyncGenerator<InputRecord> {
  for await (const r of records) yield select === undefined || r.error ? r : { ...r, input: selectPath(r.record, select) };
}

function makeRecord(index: number, value: unknown, where: LocalizedText, select: string | undefined): InputRecord {
  const input = selectPath(value, select);
  if (select !== undefined && input === undefined) return { index, where, record: value, ...identity(value), error: fill({ id: "Rekaman tidak memiliki '{path}'", en: "The record has no '{path}'" }, { path: select }) };
  return { index, where, record: value, input, ...identity(value) };
}

function firstText(...values: unknown[]): string | undefined {
  for (const v of values) if ((typeof v === "string" && v !== "") || typeof v === "number") return String(v);
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * CSV spreadsheets into plans, streamed: the header row is mapped (`csv-mapping.ts`), every cell
 * is read as the type the policy declares at its path (`cells.ts`), and rows are grouped into one
 * plan per NIP — consecutive rows by default (bounded memory), or all rows of a NIP wherever they
 * are with `--group all`. A bad cell makes its plan an error naming the line and the column; the
 * other plans go on.
 * @module
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { FieldType, IssuePath, LocalizedText } from "@kinerja/core";
import { readCell } from "./cells.js";
import { fieldAt, GROUP_PATH, mapHeaders, type MappedColumn } from "./csv-mapping.js";
import type { InputRecord } from "./records.js";
import { fill } from "./text.js";

/** Options of {@link csvPlans}. */
export interface CsvOptions {
  /** Extra or overriding header → path entries (`null` drops a default). */
  readonly columns: Readonly<Record<string, string | null>>;
  /** The field separator; detected from the header row (`;`, `,` or tab) when absent. */
  readonly delimiter?: string;
  /** `consecutive` (default): a new plan when the NIP changes; `all`: every row of a NIP, wherever it is. */
  readonly group: "consecutive" | "all";
  /** The policy's declared inputs, for reading cells as their type. */
  readonly inputs: Readonly<Record<string, FieldType>>;
  /** Told once which headers are not mapped. */
  readonly onIgnored?: (headers: readonly string[]) => void;
}

/** Reads CSV text chunks into plans. */
export async function* csvPlans(chunks: AsyncIterable<string | Uint8Array>, options: CsvOptions): AsyncGenerator<InputRecord> {
  let columns: MappedColumn[] | undefined;
  let grouped = false;
  let current: PlanBuilder | undefined;
  const all = new Map<string, PlanBuilder>();
  let index = 0;
  let row = 0;
  for await (const { record, line } of csvRows(chunks, options.delimiter)) {
    if (!columns) {
      const mapped = mapHeaders(record, options.columns);
      columns = mapped.columns;
      grouped = columns.some((c) => c.path.join(".") === GROUP_PATH);
      if (mapped.ignored.length > 0) options.onIgnored?.(mapped.ignored);
      continue;
    }
    if (record.every((c) => c.trim() === "")) continue;
    row++;
    const key = grouped ? (record[(columns.find((c) => c.path.join(".") === GROUP_PATH) as MappedColumn).index] ?? "").trim() : `#${row}`;
    if (options.group === "all") {
      const builder = all.get(key) ?? new PlanBuilder(line, options.inputs);
      all.set(key, builder);
      builder.add(record, line, columns);
      continue;
    }
    if (current && current.key !== key) yield current.build(index++);
    if (!current || current.key !== key) current = new PlanBuilder(line, options.inputs, key);
    current.add(record, line, columns);
  }
  if (current) yield current.build(index++);
  for (const builder of all.values()) yield builder.build(index++);
}

/** Parsed CSV rows with the line each one ends on. */
async function* csvRows(chunks: AsyncIterable<string | Uint8Array>, delimiter: string | undefined): AsyncGenerator<{ record: string[]; line: number }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (string | Uint8Array)[] = [];
  let text = "";
  while (!text.includes("\n")) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    text += typeof next.value === "string" ? next.value : Buffer.from(next.value).toString("utf8");
  }
  const separator = delimiter ?? detectDelimiter(text.split(/\r?\n/)[0] ?? "");
  async function* rest(): AsyncGenerator<string | Uint8Array> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = Readable.from(rest(), { objectMode: false }).pipe(parse({ delimiter: separator, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const entry of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { record: entry.record, line: entry.info.lines };
}

/** The separator used most in the header row among `;`, tab and `,`. */
function detectDelimiter(header: string): string {
  const count = (c: string): number => header.split(c).length - 1;
  const candidates = [";", "\t", ","].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return (candidates[0] as readonly [string, number])[1] > 0 ? (candidates[0] as readonly [string, number])[0] : ",";
}

interface Origin {
  readonly path: IssuePath;
  readonly line: number;
  readonly header?: string;
}

/** Collects the rows of one plan. */
class PlanBuilder {
  private readonly input: Record<string, unknown> = {};
  private readonly errors: LocalizedText[] = [];
  private readonly origins: Origin[] = [];
  private lastLine: number;

  constructor(
    private readonly firstLine: number,
    private readonly inputs: Readonly<Record<string, FieldType>>,
    readonly key?: string,
  ) {
    this.lastLine = firstLine;
  }

  add(record: readonly string[], line: number, columns: readonly MappedColumn[]): void {
    this.lastLine = line;
    const items = new Map<string, { path: readonly string[]; item: Record<string, unknown>; cells: [MappedColumn, unknown][] }>();
    for (const column of columns) {
      const cell = record[column.index] ?? "";
      if (cell.trim() === "") continue;
      const read = readCell(cell, fieldAt(this.inputs, column.path));
      if (!read.ok) {
        this.errors.push({ id: `baris ${line}, kolom "${column.header}": ${read.message.id}`, en: `line ${line}, column "${column.header}": ${read.message.en}` });
        continue;
      }
      if (column.list) {
        const listKey = column.list.path.join(".");
        const entry = items.get(listKey) ?? { path: column.list.path, item: {}, cells: [] };
        items.set(listKey, entry);
        setPath(entry.item, column.list.field, read.value);
        entry.cells.push([column, read.value]);
      } else {
        this.setPlanValue(column, read.value, line);
      }
    }
    for (const { path, item, cells } of items.values()) {
      const list = ensureList(this.input, path);
      list.push(item);
      const at = list.length - 1;
      this.origins.push({ path: [...path, at], line });
      for (const [column] of cells) this.origins.push({ path: [...path, at, ...(column.list?.field ?? [])], line, header: column.header });
    }
  }

  build(index: number): InputRecord {
    const where = this.firstLine === this.lastLine ? fill({ id: "baris {a}", en: "line {a}" }, { a: this.firstLine }) : fill({ id: "baris {a}–{b}", en: "lines {a}–{b}" }, { a: this.firstLine, b: this.lastLine });
    const id = typeof this.input["nip"] === "string" ? this.input["nip"] : this.key?.startsWith("#") === false ? this.key : undefined;
    const name = typeof this.input["nama"] === "string" ? this.input["nama"] : undefined;
    const base = { index, where, record: this.input, input: this.input, ...(id ? { id } : {}), ...(name ? { name } : {}), cellOf: (path: IssuePath) => this.cellOf(path) };
    if (this.errors.length === 0) return base;
    return { ...base, error: { id: this.errors.map((e) => e.id).join("; "), en: this.errors.map((e) => e.en).join("; ") } };
  }

  private setPlanValue(column: MappedColumn, value: unknown, line: number): void {
    const existing = getPath(this.input, column.path);
    if (existing === undefined) {
      setPath(this.input, column.path, value);
      this.origins.push({ path: column.path, line, header: column.header });
    } else if (existing !== value) {
      this.errors.push(fill({ id: "baris {line}, kolom \"{header}\": '{b}' berbeda dari '{a}' di baris sebelumnya untuk pegawai yang sama", en: "line {line}, column \"{header}\": '{b}' differs from '{a}' on an earlier row of the same employee" }, { line, header: column.header, a: String(existing), b: String(value) }));
    }
  }

  /** The line and column an input path came from (the longest recorded prefix). */
  private cellOf(path: IssuePath): LocalizedText | undefined {
    let best: Origin | undefined;
    for (const o of this.origins) {
      if (o.path.length <= path.length && o.path.every((s, i) => s === path[i]) && (!best || o.path.length > best.path.length)) best = o;
    }
    if (!best) return undefined;
    return best.header === undefined ? fill({ id: "baris {line}", en: "line {line}" }, { line: best.line }) : fill({ id: "baris {line}, kolom \"{header}\"", en: "line {line}, column \"{header}\"" }, { line: best.line, header: best.header });
  }
}

function ensureList(root: Record<string, unknown>, path: readonly string[]): unknown[] {
  const existing = getPath(root, path);
  if (Array.isArray(existing)) return existing;
  const list: unknown[] = [];
  setPath(root, path, list);
  return list;
}

function getPath(root: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === "object" && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function setPath(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  path.forEach((k, i) => {
    if (i === path.length - 1) {
      Object.defineProperty(node, k, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.hasOwn(node, k) ? node[k] : undefined;
    if (next === null || typeof next !== "object") Object.defineProperty(node, k, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[k] as Record<string, unknown>;
  });
}

/**
 * Splits an input of text or UTF-8 bytes into lines, pulling one chunk at a time and only when a
 * batch needs more lines, so the caller decides how far ahead the input is read.
 * @module
 */
import { TextDecoder } from "node:util";
import type { LineBatch } from "./protocol.js";

/** Reads batches of non-blank lines; counts every line (blank ones as skipped). */
export interface LineReader {
  /** The next run of at most `max` non-blank lines, or `undefined` at the end of the input. */
  read(max: number): Promise<LineBatch | undefined>;
  /** Lines read so far (blank ones included). */
  readonly total: number;
  /** Blank (or whitespace-only) lines read so far. */
  readonly skipped: number;
  /** Releases the input early (calls its iterator's `return`); never throws. */
  close(): void;
}

/** The chunks an input may yield. */
export type Chunk = string | Uint8Array;

const BLANK = /^[ \t\r]*$/;

/** A line reader over `input`; lines longer than `maxLineLength` characters come back as `null`. */
export function createLineReader(input: AsyncIterable<Chunk> | Iterable<Chunk>, maxLineLength: number): LineReader {
  const iterator = iteratorOf(input);
  const decoder = new TextDecoder("utf-8");
  let queue: (string | null)[] = [];
  let position = 0;
  let partial = "";
  let overlong = false;
  let first = true;
  let done = false;
  let total = 0;
  let skipped = 0;

  /** Adds a decoded piece of text: complete lines to the queue, the rest to `partial`. */
  const push = (piece: string): void => {
    let text = first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    if (first && text.length > 0) first = false;
    if (overlong) {
      const end = text.indexOf("\n");
      if (end < 0) return;
      queue.push(null);
      overlong = false;
      text = text.slice(end + 1);
    }
    const parts = (partial + text).split("\n");
    partial = parts.pop() ?? "";
    for (const part of parts) queue.push(part.length > maxLineLength ? null : part.endsWith("\r") ? part.slice(0, -1) : part);
    if (partial.length > maxLineLength) {
      partial = "";
      overlong = true;
    }
  };

  const pull = async (): Promise<void> => {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      push(decoder.decode());
      if (overlong) queue.push(null);
      else if (partial.length > 0) queue.push(partial.endsWith("\r") ? partial.slice(0, -1) : partial);
      partial = "";
      return;
    }
    push(decode(decoder, next.value));
  };

  return {
    async read(max) {
      const lines: number[] = [];
      const texts: (string | null)[] = [];
      while (lines.length < max) {
        if (position < queue.length) {
          const text = queue[position++] ?? null;
          total++;
          if (text !== null && BLANK.test(text)) skipped++;
          else {
            lines.push(total);
            texts.push(text);
          }
          continue;
        }
        if (done) break;
        queue = [];
        position = 0;
        await pull();
      }
      return lines.length === 0 ? undefined : { lines, texts };
    },
    get total() {
      return total;
    },
    get skipped() {
      return skipped;
    },
    close() {
      if (done) return;
      done = true;
      try {
        void Promise.resolve(iterator.return?.()).catch(() => undefined);
      } catch {
        // An iterator whose `return` throws has nothing left to release.
      }
    },
  };
}

function iteratorOf(input: AsyncIterable<Chunk> | Iterable<Chunk>): AsyncIterator<Chunk> | Iterator<Chunk> {
  if (typeof input === "string") return [input][Symbol.iterator]();
  if (typeof input === "object" && input !== null) {
    if (Symbol.asyncIterator in input) return input[Symbol.asyncIterator]();
    if (Symbol.iterator in input) return input[Symbol.iterator]();
  }
  throw new TypeError("scoreNdjson: `input` must be a Readable, an async iterable or an iterable of strings or Uint8Arrays");
}

function decode(decoder: TextDecoder, chunk: unknown): string {
  if (typeof chunk === "string") return chunk;
  if (chunk instanceof Uint8Array) return decoder.decode(chunk, { stream: true });
  throw new TypeError(`scoreNdjson: the input yielded ${chunk === null ? "null" : typeof chunk}; expected strings or Uint8Arrays (Buffers)`);
}

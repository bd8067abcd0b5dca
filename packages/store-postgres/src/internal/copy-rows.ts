/**
 * Bulk loads by `COPY … FROM STDIN` in PostgreSQL's text format (through pg-copy-streams, on the
 * transaction's own client): the rows of a large insert travel as tab-separated lines the server
 * parses far faster than a `jsonb` parameter it must unpack.
 * @module
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SqlCopyTarget, SqlParam } from "@kinerja/store-sql";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Rows per buffer handed to the stream (about 1 MB of evaluation rows). */
const ROWS_PER_BUFFER = 1_000;

/**
 * One value in COPY text format: `\N` for null; a backslash, newline, carriage return or tab
 * escaped with a backslash (so no value can end a line, split a column or spell `\.`). `undefined`
 * when the value cannot travel faithfully: a string with a lone UTF-16 surrogate (UTF-8 encoding
 * would silently replace it) or a NUL character (PostgreSQL text cannot hold it), or a number
 * that is not a safe integer.
 */
export function copyTextValue(value: SqlParam): string | undefined {
  if (value === null) return "\\N";
  if (typeof value === "number") return Number.isSafeInteger(value) ? String(value) : undefined;
  // One scan for the common case: nothing to escape, no NUL, no surrogate at all.
  if (!NEEDS_CARE.test(value)) return value;
  if (value.includes("\u0000") || !isWellFormed(value)) return undefined;
  return value.replace(ESCAPED_ALL, escapeChar);
}

const NEEDS_CARE = /[\u0000\\\n\r\t\ud800-\udfff]/;
const ESCAPED_ALL = /[\\\n\r\t]/g;

function escapeChar(ch: string): string {
  return ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : "\\t";
}

/** The COPY text of `rows` as buffers, or `undefined` when a value cannot travel (see {@link copyTextValue}). */
export function copyPayload(rows: readonly (readonly SqlParam[])[]): Buffer[] | undefined {
  const buffers: Buffer[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BUFFER) {
    let text = "";
    for (let r = start; r < Math.min(rows.length, start + ROWS_PER_BUFFER); r++) {
      const row = rows[r] as readonly SqlParam[];
      for (let c = 0; c < row.length; c++) {
        const piece = copyTextValue(row[c] as SqlParam);
        if (piece === undefined) return undefined;
        text += c === 0 ? piece : "\t" + piece;
      }
      text += "\n";
    }
    buffers.push(Buffer.from(text, "utf8"));
  }
  return buffers;
}

/** `String.prototype.isWellFormed` (Node 20; not in the ES2022 library types): no lone surrogate. */
function isWellFormed(value: string): boolean {
  return (value as string & { isWellFormed(): boolean }).isWellFormed();
}

/**
 * Sends `payload` to `target` with `COPY … FROM STDIN` on `client` (inside its open transaction)
 * and waits until the server has taken every row; rejects with the server's error otherwise.
 */
export async function copyInto(client: PoolClient, target: SqlCopyTarget, payload: readonly Buffer[]): Promise<void> {
  // `await`: a wrapped client may hand the stream back in a promise.
  const stream = await client.query(copyFrom(`COPY ${target.table} (${target.columns.join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(payload), stream);
}

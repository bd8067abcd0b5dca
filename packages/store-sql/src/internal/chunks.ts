/**
 * Splitting a bulk write into statements that stay under a dialect's parameter and size limits.
 * @module
 */
import type { SqlDialect } from "../driver.js";

/** The limits one statement must respect. */
export interface StatementLimits {
  /** Most parameters one statement may bind. */
  readonly maxParameters: number;
  /** Most bytes one statement should hold: its SQL text plus its bound values. */
  readonly maxStatementBytes: number;
}

/** The shape of a multi-row statement: its fixed text, and per row its parameters and placeholder text. */
export interface RowShape {
  /** Bytes of the statement without any row (`INSERT INTO … VALUES `). */
  readonly fixedBytes: number;
  /** Parameters bound per row. */
  readonly paramsPerRow: number;
  /** Bytes of one row's placeholder tuple (the longest one). */
  readonly tupleBytes: number;
}

/**
 * Consecutive `[start, end)` ranges of `count` rows, each one statement: at most
 * `maxParameters / paramsPerRow` rows, and at most `maxStatementBytes` counting the SQL text and
 * `bytesOf(i)` per row (an upper bound of its values' UTF-8 size). A row larger than the byte
 * limit on its own still gets a statement of its own.
 */
export function chunkRanges(count: number, shape: RowShape, limits: StatementLimits, bytesOf: (index: number) => number): [number, number][] {
  const maxRows = Math.max(1, Math.floor(limits.maxParameters / shape.paramsPerRow));
  const ranges: [number, number][] = [];
  let start = 0;
  let bytes = shape.fixedBytes;
  for (let i = 0; i < count; i++) {
    const rowBytes = shape.tupleBytes + 1 + bytesOf(i);
    if (i > start && (i - start >= maxRows || bytes + rowBytes > limits.maxStatementBytes)) {
      ranges.push([start, i]);
      start = i;
      bytes = shape.fixedBytes;
    }
    bytes += rowBytes;
  }
  if (count > start) ranges.push([start, count]);
  return ranges;
}

/** An upper bound of the UTF-8 size of a bound value (3 bytes per UTF-16 code unit). */
export function valueBytes(value: string | number | null): number {
  return typeof value === "string" ? value.length * 3 : 8;
}

/** `(?, ?, …)` of `count` placeholders starting at parameter `first`. */
export function tuple(dialect: SqlDialect, first: number, count: number): string {
  const marks: string[] = [];
  for (let i = 0; i < count; i++) marks.push(dialect.placeholder(first + i));
  return `(${marks.join(", ")})`;
}

/** `head` followed by `rowCount` placeholder tuples of `perRow` parameters each. */
export function valuesSql(dialect: SqlDialect, head: string, rowCount: number, perRow: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r++) tuples.push(tuple(dialect, r * perRow, perRow));
  return head + tuples.join(", ");
}

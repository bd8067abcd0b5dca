/**
 * Laws of the bulk-insert splitter: the chunks cover every row once, in order (round-trip), and
 * each respects the parameter and byte bounds unless it is a single oversized row (bounds).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkRanges, type RowShape, type StatementLimits } from "../src/internal/chunks.js";

const shapes = fc.record({ fixedBytes: fc.integer({ min: 10, max: 200 }), paramsPerRow: fc.integer({ min: 1, max: 12 }), tupleBytes: fc.integer({ min: 3, max: 80 }) });
const limits = fc.record({ maxParameters: fc.integer({ min: 12, max: 5000 }), maxStatementBytes: fc.integer({ min: 1024, max: 100_000 }) });
const sizes = fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 300 });

function bytesOf(shape: RowShape, rows: readonly number[], start: number, end: number): number {
  let total = shape.fixedBytes;
  for (let i = start; i < end; i++) total += shape.tupleBytes + 1 + (rows[i] ?? 0);
  return total;
}

describe("chunkRanges", () => {
  it("covers every row exactly once, in order", () => {
    fc.assert(
      fc.property(shapes, limits, sizes, (shape: RowShape, limit: StatementLimits, rows: number[]) => {
        const ranges = chunkRanges(rows.length, shape, limit, (i) => rows[i] ?? 0);
        const covered = ranges.flatMap(([start, end]) => Array.from({ length: end - start }, (_, k) => start + k));
        expect(covered).toEqual(rows.map((_, i) => i));
        for (const [start, end] of ranges) expect(end).toBeGreaterThan(start);
      }),
    );
  });

  it("keeps every multi-row chunk under both limits", () => {
    fc.assert(
      fc.property(shapes, limits, sizes, (shape: RowShape, limit: StatementLimits, rows: number[]) => {
        for (const [start, end] of chunkRanges(rows.length, shape, limit, (i) => rows[i] ?? 0)) {
          expect((end - start) * shape.paramsPerRow <= limit.maxParameters || end - start === 1).toBe(true);
          if (end - start > 1) expect(bytesOf(shape, rows, start, end)).toBeLessThanOrEqual(limit.maxStatementBytes);
        }
      }),
    );
  });

  it("makes as few statements as the parameter limit allows when rows are small", () => {
    const ranges = chunkRanges(10_000, { fixedBytes: 50, paramsPerRow: 8, tupleBytes: 30 }, { maxParameters: 32_766, maxStatementBytes: 64 * 1024 * 1024 }, () => 100);
    expect(ranges.map(([s, e]) => e - s)).toEqual([4095, 4095, 1810]);
  });
});

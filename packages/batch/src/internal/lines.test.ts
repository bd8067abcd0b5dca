/**
 * The line reader: line numbers count every line, blank and whitespace-only lines are skipped,
 * `\r\n` endings, a missing final newline, a byte-order mark, UTF-8 characters cut between chunks,
 * over-long lines, and pulling only as many chunks as the batch needs.
 */
import { describe, expect, it } from "vitest";
import { createLineReader, type Chunk } from "./lines.js";

async function readAll(input: Iterable<Chunk> | AsyncIterable<Chunk>, max = 1000, maxLineLength = 1000) {
  const reader = createLineReader(input, maxLineLength);
  const batches: { lines: readonly number[]; texts: readonly (string | null)[] }[] = [];
  for (let b = await reader.read(max); b !== undefined; b = await reader.read(max)) batches.push(b);
  return { batches, total: reader.total, skipped: reader.skipped, lines: batches.flatMap((b) => b.lines), texts: batches.flatMap((b) => b.texts) };
}

describe("createLineReader", () => {
  it("numbers every line, skips blank ones, and handles \\r\\n and a missing final newline", async () => {
    const r = await readAll(["a\r\n\n  \t\nb\r\n\r\n", "c"]);
    expect(r.lines).toEqual([1, 4, 6]);
    expect(r.texts).toEqual(["a", "b", "c"]);
    expect({ total: r.total, skipped: r.skipped }).toEqual({ total: 6, skipped: 3 });
  });

  it("counts a trailing newline as the end of the last line, not a new one", async () => {
    expect((await readAll(["a\nb\n"])).total).toBe(2);
    expect((await readAll(["\n"])).total).toBe(1);
    expect(await readAll([])).toMatchObject({ total: 0, skipped: 0, batches: [] });
  });

  it("drops a byte-order mark at the start (text or bytes)", async () => {
    expect((await readAll(["\uFEFF", "{\"a\":1}\n"])).texts).toEqual(['{"a":1}']);
    expect((await readAll([Uint8Array.of(0xef, 0xbb, 0xbf, 0x31, 0x0a)])).texts).toEqual(["1"]);
  });

  it("decodes UTF-8 characters split across byte chunks", async () => {
    const bytes = Buffer.from('{"nama":"Siti Nurhaliza — Dinkes ✓"}\n{"x":"é"}\n', "utf8");
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect((await readAll(chunks)).texts).toEqual(['{"nama":"Siti Nurhaliza — Dinkes ✓"}', '{"x":"é"}']);
  });

  it("returns over-long lines as null (never buffering them), in their place", async () => {
    const long = "x".repeat(50);
    const r = await readAll(["ok\n" + long.slice(0, 20), long.slice(20), long, "\nfine\n", long + "\n", long], 1000, 10);
    expect(r.texts).toEqual(["ok", null, "fine", null, null]);
    expect(r.lines).toEqual([1, 2, 3, 4, 5]);
  });

  it("splits into batches of at most `max` non-blank lines", async () => {
    const r = await readAll(["1\n2\n\n3\n4\n5\n"], 2);
    expect(r.batches.map((b) => b.lines)).toEqual([[1, 2], [4, 5], [6]]);
  });

  it("pulls a chunk only when the batch needs more lines", async () => {
    let pulled = 0;
    function* chunks(): Generator<string> {
      for (let i = 1; i <= 10; i++) {
        pulled++;
        yield `${i}\n`;
      }
    }
    const reader = createLineReader(chunks(), 100);
    await reader.read(3);
    expect(pulled).toBe(3);
    await reader.read(3);
    expect(pulled).toBe(6);
  });

  it("accepts a whole string as one chunk, and refuses chunks that are not text or bytes", async () => {
    expect((await readAll("a\nb" as unknown as Iterable<Chunk>)).texts).toEqual(["a", "b"]);
    await expect(readAll([42 as unknown as Chunk])).rejects.toThrow(TypeError);
    expect(() => createLineReader(42 as unknown as Iterable<Chunk>, 10)).toThrow(TypeError);
  });

  it("close() releases the input (its finally block runs)", async () => {
    let released = false;
    async function* input(): AsyncGenerator<string> {
      try {
        yield "1\n";
        yield "2\n";
      } finally {
        released = true;
      }
    }
    const reader = createLineReader(input(), 100);
    await reader.read(1);
    reader.close();
    await new Promise((r) => setImmediate(r));
    expect(released).toBe(true);
  });
});

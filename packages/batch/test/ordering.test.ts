/**
 * Output order is input order, whatever the number of workers and whichever finishes first: 2,000
 * SKP lines (PermenPANRB 6/2022 preset) with non-JSON lines, invalid inputs and blank lines mixed
 * in give byte-identical output with 1, 2 and 4 workers and in the calling thread, equal to
 * scoring each line one by one with @kinerja/core.
 */
import { afterEach, describe, expect, it } from "vitest";
import { scoreNdjson, type LineEnvelope } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector, SKP_POLICY, comparable, ndjsonLines, reference } from "./support/ndjson.js";

const LINES = ndjsonLines(2000, { notJson: 97, invalidInput: 41, blank: 250 });
const INPUT = LINES.join("\n") + "\n";
const EXPECTED = reference(SKP_POLICY, LINES, { idField: "nip" });

/** Splits the input into uneven byte chunks that cut lines (and multi-byte characters) anywhere. */
function* byteChunks(text: string): Generator<Uint8Array> {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0, size = 1000; at < bytes.length; at += size, size = 1000 + ((size * 7) % 9000)) yield bytes.subarray(at, at + size);
}

async function run(workers: number, batchSize = 37): Promise<{ text: string; summary: Awaited<ReturnType<typeof scoreNdjson>> }> {
  const output = new Collector();
  const summary = await scoreNdjson({ policy: SKP_POLICY, input: byteChunks(INPUT), output, workers, batchSize, idField: "nip" });
  return { text: output.text, summary };
}

afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

// Workers run the TypeScript sources through tsx here (about a second to start each).
describe("ordering", { timeout: 60_000 }, () => {
  let single = "";

  it("the calling thread (workers: 0) gives the one-by-one reference", async () => {
    const { text, summary } = await run(0);
    single = text;
    const envelopes = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as LineEnvelope);
    expect(comparable(envelopes)).toEqual(EXPECTED);
    expect(summary).toMatchObject({ total: 2000, skipped: 8, ok: 1923, failed: 69, workers: 0, policy: { id: "permenpanrb-6-2022" } });
    expect(summary.ok + summary.failed + summary.skipped).toBe(summary.total);
  });

  it.each([1, 2, 4])("%i worker(s) give byte-identical output", async (workers) => {
    const { text, summary } = await run(workers);
    expect(text).toBe(single);
    expect(summary).toMatchObject({ total: 2000, skipped: 8, ok: 1923, failed: 69, workers });
  });

  it("batch size does not change the output (1 line, 1,000 lines, the default)", async () => {
    expect((await run(2, 1)).text).toBe(single);
    expect((await run(2, 1000)).text).toBe(single);
    const output = new Collector();
    await scoreNdjson({ policy: SKP_POLICY, input: [INPUT], output, workers: 1, idField: "nip" });
    expect(output.text).toBe(single);
  });

  it("the envelopes carry the input line numbers, the NIP as id, and bilingual errors for non-JSON lines", () => {
    const envelopes = single
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as LineEnvelope);
    const notJson = envelopes.find((e) => e.line === 4);
    expect(notJson).toMatchObject({ line: 4, ok: false, error: { code: "INPUT_INVALID", path: [], text: { id: expect.stringContaining("Baris 4 bukan JSON yang sah") as unknown, en: expect.stringContaining("Line 4 is not valid JSON") as unknown } } });
    expect(envelopes.find((e) => e.line === 1)).toMatchObject({ line: 1, id: JSON.parse(LINES[0] as string).nip as unknown, ok: true });
    const invalid = envelopes.find((e) => e.line === 6);
    expect(invalid).toMatchObject({ line: 6, ok: false, error: { code: "INPUT_INVALID", path: ["indikator", 0, "realisasi"] } });
    expect(envelopes.some((e) => e.line === 250)).toBe(false);
  });

  it("with trace: true every line carries the trace core gives", async () => {
    const lines = LINES.slice(0, 150);
    const output = new Collector();
    const summary = await scoreNdjson({ policy: SKP_POLICY, input: [lines.join("\n")], output, workers: 1, trace: true, idField: "nip" });
    expect(comparable(output.envelopes)).toEqual(reference(SKP_POLICY, lines, { idField: "nip", trace: true }));
    expect(output.envelopes.filter((e) => e.ok && e.trace !== undefined)).toHaveLength(summary.ok);
  });

  it("an empty or blank-only input writes nothing and still reports the policy", async () => {
    for (const input of [[], ["\n \n\r\n"]]) {
      const output = new Collector();
      const summary = await scoreNdjson({ policy: SKP_POLICY, input, output, workers: 1 });
      expect(output.text).toBe("");
      expect(output.writableFinished).toBe(true);
      expect(summary).toMatchObject({ ok: 0, failed: 0, total: summary.skipped, workers: 1, policy: { id: "permenpanrb-6-2022", hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown } });
    }
  });
});

/**
 * scoreNdjsonFile: file to file, same bytes as the stream API; a missing input rejects before the
 * output file is created; blank lines and a file without a final newline.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { scoreNdjson, scoreNdjsonFile } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector, SKP_POLICY, ndjsonLines } from "./support/ndjson.js";

const dir = mkdtempSync(join(tmpdir(), "kinerja-batch-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

describe("scoreNdjsonFile", { timeout: 60_000 }, () => {
  it("scores a file into a file, byte for byte as scoreNdjson does", async () => {
    const text = ["", ...ndjsonLines(300, { notJson: 50, blank: 40 }), "   "].join("\r\n");
    const input = join(dir, "in.ndjson");
    const output = join(dir, "out.ndjson");
    writeFileSync(input, text);
    const summary = await scoreNdjsonFile(input, output, { policy: SKP_POLICY, workers: 1, idField: "nip" });
    const reference = new Collector();
    await scoreNdjson({ policy: SKP_POLICY, input: [text], output: reference, workers: 0, idField: "nip" });
    expect(readFileSync(output, "utf8")).toBe(reference.text);
    expect(summary).toMatchObject({ total: 302, skipped: 9, ok: 287, failed: 6, workers: 1 });
    expect(reference.envelopes[0]?.line).toBe(2);
  });

  it("a missing input file rejects with ENOENT before the output file is created", async () => {
    const output = join(dir, "never.ndjson");
    await expect(scoreNdjsonFile(join(dir, "missing.ndjson"), output, { policy: SKP_POLICY, workers: 1 })).rejects.toMatchObject({ code: "ENOENT" });
    expect(existsSync(output)).toBe(false);
  });
});

/**
 * The built package (dist/) in plain Node processes — ESM through `import`, CommonJS through
 * `require`, both starting dist/worker.js — gives the same bytes as the sources run here; and the
 * process exits on its own after a completed run, a failed one and an aborted one, so no worker
 * is ever left running. CI builds before testing; without a build these tests are skipped.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { scoreNdjson } from "../src/index.js";
import { Collector, SKP_POLICY, ndjsonLines } from "./support/ndjson.js";

const run = promisify(execFile);
const built = existsSync(fileURLToPath(new URL("../dist/worker.js", import.meta.url))) && existsSync(fileURLToPath(new URL("../dist/index.cjs", import.meta.url)));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "kinerja-batch-dist-"));
const LINES = ndjsonLines(1200, { notJson: 97, invalidInput: 41, blank: 250 });
const INPUT = join(dir, "input.ndjson");
writeFileSync(INPUT, LINES.join("\n") + "\n");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a fixture script with node; it must exit by itself within the timeout. */
async function node(script: string, args: string[]): Promise<{ ok: boolean; summary?: { total: number; ok: number; failed: number; workers: number }; name?: string; code?: string }> {
  const { stdout } = await run(process.execPath, [fixture(script), ...args], { timeout: 30_000, killSignal: "SIGKILL" });
  return JSON.parse(stdout.trim()) as never;
}

async function fromSource(): Promise<string> {
  const output = new Collector();
  await scoreNdjson({ policy: SKP_POLICY, input: [LINES.join("\n") + "\n"], output, workers: 0, idField: "nip" });
  return output.text;
}

describe.skipIf(!built)("the built package (dist/)", { timeout: 60_000 }, () => {
  it("ESM: same output as the sources, then the process exits", async () => {
    const out = join(dir, "esm.ndjson");
    const result = await node("run-dist.mjs", ["ok", INPUT, out]);
    expect(result).toMatchObject({ ok: true, summary: { total: 1200, workers: 2 } });
    expect(readFileSync(out, "utf8")).toBe(await fromSource());
  });

  it("CommonJS: same output as the sources, then the process exits", async () => {
    const out = join(dir, "cjs.ndjson");
    const result = await node("run-dist.cjs", [INPUT, out]);
    expect(result).toMatchObject({ ok: true, summary: { total: 1200, workers: 2 } });
    expect(readFileSync(out, "utf8")).toBe(await fromSource());
  });

  it("custom operators from a module, in the workers of the built package", async () => {
    const input = join(dir, "jp.ndjson");
    writeFileSync(input, Array.from({ length: 50 }, (_, i) => JSON.stringify({ jp: i })).join("\n"));
    const out = join(dir, "jp-out.ndjson");
    expect(await node("run-dist.mjs", ["operators", input, out])).toMatchObject({ ok: true, summary: { total: 50, ok: 50 } });
    const fired = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { outputs: { tindakLanjut: unknown[] } }).outputs.tindakLanjut.length);
    expect(fired).toEqual(Array.from({ length: 50 }, (_, i) => (i % 12 === 0 ? 1 : 0)));
  });

  it("a policy that does not compile: POLICY_INVALID, then the process exits", async () => {
    expect(await node("run-dist.mjs", ["invalid-policy", INPUT, join(dir, "bad.ndjson")])).toEqual({ ok: false, name: "KinerjaError", code: "POLICY_INVALID" });
  });

  it("aborted mid-run: rejects, leaves an ordered prefix, then the process exits", async () => {
    const big = join(dir, "big.ndjson");
    writeFileSync(big, ndjsonLines(40_000).join("\n"));
    const out = join(dir, "aborted.ndjson");
    expect(await node("run-dist.mjs", ["abort", big, out])).toMatchObject({ ok: false, name: "TimeoutError" });
    const lines = readFileSync(out, "utf8")
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(lines.length).toBeLessThan(40_000);
    expect(lines).toEqual(lines.map((_, i) => i + 1));
  });
});

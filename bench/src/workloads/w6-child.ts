/** W6 child: gate on 2,000 lines, then the whole national batch once; answers on the IPC channel. */
import { createReadStream, createWriteStream, existsSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { compilePolicy, type PolicyDocument } from "@kinerja/core";
import { readBenchJson } from "../files.js";
import { describeDiff, differences } from "../gate.js";
import { peakRssMb } from "../measure.js";
import type { BenchOptions } from "../types.js";
import { countingSink, ndjsonSource, planPool } from "./national.js";

type ScoreNdjson = (options: { policy: PolicyDocument; input: AsyncIterable<unknown> | NodeJS.ReadableStream; output: Writable; workers?: number; batchSize?: number }) => Promise<Record<string, unknown>>;

const GATE_LINES = 2000;
const options = JSON.parse(process.argv[2] ?? "{}") as BenchOptions;

try {
  // The built package when there is one (`pnpm build`): its workers load plain JavaScript, as in
  // production; from sources every worker registers tsx, which costs time and memory per thread.
  const built = new URL("../../../packages/batch/dist/index.js", import.meta.url);
  const batch = (await import(existsSync(built) ? built.href : new URL("../../../packages/batch/src/index.ts", import.meta.url).href)) as { scoreNdjson: ScoreNdjson };
  const document = readBenchJson("../packages/presets/policies/permenpanrb-6-2022.json") as PolicyDocument;
  const pool = planPool();
  const gate = await gateLines(batch.scoreNdjson, document, pool);
  const generatorMs = await timeGenerator(options.w6, pool);
  const workers = availableParallelism();
  const sink = countingSink();
  const file = options.w6File ? await writeFile(options.w6, pool) : null;
  const t0 = performance.now();
  const input = file ? createReadStream(file) : ndjsonSource(options.w6, pool);
  const summary = await batch.scoreNdjson({ policy: document, input, output: sink, workers });
  const ms = performance.now() - t0;
  if (file) rmSync(file);
  const summaryText = ["total", "ok", "failed", "skipped"].map((k) => `${k} ${String(summary[k])}`).join(", ") + `, ${sink.lines} output lines`;
  process.send?.({ ok: true, ms, workers, peakRssMb: peakRssMb(), generatorMs, summary, summaryText, gate, outputBytes: sink.bytes });
} catch (error) {
  process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.disconnect?.();

async function gateLines(scoreNdjson: ScoreNdjson, document: PolicyDocument, pool: readonly string[]): Promise<string> {
  const policy = compilePolicy(document);
  const lines: string[] = [];
  await pipeline(ndjsonSource(GATE_LINES, pool), new Writable({ write(c: Buffer, _e, done) { lines.push(...c.toString("utf8").split("\n").filter(Boolean)); done(); } }));
  const expected = lines.map((l) => outcomeOf(policy.safeScore(JSON.parse(l))));
  const sink = countingSink(GATE_LINES);
  await scoreNdjson({ policy: document, input: ndjsonSource(GATE_LINES, pool), output: sink });
  const actual = sink.kept.map((l) => outcomeOf(JSON.parse(l)));
  if (differences(expected, actual).length > 0) throw new Error(`GATE FAILED\n${describeDiff("policy.safeScore", "scoreNdjson", expected, actual)}`);
  return `Gate: the first ${GATE_LINES.toLocaleString("en-US")} lines scored by scoreNdjson equal policy.safeScore of the same plans.`;
}

/** The outputs of an envelope (`{ ok, result: { outputs } }`, or a bare `{ outputs }`), or its error code. */
function outcomeOf(value: unknown): unknown {
  const v = value as { ok?: boolean; result?: { outputs?: unknown }; outputs?: unknown; error?: { code?: string } };
  if (v.ok === false) return { error: v.error?.code };
  return v.result?.outputs ?? v.outputs ?? v;
}

/** `--file`: writes the NDJSON to a temporary file first (not timed), then streams the file. */
async function writeFile(count: number, pool: readonly string[]): Promise<string> {
  const path = join(tmpdir(), `kinerja-bench-w6-${process.pid}.ndjson`);
  await pipeline(ndjsonSource(count, pool), createWriteStream(path));
  return path;
}

async function timeGenerator(count: number, pool: readonly string[]): Promise<number> {
  const t0 = performance.now();
  await pipeline(ndjsonSource(count, pool), countingSink());
  return performance.now() - t0;
}

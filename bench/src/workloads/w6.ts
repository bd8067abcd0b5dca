/**
 * W6: the synthetic national batch (default 4,300,000 plans) through `scoreNdjson` of
 * @kinerja/batch, end to end, in a child process whose peak RSS (VmHWM, worker threads included)
 * is reported. Gated first: the first 2,000 lines scored by the streaming scorer must equal
 * `policy.safeScore` of the same plans.
 */
import { existsSync } from "node:fs";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchOptions } from "../types.js";
import { fmt } from "../stats.js";

/** What W6 reports to the main program. */
export interface W6Outcome {
  section: string;
  size: number;
  seconds: number | null;
  peakRssMb: number | null;
  raw: unknown;
}

const BATCH_ENTRY = new URL("../../../packages/batch/src/index.ts", import.meta.url);
const CHILD = fileURLToPath(new URL("./w6-child.ts", import.meta.url));

/** Runs W6 when @kinerja/batch exists; otherwise says so. */
export async function runW6(options: BenchOptions): Promise<W6Outcome> {
  const title = `### W6 — national batch: ${options.w6.toLocaleString("en-US")} plans as NDJSON through @kinerja/batch`;
  if (!existsSync(BATCH_ENTRY)) {
    return { section: `${title}\n\nNot measured: packages/batch/src/index.ts (@kinerja/batch) does not exist yet.`, size: options.w6, seconds: null, peakRssMb: null, raw: null };
  }
  const raw = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(options)], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.on("message", (m: Record<string, unknown>) => resolve(m));
    child.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`W6 child exited with code ${code}`))));
  });
  if (raw["ok"] !== true) {
    return { section: `${title}\n\nFailed: ${String(raw["error"])}`, size: options.w6, seconds: null, peakRssMb: null, raw };
  }
  const seconds = (raw["ms"] as number) / 1000;
  const peak = raw["peakRssMb"] as number;
  const table = [
    "| plans | workers | end-to-end s | plans/s | peak RSS MB (process, workers included) | generator alone s | summary |",
    "|--:|--:|--:|--:|--:|--:|---|",
    `| ${options.w6.toLocaleString("en-US")} | ${String(raw["workers"])} | ${fmt(seconds)} | ${fmt(options.w6 / seconds)} | ${fmt(peak)} | ${fmt((raw["generatorMs"] as number) / 1000)} | ${String(raw["summaryText"])} |`,
  ].join("\n");
  return { section: `${title}\n\n${raw["gate"] as string}\n\n${table}`, size: options.w6, seconds, peakRssMb: peak, raw };
}

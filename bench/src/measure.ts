import { readFileSync } from "node:fs";
import { median, percentile } from "./stats.js";
import type { Runner, Timing } from "./types.js";

/** How long one sample should last at least, and how many samples to take. */
export interface MeasurePlan {
  readonly minSampleMs: number;
  readonly warmups: number;
  readonly samples: number;
}

/**
 * Times warm runs of a runner: the first run (cold) is kept apart, the repetition count is chosen
 * from a second run so one warm sample lasts `minSampleMs`, then `warmups` samples are discarded and `samples` kept.
 */
export async function measure(caseId: string, engine: string, make: () => Runner | Promise<Runner>, plan: MeasurePlan): Promise<Timing> {
  const rssBefore = process.memoryUsage().rss;
  const runner = await make();
  let peakHeap = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  await runner.run();
  const firstMs = performance.now() - t0;
  // The repetition count comes from a second, warm run: sized on the cold first run (JIT included),
  // a sample of a slow-to-warm engine held a fraction of minSampleMs and the warm-ups too few calls.
  const t1 = performance.now();
  await runner.run();
  const warmMs = performance.now() - t1;
  const reps = Math.max(1, Math.ceil(plan.minSampleMs / Math.max(warmMs, 0.001)));
  const samplesMs: number[] = [];
  for (let s = 0; s < plan.warmups + plan.samples; s++) {
    const start = performance.now();
    for (let r = 0; r < reps; r++) await runner.run();
    const ms = performance.now() - start;
    if (s >= plan.warmups) samplesMs.push(ms);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const perEvalUs = samplesMs.map((ms) => (ms * 1000) / (reps * runner.n));
  const medianUs = median(perEvalUs);
  return {
    caseId,
    engine,
    n: runner.n,
    reps,
    firstMs,
    samplesMs,
    medianUs,
    p95Us: percentile(perEvalUs, 95),
    evalsPerSec: 1e6 / medianUs,
    rssBeforeMb: rssBefore / 2 ** 20,
    peakRssMb: peakRssMb(),
    peakHeapMb: peakHeap / 2 ** 20,
  };
}

/** Peak resident set of this process (threads included): VmHWM, else resourceUsage().maxRSS. */
export function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

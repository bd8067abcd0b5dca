import type { BenchCase, BenchOptions, EngineCase, Workload } from "./types.js";
import { w1 } from "./workloads/w1.js";
import { w2 } from "./workloads/w2.js";
import { w3 } from "./workloads/w3.js";
import { w4 } from "./workloads/w4.js";
import { w5 } from "./workloads/w5.js";

/** The timed workloads, in report order (W6 runs on its own: see `workloads/w6.ts`). */
export const WORKLOADS: readonly Workload[] = [w1, w2, w3, w4, w5];

/** Finds one engine of one case (used by the timing child to rebuild what the parent gated). */
export async function findCase(workloadId: string, caseId: string, engine: string, options: BenchOptions): Promise<EngineCase> {
  const workload = WORKLOADS.find((w) => w.id === workloadId);
  const cases: BenchCase[] = workload ? await workload.cases(options) : [];
  const found = cases.find((c) => c.id === caseId)?.engines.find((e) => e.engine === engine);
  if (!found) throw new Error(`unknown case ${workloadId}/${caseId}/${engine}`);
  return found;
}

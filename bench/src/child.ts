/**
 * Timing child: measures one engine of one case in a fresh process, so each engine gets its own
 * JIT and heap and its own peak RSS. Started by `spawn.ts`; answers on the IPC channel.
 */
import { findCase } from "./registry.js";
import { measure, type MeasurePlan } from "./measure.js";
import type { BenchOptions } from "./types.js";

interface ChildRequest {
  workload: string;
  caseId: string;
  engine: string;
  options: BenchOptions;
  plan: MeasurePlan;
}

const request = JSON.parse(process.argv[2] ?? "{}") as ChildRequest;
try {
  const engineCase = await findCase(request.workload, request.caseId, request.engine, request.options);
  const timing = await measure(request.caseId, request.engine, () => engineCase.make(), request.plan);
  process.send?.({ ok: true, timing });
} catch (error) {
  process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.disconnect?.();

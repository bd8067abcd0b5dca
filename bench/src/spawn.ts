import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { MeasurePlan } from "./measure.js";
import type { BenchOptions, Timing } from "./types.js";

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

/** Measures one engine of one case in a child process (same Node flags as this process). */
export function timeInChild(workload: string, caseId: string, engine: string, options: BenchOptions, plan: MeasurePlan): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify({ workload, caseId, engine, options, plan })], {
      execArgv: process.execArgv,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answered = false;
    child.on("message", (message: { ok: boolean; timing?: Timing; error?: string }) => {
      answered = true;
      if (message.ok && message.timing) resolve(message.timing);
      else reject(new Error(`${caseId} / ${engine}: ${message.error ?? "no timing"}`));
    });
    child.on("exit", (code) => {
      if (!answered) reject(new Error(`${caseId} / ${engine}: child exited with code ${code}`));
    });
  });
}

/**
 * One adapter's run of the storage benchmark, in its own process (so its peak RSS is its own):
 * migrate, seed, bulk-insert the evaluations through `saveEvaluations` in chunks by one or more
 * concurrent writers (timed, wall clock), then read one unit's annual cohort back page by page (timed, best of 5).
 * Reports the times and the cohort itself (for the gate) to the parent over IPC.
 * @module
 */
import { createHash } from "node:crypto";
import type { StoredEvaluation } from "@kinerja/core";
import { peakRssMb } from "../measure.js";
import { openStore, type AdapterName } from "./adapters.js";
import { runCeiling } from "./ceiling.js";
import { evaluations, PERIODS, seed, TAHUN, unitOf } from "./fixture.js";

/** What one run reports. */
export interface AdapterRun {
  readonly adapter: AdapterName;
  readonly where: string;
  readonly rows: number;
  readonly chunk: number;
  /** Concurrent callers of `saveEvaluations`. */
  readonly writers: number;
  /** Wall time of the whole insert phase (building the inputs, about 0.1 µs per result, included). */
  readonly insertMs: number;
  readonly cohortRows: number;
  readonly cohortMs: number;
  /** SHA-256 of the cohort's JSON: equal across adapters or the run is void. */
  readonly cohortHash: string;
  /** The first 3 cohort records, for a readable diff. */
  readonly cohortSample: readonly StoredEvaluation[];
  readonly peakRssMb: number;
}

/** Runs the benchmark on one adapter. */
export async function runAdapter(adapter: AdapterName, rows: number, chunk: number, writers = 1): Promise<AdapterRun> {
  const opened = await openStore(adapter);
  try {
    await opened.store.migrate();
    const plans = rows / PERIODS.length;
    await seed(opened.backend, plans);
    const plansPerChunk = Math.max(1, Math.floor(chunk / PERIODS.length));
    const chunks = Math.ceil(plans / plansPerChunk);
    let next = 0;
    // `writers` callers each take the next chunk until none is left (1: one after the other).
    const writer = async (): Promise<void> => {
      for (let n = next++; n < chunks; n = next++) {
        const from = n * plansPerChunk;
        const items = evaluations(from, Math.min(plans, from + plansPerChunk));
        const saved = await opened.store.saveEvaluations({ actor: "bench", idempotencyKey: `bench-${n}`, evaluations: items });
        if (saved.count !== items.length) throw new Error(`${adapter}: saved ${saved.count} of ${items.length}`);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: writers }, writer));
    const insertMs = performance.now() - t0;
    let cohort: StoredEvaluation[] = [];
    let cohortMs = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      cohort = await readCohort(opened.store);
      cohortMs = Math.min(cohortMs, performance.now() - t0);
    }
    const cohortHash = createHash("sha256").update(JSON.stringify(cohort)).digest("hex");
    return { adapter, where: opened.where, rows, chunk: plansPerChunk * PERIODS.length, writers, insertMs, cohortRows: cohort.length, cohortMs, cohortHash, cohortSample: cohort.slice(0, 3), peakRssMb: peakRssMb() };
  } finally {
    await opened.close();
  }
}

async function readCohort(store: Awaited<ReturnType<typeof openStore>>["store"]): Promise<StoredEvaluation[]> {
  const all: StoredEvaluation[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listCohort({ unitId: unitOf(0), tahun: TAHUN, limit: 1000, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

// As a child process: run the adapter given in argv (or its database alone) and send the result to the parent.
if (process.send && process.argv[2]) {
  const { adapter, rows, chunk, writers, ceiling } = JSON.parse(process.argv[2]) as { adapter: AdapterName; rows: number; chunk: number; writers: number; ceiling?: boolean };
  const run = ceiling && (adapter === "sqlite" || adapter === "postgres") ? runCeiling(adapter, rows, chunk, writers) : runAdapter(adapter, rows, chunk, writers);
  run.then(
    (run) => process.send?.({ ok: true, run }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
}

/**
 * `pnpm bench:storage [--rows=N] [--chunk=N] [--only=sqlite,postgres,mysql,memory] [--readme]`:
 * bulk-inserts evaluation results into each adapter through `saveEvaluations` and reads a unit's
 * cohort back. Gate first: a small run on every adapter must store byte-identical cohorts (else
 * the run stops); the big runs are then compared the same way, and SQLite and PostgreSQL are
 * measured again with their database alone (`ceiling.ts`). With `--readme` (default for a full run
 * of 1,000,000 rows) the table in bench/README.md is rewritten.
 * @module
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { machineInfo } from "../machine.js";
import { updateReadme } from "../report.js";
import { fmt } from "../stats.js";
import { ADAPTERS, type AdapterName } from "./adapters.js";
import { matchesStore, type CeilingRun } from "./ceiling.js";
import type { AdapterRun } from "./run-adapter.js";

const CHILD = fileURLToPath(new URL("./run-adapter.ts", import.meta.url));
const README = fileURLToPath(new URL("../../README.md", import.meta.url));
const MARKERS = { start: "<!-- bench:storage:start -->", end: "<!-- bench:storage:end -->" };
const TARGET = 50_000;

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string | undefined]));
const rows = Number(args.get("rows") ?? 1_000_000);
const chunk = Number(args.get("chunk") ?? 10_000);
const only = (args.get("only")?.split(",") ?? ADAPTERS.filter((a) => a !== "memory")) as AdapterName[];
/** Concurrent writers per adapter: 1, plus 2 for the adapters whose writes run in parallel (PostgreSQL, MySQL). */
const writerCounts = (adapter: AdapterName): number[] => (args.has("writers") ? [Number(args.get("writers"))] : adapter === "postgres" || adapter === "mysql" ? [1, 2] : [1]);
if (!Number.isInteger(rows) || rows <= 0 || rows % 16 !== 0) throw new Error("--rows must be a positive multiple of 16 (16 periods per plan)");

console.log(`Gate: ${only.join(", ")} on 3,200 rows must store identical cohorts…`);
gate(await runAll(3_200, 1_600, true));
console.log(`Timing ${rows.toLocaleString("en-US")} rows in chunks of ${chunk.toLocaleString("en-US")}…`);
const runs = await runAll(rows, chunk);
const check = gate(runs);
const table = report(runs, check);
console.log(table);
if (args.has("readme") || (rows === 1_000_000 && !args.has("no-readme"))) {
  updateReadme(README, table, MARKERS);
  console.log(`Wrote the table into ${README}`);
}

/** An adapter's run, with its database alone doing the same writes (SQLite and PostgreSQL, timed runs only). */
type Measured = AdapterRun & { readonly ceiling?: CeilingRun };

async function runAll(size: number, chunkSize: number, gateRun = false): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const adapter of only)
    for (const writers of gateRun ? [1] : writerCounts(adapter)) {
      const run = await inChild<AdapterRun>(adapter, { adapter, rows: size, chunk: chunkSize, writers });
      if (!matchesStore(run.cohortSample)) throw new Error(`${adapter}: the database-alone rows would differ from the records the store wrote (${JSON.stringify(run.cohortSample[0])})`);
      const ceiling = !gateRun && (adapter === "sqlite" || adapter === "postgres") ? await inChild<CeilingRun>(adapter, { adapter, rows: run.rows, chunk: run.chunk, writers, ceiling: true }) : undefined;
      out.push(ceiling ? { ...run, ceiling } : run);
    }
  return out;
}

function inChild<T>(adapter: AdapterName, job: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(job)], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.on("message", (m: { ok: boolean; run?: T; error?: string }) => (m.ok && m.run ? resolve(m.run) : reject(new Error(`${adapter}: ${m.error}`))));
    child.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`${adapter}: child exited with code ${code}`))));
  });
}

/** Every adapter's cohort must hash like the first's; stops the run otherwise. */
function gate(all: readonly AdapterRun[]): string {
  const first = all[0];
  const differing = all.filter((r) => r.cohortHash !== first?.cohortHash || r.cohortRows !== first?.cohortRows);
  if (first && differing.length > 0) {
    for (const r of differing) console.error(`${r.adapter} differs from ${first.adapter}:`, JSON.stringify(r.cohortSample[0]), "vs", JSON.stringify(first.cohortSample[0]));
    throw new Error("the adapters stored different cohorts: nothing timed is reported");
  }
  return "identical";
}

function report(all: readonly Measured[], check: string): string {
  const m = machineInfo();
  const head = [
    `Measured with \`pnpm bench:storage\` (${new Date().toISOString().slice(0, 10)}): ${rows.toLocaleString("en-US")} evaluation results written through \`saveEvaluations\` in chunks of ${chunk.toLocaleString("en-US")} (each an all-or-nothing transaction with an idempotency key and one audit entry per result, so the database receives twice as many rows) by one caller, or by two concurrent callers where the adapter writes in parallel; then one unit's annual cohort read back with \`listCohort\` pages of 1,000 (best of 5).`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; PostgreSQL and MariaDB on 127.0.0.1.`,
    "",
    "| adapter | where | results written | writers | bulk insert s | results/s | database rows/s (results + audit) | database alone, results/s | database alone ÷ store (time) | cohort rows | cohort read ms | cohort rows/s | peak RSS MB | cohorts |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
  ];
  const alone = (r: Measured): string => (r.ceiling ? fmt(r.ceiling.rows / (r.ceiling.insertMs / 1000)) : "–");
  const share = (r: Measured): string => (r.ceiling ? `${Math.round((100 * r.ceiling.insertMs) / r.insertMs)} %` : "–");
  const lines = all.map((r) => `| ${r.adapter} | ${r.where} | ${r.rows.toLocaleString("en-US")} | ${r.writers} | ${fmt(r.insertMs / 1000)} | ${fmt(r.rows / (r.insertMs / 1000))} | ${fmt((2 * r.rows) / (r.insertMs / 1000))} | ${alone(r)} | ${share(r)} | ${r.cohortRows.toLocaleString("en-US")} | ${fmt(r.cohortMs)} | ${fmt(r.cohortRows / (r.cohortMs / 1000))} | ${fmt(r.peakRssMb)} | ${check} |`);
  const targets = (["postgres", "sqlite"] as const).flatMap((a) =>
    all
      .filter((x) => x.adapter === a)
      .map((r) => {
        const rate = r.rows / (r.insertMs / 1000);
        return `| ≥ ${TARGET.toLocaleString("en-US")} evaluation results/s into ${a} (${r.writers} writer${r.writers > 1 ? "s" : ""}) | ${fmt(rate)} | ${alone(r)} | ${rate >= TARGET ? "✓" : "✗"} |`;
      }),
  );
  return [...head, ...lines, "", "| target | measured | the database alone, no Kinerja code | |", "|---|---|---|---|", ...targets].join("\n");
}

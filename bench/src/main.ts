/**
 * `pnpm bench` — for every case, first checks that every engine returns identical results on the
 * whole input (aborting with a diff otherwise), then times each engine in its own child process
 * and prints medians, p95, evaluations/s, ratios to Kinerja and peak RSS.
 *
 * Flags: --quick (small sizes, README untouched unless --readme), --w6=N (national batch size,
 * default 4,300,000), --file (W6 writes the NDJSON to a temporary file first), --only=w1,w3.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeDiff, differences } from "./gate.js";
import { machineBlock, targetsBlock, updateReadme, workloadTable, writeRaw, type Row, type TargetCheck } from "./report.js";
import { WORKLOADS } from "./registry.js";
import { timeInChild } from "./spawn.js";
import { fmt } from "./stats.js";
import { machineInfo } from "./machine.js";
import type { BenchCase, BenchOptions } from "./types.js";
import { runW6, type W6Outcome } from "./workloads/w6.js";

const args = process.argv.slice(2);
const options: BenchOptions = {
  quick: args.includes("--quick"),
  w6: Number(args.find((a) => a.startsWith("--w6="))?.slice(5) ?? (args.includes("--quick") ? 200_000 : 4_300_000)),
  w6File: args.includes("--file"),
  only: args.find((a) => a.startsWith("--only="))?.slice(7).split(",") ?? null,
};
const plan = options.quick ? { minSampleMs: 40, warmups: 1, samples: 3 } : { minSampleMs: 150, warmups: 2, samples: 7 };
const selected = (id: string) => options.only === null || options.only.includes(id);

const machine = machineInfo();
console.log(`# Kinerja benchmarks${options.quick ? " (quick)" : ""}\n\n${machineBlock(machine)}\n`);

const rows: Row[] = [];
const sections: Record<string, string> = {};
for (const workload of WORKLOADS) {
  if (!selected(workload.id)) continue;
  const wRows: Row[] = [];
  for (const c of await workload.cases(options)) {
    const checks = await gate(c);
    const timings = [];
    for (const e of c.engines) timings.push(await timeInChild(workload.id, c.id, e.engine, options, plan));
    const ref = timings[0]!;
    timings.forEach((t, k) => {
      const check = checks.get(t.engine) ?? "not compared";
      const comparable = check === "identical" || check === "reference" || workload.id === "w5";
      wRows.push({ workload: workload.id, caseLabel: c.label, timing: t, reference: k === 0, check, ratio: comparable ? t.medianUs / ref.medianUs : null });
    });
    process.stderr.write(`  ${c.id}: ${timings.map((t) => `${t.engine} ${fmt(t.medianUs)} µs`).join(" · ")}\n`);
  }
  const probe = workload.probe ? `\n\n${await workload.probe(options)}` : "";
  const section = `### ${workload.title}\n\n${workloadTable(wRows)}${probe}`;
  console.log(`${section}\n`);
  sections[workload.id] = section;
  rows.push(...wRows);
}

let w6: W6Outcome | null = null;
if (selected("w6")) {
  w6 = await runW6(options);
  console.log(`${w6.section}\n`);
  sections["w6"] = w6.section;
}

// A run limited with --only keeps the other workloads of the previous run of the same mode.
const date = new Date().toISOString().slice(0, 10);
const command = `pnpm bench${args.length ? ` ${args.join(" ")}` : ""}`;
const resultsDir = fileURLToPath(new URL("../results", import.meta.url));
const rawName = options.quick ? "latest-quick.json" : "latest.json";
const previous = options.only ? readPrevious(`${resultsDir}/${rawName}`) : null;
const allSections = { ...(previous?.sections ?? {}), ...sections };
const allRows = [...(previous?.rows ?? []).filter((r) => !(r.workload in sections)), ...rows];
const allW6 = w6 ?? previous?.w6 ?? null;
const commands = { ...(previous?.commands ?? {}), ...Object.fromEntries(Object.keys(sections).map((id) => [id, `${date}: ${command}`])) };
const targets = checkTargets(allRows, allW6);
const targetText = `### Targets\n\n${targetsBlock(targets)}`;
console.log(targetText);

const raw = writeRaw(resultsDir, rawName, { date: new Date().toISOString(), command, commands, options, machine, rows: allRows, w6: allW6, sections: allSections, targets });
console.log(`\nRaw results: ${raw}`);
if (!options.quick || args.includes("--readme")) {
  const order = [...WORKLOADS.map((w) => w.id), "w6"].filter((id) => id in allSections);
  const runs = [...new Set(Object.values(commands))].map((c) => `\`${c}\``).join(", ");
  const head = `Measured with \`pnpm bench\` from the repository root (runs: ${runs}).`;
  const body = [head, machineBlock(machine), ...order.map((id) => allSections[id]!), targetText].join("\n\n");
  updateReadme(fileURLToPath(new URL("../README.md", import.meta.url)), body);
  console.log("bench/README.md updated.");
}

/** Runs every compared engine once on the whole input; aborts on a difference under "gate". */
async function gate(c: BenchCase): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const [reference, ...others] = c.engines;
  if (!reference || reference.check === "none") return out;
  const expected = await (await reference.make()).run();
  out.set(reference.engine, "reference");
  for (const e of others) {
    if (e.check === "none") continue;
    const actual = await (await e.make()).run();
    const diff = differences(expected, actual);
    if (diff.length === 0) {
      out.set(e.engine, "identical");
    } else if (e.check === "report") {
      out.set(e.engine, `✗ ${diff.length} of ${expected.length} differ`);
      console.log(`${c.label}: ${describeDiff(reference.engine, e.engine, expected, actual)}\n`);
    } else {
      console.error(`\nGATE FAILED — ${c.label}\n${describeDiff(reference.engine, e.engine, expected, actual)}`);
      process.exit(1);
    }
  }
  return out;
}

interface Previous {
  sections: Record<string, string>;
  rows: Row[];
  w6: W6Outcome | null;
  commands: Record<string, string>;
}

function readPrevious(path: string): Previous | null {
  if (!existsSync(path)) return null;
  const p = JSON.parse(readFileSync(path, "utf8")) as Partial<Previous>;
  return { sections: p.sections ?? {}, rows: p.rows ?? [], w6: p.w6 ?? null, commands: p.commands ?? {} };
}

function checkTargets(all: readonly Row[], national: W6Outcome | null): TargetCheck[] {
  const w1 = (engine: string) => all.find((r) => r.workload === "w1" && r.timing.engine === engine)?.timing;
  const [k, kt, jre, zen] = [w1("Kinerja"), w1("Kinerja (trace)"), w1("json-rules-engine"), w1("zen-engine")];
  const ratio = (a?: { evalsPerSec: number }, b?: { evalsPerSec: number }) => (a && b ? a.evalsPerSec / b.evalsPerSec : null);
  const line = (target: string, value: number | null, unit: string, met: (v: number) => boolean): TargetCheck =>
    value === null ? { target, measured: "not measured", met: null } : { target, measured: `${fmt(value)}${unit}`, met: met(value) };
  return [
    line("W1: Kinerja ≥ 100× json-rules-engine (evaluations/s)", ratio(k, jre), "×", (v) => v >= 100),
    line("W1: Kinerja ≥ 10× zen-engine (evaluations/s)", ratio(k, zen), "×", (v) => v >= 10),
    line("W1: trace on < 3× trace off (time per evaluation)", k && kt ? kt.medianUs / k.medianUs : null, "×", (v) => v < 3),
    line(`W6: ${national?.size.toLocaleString("en-US") ?? "–"} plans end to end < 60 s`, national?.seconds ?? null, " s", (v) => v < 60),
    line("W6: peak RSS < 512 MB", national?.peakRssMb ?? null, " MB", (v) => v < 512),
  ];
}

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { MachineInfo } from "./machine.js";
import { fmt } from "./stats.js";
import type { Timing } from "./types.js";

/** One measured row: a timing plus how its results compared with the reference engine. */
export interface Row {
  workload: string;
  caseLabel: string;
  timing: Timing;
  reference: boolean;
  /** `identical`, `not compared`, or `N of M differ`. */
  check: string;
  /** This row's time per evaluation ÷ the reference engine's (null when not comparable). */
  ratio: number | null;
}

/** A target line: the claim, the measured value and whether it was met. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** The Markdown table of one workload's rows. */
export function workloadTable(rows: readonly Row[]): string {
  const head = "| case | engine | median µs/eval | p95 µs/eval | evals/s | time ÷ Kinerja | first run ms | peak RSS MB | results |\n|---|---|--:|--:|--:|--:|--:|--:|---|";
  const lines = rows.map((r) => {
    const t = r.timing;
    const ratio = r.ratio === null ? "–" : `${fmt(r.ratio)}×`;
    return `| ${r.caseLabel} | ${t.engine} | ${fmt(t.medianUs)} | ${fmt(t.p95Us)} | ${fmt(t.evalsPerSec)} | ${ratio} | ${fmt(t.firstMs)} | ${fmt(t.peakRssMb)} | ${r.check} |`;
  });
  return [head, ...lines].join("\n");
}

/** The machine block. */
export function machineBlock(m: MachineInfo): string {
  const libs = Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(", ");
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}. Libraries: ${libs}.`;
}

/** The targets block (✓ met, ✗ missed, – not measured). */
export function targetsBlock(targets: readonly TargetCheck[]): string {
  const head = "| target | measured | |\n|---|---|---|";
  return [head, ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? "–" : t.met ? "✓" : "✗"} |`)].join("\n");
}

/** Replaces the text between the README markers (by default the engine results' markers). */
export function updateReadme(path: string, body: string, markers: { readonly start: string; readonly end: string } = { start: START, end: END }): void {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`${path} has no ${markers.start} … ${markers.end} markers`);
  writeFileSync(path, `${text.slice(0, start + markers.start.length)}\n${body}\n${text.slice(end)}`);
}

/** Writes the raw results as JSON (git-ignored `bench/results/`). */
export function writeRaw(dir: string, name: string, data: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}`;
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

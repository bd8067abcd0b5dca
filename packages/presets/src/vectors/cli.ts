/**
 * `pnpm vectors <file> [--json]`: evaluates every case of a vector file through the presets, prints
 * each case's actual output beside the expected one, and ends with `N passed, N failed`. Exit code
 * 0 when all pass, 1 when any fails, 2 when the file cannot be read.
 * @module
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ALL_ADAPTERS } from "./adapters/index.js";
import { readVectorFile, runVectors, type CaseOutcome } from "./runner.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: pnpm vectors <vectors.json> [--json]");
  process.exit(2);
}
let cases;
try {
  cases = readVectorFile(JSON.parse(readFileSync(resolve(process.env["INIT_CWD"] ?? process.cwd(), file), "utf8")));
} catch (error) {
  console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const report = runVectors(cases, ALL_ADAPTERS);
if (json) console.log(JSON.stringify(report, null, 2));
else for (const c of report.cases) console.log(describe(c));
// With --json, standard output stays pure JSON; the summary line goes to standard error.
(json ? console.error : console.log)(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed > 0 ? 1 : 0);

function describe(c: CaseOutcome): string {
  const head = `${c.passed ? "PASS" : "FAIL"} ${c.id} (${c.kind})`;
  const lines = [head, `  expected: ${JSON.stringify(c.expected)}`];
  lines.push(c.error ? `  error:    ${c.error}` : `  actual:   ${JSON.stringify(pick(c.actual ?? {}, c.expected))}`);
  for (const d of c.differences) lines.push(`  differs at ${d.path}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`);
  return lines.join("\n");
}

/** The actual output restricted to the expected fields (plus `valid` and `reasons`), for a side-by-side view. */
function pick(actual: Readonly<Record<string, unknown>>, expected: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const keys = new Set([...Object.keys(expected), ...("reason" in expected || "violation" in expected ? ["valid", "reasons", "violations"] : [])]);
  return Object.fromEntries([...keys].filter((k) => Object.hasOwn(actual, k)).map((k) => [k, actual[k]]));
}

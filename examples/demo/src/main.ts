/**
 * `pnpm demo [--lang id|en] [--db <file|:memory:>]`: prints the Belawan example evaluations with
 * their explanations, the monitoring, development and tindak lanjut around each one, and each
 * unit's distribution check; then keeps the whole cycle in a SQLite file (default
 * `examples/demo/.kinerja/demo.sqlite`, written afresh on every run) and prints where.
 * @module
 */
import { mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createSqliteStore } from "@kinerja/store-sqlite";
import { belawanPolicy, checkUnits, loadUnits, renderReport, runCycles, scorePlans } from "./demo.js";
import { renderStoreSummary, storeDemo } from "./store.js";

const lang = option("--lang") ?? "id";
if (lang !== "id" && lang !== "en") {
  console.error(`--lang must be "id" or "en" (got ${lang})`);
  process.exit(2);
}
const policy = belawanPolicy();
const outcomes = scorePlans(policy);
console.log(renderReport(outcomes, checkUnits(loadUnits(), outcomes), lang, runCycles(outcomes)));

const file = option("--db") ?? fileURLToPath(new URL("../.kinerja/demo.sqlite", import.meta.url));
const where = file === ":memory:" ? file : resolve(file);
if (where !== ":memory:") {
  mkdirSync(dirname(where), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(where + suffix, { force: true });
}
const database = new Database(where);
database.pragma("journal_mode = WAL");
try {
  const summary = await storeDemo(createSqliteStore({ database }), policy, loadUnits(), outcomes);
  console.log(`\n${"=".repeat(78)}\n${renderStoreSummary(summary, where, lang)}`);
} finally {
  database.close();
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

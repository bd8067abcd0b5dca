/**
 * The load test of the service, on loopback and bounded in time: a fresh SQLite file seeded with
 * the Belawan example plus a synthetic team of `--team` employees (agreed plans, three quarters of
 * realisations) under one supervisor, then autocannon against
 *   1. `POST /api/v1/score` (stateless scoring of a Belawan plan under the published policy), and
 *   2. `GET /api/v1/employees/:nip/team?scope=all` (the supervisor's team view with progress flags).
 * Each response is first checked against the engine (the same outputs as scoring in-process) and
 * the store (the whole team, every member flagged); then each scenario runs `--duration` seconds.
 *
 *   pnpm load-test [--duration=10] [--connections=10] [--team=40] [--readme]
 *
 * `--readme` writes the table into examples/http-server/README.md between the load-test markers.
 * @module
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { deepStrictEqual } from "node:assert/strict";
import type { KinerjaStore, StoredPlan } from "@kinerja/core";
import { belawanPolicy } from "@kinerja/example-demo/demo";
import { buildApp } from "../src/app.js";
import { issueToken } from "../src/auth/tokens.js";
import { testConfig } from "../src/config.js";
import { seedBelawan } from "../src/seed.js";
import { openStore } from "../src/store.js";
import { runAutocannon, type LoadResult } from "./autocannon-run.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const duration = option("duration", 10);
const connections = option("connections", 10);
const teamSize = option("team", 40);
const TAHUN = 2024;

const dir = mkdtempSync(join(tmpdir(), "kinerja-load-"));
const opened = openStore(`sqlite:${join(dir, "load.sqlite")}`);
try {
  await opened.store.migrate();
  await seedBelawan(opened.store);
  const supervisor = await firstSupervisor(opened.store);
  await addTeam(opened.store, supervisor, teamSize);

  const config = testConfig({ rateLimitMax: 1_000_000_000, logLevel: "silent" });
  const app = buildApp({ store: opened.store, config, webAssets: false });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  const supervisorToken = await issueToken(config, { sub: supervisor, nip: supervisor, roles: ["employee", "supervisor"] });

  const policy = belawanPolicy();
  const plan = JSON.parse(readFileSync(new URL("../../demo/plans/01-dishub-lalu-lintas.json", import.meta.url), "utf8")) as { skp: Record<string, unknown> };
  const scoreBody = JSON.stringify({ policyId: policy.id, policyVersion: policy.version, input: plan.skp });
  const teamUrl = `/api/v1/employees/${supervisor}/team?tahun=${TAHUN}&scope=all&limit=1000`;
  const headers = { authorization: `Bearer ${supervisorToken}`, "content-type": "application/json" };

  // Identical results first: the service must answer what the engine and the store say.
  const scored = (await (await fetch(`${address}/api/v1/score`, { method: "POST", headers, body: scoreBody })).json()) as { outputs: unknown };
  deepStrictEqual(scored.outputs, policy.score(plan.skp).outputs, "POST /score differs from in-process scoring");
  const team = (await (await fetch(`${address}${teamUrl}`, { headers })).json()) as { items: { employee: { nip: string }; progress: string }[] };
  const expected = await opened.store.listTeam({ atasanNip: supervisor, tahun: TAHUN, scope: "all", limit: 1000 });
  deepStrictEqual(
    team.items.map((m) => m.employee.nip),
    expected.items.map((m) => m.employee.nip),
    "the team view differs from the store's team",
  );
  if (!team.items.every((m) => ["ON_TRACK", "AT_RISK", "NO_PLAN", "NO_DATA"].includes(m.progress))) throw new Error("a team member has no progress flag");

  const results: { label: string; result: LoadResult }[] = [];
  results.push({ label: "POST /api/v1/score (Belawan plan, untraced)", result: await runAutocannon({ url: `${address}/api/v1/score`, method: "POST", headers, body: scoreBody, duration, connections }) });
  results.push({
    label: `GET /api/v1/employees/:nip/team?scope=all (${team.items.length} members)`,
    result: await runAutocannon({ url: `${address}${teamUrl}`, method: "GET", headers, duration, connections }),
  });
  await app.close();

  const table = render(results);
  console.log(table);
  if (args.includes("--readme")) writeReadme(table);
} finally {
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}

/** The first NIP (in order) that supervises someone in the seeded data. */
async function firstSupervisor(store: KinerjaStore): Promise<string> {
  const employees = (await store.listEmployees({ limit: 1000 })).items;
  const supervisors = [...new Set(employees.flatMap((e) => (e.atasanNip ? [e.atasanNip] : [])))].sort();
  if (supervisors[0] === undefined) throw new Error("the seeded data has no supervisor");
  return supervisors[0];
}

/** `size` employees under `atasanNip` with agreed plans cascaded from the supervisor's plan and Q1–Q3 realisations. */
async function addTeam(store: KinerjaStore, atasanNip: string, size: number): Promise<void> {
  const head = await store.getEmployee({ nip: atasanNip });
  const headPlan = await store.findPlan({ nip: atasanNip, tahun: TAHUN });
  if (!head || !headPlan) throw new Error(`the supervisor ${atasanNip} and their ${TAHUN} plan must be seeded`);
  const parentRhkId = headPlan.rhk[0]?.rhkId ?? null;
  for (let i = 0; i < size; i++) {
    const nip = syntheticNip(i);
    await store.putEmployee({ actor: "load-test", nip, nama: `Pegawai Uji ${i + 1}`, unitId: head.unitId, atasanNip, jabatan: "Pelaksana" });
    const draft: StoredPlan = await store.createPlan({
      actor: nip,
      nip,
      tahun: TAHUN,
      rhk: [{ rhkId: "R1", uraian: "Layanan tepat waktu", parentRhkId, indikator: [{ indikatorId: "R1-IKI-1", uraian: "Berkas selesai", target: 120, satuan: "berkas", bobot: 100 }] }],
    });
    const plan = await store.transitionPlan({ actor: atasanNip, planId: draft.planId, expectedRowVersion: draft.rowVersion, to: "AGREED" });
    for (const [q, nilai] of [[1, 25 + (i % 10)], [2, 55 + (i % 20)], [3, 80 + (i % 25)]] as const) {
      await store.recordRealisation({ actor: nip, planId: plan.planId, indikatorId: "R1-IKI-1", periode: `${TAHUN}-Q${q}`, nilai });
    }
  }
}

/** A valid PNS NIP: born 1990-01-01 + i days, appointed 2015-01, male, sequence i. */
function syntheticNip(i: number): string {
  const born = new Date(Date.UTC(1990, 0, 1 + i));
  const ymd = `${born.getUTCFullYear()}${String(born.getUTCMonth() + 1).padStart(2, "0")}${String(born.getUTCDate()).padStart(2, "0")}`;
  return `${ymd}2015011${String((i % 999) + 1).padStart(3, "0")}`;
}

function render(results: readonly { label: string; result: LoadResult }[]): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `Measured with \`pnpm load-test --duration=${duration} --connections=${connections} --team=${teamSize}\` (${new Date().toISOString().slice(0, 10)}): the service and autocannon on one machine over loopback, SQLite file store, logging off, rate limit raised; every response checked against the engine and the store first.`,
    "",
    `Machine: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}.`,
    "",
    "| scenario | connections | seconds | requests | requests/s | p50 ms | p99 ms | non-2xx | errors |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...results.map(({ label, result: r }) => `| ${label} | ${connections} | ${duration} | ${r.total.toLocaleString("en-US")} | ${Math.round(r.perSecond).toLocaleString("en-US")} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`),
  ];
  return lines.join("\n");
}

function writeReadme(table: string): void {
  const file = new URL("../README.md", import.meta.url);
  const text = readFileSync(file, "utf8");
  const start = "<!-- load-test:start -->";
  const end = "<!-- load-test:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error("README.md has no load-test markers");
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  console.log("README.md updated");
}

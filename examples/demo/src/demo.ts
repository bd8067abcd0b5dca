/**
 * The Belawan demo: scores every example work plan in `plans/` with the sample policy in
 * `policies/` and renders each result with its explanation. One invalid plan is reported with
 * its problems and does not stop the others.
 * @module
 */
import { readFileSync, readdirSync } from "node:fs";
import { compilePolicy, localize, renderTrace, type CompiledPolicy, type Lang, type ScoreOutcome } from "@kinerja/core";

/** Where the example data lives. */
export const POLICY_FILE: URL = new URL("../policies/skp-belawan.json", import.meta.url);
export const PLANS_DIR: URL = new URL("../plans/", import.meta.url);

/** The employee a plan belongs to (descriptive fields; the policy ignores them). */
export interface Pegawai {
  readonly nama: string;
  readonly nip: string;
  readonly jabatan: string;
  readonly unitKerja: string;
}

/** One scored plan. */
export interface PlanOutcome {
  readonly file: string;
  readonly pegawai: Pegawai;
  readonly periode: string;
  readonly outcome: ScoreOutcome;
}

/** Reads and compiles the sample policy. */
export function loadPolicy(): CompiledPolicy {
  return compilePolicy(JSON.parse(readFileSync(POLICY_FILE, "utf8")));
}

/** Scores every plan file (sorted by name) and keeps each result or error. */
export function scorePlans(policy: CompiledPolicy): PlanOutcome[] {
  const files = readdirSync(PLANS_DIR).filter((f) => f.endsWith(".json")).sort();
  return files.map((file) => {
    const plan = JSON.parse(readFileSync(new URL(file, PLANS_DIR), "utf8")) as { pegawai: Pegawai; periode: string };
    return { file, pegawai: plan.pegawai, periode: plan.periode, outcome: policy.safeScore(plan, { trace: true }) };
  });
}

const TEXT = {
  heading: { id: "Penilaian kinerja — contoh Belawan", en: "Performance evaluation — Belawan example" },
  employee: { id: "Pegawai", en: "Employee" },
  period: { id: "Periode", en: "Period" },
  invalid: { id: "Rencana ini tidak dapat dinilai", en: "This plan cannot be scored" },
  summary: { id: "Ringkasan", en: "Summary" },
} as const;

/** Renders every outcome (explanation included) in the chosen language. */
export function renderReport(outcomes: readonly PlanOutcome[], lang: Lang): string {
  const t = (text: { id: string; en: string }): string => localize(text, lang);
  const parts = [`# ${t(TEXT.heading)}`];
  for (const o of outcomes) {
    parts.push("", "=".repeat(78), `${t(TEXT.employee)}: ${o.pegawai.nama} (NIP ${o.pegawai.nip}) — ${o.pegawai.jabatan}, ${o.pegawai.unitKerja}`);
    parts.push(`${t(TEXT.period)}: ${o.periode}`, "");
    if (o.outcome.ok) parts.push(renderTrace(o.outcome.result.trace!, { lang }));
    else parts.push(`${t(TEXT.invalid)} [${o.outcome.error.code}]:`, ...o.outcome.error.issues.map((i) => `  - ${i.path.join(".")}: ${localize(i.message, lang)}`));
  }
  parts.push("", "=".repeat(78), `${t(TEXT.summary)}:`);
  for (const o of outcomes) {
    const result = o.outcome.ok ? `${String(o.outcome.result.outputs["predikat"])} (${String(o.outcome.result.outputs["capaianHasilKerja"])}%)` : o.outcome.error.code;
    parts.push(`  ${o.pegawai.nama.padEnd(28)} ${result}`);
  }
  return parts.join("\n");
}

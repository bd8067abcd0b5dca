/**
 * The Belawan demo: an agency policy derived from the `permenpanrb-6-2022` preset scores every
 * example work plan in `plans/`; each result is printed with its explanation (the supervisor's
 * feedback included), the employee's competency development (minimum JP) and daily activity
 * reports, then the rest of the cycle (`cycle.ts`: monitoring, strengths and development,
 * tindak lanjut), and each unit's predikat distribution is checked against SE MenPANRB 3/2023.
 * One invalid plan is reported with its problems and does not stop the others.
 * @module
 */
import { readFileSync, readdirSync } from "node:fs";
import {
  checkJpMinimum,
  compilePolicy,
  localize,
  renderTrace,
  type CompiledPolicy,
  type Lang,
  type LocalizedText,
  type PolicyDocument,
  type ScoreOutcome,
  type UmpanBalik,
  type DevelopmentCatalogue,
} from "@kinerja/core";
import { PRESETS, compilePreset } from "@kinerja/presets";
import { loadCatalogue, renderCycle, runCycle, type CycleReport } from "./cycle.js";

/** Where the example data lives. */
export const PLANS_DIR: URL = new URL("../plans/", import.meta.url);
export const UNITS_FILE: URL = new URL("../units.json", import.meta.url);

/** The employee a plan belongs to. */
export interface Pegawai {
  readonly nama: string;
  readonly nip: string;
  readonly jabatan: string;
  readonly unitKerja: string;
}

/** An example plan file: the employee, the SKP (the policy's input) and the records around it. */
export interface Plan {
  readonly pegawai: Pegawai;
  readonly periode: string;
  readonly skp: unknown;
  /** Competency development records (training), dated. */
  readonly pelatihan: readonly { readonly tanggal: string; readonly nama: string; readonly jp: number }[];
  readonly laporanHarian: readonly { readonly tanggal: string; readonly rhk: string; readonly uraian: string }[];
  /** In-year realisations of each SKP indicator (by position), for monitoring. */
  readonly pemantauan?: {
    readonly frekuensi: "BULANAN" | "TRIWULANAN";
    readonly asOf: string;
    readonly indikator: readonly { readonly akumulasi?: "KUMULATIF" | "NILAI_TERAKHIR" | "RATA_RATA"; readonly satuan?: string; readonly realisasi: readonly { readonly periode: string; readonly nilai: number }[] }[];
  };
  /** The supervisor's continuous feedback during the year. */
  readonly umpanBalik?: readonly UmpanBalik[];
  /** Earlier years' annual predikat (for multi-year tindak lanjut rules). */
  readonly riwayat?: readonly { readonly tahun: number; readonly predikat: string; readonly jamPelajaran?: number }[];
  /** Functional-position data for kenaikan jenjang eligibility. */
  readonly jabatanFungsional?: Readonly<Record<string, unknown>>;
}

/** One scored plan. */
export interface PlanOutcome {
  readonly file: string;
  readonly plan: Plan;
  readonly outcome: ScoreOutcome;
}

/** A unit with its predikat organisasi and the predikat of its other employees (from SIMPEG). */
export interface Unit {
  readonly unitKerja: string;
  readonly predikatOrganisasi: string;
  readonly pegawaiLain: Readonly<Record<string, number>>;
}

/**
 * The Belawan agency's policy: the national preset with one documented change — the example
 * mapping from capaian to rating hasil kerja switched on (an agency choice, not national law).
 */
export function belawanPolicy(): CompiledPolicy {
  const preset = PRESETS["permenpanrb-6-2022"];
  const constants = { ...preset.constants, pemetaanCapaian: { aktif: true, batasDiAtas: 110, batasSesuai: 85 } };
  const title = { id: "SKP Pemerintah Kota Medan — Belawan (PermenPANRB 6/2022)", en: "Medan city SKP — Belawan (PermenPANRB 6/2022)" };
  const doc: PolicyDocument = { ...preset, id: "belawan-skp", version: "2024.1", title, constants, cases: [] };
  return compilePolicy(doc);
}

/** Scores every plan file (sorted by name) and keeps each result or error. */
export function scorePlans(policy: CompiledPolicy): PlanOutcome[] {
  const files = readdirSync(PLANS_DIR).filter((f) => f.endsWith(".json")).sort();
  return files.map((file) => {
    const plan = JSON.parse(readFileSync(new URL(file, PLANS_DIR), "utf8")) as Plan;
    return { file, plan, outcome: policy.safeScore(plan.skp, { trace: true, ...(plan.umpanBalik ? { feedback: plan.umpanBalik } : {}) }) };
  });
}

/** Reads the units of the example. */
export function loadUnits(): Unit[] {
  return JSON.parse(readFileSync(UNITS_FILE, "utf8")) as Unit[];
}

/** Each unit's distribution check: the other employees' predikat plus those scored here. */
export function checkUnits(units: readonly Unit[], outcomes: readonly PlanOutcome[]): { unit: Unit; jumlah: Record<string, number>; outputs: Readonly<Record<string, unknown>> }[] {
  const distribusi = compilePreset("se-menpanrb-3-2023");
  return units.map((unit) => {
    const jumlah: Record<string, number> = { ...unit.pegawaiLain };
    for (const o of outcomes) {
      const predikat = o.outcome.ok ? o.outcome.result.outputs["predikat"] : null;
      if (o.plan.pegawai.unitKerja === unit.unitKerja && typeof predikat === "string") jumlah[predikat] = (jumlah[predikat] ?? 0) + 1;
    }
    return { unit, jumlah, outputs: distribusi.score({ predikatOrganisasi: unit.predikatOrganisasi, jumlah }).outputs };
  });
}

const TEXT = {
  heading: { id: "Penilaian kinerja — contoh Belawan", en: "Performance evaluation — Belawan example" },
  employee: { id: "Pegawai", en: "Employee" },
  period: { id: "Periode", en: "Period" },
  invalid: { id: "Rencana ini tidak dapat dinilai", en: "This plan cannot be scored" },
  training: { id: "Pengembangan kompetensi", en: "Competency development" },
  reports: { id: "Laporan kegiatan harian", en: "Daily activity reports" },
  noReports: { id: "belum ada laporan", en: "no reports yet" },
  units: { id: "Sebaran predikat per unit (SE MenPANRB 3/2023)", en: "Predikat distribution per unit (SE MenPANRB 3/2023)" },
  compliant: { id: "sesuai pola distribusi", en: "complies with the distribution" },
  notCompliant: { id: "TIDAK sesuai pola distribusi", en: "does NOT comply with the distribution" },
  infeasible: { id: "unit terlalu kecil untuk memenuhi semua ketentuan", en: "the unit is too small to meet every rule" },
  summary: { id: "Ringkasan", en: "Summary" },
  actual: { id: "jumlah", en: "count" },
  limit: { id: "batas", en: "limit" },
} as const;

/** Runs the rest of the cycle (monitoring, development, tindak lanjut) for every outcome. */
export function runCycles(outcomes: readonly PlanOutcome[], catalogue: DevelopmentCatalogue = loadCatalogue()): CycleReport[] {
  return outcomes.map((o) => runCycle(o.plan, o.outcome.ok ? o.outcome.result : undefined, catalogue));
}

/** Renders every outcome (explanation and, when given, its cycle) and the unit checks in the chosen language. */
export function renderReport(outcomes: readonly PlanOutcome[], units: ReturnType<typeof checkUnits>, lang: Lang, cycles: readonly CycleReport[] = []): string {
  const t = (text: LocalizedText): string => localize(text, lang);
  const parts = [`# ${t(TEXT.heading)}`];
  outcomes.forEach((o, i) => {
    const cycle = cycles[i];
    parts.push("", "=".repeat(78), ...renderPlan(o, lang), ...(cycle ? renderCycle(cycle, lang) : []));
  });
  parts.push("", "=".repeat(78), `${t(TEXT.units)}:`);
  for (const u of units) parts.push(...renderUnit(u, lang));
  parts.push("", "=".repeat(78), `${t(TEXT.summary)}:`);
  for (const o of outcomes) {
    const out = o.outcome.ok ? o.outcome.result.outputs : undefined;
    const result = out ? `${String(out["predikat"])} (${String(out["capaianHasilKerja"])}%)` : o.outcome.ok ? "" : o.outcome.error.code;
    parts.push(`  ${o.plan.pegawai.nama.padEnd(28)} ${result}`);
  }
  return parts.join("\n");
}

function renderPlan(o: PlanOutcome, lang: Lang): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const { pegawai, periode, pelatihan, laporanHarian } = o.plan;
  const jp = checkJpMinimum({ jamPelajaran: pelatihan.filter((p) => p.tanggal.startsWith("2024")).reduce((a, p) => a + p.jp, 0) });
  const perRhk = [...new Set(laporanHarian.map((l) => l.rhk))].map((rhk) => `${rhk}: ${laporanHarian.filter((l) => l.rhk === rhk).length}`);
  const lines = [
    `${t(TEXT.employee)}: ${pegawai.nama} (NIP ${pegawai.nip}) — ${pegawai.jabatan}, ${pegawai.unitKerja}`,
    `${t(TEXT.period)}: ${periode}`,
    `${t(TEXT.training)} 2024: ${pelatihan.filter((p) => p.tanggal.startsWith("2024")).map((p) => `${p.nama} (${p.jp} JP)`).join("; ") || "-"} — ${localize(jp.message, lang)}`,
    `${t(TEXT.reports)}: ${laporanHarian.length > 0 ? `${laporanHarian.length} (${perRhk.join(", ")})` : t(TEXT.noReports)}`,
    "",
  ];
  if (o.outcome.ok) lines.push(renderTrace(o.outcome.result.trace!, { lang }));
  else lines.push(`${t(TEXT.invalid)} [${o.outcome.error.code}]:`, ...o.outcome.error.issues.map((i) => `  - ${i.path.join(".")}: ${localize(i.message, lang)}`));
  return lines;
}

interface Violation {
  readonly keterangan?: LocalizedText;
  readonly kode?: string;
  readonly batas?: number;
  readonly aktual?: number;
}

function renderUnit(u: ReturnType<typeof checkUnits>[number], lang: Lang): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const counts = Object.entries(u.jumlah).map(([p, n]) => `${p} ${n}`).join(", ");
  const valid = u.outputs["valid"] === true;
  const lines = [``, `  ${u.unit.unitKerja} — ${u.unit.predikatOrganisasi}: ${counts}`, `    ${valid ? t(TEXT.compliant) : t(TEXT.notCompliant)}`];
  for (const v of (u.outputs["pelanggaran"] as Violation[] | null) ?? []) {
    lines.push(`    - ${v.keterangan ? t(v.keterangan) : (v.kode ?? "")} (${t(TEXT.actual)} ${String(v.aktual)}, ${t(TEXT.limit)} ${String(v.batas)})`);
  }
  if (u.outputs["layak"] === false) lines.push(`    ! ${t(TEXT.infeasible)}`);
  return lines;
}

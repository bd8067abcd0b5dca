/**
 * The rest of the performance cycle around each Belawan evaluation: in-year monitoring (progress
 * against pro-rated targets, daily reports as evidence), strengths and weaknesses with development
 * recommendations from the Belawan catalogue, competency records against the yearly JP minimum,
 * and the tindak lanjut (consequence) rules of PermenPANRB 6/2022 with their explanation.
 * @module
 */
import { readFileSync } from "node:fs";
import {
  localize,
  monitorPlan,
  recommendDevelopment,
  renderTrace,
  strengthsFromScore,
  summariseActivities,
  summariseCompetency,
  validateCatalogue,
  type ActivitySummary,
  type CompetencySummary,
  type DevelopmentCatalogue,
  type DevelopmentRecommendations,
  type Lang,
  type LocalizedText,
  type MonitoringResult,
  type ScoreResult,
  type StrengthsResult,
  type Trace,
} from "@kinerja/core";
import { compilePreset } from "@kinerja/presets";
import type { Plan } from "./demo.js";

/** The Belawan development catalogue (data, validated on load). */
export const CATALOGUE_FILE: URL = new URL("../catalogue/katalog-pengembangan-belawan.json", import.meta.url);

/** Everything the cycle adds to one scored plan; each part is absent when the plan lacks its data. */
export interface CycleReport {
  readonly pemantauan?: MonitoringResult;
  readonly bukti?: ActivitySummary;
  readonly kekuatan?: StrengthsResult;
  readonly pengembangan?: DevelopmentRecommendations;
  readonly kompetensi?: CompetencySummary;
  readonly tindakLanjut?: { readonly events: readonly { readonly type: string }[]; readonly syaratBelumTerpenuhi: readonly { readonly type: string }[]; readonly trace: Trace };
}

/** Loads and validates the development catalogue; throws with every issue when it is invalid. */
export function loadCatalogue(): DevelopmentCatalogue {
  const checked = validateCatalogue(JSON.parse(readFileSync(CATALOGUE_FILE, "utf8")));
  if (!checked.ok) throw new Error(`invalid catalogue: ${checked.issues.map((i) => `${i.path.join(".")}: ${i.message.en}`).join("; ")}`);
  return checked.catalogue;
}

/** Runs the cycle for one plan; `result` is its evaluation, when it could be scored. */
export function runCycle(plan: Plan, result: ScoreResult | undefined, catalogue: DevelopmentCatalogue): CycleReport {
  const skp = plan.skp as SkpData;
  const periode = { mulai: "2024-01-01", selesai: "2024-12-31" };
  const pemantauan = plan.pemantauan && monitorPlan({ periode, frekuensi: plan.pemantauan.frekuensi, asOf: plan.pemantauan.asOf, indikator: monitoringIndicators(skp, plan.pemantauan) });
  const bukti = plan.pemantauan && summariseActivities({ periode, frekuensi: "BULANAN", asOf: plan.pemantauan.asOf, rhk: (skp.rhk ?? []).map((r) => ({ id: r.id, ...opt("teks", r.teks) })), laporanHarian: plan.laporanHarian });
  const kekuatan = result && strengthsFromScore(result, skp);
  const pengembangan = kekuatan && recommendDevelopment({ catalogue, weaknesses: kekuatan.kelemahan, pegawai: plan.pegawai, maks: 1 });
  const kompetensi = plan.pelatihan.length > 0 ? summariseCompetency({ records: plan.pelatihan }) : undefined;
  const tindakLanjut = result && consequences(plan, result);
  return { ...opt("pemantauan", pemantauan), ...opt("bukti", bukti), ...opt("kekuatan", kekuatan), ...opt("pengembangan", pengembangan), ...opt("kompetensi", kompetensi), ...opt("tindakLanjut", tindakLanjut) };
}

interface SkpData {
  readonly rhk?: readonly { readonly id: string; readonly teks?: string }[];
  readonly indikator: readonly { readonly rhk?: string; readonly iki: string; readonly polaritas?: "NAIK" | "TURUN" | "RENTANG"; readonly target: number; readonly targetMaks?: number; readonly bobot?: number }[];
}

/** The plan's indicators with the in-year realisations recorded for them (matched by position). */
function monitoringIndicators(skp: SkpData, pemantauan: NonNullable<Plan["pemantauan"]>): Parameters<typeof monitorPlan>[0]["indikator"] {
  return skp.indikator.map((i, k) => {
    const m = pemantauan.indikator[k];
    return {
      id: `IKI-${k + 1}`,
      iki: i.iki,
      ...opt("rhk", i.rhk),
      ...opt("polaritas", i.polaritas),
      target: i.target,
      ...opt("targetMaks", i.targetMaks),
      ...opt("bobot", i.bobot),
      ...opt("akumulasi", m?.akumulasi),
      ...opt("satuan", m?.satuan),
      realisasi: m?.realisasi ?? [],
    };
  });
}

/** The tindak lanjut preset on this year's predikat, the employee's history and JP. */
function consequences(plan: Plan, result: ScoreResult): CycleReport["tindakLanjut"] {
  const jamPelajaran = plan.pelatihan.filter((p) => p.tanggal.startsWith("2024")).reduce((a, p) => a + p.jp, 0);
  const input = {
    predikat: result.outputs["predikat"],
    tahun: 2024,
    tanggalPenilaian: "2025-01-15",
    jamPelajaran,
    jenisAsn: "PNS",
    ...opt("riwayat", plan.riwayat),
    ...opt("jabatanFungsional", plan.jabatanFungsional),
  };
  const scored = compilePreset("tindak-lanjut-permenpanrb-6-2022").score(input, { trace: true });
  const events = scored.outputs["tindakLanjut"] as { type: string }[];
  return { events, syaratBelumTerpenuhi: scored.outputs["syaratKenaikanJenjangBelumTerpenuhi"] as { type: string }[], trace: scored.trace as Trace };
}

const TEXT = {
  monitoring: { id: "Pemantauan kinerja berjalan", en: "In-year monitoring" },
  until: { id: "s.d.", en: "as of" },
  plan: { id: "Keseluruhan rencana", en: "Whole plan" },
  evidence: { id: "Bukti dukung: laporan kegiatan harian per RHK", en: "Evidence: daily activity reports per RHK" },
  strengths: { id: "Kekuatan", en: "Strengths" },
  weaknesses: { id: "Kelemahan", en: "Weaknesses" },
  development: { id: "Rekomendasi pengembangan (katalog", en: "Development recommendations (catalogue" },
  noMatch: { id: "tanpa padanan di katalog", en: "no catalogue match" },
  competency: { id: "Rekam jejak pengembangan kompetensi", en: "Competency development record" },
  consequences: { id: "Tindak lanjut (PermenPANRB 6/2022)", en: "Follow-up (PermenPANRB 6/2022)" },
  none: { id: "tidak ada", en: "none" },
  missing: { id: "Syarat kenaikan jenjang yang belum terpenuhi", en: "Kenaikan jenjang requirements not yet met" },
} as const;

/** Renders the cycle of one plan in the chosen language. */
export function renderCycle(report: CycleReport, lang: Lang): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const lines: string[] = [];
  if (report.pemantauan) lines.push("", ...renderMonitoring(report.pemantauan, lang));
  if (report.bukti) {
    lines.push("", `${t(TEXT.evidence)}:`);
    for (const r of report.bukti.rhk) lines.push(`  ${r.id}: ${r.perPeriode.map((p) => `${p.periode} ${p.jumlah}`).join(", ")}`);
    for (const f of report.bukti.findings) lines.push(`  ! ${t(f.message)}`);
  }
  if (report.kekuatan) {
    lines.push("", `${t(TEXT.strengths)}:`, ...listOr(report.kekuatan.kekuatan.map((f) => `  + ${t(f.message)}`), `  ${t(TEXT.none)}`));
    lines.push(`${t(TEXT.weaknesses)}:`, ...listOr(report.kekuatan.kelemahan.map((f) => `  - ${t(f.message)}`), `  ${t(TEXT.none)}`));
  }
  if (report.pengembangan && report.pengembangan.rekomendasi.length + report.pengembangan.tanpaPadanan.length > 0) {
    lines.push(`${t(TEXT.development)} ${report.pengembangan.katalog.id}):`);
    for (const r of report.pengembangan.rekomendasi) lines.push(`  → ${t(r.alasan)}`);
    for (const w of report.pengembangan.tanpaPadanan) lines.push(`  ? ${t(w.message)}: ${t(TEXT.noMatch)}`);
  }
  if (report.kompetensi) lines.push("", `${t(TEXT.competency)}:`, ...report.kompetensi.perTahun.map((y) => `  ${t(y.message)}`));
  if (report.tindakLanjut) {
    const rules = renderTrace(report.tindakLanjut.trace, { lang }).split("\n");
    const start = rules.findIndex((l) => /^\d+\. tindakLanjut\b/.test(l));
    const end = rules.findIndex((l, i) => i > start && l === "");
    const missing = report.tindakLanjut.syaratBelumTerpenuhi.map((e) => e.type).join(", ");
    lines.push("", `${t(TEXT.consequences)}: ${report.tindakLanjut.events.map((e) => e.type).join(", ") || t(TEXT.none)}`, ...rules.slice(start + 1, end < 0 ? undefined : end));
    if (missing) lines.push(`   ${t(TEXT.missing)}: ${missing}`);
  }
  return lines;
}

function renderMonitoring(m: MonitoringResult, lang: Lang): string[] {
  const t = (text: LocalizedText): string => localize(text, lang);
  const lines = [`${t(TEXT.monitoring)} (${m.frekuensi}, ${t(TEXT.until)} ${m.asOf}):`];
  for (const i of m.indikator) lines.push(`  [${i.status}] ${i.iki}`, `      ${t(i.explanation)}`);
  lines.push(`  ${t(TEXT.plan)}: [${m.rencana.status}] ${t(m.rencana.explanation)}`);
  return lines;
}

function listOr(lines: string[], empty: string): string[] {
  return lines.length > 0 ? lines : [empty];
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Keeps the Belawan example in a `KinerjaStore` the way a SIMPEG would: the published policy,
 * the units with their predikat organisasi, each unit head and employee, the work plans cascaded
 * from the head's RHK, the year's realisations, activity reports, feedback, behaviour ratings and
 * training, and the evaluations with their traces. A plan the store refuses is reported, not fatal.
 * @module
 */
import type { CompiledPolicy, KinerjaStore, PlanRhkInput, StoredPlan } from "@kinerja/core";
import { isKinerjaError } from "@kinerja/core";
import type { Plan, PlanOutcome, Unit } from "./demo.js";

/** The year of the example plans. */
export const TAHUN = 2024;
const ACTOR = "demo";

/** What {@link storeDemo} wrote, and what the store refused. */
export interface StoreSummary {
  readonly units: number;
  readonly employees: number;
  readonly plans: number;
  readonly evaluations: number;
  /** Audit entries of the plans (created, agreed, evaluated). */
  readonly planAuditEntries: number;
  /** Plan files the store refused, with the bilingual reason. */
  readonly refused: readonly { readonly file: string; readonly code: string; readonly message: { readonly id: string; readonly en: string } }[];
}

/** Writes the example into `store` (which must be empty) and returns what it holds. */
export async function storeDemo(store: KinerjaStore, policy: CompiledPolicy, units: readonly Unit[], outcomes: readonly PlanOutcome[]): Promise<StoreSummary> {
  await store.migrate();
  const draft = await store.savePolicyDraft({ actor: ACTOR, document: policy.document });
  await store.publishPolicy({ actor: ACTOR, policyId: draft.policyId, policyVersion: draft.policyVersion, expectedRowVersion: draft.rowVersion });
  await store.putUnit({ actor: ACTOR, unitId: "PEMKOT-MEDAN", nama: "Pemerintah Kota Medan" });
  const heads = new Map<string, string>();
  for (const [i, unit] of units.entries()) heads.set(unit.unitKerja, await storeUnit(store, unit, i, outcomes));
  const refused: StoreSummary["refused"][number][] = [];
  let evaluations = 0;
  for (const o of outcomes) {
    try {
      evaluations += await storeEmployeePlan(store, o, heads.get(o.plan.pegawai.unitKerja) ?? null);
    } catch (error) {
      if (!isKinerjaError(error)) throw error;
      refused.push({ file: o.file, code: error.code, message: error.issues[0]?.message ?? error.text });
    }
  }
  const employees = await store.listEmployees({ limit: 1000 });
  const plans = await store.listPlans({ tahun: TAHUN, limit: 1000 });
  const audit = await Promise.all(plans.items.map((p) => store.listAudit({ entity: "plan", entityKey: p.planId, limit: 1000 })));
  return {
    units: units.length + 1,
    employees: employees.items.length,
    plans: plans.items.length,
    evaluations,
    planAuditEntries: audit.reduce((n, page) => n + page.items.length, 0),
    refused,
  };
}

/** Stores a unit, its predikat organisasi, its head and the head's plan (the RHK its staff cascade from). */
async function storeUnit(store: KinerjaStore, unit: Unit, index: number, outcomes: readonly PlanOutcome[]): Promise<string> {
  const unitId = slug(unit.unitKerja);
  await store.putUnit({ actor: ACTOR, unitId, nama: unit.unitKerja, parentId: "PEMKOT-MEDAN" });
  await store.setUnitPredikat({ actor: ACTOR, unitId, tahun: TAHUN, predikat: unit.predikatOrganisasi });
  const nip = HEAD_NIPS[index % HEAD_NIPS.length] as string;
  await store.putEmployee({ actor: ACTOR, nip, nama: `Kepala ${unit.unitKerja}`, unitId, jabatan: "Kepala Unit" });
  const parents = new Set(outcomes.filter((o) => o.plan.pegawai.unitKerja === unit.unitKerja).flatMap((o) => skpOf(o.plan).rhk.map((r) => r.rhkAtasan)));
  const rhk: PlanRhkInput[] = [...parents].sort().map((rhkId) => ({ rhkId, uraian: `Sasaran unit ${rhkId}`, indikator: [{ uraian: `Capaian ${rhkId}`, target: 100, satuan: "persen" }] }));
  if (rhk.length > 0) {
    const plan = await store.createPlan({ actor: ACTOR, nip, tahun: TAHUN, rhk });
    await store.transitionPlan({ actor: nip, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "AGREED" });
  }
  return nip;
}

/** Stores one employee, their plan and the year's records; returns how many evaluations it stored (0 or 1). */
async function storeEmployeePlan(store: KinerjaStore, o: PlanOutcome, atasanNip: string | null): Promise<number> {
  const { pegawai } = o.plan;
  const skp = skpOf(o.plan);
  await store.putEmployee({ actor: ACTOR, nip: pegawai.nip, nama: pegawai.nama, unitId: slug(pegawai.unitKerja), atasanNip, jabatan: pegawai.jabatan });
  const ids = skp.indikator.map((k, i) => `${k.rhk}-IKI-${i + 1}`);
  const rhk: PlanRhkInput[] = skp.rhk.map((r) => ({
    rhkId: r.id,
    uraian: r.teks,
    parentRhkId: r.rhkAtasan,
    ...(r.jenis ? { jenis: r.jenis } : {}),
    indikator: skp.indikator.flatMap((k, i) => (k.rhk === r.id ? [{ indikatorId: ids[i] as string, uraian: k.iki, target: k.target, satuan: satuanOf(o.plan, i), ...(k.polaritas ? { polaritas: k.polaritas } : {}), ...(k.targetMaks === undefined ? {} : { targetMaks: k.targetMaks }), ...(k.aspek ? { aspek: k.aspek } : {}), bobot: k.bobot }] : [])),
  }));
  const draft = await store.createPlan({ actor: pegawai.nip, nip: pegawai.nip, tahun: TAHUN, rhk });
  let plan = await store.transitionPlan({ actor: atasanNip ?? ACTOR, planId: draft.planId, expectedRowVersion: draft.rowVersion, to: "AGREED" });
  await storeYear(store, o.plan, plan, ids, atasanNip ?? pegawai.nip);
  if (!o.outcome.ok) return 0;
  const { result } = o.outcome;
  await store.saveEvaluation({ actor: atasanNip ?? ACTOR, evaluation: { planId: plan.planId, periode: String(TAHUN), policy: result.policy, outputs: result.outputs, trace: result.trace ?? null } });
  plan = await store.transitionPlan({ actor: atasanNip ?? ACTOR, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "EVALUATED" });
  return 1;
}

/** Realisations, activity reports, feedback, behaviour ratings and training of the year. */
async function storeYear(store: KinerjaStore, file: Plan, plan: StoredPlan, ids: readonly string[], penilai: string): Promise<void> {
  const actor = file.pegawai.nip;
  for (const [i, k] of (file.pemantauan?.indikator ?? []).entries()) {
    for (const r of k.realisasi) await store.recordRealisation({ actor, planId: plan.planId, indikatorId: ids[i] as string, periode: r.periode, nilai: r.nilai });
  }
  for (const a of file.laporanHarian) await store.addActivity({ actor, planId: plan.planId, rhkId: a.rhk, tanggal: a.tanggal, uraian: a.uraian });
  for (const f of file.umpanBalik ?? []) {
    await store.addFeedback({ actor: penilai, planId: plan.planId, rhkId: f.rhk, periode: f.periode, tanggal: f.tanggal, pemberiNip: penilai, teks: f.teks, ...(f.jenis ? { jenis: f.jenis } : {}) });
  }
  const ratings = Object.fromEntries((skpOf(file).berakhlak ?? []).map((b) => [b.nilaiDasar, b.rating]));
  if (Object.keys(ratings).length > 0) await store.putBehaviour({ actor: penilai, planId: plan.planId, periode: String(TAHUN), penilaiNip: penilai, ratings });
  for (const t of file.pelatihan) await store.addCompetency({ actor, nip: file.pegawai.nip, tanggal: t.tanggal, nama: t.nama, jp: t.jp });
}

interface SkpShape {
  readonly rhk: readonly { readonly id: string; readonly teks: string; readonly rhkAtasan: string; readonly jenis?: "UTAMA" | "TAMBAHAN" }[];
  readonly indikator: readonly {
    readonly rhk: string;
    readonly iki: string;
    readonly aspek?: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";
    readonly polaritas?: "NAIK" | "TURUN" | "RENTANG";
    readonly target: number;
    readonly targetMaks?: number;
    readonly bobot: number;
  }[];
  readonly berakhlak?: readonly { readonly nilaiDasar: string; readonly rating: string }[];
}

function skpOf(plan: Plan): SkpShape {
  return plan.skp as SkpShape;
}

function satuanOf(plan: Plan, index: number): string {
  return plan.pemantauan?.indikator[index]?.satuan ?? "satuan";
}

/** `"Dinas Perhubungan — Belawan"` → `"DINAS-PERHUBUNGAN-BELAWAN"`. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toUpperCase();
}

/** Synthetic but valid NIPs for the unit heads (the example files hold only the staff). */
const HEAD_NIPS = ["197501012000031001", "197602142001121002", "197703232002031003"] as const;

/** The lines the demo prints about what it stored and where. */
export function renderStoreSummary(summary: StoreSummary, where: string, lang: "id" | "en"): string {
  const id = lang === "id";
  const lines = [
    id ? `Disimpan di SQLite: ${where}` : `Stored in SQLite: ${where}`,
    id
      ? `  ${summary.units} unit, ${summary.employees} pegawai, ${summary.plans} rencana kinerja ${TAHUN}, ${summary.evaluations} hasil evaluasi dengan jejaknya, ${summary.planAuditEntries} entri audit rencana`
      : `  ${summary.units} units, ${summary.employees} employees, ${summary.plans} work plans for ${TAHUN}, ${summary.evaluations} evaluations with their traces, ${summary.planAuditEntries} plan audit entries`,
  ];
  for (const r of summary.refused) lines.push(`  ${id ? "Ditolak" : "Refused"}: ${r.file} — ${r.code}: ${id ? r.message.id : r.message.en}`);
  return lines.join("\n");
}

/**
 * Helpers of the adapter tests: temporary database files and a small seeded organisation.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EvaluationInput, KinerjaStore, StoredPlan } from "@kinerja/core";

/** A temporary directory for database files, and its removal. */
export function tempDir(): { readonly path: (name: string) => string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-sqlite-"));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let serial = 0;

/** A valid NIP PNS, different on every call (born 1 Jan 1990, TMT Jan 2015, man, nomor urut 1–999). */
export function nextNip(): string {
  serial++;
  return `19${String(70 + Math.floor(serial / 999) % 25)}0101201501${1}${String((serial % 999) + 1).padStart(3, "0")}`;
}

/** Writes a unit and `count` employees with an AGREED plan for 2024 each; returns the plans. */
export async function seedPlans(store: KinerjaStore, count: number, unitId = `U${++serial}`): Promise<StoredPlan[]> {
  await store.putUnit({ actor: "admin", unitId, nama: "Bidang Evaluasi" });
  const plans: StoredPlan[] = [];
  for (let i = 0; i < count; i++) {
    const nip = nextNip();
    await store.putEmployee({ actor: "admin", nip, nama: `Pegawai ${i}`, unitId, jabatan: "Analis" });
    const draft = await store.createPlan({ actor: "admin", nip, tahun: 2024, rhk: [{ uraian: "Layanan yang akuntabel", indikator: [{ uraian: "Dokumen", target: 10, satuan: "dokumen" }] }] });
    plans.push(await store.transitionPlan({ actor: "admin", planId: draft.planId, expectedRowVersion: draft.rowVersion, to: "AGREED" }));
  }
  return plans;
}

/** An evaluation of `plan` for `periode` with a small realistic output set. */
export function evaluationOf(plan: StoredPlan, periode = "2024"): EvaluationInput {
  return {
    planId: plan.planId,
    periode,
    policy: { id: "permenpanrb-6-2022", version: "1.0.0", hash: "0".repeat(64) },
    outputs: { ratingHasilKerjaFinal: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", predikat: "BAIK" },
    trace: null,
  };
}

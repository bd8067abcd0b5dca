/**
 * The storage benchmark's data: units, employees and agreed plans (seeded straight through the
 * backend, untimed), and one million evaluations across them (written through the public
 * `saveEvaluations`, timed). Deterministic: a fixed clock and ids given per result (not drawn from
 * a counter, whose order two concurrent writers would make vary) make every adapter's stored
 * records identical, so their cohorts can be compared before anything is timed.
 * @module
 */
import type { EntityRow, EvaluationInput, StoreBackend } from "@kinerja/core";

/** The year of every plan. */
export const TAHUN = 2026;
/** 16 periods per plan: the year, its 12 months and its first 3 quarters. */
export const PERIODS: readonly string[] = [String(TAHUN), ...Array.from({ length: 12 }, (_, m) => `${TAHUN}-${String(m + 1).padStart(2, "0")}`), `${TAHUN}-Q1`, `${TAHUN}-Q2`, `${TAHUN}-Q3`];
/** Units the employees are spread over. */
export const UNITS = 25;
/** The fixed clock of every record. */
export const AT = "2026-12-20T08:00:00.000Z";
/** The policy every evaluation names. */
export const POLICY = Object.freeze({ id: "permenpanrb-6-2022", version: "1.0.0", hash: "5f1c0c2b9d8e7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29" });
const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;

/** The clock and id generator every adapter's store gets. */
export function deterministic(): { clock: () => Date; newId: () => string } {
  let n = 0;
  return { clock: () => new Date(AT), newId: () => `gen-${(n++).toString(36).padStart(8, "0")}` };
}

/** A plausible 18-digit NIP, unique for `i` below 10,000 × 240. */
export function nipOf(i: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + (i % 10_000) * 86_400_000);
  const tmt = 2005 * 12 + Math.floor(i / 10_000);
  const ymd = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, "0")}${String(birth.getUTCDate()).padStart(2, "0")}`;
  return `${ymd}${Math.floor(tmt / 12)}${String((tmt % 12) + 1).padStart(2, "0")}1001`;
}

/** The unit of plan `i`. */
export function unitOf(i: number): string {
  return `UNIT-${String(i % UNITS).padStart(2, "0")}`;
}

/** Seeds the units, `plans` employees and one AGREED plan each, through the backend (untimed). */
export async function seed(backend: StoreBackend, plans: number): Promise<void> {
  const meta = { rowVersion: 1, createdAt: AT, updatedAt: AT };
  const units = Array.from({ length: UNITS }, (_, u) => ({ unitId: unitOf(u), nama: `Unit ${u}`, parentId: null, ...meta }));
  await backend.transaction((tx) => tx.insert("unit", units.map((r) => row(r.unitId, { parent_id: null }, r))), { readOnly: false });
  for (let start = 0; start < plans; start += 10_000) {
    const ids = Array.from({ length: Math.min(10_000, plans - start) }, (_, k) => start + k);
    const employees = ids.map((i) => row(nipOf(i), { unit_id: unitOf(i), atasan_nip: null }, { nip: nipOf(i), nama: `Pegawai ${i}`, jenisAsn: "PNS", unitId: unitOf(i), atasanNip: null, jabatan: "Analis", jenjang: null, ...meta }));
    const planRows = ids.map((i) => row(planIdOf(i), { nip: nipOf(i), tahun: TAHUN, unit_id: unitOf(i) }, planRecord(i, meta)));
    await backend.transaction(async (tx) => {
      await tx.insert("employee", employees);
      await tx.insert("plan", planRows);
    }, { readOnly: false });
  }
}

/** The evaluations of plans `from` … `to - 1`, every period of each. */
export function evaluations(from: number, to: number): EvaluationInput[] {
  const out: EvaluationInput[] = [];
  for (let i = from; i < to; i++) {
    for (const [p, periode] of PERIODS.entries()) {
      const capaian = capaianOf(i, p);
      out.push({
        // The id is given, so it does not depend on which of two concurrent writers asks first.
        evaluationId: idOf(i * PERIODS.length + p),
        planId: planIdOf(i),
        periode,
        policy: { ...POLICY },
        outputs: { capaianHasilKerja: capaian, ratingHasilKerja: ratingOf(capaian), ratingPerilaku: "SESUAI_EKSPEKTASI", predikat: predikatOf(i, p) },
      });
    }
  }
  return out;
}

/** The id of result `n` (plan `n / 16`, period `n % 16`). */
export function idOf(n: number): string {
  return `id-${n.toString(36).padStart(8, "0")}`;
}

/** The capaian of plan `i` in period number `p`. */
export function capaianOf(i: number, p: number): number {
  return 60 + ((i * 7 + p * 13) % 6000) / 100;
}

/** The work-result rating of a capaian. */
export function ratingOf(capaian: number): string {
  return capaian >= 110 ? "DI_ATAS_EKSPEKTASI" : capaian >= 85 ? "SESUAI_EKSPEKTASI" : "DI_BAWAH_EKSPEKTASI";
}

/** The predikat of plan `i` in period number `p`. */
export function predikatOf(i: number, p: number): string {
  return PREDIKAT[(i + p) % PREDIKAT.length] as string;
}

/** The id of plan `i`. */
export function planIdOf(i: number): string {
  return `plan-${String(i).padStart(7, "0")}`;
}

function planRecord(i: number, meta: object): object {
  const rhk = [{ rhkId: "R1", uraian: "Layanan terselenggara", parentRhkId: null, jenis: "UTAMA", indikator: [{ indikatorId: "I1", uraian: "Persentase layanan tepat waktu", target: 95, satuan: "persen", polaritas: "NAIK", bobot: null }] }];
  return { planId: planIdOf(i), nip: nipOf(i), tahun: TAHUN, status: "AGREED", unitId: unitOf(i), atasanNip: null, policyId: null, rhk, ...meta };
}

function row(key: string, columns: EntityRow["columns"], record: object): EntityRow {
  return { key, rowVersion: 1, columns, data: JSON.stringify(record) };
}

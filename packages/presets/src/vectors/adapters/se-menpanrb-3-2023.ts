/**
 * Adapters of the vector kinds run by the `se-menpanrb-3-2023` preset (pola distribusi predikat
 * kinerja pegawai, SE MenPANRB 3/2023, REFERENCE.md §1.7): `distribution-quota` and
 * `distribution-check`. They only reshape inputs and outputs; every rule, percentage and rounding
 * lives in `policies/se-menpanrb-3-2023.json`.
 * @module
 */
import type { LocalizedText } from "@kinerja/core";
import { compilePreset } from "../../index.js";
import type { AdapterTable, VectorInput } from "../types.js";

/** A quota as the policy returns it (`kuota`): `kode` is a predikat or `"A+B"` for a combination. */
interface Kuota {
  readonly kode: string;
  readonly jenis: "MAX" | "MIN";
  readonly persen: number;
  readonly batas: number;
}

/** A violated constraint (`pelanggaran`, `peringatan`). */
interface Pelanggaran {
  readonly kode: string;
  readonly jenis: "MAX" | "MIN" | "TOTAL" | "TERBANYAK";
  readonly batas: number;
  readonly aktual: number;
  readonly keterangan: LocalizedText;
}

/** A constraint the unit cannot meet (`alasanTidakLayak`, `peringatanKelayakan`). */
interface AlasanTidakLayak {
  readonly kode: string;
  readonly jenis: string;
  readonly batasBawah: number;
  readonly batasAtas: number;
  readonly keterangan: LocalizedText;
}

function score(input: Record<string, unknown>): Readonly<Record<string, unknown>> {
  return compilePreset("se-menpanrb-3-2023").score(input).outputs;
}

function organisasi(input: VectorInput, kind: string): string {
  const value = input["predikatOrganisasi"];
  if (typeof value !== "string") throw new TypeError(`${kind}: input.predikatOrganisasi must be a string`);
  return value;
}

/**
 * `distribution-quota`: `{ predikatOrganisasi, headcount }` → an object keyed by predikat or
 * `"A+B"` combination, each `{ max }` and/or `{ min }` in people, e.g.
 * `{ "BAIK": { "max": 7 }, "BUTUH_PERBAIKAN+KURANG_MISCONDUCT": { "min": 1 } }`.
 */
function distributionQuota(input: VectorInput): Record<string, unknown> {
  const predikatOrganisasi = organisasi(input, "distribution-quota");
  const headcount = input["headcount"];
  if (typeof headcount !== "number") throw new TypeError("distribution-quota: input.headcount must be a number");
  const out: Record<string, { max?: number; min?: number }> = {};
  for (const k of score({ predikatOrganisasi, headcount })["kuota"] as readonly Kuota[]) {
    const entry = (out[k.kode] ??= {});
    if (k.jenis === "MAX") entry.max = k.batas;
    else entry.min = k.batas;
  }
  return out;
}

const RELATION: Readonly<Record<Pelanggaran["jenis"], string>> = { MAX: ">", MIN: "<", TOTAL: "≠", TERBANYAK: "<" };

function describeViolation(p: Pelanggaran): string {
  return `${p.keterangan.en} [${p.kode}]: ${p.aktual} ${RELATION[p.jenis]} ${p.batas}`;
}

function describeInfeasibility(a: AlasanTidakLayak): string {
  return `infeasible: ${a.keterangan.en} [${a.kode}]: needs at least ${a.batasBawah}, allows at most ${a.batasAtas}`;
}

/**
 * `distribution-check`: `{ predikatOrganisasi, counts, headcount? }` → `{ valid, reasons,
 * feasible, warnings }`. `counts` maps predikat to the number of employees (missing = 0);
 * `reasons` describe every violation in English, followed by why the unit is infeasible when it
 * is; `warnings` the non-binding findings ("sebagian besar").
 */
function distributionCheck(input: VectorInput): Record<string, unknown> {
  const predikatOrganisasi = organisasi(input, "distribution-check");
  const counts = input["counts"];
  if (counts === null || typeof counts !== "object" || Array.isArray(counts)) throw new TypeError("distribution-check: input.counts must be an object");
  const headcount = input["headcount"];
  const outputs = score({ predikatOrganisasi, jumlah: counts, ...(headcount === undefined ? {} : { headcount }) });
  const pelanggaran = outputs["pelanggaran"] as readonly Pelanggaran[];
  const alasan = outputs["alasanTidakLayak"] as readonly AlasanTidakLayak[];
  const peringatan = outputs["peringatan"] as readonly Pelanggaran[];
  const peringatanKelayakan = outputs["peringatanKelayakan"] as readonly AlasanTidakLayak[];
  return {
    valid: outputs["valid"],
    reasons: [...pelanggaran.map(describeViolation), ...alasan.map(describeInfeasibility)],
    feasible: outputs["layak"],
    warnings: [...peringatan.map(describeViolation), ...peringatanKelayakan.map(describeInfeasibility)],
  };
}

/** The adapters of the `se-menpanrb-3-2023` preset, by vector kind. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "distribution-quota": distributionQuota,
  "distribution-check": distributionCheck,
});

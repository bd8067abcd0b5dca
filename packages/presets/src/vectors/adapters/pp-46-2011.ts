/**
 * Adapters of the PP 46/2011 vector kinds, run by the `pp-46-2011` preset (PP 46/2011 + Perka BKN
 * 1/2013). They only reshape: a vector's aspect, kegiatan, count or level becomes the preset's
 * `kegiatan` / `tugasTambahan` / `kreativitas` / `perilaku` input, and the preset's outputs are
 * renamed to the vector's fields. Every rule (aspect formulas, divisor, points, weights, sebutan
 * bands) is in `policies/pp-46-2011.json`; the preset checks every value (an invalid one throws
 * `INPUT_INVALID`).
 * @module
 */
import { roundDecimal } from "@kinerja/core";
import { scorePreset } from "./score-preset.js";
import type { AdapterTable, VectorInput } from "../types.js";

/** A kegiatan met exactly on every aspect (1 output, quality 100, 12 months, no cost). */
const AT_TARGET = Object.freeze({ kuantitas: 1, kualitas: 100, waktu: 12 });

/**
 * Work behaviour for the kinds that read only the SKP part: the preset requires `perilaku`, and
 * these values never reach the outputs those adapters read.
 */
const PERILAKU_NETRAL = Object.freeze({ orientasiPelayanan: 100, integritas: 100, komitmen: 100, disiplin: 100, kerjaSama: 100 });

const ASPEK: Readonly<Record<string, string>> = Object.freeze({ KUANTITAS: "kuantitas", KUALITAS: "kualitas", WAKTU: "waktu", BIAYA: "biaya" });

/**
 * `pp46-aspect`: `{ aspek, target, realisasi }` → `{ nilai }`. One kegiatan whose aspect under
 * test has the vector's target and realisation, the others met exactly; `nilai` is that aspect's
 * score in the preset's `perKegiatan` (also `efisiensi` for waktu and biaya).
 */
function aspect(input: VectorInput): Record<string, unknown> {
  const aspek = input["aspek"];
  const field = typeof aspek === "string" && Object.hasOwn(ASPEK, aspek) ? ASPEK[aspek] : undefined;
  if (field === undefined) throw new TypeError(`pp46-aspect: aspek must be one of ${Object.keys(ASPEK).join(", ")}`);
  const kegiatan = { target: { ...AT_TARGET, [field]: input["target"] }, realisasi: { ...AT_TARGET, [field]: input["realisasi"] } };
  const item = firstKegiatan(score({ kegiatan: [kegiatan], perilaku: PERILAKU_NETRAL }));
  const efisiensi = field === "waktu" ? item["efisiensiWaktu"] : field === "biaya" ? item["efisiensiBiaya"] : undefined;
  return { nilai: item[field], ...(efisiensi === undefined ? {} : { efisiensi }) };
}

/** `pp46-kegiatan`: `{ target, realisasi }` (each `{ kuantitas, kualitas, waktu, biaya? }`) → `{ nilaiCapaian }`. */
function kegiatan(input: VectorInput): Record<string, unknown> {
  const item = firstKegiatan(score({ kegiatan: [{ target: input["target"], realisasi: input["realisasi"] }], perilaku: PERILAKU_NETRAL }));
  return { nilaiCapaian: item["nilaiCapaian"], jumlahAspek: item["jumlahAspek"], perhitungan: item["perhitungan"] };
}

/** `pp46-tugas-tambahan`: `{ jumlah: [n…] }` → `{ nilai: [points…] }`, scoring each count on its own. */
function tugasTambahan(input: VectorInput): Record<string, unknown> {
  const nilai = listOf(input, "jumlah").map(
    (jumlah) => score({ kegiatan: [{ target: AT_TARGET, realisasi: AT_TARGET }], tugasTambahan: jumlah, perilaku: PERILAKU_NETRAL })["nilaiTugasTambahan"],
  );
  return { nilai };
}

/** `pp46-kreativitas`: `{ tingkat: [UNIT_KERJA | INSTANSI | NASIONAL | null…] }` → `{ nilai: [points…] }`. */
function kreativitas(input: VectorInput): Record<string, unknown> {
  const nilai = listOf(input, "tingkat").map(
    (tingkat) => score({ kegiatan: [{ target: AT_TARGET, realisasi: AT_TARGET }], kreativitas: tingkat, perilaku: PERILAKU_NETRAL })["nilaiKreativitas"],
  );
  return { nilai };
}

/**
 * `pp46-sebutan`: `{ nilai }` → `{ sebutan }`. The sebutan is a decision on the nilai prestasi
 * kerja, so the input is one whose nilai prestasi kerja is exactly `nilai`: a kegiatan scoring
 * `nilai` on each of its three aspects (targets 100; realisasi kuantitas and kualitas `nilai`,
 * waktu 176 − `nilai`, which gives ((1.76 × 100 − RW) / 100) × 100 = `nilai`) and every perilaku
 * aspect `nilai`; then 60% × nilai + 40% × nilai = nilai. Works for 0 ≤ nilai ≤ 100 (the perilaku range).
 */
function sebutan(input: VectorInput): Record<string, unknown> {
  const nilai = input["nilai"];
  if (typeof nilai !== "number" || !Number.isFinite(nilai) || nilai < 0 || nilai > 100) throw new TypeError("pp46-sebutan: nilai must be a number from 0 to 100");
  const realisasi = { kuantitas: nilai, kualitas: nilai, waktu: roundDecimal(176 - nilai, 12, "HALF_UP") };
  const perilaku = { orientasiPelayanan: nilai, integritas: nilai, komitmen: nilai, disiplin: nilai, kerjaSama: nilai };
  const outputs = score({ kegiatan: [{ target: { kuantitas: 100, kualitas: 100, waktu: 100 }, realisasi }], perilaku });
  return { sebutan: outputs["sebutan"], nilaiPrestasiKerja: outputs["nilaiPrestasiKerja"] };
}

/**
 * `pp46-prestasi-kerja`: `{ kegiatan, tugasTambahan, kreativitas, perilaku }` (the preset's own
 * input shape) → `{ nilaiCapaianSkp, nilaiPerilaku, nilaiPrestasiKerja, sebutan }`.
 */
function prestasiKerja(input: VectorInput): Record<string, unknown> {
  const { kegiatan, tugasTambahan, kreativitas, perilaku } = input;
  const outputs = score({ kegiatan, tugasTambahan, kreativitas, perilaku });
  return {
    nilaiCapaianSkp: outputs["nilaiCapaianSkp"],
    nilaiPerilaku: outputs["nilaiPerilaku"],
    nilaiPrestasiKerja: outputs["nilaiPrestasiKerja"],
    sebutan: outputs["sebutan"],
    nilaiTugasJabatan: outputs["nilaiTugasJabatan"],
  };
}

/** The adapters of the PP 46/2011 kinds. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "pp46-aspect": aspect,
  "pp46-kegiatan": kegiatan,
  "pp46-tugas-tambahan": tugasTambahan,
  "pp46-kreativitas": kreativitas,
  "pp46-sebutan": sebutan,
  "pp46-prestasi-kerja": prestasiKerja,
});

/** Scores the preset with the fields the vector gives. */
function score(input: Record<string, unknown>): Readonly<Record<string, unknown>> {
  return scorePreset("pp-46-2011", input);
}

function firstKegiatan(outputs: Record<string, unknown>): Record<string, unknown> {
  const list = outputs["perKegiatan"];
  const item = Array.isArray(list) ? (list[0] as unknown) : undefined;
  if (item === null || typeof item !== "object") throw new TypeError("pp-46-2011: perKegiatan is missing from the outputs");
  return item as Record<string, unknown>;
}

function listOf(input: VectorInput, field: string): unknown[] {
  const value = input[field];
  if (!Array.isArray(value)) throw new TypeError(`input.${field} must be an array`);
  return value;
}

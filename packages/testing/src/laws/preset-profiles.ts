/**
 * The law profiles of the `@kinerja/presets` policies, where {@link detectProfile} alone is not
 * enough (outputs that count indicators, an ordered rating, bounds the types do not carry, an
 * indicator list with nested realisations). Keyed by preset id, so this package needs no runtime
 * dependency on the presets.
 * @module
 */
import type { LawProfile } from "./types.js";

const RATING_ORDER = ["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"] as const;

const PERMENPANRB_6_2022: LawProfile = {
  indicators: {
    list: "indikator",
    realisation: "realisasi",
    target: "target",
    polarity: { field: "polaritas", up: "NAIK", down: "TURUN" },
    weight: "bobot",
    itemOutputs: ["capaianIndikator"],
    // Presence, not weight: the number of IKI per RHK and the IKI whose RHK is missing.
    presenceOutputs: ["capaianRhk[].jumlahIndikator", "indikatorTanpaRhk"],
  },
  monotone: [{ path: "capaianIndikator[].capaian" }, { path: "capaianHasilKerja" }, { path: "ratingDariCapaian", order: RATING_ORDER }],
  bounds: {
    "capaianIndikator[].capaian": { min: 0, max: 120, source: "clamp(…, 0, capaianMaks = 120)" },
    capaianHasilKerja: { min: 0, max: 120, source: "the weighted average of capaian in [0, 120]" },
    "capaianRhk[].capaian": { min: 0, max: 120, source: "the weighted average of capaian in [0, 120]" },
  },
  predikat: "predikat",
};

const PERMENPANRB_8_2021: LawProfile = {
  indicators: { list: "indikator", realisation: "realisasi", target: "target", polarity: { field: "polaritas", up: "NAIK", down: "TURUN" }, itemOutputs: ["capaianIndikator"] },
  monotone: [{ path: "capaianIndikator[].capaian" }, { path: "capaianIndikator[].capaianDibatasi" }],
  bounds: { "capaianIndikator[].capaianDibatasi": { min: 0, max: 120, source: "clamp(capaian, capaianMin = 0, capaianMaks = 120)" } },
};

const PP_46_2011: LawProfile = {
  // The quantity aspect of each kegiatan is higher-is-better. nilaiCapaian is not monotone in it:
  // a realised quantity of 0 scores 0 (nilaiKegiatanTanpaRealisasi) while a small positive one
  // averages in the time aspect, which the regulation's formula makes negative for late work.
  indicators: { list: "kegiatan", realisation: "realisasi.kuantitas", target: "target.kuantitas", polarity: { constant: "up" }, itemOutputs: ["perKegiatan"] },
  monotone: [{ path: "perKegiatan[].kuantitas" }],
  bounds: { nilaiTugasTambahan: { min: 0, max: 3, source: "count(ambangTugasTambahan, …)" } },
  predikat: "sebutan",
};

const PP_30_2019: LawProfile = {
  bounds: { nilaiKinerja: { min: 0, max: 120, source: "a weighted average of nilaiSkp and nilaiPerilaku in [0, 120]" } },
  predikat: "predikat",
};

const SE_MENPANRB_3_2023: LawProfile = {
  distribution: { organisation: "predikatOrganisasi", headcount: "headcount", quota: "kuota", rules: "aturan", categories: "daftarPredikat" },
};

const TUKIN: LawProfile = {
  bounds: { persenTukin: { min: 0, max: 100, source: "a percentage of the tukin" } },
};

/**
 * Explicit law profiles of every shipped preset, by preset id (the ids of `@kinerja/presets`).
 *
 * @example
 * ```ts
 * runPolicyLaws(compilePreset("permenpanrb-6-2022"), { profile: PRESET_LAW_PROFILES["permenpanrb-6-2022"] });
 * ```
 */
export const PRESET_LAW_PROFILES: Readonly<Record<string, LawProfile>> = Object.freeze({
  "permenpanrb-6-2022": PERMENPANRB_6_2022,
  "se-menpanrb-3-2023": SE_MENPANRB_3_2023,
  "pp-30-2019": PP_30_2019,
  "permenpanrb-8-2021": PERMENPANRB_8_2021,
  "pp-46-2011": PP_46_2011,
  "permenpanrb-1-2023": {},
  "contoh-tukin-klhk-2024": TUKIN,
  "contoh-tukin-bakamla-2023": TUKIN,
  "tindak-lanjut-permenpanrb-6-2022": {},
  "tindak-lanjut-pp-30-2019": {},
});

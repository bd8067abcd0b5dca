/**
 * recommendDevelopment: the Dinas Kesehatan IT example, every given criterion must match, whole-word
 * keywords, the ranking (priority, specificity, id), `maks`, behaviour weaknesses, weaknesses without
 * a match, the Kecamatan plan end to end, and INPUT_INVALID errors.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, type PolicyDocument } from "../index.js";
import { KinerjaError } from "../errors.js";
import type { DevelopmentCatalogue, EntriKatalog } from "./catalogue.js";
import { recommendDevelopment, type RecommendInput } from "./recommend.js";
import { analyseStrengths } from "./strengths.js";
import { strengthsFromScore } from "./strengths-from-score.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const catalogue = read("../../../../examples/demo/catalogue/katalog-pengembangan-belawan.json") as DevelopmentCatalogue;
const dinkes = read("../../../../examples/demo/plans/02-dinkes-pelayanan.json") as { pegawai: { unitKerja: string; jabatan: string } };

function thrown(input: unknown): KinerjaError {
  return thrownKinerjaError(() => recommendDevelopment(input as RecommendInput));
}

const itWeakness = analyseStrengths({
  indikator: [{ iki: "Persentase layanan kesehatan berbasis teknologi informasi", aspek: "KUANTITAS", capaian: 62.5, bobot: 40 }],
}).kelemahan;

describe("recommendDevelopment: the Dinkes IT example", () => {
  it("a Dinas Kesehatan staff member weak on IT-based services gets the health IT training, with the reason in both languages", () => {
    const plan = recommendDevelopment({ catalogue, weaknesses: itWeakness, pegawai: dinkes.pegawai });
    expect(plan.katalog).toEqual({ id: "katalog-pengembangan-belawan", version: "2024.1" });
    expect(plan.rekomendasi.map((r) => r.entri.id)).toEqual(["PEL-TI-KES"]);
    const [first] = plan.rekomendasi;
    expect(first?.entri.judul.id).toBe("Pelatihan teknologi informasi dalam pelayanan kesehatan");
    expect(first?.peringkat).toBe(1);
    expect(first?.kelemahan).toEqual(itWeakness[0]);
    expect(first?.kriteria).toEqual([
      { kriteria: "sumber", cocok: ["INDIKATOR"] },
      { kriteria: "kataKunci", cocok: ["teknologi informasi"] },
      { kriteria: "unitKerja", cocok: ["kesehatan", "puskesmas"] },
    ]);
    expect(first?.alasan).toEqual({
      id: "Pelatihan teknologi informasi dalam pelayanan kesehatan (pelatihan, 24 JP) untuk kelemahan IKI 'Persentase layanan kesehatan berbasis teknologi informasi' (selisih \u221237,5 poin): cocok dengan sumber INDIKATOR dan kata kunci 'teknologi informasi' dan unit kerja 'kesehatan', 'puskesmas'",
      en: "Training: information technology in health services (training, 24 JP) for the weakness IKI 'Persentase layanan kesehatan berbasis teknologi informasi' (gap \u221237.5 points): matches source INDIKATOR and keyword 'teknologi informasi' and work unit 'kesehatan', 'puskesmas'",
    });
    expect(plan.tanpaPadanan).toEqual([]);
    expect(plan.entri.map((e) => e.id)).toEqual(["PEL-TI-KES"]);
    expect(plan.totalJp).toBe(24);
  });

  it("every given criterion must match: the same weakness in a Kecamatan has no health IT training", () => {
    const plan = recommendDevelopment({ catalogue, weaknesses: itWeakness, pegawai: { unitKerja: "Kecamatan Medan Belawan" } });
    expect(plan.rekomendasi).toEqual([]);
    expect(plan.tanpaPadanan).toEqual(itWeakness);
    expect(plan.totalJp).toBe(0);
    // Without a known unit, a unit criterion cannot match either.
    expect(recommendDevelopment({ catalogue, weaknesses: itWeakness }).tanpaPadanan).toHaveLength(1);
  });

  it("the internship also needs aspect KUALITAS, a data keyword and the position", () => {
    const weak = analyseStrengths({ indikator: [{ iki: "Persentase data pasien dalam sistem informasi puskesmas", aspek: "kualitas", capaian: 70 }] }).kelemahan;
    const ids = (pegawai: RecommendInput["pegawai"]): string[] => recommendDevelopment({ catalogue, weaknesses: weak, ...(pegawai ? { pegawai } : {}) }).rekomendasi.map((r) => r.entri.id);
    expect(ids(dinkes.pegawai)).toEqual(["PEL-TI-KES", "MAGANG-DATA-KES"]);
    expect(ids({ unitKerja: dinkes.pegawai.unitKerja, jabatan: "Perawat Ahli Pertama" })).toEqual(["PEL-TI-KES"]);
  });
});

describe("recommendDevelopment: matching and ranking", () => {
  const mk = (id: string, untuk: EntriKatalog["untuk"], prioritas?: number): EntriKatalog => ({
    id,
    judul: { id: id, en: id },
    jenis: "COACHING",
    jp: 2.5,
    untuk,
    ...(prioritas === undefined ? {} : { prioritas }),
  });
  const cat = (entries: EntriKatalog[]): DevelopmentCatalogue => ({ id: "uji", version: "1", entries });
  const weak = analyseStrengths({ indikator: [{ iki: "Jumlah pasien terlayani berbasis TI", capaian: 50, tags: ["Digital"] }] }).kelemahan;

  it("keywords match whole words, ignoring case: 'TI' is not found inside 'pasien'", () => {
    const only = (kataKunci: string[]): number => recommendDevelopment({ catalogue: cat([mk("X", { kataKunci })]), weaknesses: weak }).rekomendasi.length;
    expect(only(["ti"])).toBe(1);
    expect(only(["BERBASIS ti"])).toBe(1);
    expect(only(["sien"])).toBe(0);
    const noTi = analyseStrengths({ indikator: [{ iki: "Jumlah pasien terlayani", capaian: 50 }] }).kelemahan;
    expect(recommendDevelopment({ catalogue: cat([mk("X", { kataKunci: ["ti"] })]), weaknesses: noTi }).rekomendasi).toEqual([]);
  });

  it("tags and aspects compare case-insensitively; behaviour-only criteria never match an indicator", () => {
    const entries = [mk("TAG", { tags: ["digital"] }), mk("NILAI", { nilaiDasar: ["ADAPTIF"] }), mk("ASPEK", { aspek: ["KUALITAS"] })];
    expect(recommendDevelopment({ catalogue: cat(entries), weaknesses: weak }).rekomendasi.map((r) => [r.entri.id, r.kriteria])).toEqual([
      ["TAG", [{ kriteria: "tags", cocok: ["digital"] }]],
    ]);
  });

  it("ranks by priority (1 first, none last), then more criteria, then id; keeps `maks` (default 3)", () => {
    const entries = [
      mk("Z-NONE", { sumber: ["INDIKATOR"] }),
      mk("B-P2", { sumber: ["INDIKATOR"] }, 2),
      mk("A-P2", { sumber: ["INDIKATOR"] }, 2),
      mk("C-P2-SPECIFIC", { sumber: ["INDIKATOR"], kataKunci: ["pasien"] }, 2),
      mk("D-P1", { kataKunci: ["pasien"] }, 1),
    ];
    const all = recommendDevelopment({ catalogue: cat(entries), weaknesses: weak, maks: 10 });
    expect(all.rekomendasi.map((r) => [r.entri.id, r.peringkat])).toEqual([
      ["D-P1", 1],
      ["C-P2-SPECIFIC", 2],
      ["A-P2", 3],
      ["B-P2", 4],
      ["Z-NONE", 5],
    ]);
    expect(all.totalJp).toBe(12.5);
    expect(recommendDevelopment({ catalogue: cat(entries), weaknesses: weak }).rekomendasi).toHaveLength(3);
    expect(recommendDevelopment({ catalogue: cat(entries), weaknesses: weak, maks: 1 }).rekomendasi.map((r) => r.entri.id)).toEqual(["D-P1"]);
  });

  it("a behaviour weakness gets the matching coaching; the distinct entries and their JP are totalled once", () => {
    const r = analyseStrengths({
      indikator: [],
      perilaku: [
        { nilaiDasar: "KOLABORATIF", rating: "DI_BAWAH_EKSPEKTASI" },
        { nilaiDasar: "HARMONIS", rating: "DI_BAWAH_EKSPEKTASI" },
        { nilaiDasar: "KOMPETEN", rating: "DI_BAWAH_EKSPEKTASI" },
      ],
    });
    const plan = recommendDevelopment({ catalogue, weaknesses: r.kelemahan });
    expect(plan.rekomendasi.map((x) => [x.kelemahan.sumber === "PERILAKU" ? x.kelemahan.nilaiDasar : "", x.entri.id])).toEqual([
      ["HARMONIS", "SEM-PELAYANAN-PRIMA"],
      ["KOLABORATIF", "COACH-KOLABORATIF"],
    ]);
    expect(plan.rekomendasi[1]?.alasan.en).toBe(
      "Coaching: cross-unit teamwork (the Collaborative value) (coaching, 8 JP) for the weakness core value Collaborative (below expectation): matches source PERILAKU and core value Collaborative",
    );
    expect(plan.tanpaPadanan.map((w) => (w.sumber === "PERILAKU" ? w.nilaiDasar : ""))).toEqual(["KOMPETEN"]);
    expect(plan.totalJp).toBe(12);
  });
});

describe("recommendDevelopment: the Kecamatan plan end to end", () => {
  it("scores the plan, finds its weaknesses and recommends PATEN training and reporting e-learning", () => {
    const file = read("../../../../examples/demo/plans/03-kecamatan-administrasi.json") as { skp: Record<string, unknown>; pegawai: { unitKerja: string } };
    const preset = compilePolicy(read("../../../presets/policies/permenpanrb-6-2022.json") as PolicyDocument);
    const { kelemahan } = strengthsFromScore(preset.score(file.skp, { trace: true }), file.skp);
    const plan = recommendDevelopment({ catalogue, weaknesses: kelemahan, pegawai: file.pegawai });
    const indicatorRecommendations = plan.rekomendasi.filter((r) => r.kelemahan.sumber === "INDIKATOR");
    expect(indicatorRecommendations.map((r) => [(r.kelemahan as { iki: string }).iki, r.entri.id])).toEqual([
      ["Rata-rata waktu layanan (hari)", "PEL-PATEN-KEC"],
      ["Jumlah surat keterangan diterbitkan", "PEL-PATEN-KEC"],
      ["Persentase hari kerja dengan laporan harian", "ELEARN-PELAPORAN"],
    ]);
    // The plan also rates Berorientasi Pelayanan below expectation: a service-excellence activity follows.
    expect(plan.rekomendasi.filter((r) => r.kelemahan.sumber === "PERILAKU").map((r) => (r.kelemahan as { nilaiDasar: string }).nilaiDasar)).toEqual(["BERORIENTASI_PELAYANAN"]);
    expect(plan.entri.slice(0, 2).map((e) => e.id)).toEqual(["PEL-PATEN-KEC", "ELEARN-PELAPORAN"]);
    expect(plan.totalJp).toBe(plan.entri.reduce((total, e) => total + e.jp, 0));
    expect(plan.entri.length).toBeGreaterThan(2);
  });
});

describe("recommendDevelopment: validation", () => {
  it("lists every problem: catalogue issues under `catalogue`, then the weaknesses, the employee and maks", () => {
    const e = thrown({
      catalogue: { ...catalogue, entries: [...catalogue.entries, { ...catalogue.entries[0], jenis: "KURSUS" }] },
      weaknesses: [{ ...itWeakness[0], kategori: "KEKUATAN" }, { sumber: "INDIKATOR", iki: "x" }, { sumber: "PERILAKU", nilaiDasar: "LOYAL", rating: "?" }, 5],
      pegawai: { unitKerja: 12, nama: "boleh" },
      maks: 0,
      lainnya: true,
    });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["INPUT_INVALID", "lainnya"],
      ["DUPLICATE_NAME", "catalogue.entries.10.id"],
      ["SCHEMA", "catalogue.entries.10.jenis"],
      ["INPUT_INVALID", "weaknesses.0.kategori"],
      ["INPUT_INVALID", "weaknesses.1.gap"],
      ["INPUT_INVALID", "weaknesses.2.rating"],
      ["INPUT_INVALID", "weaknesses.3"],
      ["INPUT_INVALID", "pegawai.unitKerja"],
      ["INPUT_INVALID", "maks"],
    ]);
    expect(thrown(undefined).issues).toHaveLength(1);
  });
});

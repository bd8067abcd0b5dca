/**
 * analyseStrengths: the bilingual sentence, the ±10-point default thresholds and their
 * configuration, decimal-exact gaps, the ranking and its tie-breaks (weight, then text), the top
 * `jumlah`, BerAKHLAK values, and INPUT_INVALID errors listing every issue with its path.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { analyseStrengths } from "./strengths.js";
import type { IndicatorFinding, StrengthsInput } from "./strengths-types.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

function thrown(input: unknown): KinerjaError {
  return thrownKinerjaError(() => analyseStrengths(input as StrengthsInput));
}

const ikis = (list: readonly unknown[]): string[] => list.map((f) => (f as IndicatorFinding).iki);

describe("analyseStrengths: sentences and numbers", () => {
  it("writes the gap in both languages, with a decimal comma and a real minus sign in Bahasa Indonesia", () => {
    const result = analyseStrengths({ indikator: [{ iki: "Persentase layanan kesehatan berbasis TI", capaian: 62.5, bobot: 40 }] });
    expect(result.kelemahan).toEqual([
      {
        sumber: "INDIKATOR",
        kategori: "KELEMAHAN",
        iki: "Persentase layanan kesehatan berbasis TI",
        tags: [],
        capaian: 62.5,
        ekspektasi: 100,
        gap: -37.5,
        bobot: 40,
        message: {
          id: "IKI 'Persentase layanan kesehatan berbasis TI' tercapai 62,5% dari ekspektasi 100% (selisih \u221237,5 poin)",
          en: "IKI 'Persentase layanan kesehatan berbasis TI' achieved 62.5% of an expected 100% (gap \u221237.5 points)",
        },
      },
    ]);
    expect(result.kekuatan).toEqual([]);
  });

  it("a strength's gap carries a plus sign; optional fields are kept", () => {
    const [s] = analyseStrengths({ indikator: [{ id: "A", iki: "Jumlah titik kemacetan yang ditangani", rhk: "R1", aspek: "KUANTITAS", capaian: 112.5, tags: ["lalu-lintas"] }] }).kekuatan;
    expect(s).toMatchObject({ id: "A", rhk: "R1", aspek: "KUANTITAS", tags: ["lalu-lintas"], gap: 12.5 });
    expect(s?.message.id).toBe("IKI 'Jumlah titik kemacetan yang ditangani' tercapai 112,5% dari ekspektasi 100% (selisih +12,5 poin)");
  });

  it("the gap is decimal-exact: 110.1 − 100.1 is exactly 10, so it is a strength", () => {
    const r = analyseStrengths({ indikator: [{ iki: "a", capaian: 110.1, ekspektasi: 100.1 }, { iki: "b", capaian: 80.3, ekspektasi: 90.3 }] });
    expect(r.indikator.map((f) => [f.iki, f.gap, f.kategori])).toEqual([
      ["a", 10, "KEKUATAN"],
      ["b", -10, "KELEMAHAN"],
    ]);
  });
});

describe("analyseStrengths: thresholds", () => {
  const indikator = [109.99, 110, 90, 90.01, 100].map((capaian) => ({ iki: `c${capaian}`, capaian }));

  it("default: a gap ≥ +10 is a strength, ≤ −10 a weakness, anything between is SESUAI", () => {
    const r = analyseStrengths({ indikator });
    expect(r.batas).toEqual({ kekuatan: 10, kelemahan: 10 });
    expect(Object.fromEntries(r.indikator.map((f) => [f.iki, f.kategori]))).toEqual({
      c110: "KEKUATAN",
      "c109.99": "SESUAI",
      c100: "SESUAI",
      "c90.01": "SESUAI",
      c90: "KELEMAHAN",
    });
  });

  it("the thresholds are configurable per side", () => {
    const r = analyseStrengths({ indikator, batas: { kekuatan: 0.01, kelemahan: 9.99 } });
    expect(ikis(r.kekuatan)).toEqual(["c110", "c109.99"]);
    expect(ikis(r.kelemahan)).toEqual(["c90", "c90.01"]);
  });

  it("the expectation defaults to 100 and may be set per indicator", () => {
    const r = analyseStrengths({ indikator: [{ iki: "x", capaian: 95, ekspektasi: 80 }, { iki: "y", capaian: 95 }] });
    expect(r.indikator.map((f) => [f.iki, f.ekspektasi, f.gap, f.kategori])).toEqual([
      ["x", 80, 15, "KEKUATAN"],
      ["y", 100, -5, "SESUAI"],
    ]);
  });
});

describe("analyseStrengths: ranking", () => {
  it("weaknesses most negative first, strengths largest first; the top `jumlah` (default 3) of each", () => {
    const indikator = [50, 120, 85, 70, 115, 60, 111, 130].map((capaian, i) => ({ iki: `IKI ${i}`, capaian }));
    const r = analyseStrengths({ indikator });
    expect(r.jumlah).toBe(3);
    expect(r.kelemahan.map((f) => (f as IndicatorFinding).gap)).toEqual([-50, -40, -30]);
    expect(r.kekuatan.map((f) => (f as IndicatorFinding).gap)).toEqual([30, 20, 15]);
    expect(r.ditemukan).toEqual({ kekuatan: 4, kelemahan: 4 });
    expect(r.indikator.map((f) => f.gap)).toEqual([30, 20, 15, 11, -15, -30, -40, -50]);
    expect(analyseStrengths({ indikator, jumlah: 1 }).kelemahan.map((f) => (f as IndicatorFinding).gap)).toEqual([-50]);
  });

  it("equal gaps: heavier weight first, then the indicator text; no weight ranks after weight 0", () => {
    const indikator = [
      { iki: "Beta", capaian: 80, bobot: 20 },
      { iki: "Alfa", capaian: 80, bobot: 20 },
      { iki: "Gamma", capaian: 80, bobot: 30 },
      { iki: "Aaa", capaian: 80 },
      { iki: "Zulu", capaian: 80, bobot: 0 },
    ];
    const r = analyseStrengths({ indikator, jumlah: 5 });
    expect(ikis(r.kelemahan)).toEqual(["Gamma", "Alfa", "Beta", "Zulu", "Aaa"]);
    const strong = analyseStrengths({ indikator: indikator.map((i) => ({ ...i, capaian: 120 })), jumlah: 5 });
    expect(ikis(strong.kekuatan)).toEqual(["Gamma", "Alfa", "Beta", "Zulu", "Aaa"]);
  });

  it("texts are ordered by code unit, independent of locale", () => {
    const r = analyseStrengths({ indikator: ["b", "B", "a", "Á"].map((iki) => ({ iki, capaian: 50 })), jumlah: 4 });
    expect(ikis(r.kelemahan)).toEqual(["B", "a", "b", "Á"]);
  });
});

describe("analyseStrengths: BerAKHLAK values", () => {
  it("DI_ATAS is a strength, DI_BAWAH a weakness, in BerAKHLAK order, after the indicators", () => {
    const r = analyseStrengths({
      indikator: [{ iki: "Jumlah laporan", capaian: 70 }],
      perilaku: [
        { nilaiDasar: "KOLABORATIF", rating: "DI_BAWAH_EKSPEKTASI", catatan: "Jarang hadir rapat koordinasi" },
        { nilaiDasar: "LOYAL", rating: "SESUAI_EKSPEKTASI" },
        { nilaiDasar: "AKUNTABEL", rating: "DI_BAWAH_EKSPEKTASI" },
        { nilaiDasar: "ADAPTIF", rating: "DI_ATAS_EKSPEKTASI" },
      ],
    });
    expect(r.kelemahan.map((f) => (f.sumber === "PERILAKU" ? f.nilaiDasar : f.iki))).toEqual(["Jumlah laporan", "AKUNTABEL", "KOLABORATIF"]);
    expect(r.kekuatan).toEqual([
      {
        sumber: "PERILAKU",
        kategori: "KEKUATAN",
        nilaiDasar: "ADAPTIF",
        rating: "DI_ATAS_EKSPEKTASI",
        message: { id: "Nilai dasar BerAKHLAK Adaptif dinilai di atas ekspektasi", en: "BerAKHLAK core value Adaptive was rated above expectation" },
      },
    ]);
    expect(r.kelemahan[2]?.message).toEqual({
      id: "Nilai dasar BerAKHLAK Kolaboratif dinilai di bawah ekspektasi (catatan: Jarang hadir rapat koordinasi)",
      en: "BerAKHLAK core value Collaborative was rated below expectation (note: Jarang hadir rapat koordinasi)",
    });
    expect(r.perilaku.map((f) => [f.nilaiDasar, f.kategori])).toEqual([
      ["AKUNTABEL", "KELEMAHAN"],
      ["LOYAL", "SESUAI"],
      ["ADAPTIF", "KEKUATAN"],
      ["KOLABORATIF", "KELEMAHAN"],
    ]);
    expect(r.ditemukan).toEqual({ kekuatan: 1, kelemahan: 3 });
  });

  it("`jumlah` applies to the behaviour values separately", () => {
    const perilaku = (["AKUNTABEL", "HARMONIS", "LOYAL", "ADAPTIF"] as const).map((nilaiDasar) => ({ nilaiDasar, rating: "DI_BAWAH_EKSPEKTASI" as const }));
    const r = analyseStrengths({ indikator: [{ iki: "x", capaian: 10 }], perilaku, jumlah: 2 });
    expect(r.kelemahan.map((f) => (f.sumber === "PERILAKU" ? f.nilaiDasar : f.iki))).toEqual(["x", "AKUNTABEL", "HARMONIS"]);
  });
});

describe("analyseStrengths: validation", () => {
  it("lists every problem with its path and a bilingual message", () => {
    const e = thrown({
      indikator: [
        { capaian: 80 },
        { id: "X", iki: "b", capaian: "90" },
        { id: "X", iki: "c", capaian: 90, bobot: -1, tags: ["ok", 3] },
        { iki: "d", capaian: Infinity, ekspektasi: null },
      ],
      perilaku: [
        { nilaiDasar: "JUJUR", rating: "DI_ATAS_EKSPEKTASI" },
        { nilaiDasar: "LOYAL", rating: "BAIK" },
        { nilaiDasar: "ADAPTIF", rating: "SESUAI_EKSPEKTASI" },
        { nilaiDasar: "ADAPTIF", rating: "DI_ATAS_EKSPEKTASI" },
      ],
      batas: { kekuatan: 0, lemah: 5 },
      jumlah: 1.5,
      jumlahh: 3,
    });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues.map((i) => i.path)).toEqual([
      ["jumlahh"],
      ["indikator", 0, "iki"],
      ["indikator", 1, "capaian"],
      ["indikator", 2, "bobot"],
      ["indikator", 2, "tags", 1],
      ["indikator", 3, "capaian"],
      ["indikator", 2, "id"],
      ["perilaku", 0, "nilaiDasar"],
      ["perilaku", 1, "rating"],
      ["perilaku", 3, "nilaiDasar"],
      ["batas", "lemah"],
      ["batas", "kekuatan"],
      ["jumlah"],
    ]);
    expect(e.path).toEqual(["jumlahh"]);
    expect(e.text).toEqual({ id: "Masukan tidak sah (13 masalah)", en: "Invalid input (13 problems)" });
    for (const i of e.issues) {
      expect(i.code).toBe("INPUT_INVALID");
      expect(i.message.id).not.toBe("");
      expect(i.message.en).not.toBe("");
    }
    expect(e.issues[2]?.message).toEqual({
      id: "'indikator[1].capaian' harus berupa bilangan terhingga, diberikan \"90\"",
      en: "'indikator[1].capaian' must be a finite number, \"90\" given",
    });
    expect(e.issues[6]?.message.en).toBe("The id 'X' is used more than once (also at 'indikator[1].id')");
    expect(e.issues[9]?.message.id).toBe("Nilai dasar ADAPTIF dinilai lebih dari sekali (juga di 'perilaku[2].nilaiDasar')");
  });

  it("rejects a non-object input and a missing indicator list", () => {
    expect(thrown(null).issues.map((i) => i.path)).toEqual([[]]);
    expect(thrown([]).code).toBe("INPUT_INVALID");
    expect(thrown({}).issues.map((i) => i.path)).toEqual([["indikator"]]);
    expect(thrown({ indikator: [], perilaku: {} }).issues.map((i) => i.path)).toEqual([["perilaku"]]);
  });

  it("accepts an empty indicator list and ignores extra item fields (a plan's IKI can be passed as is)", () => {
    expect(analyseStrengths({ indikator: [] }).kekuatan).toEqual([]);
    const item = { iki: "x", capaian: 90, target: 10, realisasi: 9, polaritas: "NAIK" };
    expect(analyseStrengths({ indikator: [item] }).indikator).toHaveLength(1);
  });
});

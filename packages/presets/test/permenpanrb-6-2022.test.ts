import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, renderTrace, type JsonValue, type PolicyDocument } from "@kinerja/core";
import { compilePreset, PRESETS } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/permenpanrb-6-2022.js";
import { presetBasics } from "./support/preset-basics.js";

// The PermenPANRB 6/2022 preset: kuadran, leader rule, optional capaian mapping, annual roll-up.
const ID = "permenpanrb-6-2022";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const vectors = (JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8")) as {
  cases: { id: string; kind: string; input: Record<string, unknown>; expected: Record<string, unknown> }[];
}).cases.filter((c) => c.kind === "predikat-matrix");

const A = "DI_ATAS_EKSPEKTASI";
const S = "SESUAI_EKSPEKTASI";
const B = "DI_BAWAH_EKSPEKTASI";
const score = (input: Record<string, unknown>) => policy.score(input).outputs;
/** The preset with some constants changed, as an agency would ship its own version. */
const withConstants = (constants: Record<string, JsonValue>): PolicyDocument => ({ ...doc, version: "1.0.0-instansi", constants: { ...doc.constants, ...constants } });
const periode = (...predikat: string[]) => predikat.map((p, k) => ({ label: `TW ${k + 1}`, predikat: p }));

describe("permenpanrb-6-2022 preset", () => {
  it("is the PermenPANRB 6/2022 policy, in force from 3 February 2022", () => {
    expect([policy.id, policy.version, policy.document.effective]).toEqual([ID, "1.0.0", { from: "2022-02-03" }]);
  });

  presetBasics(ID, 35);

  it("needs only the two ratings", () => {
    expect(score({ ratingHasilKerja: S, ratingPerilaku: A })).toMatchObject({
      sumberRatingHasilKerja: "PEJABAT_PENILAI",
      ratingHasilKerjaFinal: S,
      predikat: "BAIK",
      predikatTahunan: "BAIK",
      capaianHasilKerja: null,
      capaianIndikator: null,
    });
  });

  it("refuses a rating that is not one of the three values", () => {
    expect(policy.safeScore({ ratingHasilKerja: "SESUAI", ratingPerilaku: A })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
  });
});

describe("kuadran: the 9 public vectors", () => {
  it("has the 9 cells", () => {
    expect(vectors).toHaveLength(9);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s through the adapter", (_, v) => {
    const adapter = ADAPTERS["predikat-matrix"];
    expect(adapter).toBeDefined();
    expect(adapter!(v.input)).toEqual(v.expected);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s through the whole policy", (_, v) => {
    expect(score(v.input)).toMatchObject({ ...v.expected, ratingHasilKerjaFinal: v.input["ratingHasilKerja"] });
  });
});

describe("leader rule (pimpinan unit)", () => {
  it.each([
    ["ISTIMEWA", A],
    ["BAIK", S],
    ["BUTUH_PERBAIKAN", B],
    ["KURANG", B],
    ["SANGAT_KURANG", B],
  ])("organisation %s gives the unit head %s, replacing the official's rating", (predikatOrganisasi, rating) => {
    const out = score({ pimpinanUnit: true, predikatOrganisasi, ratingHasilKerja: rating === A ? B : A, ratingPerilaku: S });
    expect(out).toMatchObject({ sumberRatingHasilKerja: "PIMPINAN_UNIT", ratingHasilKerjaFinal: rating });
  });

  it("ignores the organisation predikat for other employees, and without it uses the official's rating", () => {
    expect(score({ predikatOrganisasi: "ISTIMEWA", ratingHasilKerja: S, ratingPerilaku: S })).toMatchObject({ sumberRatingHasilKerja: "PEJABAT_PENILAI", predikat: "BAIK" });
    expect(score({ pimpinanUnit: true, ratingHasilKerja: B, ratingPerilaku: S })).toMatchObject({ sumberRatingHasilKerja: "PEJABAT_PENILAI", predikat: "BUTUH_PERBAIKAN" });
  });

  it("takes an agency's own mapping from the constant table", () => {
    const own = compilePolicy(withConstants({ petaPredikatOrganisasi: { ...(doc.constants?.["petaPredikatOrganisasi"] as Record<string, JsonValue>), BAIK: A } }));
    expect(own.warnings).toEqual([]);
    expect(own.score({ pimpinanUnit: true, predikatOrganisasi: "BAIK", ratingPerilaku: A }).outputs).toMatchObject({ ratingHasilKerjaFinal: A, predikat: "SANGAT_BAIK" });
  });
});

describe("optional capaian → rating mapping (an agency example)", () => {
  const indikator = [
    { rhk: "R1", iki: "Jumlah titik kemacetan yang ditangani", polaritas: "NAIK", target: 8, realisasi: 9, bobot: 60 },
    { rhk: "R1", iki: "Rata-rata waktu tunggu (menit)", polaritas: "TURUN", target: 15, realisasi: 12, bobot: 40 },
  ];

  it("is off by default: the capaian is computed but sets no rating", () => {
    expect(score({ indikator, ratingPerilaku: S })).toMatchObject({ capaianHasilKerja: 115.5, ratingDariCapaian: null, sumberRatingHasilKerja: "BELUM_DITETAPKAN", predikat: null });
  });

  it("when switched on (constant or per-input override), rates only when the official gave no rating", () => {
    const on = compilePolicy(withConstants({ pemetaanCapaian: { aktif: true, batasDiAtas: 110, batasSesuai: 85 } }));
    expect(on.warnings).toEqual([]);
    expect(on.score({ indikator, ratingPerilaku: S }).outputs).toMatchObject({ ratingDariCapaian: A, sumberRatingHasilKerja: "PEMETAAN_CAPAIAN", predikat: "BAIK" });
    expect(on.score({ indikator, ratingHasilKerja: B, ratingPerilaku: S }).outputs).toMatchObject({ ratingDariCapaian: A, ratingHasilKerjaFinal: B });
    expect(score({ indikator, ratingPerilaku: A, pengaturan: { pemetaanCapaianAktif: true } })).toMatchObject({ ratingHasilKerjaFinal: A, predikat: "SANGAT_BAIK" });
  });

  it("uses the agency's thresholds", () => {
    const strict = compilePolicy(withConstants({ pemetaanCapaian: { aktif: true, batasDiAtas: 120, batasSesuai: 100 } }));
    expect(strict.score({ indikator, ratingPerilaku: S }).outputs).toMatchObject({ ratingHasilKerjaFinal: S });
  });
});

describe("annual predikat (predikatTahunan)", () => {
  // Earlier periods SB, BP, SB; this (final) evaluation: Baik.
  const input = { periode: periode("SANGAT_BAIK", "BUTUH_PERBAIKAN", "SANGAT_BAIK"), ratingHasilKerja: S, ratingPerilaku: S };

  it("PERIODE_AKHIR (default): this evaluation closes the year", () => {
    expect(score(input)).toMatchObject({ strategiTahunanBerlaku: "PERIODE_AKHIR", predikat: "BAIK", predikatTahunan: "BAIK" });
    expect(score({ periode: input.periode })).toMatchObject({ predikat: null, predikatTahunan: "SANGAT_BAIK" });
  });

  it.each([
    ["PERIODE_AKHIR", "BAIK"],
    ["TERBURUK", "BUTUH_PERBAIKAN"],
    ["TERBANYAK", "SANGAT_BAIK"],
  ])("%s → %s, as a policy constant and as a per-input override", (strategi, expected) => {
    const own = compilePolicy(withConstants({ strategiTahunan: strategi }));
    expect(own.warnings).toEqual([]);
    expect(own.score(input).outputs["predikatTahunan"]).toBe(expected);
    expect(score({ ...input, pengaturan: { strategiTahunan: strategi } })["predikatTahunan"]).toBe(expected);
  });

  it("TERBANYAK breaks a tie toward the lower predikat; TERBURUK orders K/M above SK", () => {
    expect(score({ periode: periode("SANGAT_BAIK", "SANGAT_BAIK", "BAIK"), ratingHasilKerja: S, ratingPerilaku: S, pengaturan: { strategiTahunan: "TERBANYAK" } })["predikatTahunan"]).toBe("BAIK");
    expect(score({ periode: periode("SANGAT_KURANG"), ratingHasilKerja: A, ratingPerilaku: B, pengaturan: { strategiTahunan: "TERBURUK" } })["predikatTahunan"]).toBe("SANGAT_KURANG");
  });

  it("a misspelt strategy constant is caught at compile time as a gap", () => {
    expect(compilePolicy(withConstants({ strategiTahunan: "TERAKHIR" })).warnings.map((w) => w.code)).toContain("TABLE_GAP");
  });
});

describe("explanation", () => {
  it("names the matched kuadran row and its note (id and en)", () => {
    const { trace } = policy.score({ ratingHasilKerja: A, ratingPerilaku: B }, { trace: true });
    const id = renderTrace(trace!, { lang: "id" });
    expect(id).toContain("baris 4 cocok: DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI | DI_BAWAH_EKSPEKTASI — Kuadran: perilaku di bawah ekspektasi → paling tinggi Kurang/Misconduct");
    expect(id).toContain("Rating hasil kerja ditetapkan pejabat penilai kinerja (PermenPANRB 6/2022)");
    expect(renderTrace(trace!, { lang: "en" })).toContain("Quadrant: behaviour below expectations → at best Kurang/Misconduct");
  });

  it("explains the leader rule", () => {
    const { trace } = policy.score({ pimpinanUnit: true, predikatOrganisasi: "ISTIMEWA", ratingPerilaku: A }, { trace: true });
    const id = renderTrace(trace!, { lang: "id" });
    expect(id).toContain("capaian kinerja organisasi menjadi rating hasil kerjanya");
    expect(id).toContain("Kuadran: hasil kerja dan perilaku di atas ekspektasi → Sangat Baik");
  });
});

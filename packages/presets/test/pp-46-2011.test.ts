import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy, type JsonValue, type PolicyDocument } from "@kinerja/core";
import { compilePreset, PRESETS, readVectorFile, runVectors } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/pp-46-2011.js";
import { presetBasics } from "./support/preset-basics.js";

// The PP 46/2011 preset (Perka BKN 1/2013): aspects, divisor 3/4, tugas tambahan, kreativitas,
// perilaku, 60/40 and sebutan.
const ID = "pp-46-2011";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const KINDS = ["pp46-aspect", "pp46-kegiatan", "pp46-tugas-tambahan", "pp46-kreativitas", "pp46-sebutan", "pp46-prestasi-kerja"];
const vectors = readVectorFile(JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8"))).filter((c) => KINDS.includes(c.kind));

const PERILAKU_80 = { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 };
const TEPAT = { kuantitas: 1, kualitas: 100, waktu: 12 };
const score = (input: Record<string, unknown>) => policy.score(input).outputs;
/** The aspect scores of one kegiatan, the other aspects met exactly. */
const kegiatan = (target: Record<string, number>, realisasi: Record<string, number>) =>
  (score({ kegiatan: [{ target: { ...TEPAT, ...target }, realisasi: { ...TEPAT, ...realisasi } }], perilaku: PERILAKU_80 })["perKegiatan"] as Record<string, unknown>[])[0];
const withConstants = (constants: Record<string, JsonValue>): PolicyDocument => ({ ...doc, version: "2014.1-instansi", constants: { ...doc.constants, ...constants } });

describe("pp-46-2011 preset", () => {
  it("is in force from 1 January 2014 to 30 June 2021", () => {
    expect([policy.id, policy.document.effective]).toEqual([ID, { from: "2014-01-01", to: "2021-06-30" }]);
  });

  presetBasics(ID, 40);

  it("has golden cases for every public vector of its kinds", () => {
    const names = (doc.cases ?? []).map((c) => c.name);
    for (const v of vectors) expect(names.some((n) => n.startsWith(`${v.id}:`))).toBe(true);
  });
});

describe("public vectors through the adapters", () => {
  it("covers every kind the adapters handle", () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...KINDS].sort());
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(KINDS));
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s", (_, v) => {
    const [outcome] = runVectors([v], ADAPTERS).cases;
    expect({ error: outcome?.error, differences: outcome?.differences }).toEqual({ error: undefined, differences: [] });
  });

  it("scores a sebutan for any score from 0 to 100 and refuses others", () => {
    const sebutan = ADAPTERS["pp46-sebutan"] as (input: Record<string, unknown>) => Record<string, unknown>;
    expect([0, 50, 50.01, 60, 60.01, 75, 75.01, 90.99, 91, 100].map((nilai) => sebutan({ nilai })["sebutan"])).toEqual([
      "BURUK", "BURUK", "KURANG", "KURANG", "CUKUP", "CUKUP", "BAIK", "BAIK", "SANGAT_BAIK", "SANGAT_BAIK",
    ]);
    expect(sebutan({ nilai: 90.99 })["nilaiPrestasiKerja"]).toBe(90.99);
    expect(() => sebutan({ nilai: 101 })).toThrow(TypeError);
  });
});

describe("the efficiency formula (waktu and biaya)", () => {
  it("E = 24 exactly (RW = 0.76 × TW) stays in the first branch: 100", () => {
    expect(kegiatan({ waktu: 12 }, { waktu: 9.12 })).toMatchObject({ efisiensiWaktu: 24, waktu: 100 });
    expect(kegiatan({ waktu: 25 }, { waktu: 19 })).toMatchObject({ efisiensiWaktu: 24, waktu: 100 });
    expect(kegiatan({ biaya: 1_000_000 }, { biaya: 760_000 })).toMatchObject({ efisiensiBiaya: 24, biaya: 100 });
  });

  it("just over 24% falls to the second branch (the design is non-monotonic)", () => {
    expect(kegiatan({ waktu: 12 }, { waktu: 9 })).toMatchObject({ efisiensiWaktu: 25, waktu: 75 });
    expect(kegiatan({ biaya: 1_000_000 }, { biaya: 759_900 })).toMatchObject({ efisiensiBiaya: 24.01, biaya: 75.99 });
  });

  it("an overrun (RW > TW) is in the first branch and scores below 76", () => {
    expect(kegiatan({ waktu: 12 }, { waktu: 13 })).toMatchObject({ efisiensiWaktu: -8.33, waktu: 67.67 });
  });

  it("the published vectors: 12/12 → 76, 12/10 → 92.67, 12/8 → 66.67, Rp 10 jt / 9 jt → 86", () => {
    expect([12, 10, 8].map((rw) => kegiatan({ waktu: 12 }, { waktu: rw })?.["waktu"])).toEqual([76, 92.67, 66.67]);
    expect(kegiatan({ biaya: 10_000_000 }, { biaya: 9_000_000 })?.["biaya"]).toBe(86);
  });
});

describe("nilai capaian per kegiatan", () => {
  it("divides by 4 when biaya is targeted and by 3 otherwise (absent or 0)", () => {
    expect(kegiatan({ biaya: 170_395_000, kualitas: 100 }, { biaya: 170_395_000, kualitas: 90 })).toMatchObject({ jumlahAspek: 4, perhitungan: 342, nilaiCapaian: 85.5 });
    expect(kegiatan({ kualitas: 100 }, { kualitas: 90 })).toMatchObject({ jumlahAspek: 3, biaya: null, nilaiCapaian: 88.67 });
    expect(kegiatan({ biaya: 0 }, { biaya: 500_000 })).toMatchObject({ jumlahAspek: 3, efisiensiBiaya: null, biaya: null });
  });

  it("an activity not carried out (RO = 0) scores the constant nilaiKegiatanTanpaRealisasi (default 0) and still counts", () => {
    const input = { kegiatan: [{ target: TEPAT, realisasi: TEPAT }, { target: TEPAT, realisasi: { kuantitas: 0, kualitas: 0, waktu: 0 } }], perilaku: PERILAKU_80 };
    expect(score(input)["nilaiTugasJabatan"]).toBe(46); // (92 + 0) / 2
    const other = compilePolicy(withConstants({ nilaiKegiatanTanpaRealisasi: 10 }));
    expect(other.score(input).outputs["nilaiTugasJabatan"]).toBe(51);
  });
});

describe("tugas tambahan, kreativitas, perilaku, prestasi kerja", () => {
  const base = { kegiatan: [{ target: TEPAT, realisasi: TEPAT }], perilaku: PERILAKU_80 };

  it("tugas tambahan: 0 → 0, 1–3 → 1, 4–6 → 2, 7 or more → 3, absent → 0", () => {
    expect([0, 1, 3, 4, 6, 7, 20].map((n) => score({ ...base, tugasTambahan: n })["nilaiTugasTambahan"])).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(score(base)["nilaiTugasTambahan"]).toBe(0);
    expect(policy.safeScore({ ...base, tugasTambahan: 1.5 })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
  });

  it("kreativitas 3 / 6 / 12 (constants) and 0 without; added after averaging", () => {
    expect(["UNIT_KERJA", "INSTANSI", "NASIONAL", null].map((k) => score({ ...base, kreativitas: k })["nilaiKreativitas"])).toEqual([3, 6, 12, 0]);
    const out = score({ ...base, tugasTambahan: 5, kreativitas: "NASIONAL" });
    expect([out["nilaiTugasJabatan"], out["nilaiCapaianSkp"]]).toEqual([92, 106]);
    const other = compilePolicy(withConstants({ poinKreativitas: { UNIT_KERJA: 2, INSTANSI: 4, NASIONAL: 8 } }));
    expect(other.score({ ...base, kreativitas: "NASIONAL" }).outputs["nilaiKreativitas"]).toBe(8);
  });

  it("perilaku is the mean of 5 aspects, or of 6 when kepemimpinan is given", () => {
    expect(score(base)["nilaiPerilaku"]).toBe(80);
    expect(score({ ...base, perilaku: { ...PERILAKU_80, kepemimpinan: 95 } })["nilaiPerilaku"]).toBe(82.5);
    expect(score({ ...base, perilaku: { ...PERILAKU_80, kepemimpinan: 0 } })["nilaiPerilaku"]).toBe(66.67);
  });

  it("nilai prestasi kerja = 60% SKP + 40% perilaku, and the weight group must add up to 100", () => {
    expect(score(base)).toMatchObject({ nilaiCapaianSkp: 92, nilaiPerilaku: 80, nilaiPrestasiKerja: 87.2, sebutan: "BAIK" });
    const broken = { ...doc, weights: { bobot: { weights: { skp: 60, perilaku: 30 }, sum: 100 } } };
    expect(validatePolicy(broken).errors.map((i) => i.code)).toEqual(["WEIGHT_SUM"]);
  });

  it("the sebutan is read on the score rounded to 2 decimals: 90.995 → 91.00 Sangat Baik", () => {
    const input = {
      kegiatan: [{ target: { kuantitas: 100, kualitas: 100, waktu: 100 }, realisasi: { kuantitas: 91.325, kualitas: 91.325, waktu: 84.675 } }],
      perilaku: { orientasiPelayanan: 90, integritas: 91, komitmen: 90, disiplin: 91, kerjaSama: 90.5 },
    };
    expect(score(input)).toMatchObject({ nilaiPrestasiKerja: 91, sebutan: "SANGAT_BAIK" });
  });

  it("refuses an empty SKP, a zero target and a perilaku score above 100", () => {
    expect(policy.safeScore({ kegiatan: [], perilaku: PERILAKU_80 })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    expect(policy.safeScore({ kegiatan: [{ target: { ...TEPAT, waktu: 0 }, realisasi: TEPAT }], perilaku: PERILAKU_80 })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    expect(policy.safeScore({ ...base, perilaku: { ...PERILAKU_80, integritas: 101 } })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
  });
});

describe("configurable sebutan edges", () => {
  // SKP (100 + 100 + 76) / 3 = 92 and perilaku 88 → 0.6 × 92 + 0.4 × 88 = 90.4, read as 90.
  const input = {
    kegiatan: [{ target: { kuantitas: 100, kualitas: 100, waktu: 12 }, realisasi: { kuantitas: 100, kualitas: 100, waktu: 12 } }],
    perilaku: { orientasiPelayanan: 88, integritas: 88, komitmen: 88, disiplin: 88, kerjaSama: 88 },
  };

  it("reads the band edges from constants.batasSebutan, so an agency moves a band by changing data", () => {
    expect(doc.constants?.["batasSebutan"]).toEqual({ sangatBaik: 91, baik: 75, cukup: 60, kurang: 50 });
    expect(policy.score(input).outputs).toMatchObject({ nilaiPrestasiKerja: 90.4, sebutan: "BAIK" });
    const moved = compilePolicy(withConstants({ batasSebutan: { sangatBaik: 90, baik: 75, cukup: 60, kurang: 50 } }));
    expect(moved.warnings).toEqual([]);
    expect(moved.score(input).outputs["sebutan"]).toBe("SANGAT_BAIK");
  });

  it("still proves the bands: constants that empty a band (sangatBaik below baik) are refused", () => {
    const overlapping = validatePolicy(withConstants({ batasSebutan: { sangatBaik: 70, baik: 75, cukup: 60, kurang: 50 } }));
    expect(overlapping.errors.map((i) => i.code)).toContain("TABLE_SHAPE");
  });
});

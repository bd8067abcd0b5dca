import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkDistribution,
  compilePolicy,
  distributionStats,
  distributionSvg,
  KinerjaError,
  type CohortMember,
  type JsonValue,
  type PolicyDocument,
} from "@kinerja/core";
import { calibrateUnit, compilePreset, distributionConstraints, kuadranTable, PRESETS, type PredikatOrganisasi } from "../src/index.js";

// The binding of SE MenPANRB 3/2023 and the PermenPANRB 6/2022 kuadran to core's cohort
// calibration: constraints and kuadran come from scoring the presets, agree with the presets'
// own outputs (kuota, batasPerPredikat, layak) for every organisation predikat and N = 1..40, and
// calibrate the Belawan units of the demo.

const ORGANISASI: readonly PredikatOrganisasi[] = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];
const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;
const pattern = compilePreset("se-menpanrb-3-2023");
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

/** n members, all with the given predikat. */
const all = (n: number, predikat: string): CohortMember[] => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, predikat }));

describe("distributionConstraints", () => {
  it("resolves the organisation Baik quotas for 8 people: Baik ≤ ⌊5.6⌋ = 5, Butuh Perbaikan + Kurang/Misconduct ≥ 1", () => {
    const constraints = distributionConstraints("BAIK", 8);
    expect(constraints.categories).toEqual(PREDIKAT);
    expect(constraints.constraints).toEqual([
      { id: "BAIK:MAX", categories: ["BAIK"], max: 5, label: { id: "Baik paling banyak 70%", en: "Baik at most 70%" } },
      {
        id: "BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN",
        categories: ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"],
        min: 1,
        label: {
          id: "Wajib ada Butuh Perbaikan dan/atau Kurang/Misconduct (paling sedikit 1 orang, gabungan)",
          en: "There must be Butuh Perbaikan and/or Kurang/Misconduct (at least 1 person, combined)",
        },
      },
    ]);
    expect(constraints.categoryLabels?.["KURANG_MISCONDUCT"]).toEqual({ id: "Kurang/Misconduct", en: "Kurang/Misconduct" });
  });

  it("is the preset's kuota, item by item, for every organisation predikat and N = 1..40", () => {
    for (const org of ORGANISASI) {
      for (let n = 1; n <= 40; n++) {
        const kuota = pattern.score({ predikatOrganisasi: org, headcount: n }).outputs["kuota"] as { kode: string; jenis: string; batas: number }[];
        const constraints = distributionConstraints(org, n).constraints;
        expect(constraints.map((c) => [c.id, c.min ?? c.max, c.categories.join("+")]), `${org} N = ${n}`).toEqual(kuota.map((k) => [`${k.kode}:${k.jenis}`, k.batas, k.kode]));
      }
    }
  });

  it("gives core's statistics the same bands as the preset's batasPerPredikat", () => {
    for (const org of ORGANISASI) {
      for (let n = 1; n <= 40; n++) {
        const stats = distributionStats(all(n, "BAIK"), distributionConstraints(org, n));
        const expected = pattern.score({ predikatOrganisasi: org, headcount: n }).outputs["batasPerPredikat"];
        expect(stats.categories.map((c) => ({ predikat: c.category, minimum: c.min, maksimum: c.max })), `${org} N = ${n}`).toEqual(expected);
      }
    }
  });

  it("gives core's exact feasibility the same answer as the preset's layak (small-unit infeasibility)", () => {
    const infeasible: string[] = [];
    for (const org of ORGANISASI) {
      for (let n = 1; n <= 40; n++) {
        const feasible = checkDistribution(all(n, "BAIK"), distributionConstraints(org, n)).feasibility.feasible;
        expect(feasible, `${org} N = ${n}`).toBe(pattern.score({ predikatOrganisasi: org, headcount: n }).outputs["layak"]);
        if (!feasible) infeasible.push(`${org} ${n}`);
      }
    }
    expect(infeasible).toEqual(["KURANG 1", "KURANG 2", "SANGAT_KURANG 1", "SANGAT_KURANG 2"]);
  });

  it("follows an agency's own version of the policy (other rounding) and refuses what the policy refuses", () => {
    const doc = PRESETS["se-menpanrb-3-2023"];
    const halfUp = compilePolicy({ ...doc, version: "1.0.0-instansi", constants: { ...doc.constants, pembulatan: { MAX: "HALF_UP", MIN: "HALF_UP" } as JsonValue }, cases: [] } as PolicyDocument);
    expect(distributionConstraints("ISTIMEWA", 7, { policy: halfUp }).constraints.map((c) => c.max)).toEqual([5]); // 4.9 → 5
    expect(distributionConstraints("ISTIMEWA", 7).constraints.map((c) => c.max)).toEqual([4]);
    expect(() => distributionConstraints("CUKUP" as PredikatOrganisasi, 7)).toThrow(KinerjaError);
    expect(() => distributionConstraints("BAIK", 0)).toThrow(KinerjaError);
  });
});

describe("kuadranTable", () => {
  it("is the kuadran of REFERENCE.md §1.4, read from the permenpanrb-6-2022 preset", () => {
    expect(kuadranTable()).toEqual({
      DI_ATAS_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: "SANGAT_BAIK", SESUAI_EKSPEKTASI: "BAIK", DI_BAWAH_EKSPEKTASI: "KURANG_MISCONDUCT" },
      SESUAI_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: "BAIK", SESUAI_EKSPEKTASI: "BAIK", DI_BAWAH_EKSPEKTASI: "KURANG_MISCONDUCT" },
      DI_BAWAH_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: "BUTUH_PERBAIKAN", SESUAI_EKSPEKTASI: "BUTUH_PERBAIKAN", DI_BAWAH_EKSPEKTASI: "SANGAT_KURANG" },
    });
  });
});

describe("calibrateUnit: the Belawan units of the demo", () => {
  interface Unit {
    unitKerja: string;
    predikatOrganisasi: PredikatOrganisasi;
    pegawaiLain: Record<string, number>;
  }
  const units = read("../../../examples/demo/units.json") as Unit[];
  const dishub = units.find((u) => u.unitKerja === "Dinas Perhubungan — Belawan")!;
  // The demo's agency policy: the preset with the example capaian → rating mapping switched on.
  const preset = PRESETS["permenpanrb-6-2022"];
  const belawan = compilePolicy({ ...preset, id: "belawan-skp", version: "2024.1", constants: { ...preset.constants, pemetaanCapaian: { aktif: true, batasDiAtas: 110, batasSesuai: 85 } }, cases: [] });
  const plan = read("../../../examples/demo/plans/01-dishub-lalu-lintas.json") as { pegawai: { nip: string }; skp: { ratingPerilaku: string } };
  const rahmat = belawan.score(plan.skp).outputs;
  // units.json gives only the counts of the other employees; their evidence here is made up for the test
  const skorLain: Record<string, number[]> = { SANGAT_BAIK: [121], BAIK: [96, 101.5, 88.2, 104, 93], BUTUH_PERBAIKAN: [72] };
  const members: CohortMember[] = [
    {
      id: plan.pegawai.nip,
      predikat: rahmat["predikat"] as string,
      skor: rahmat["capaianHasilKerja"] as number,
      ratingHasilKerja: rahmat["ratingHasilKerjaFinal"] as "DI_ATAS_EKSPEKTASI",
      ratingPerilaku: plan.skp.ratingPerilaku as "SESUAI_EKSPEKTASI",
    },
    ...Object.entries(dishub.pegawaiLain).flatMap(([predikat, count]) =>
      Array.from({ length: count }, (_, i): CohortMember => ({
        id: `dishub-${predikat}-${i + 1}`,
        predikat,
        skor: skorLain[predikat]![i]!,
        ratingHasilKerja: predikat === "BUTUH_PERBAIKAN" ? "DI_BAWAH_EKSPEKTASI" : predikat === "SANGAT_BAIK" ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI",
        ratingPerilaku: predikat === "SANGAT_BAIK" ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI",
      })),
    ),
  ];

  it("Dinas Perhubungan (organisation Baik, N = 8): the rules demand exactly one Baik less", () => {
    expect([rahmat["predikat"], rahmat["capaianHasilKerja"]]).toEqual(["BAIK", 115.08]);
    const check = checkDistribution(members, distributionConstraints("BAIK", 8));
    // max Baik = ⌊0.7 × 8⌋ = 5 < 6; Butuh Perbaikan + Kurang/Misconduct = 1 ≥ 1 already
    expect(check.counts.map((c) => c.count)).toEqual([1, 6, 1, 0, 0]);
    expect(check.violations.map((v) => [v.constraint, v.actual, v.limit])).toEqual([["BAIK:MAX", 6, 5]]);
  });

  it("moves exactly one Baik employee, the one with the lowest skor, to Butuh Perbaikan (flagged: her ratings give Baik)", () => {
    const proposal = calibrateUnit({ predikatOrganisasi: dishub.predikatOrganisasi, members });
    expect(proposal).toMatchObject({ status: "PERLU_KALIBRASI", complies: true, totalSteps: 1 });
    expect(proposal.changes).toHaveLength(1);
    expect(proposal.changes[0]).toMatchObject({
      id: "dishub-BAIK-3",
      from: "BAIK",
      to: "BUTUH_PERBAIKAN",
      direction: "TURUN",
      flags: ["BERTENTANGAN_DENGAN_BUKTI"],
      evidence: { skor: 88.2, kuadran: "BAIK", position: 6, of: 6 },
    });
    expect(proposal.changes[0]?.reason.id).toBe(
      "Baik → Butuh Perbaikan: Baik paling banyak 70%: 6 orang, paling banyak 5. Dipilih menurut bukti: urutan ke-6 dari 6 pegawai Baik (1 = bukti terkuat; skor 88,2; rating hasil kerja Sesuai Ekspektasi, perilaku Sesuai Ekspektasi; kuadran Baik)",
    );
    // promoting her to Sangat Baik (unlimited under Baik) would also take one change: the tie goes to the worse category
    const promoted = members.map((m) => (m.id === "dishub-BAIK-3" ? { ...m, predikat: "SANGAT_BAIK" } : m));
    expect(checkDistribution(promoted, distributionConstraints("BAIK", 8)).compliant).toBe(true);
    expect(calibrateUnit({ predikatOrganisasi: "BAIK", members, kuadran: false }).changes[0]?.flags).toEqual([]);
  });

  it("draws the charts of the guides (docs/guides/*.svg are generated here and must stay in sync)", async () => {
    const stats = distributionStats(members, distributionConstraints("BAIK", members.length), { unit: dishub.unitKerja });
    await expect(distributionSvg(stats, { lang: "id" })).toMatchFileSnapshot("../../../docs/guides/distribusi-contoh.svg");
    await expect(distributionSvg(stats, { lang: "en" })).toMatchFileSnapshot("../../../docs/guides/distribution-example.svg");
  });

  it("the other Belawan units (counts of units.json with the scored plans added, as in the demo) comply", () => {
    const counts: Record<string, Record<string, number>> = {
      "Dinas Kesehatan — Puskesmas Belawan": { SANGAT_BAIK: 4, BAIK: 3 },
      "Kecamatan Medan Belawan": { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1 },
    };
    for (const unit of units.filter((u) => u !== dishub)) {
      const list = Object.entries(counts[unit.unitKerja]!).flatMap(([predikat, count]) => all(count, predikat).map((m) => ({ ...m, id: `${predikat}-${m.id}` })));
      expect(calibrateUnit({ predikatOrganisasi: unit.predikatOrganisasi, members: list }), unit.unitKerja).toMatchObject({ status: "SESUAI", changes: [] });
    }
  });

  it("a small unit that no distribution can fit is reported, with nothing proposed", () => {
    const proposal = calibrateUnit({ predikatOrganisasi: "KURANG", members: all(2, "KURANG_MISCONDUCT") });
    expect(proposal).toMatchObject({ status: "TIDAK_LAYAK", changes: [], complies: false });
    expect(proposal.before.feasibility.reasons).toEqual([
      {
        constraints: ["BUTUH_PERBAIKAN:MIN", "KURANG_MISCONDUCT:MIN"],
        message: {
          id: "Jumlah minimum (3) melebihi jumlah pegawai (2): Butuh Perbaikan paling sedikit 10% (paling sedikit 1); Kurang/Misconduct paling sedikit 60% (paling sedikit 2)",
          en: "The minimums add up to 3, more than the headcount of 2: Butuh Perbaikan at least 10% (at least 1); Kurang/Misconduct at least 60% (at least 2)",
        },
      },
    ]);
    // one employee under a Baik organisation is feasible: the only compliant predikat is Butuh Perbaikan or Kurang/Misconduct
    expect(calibrateUnit({ predikatOrganisasi: "BAIK", members: all(1, "BAIK") }).changes).toMatchObject([{ from: "BAIK", to: "BUTUH_PERBAIKAN", flags: ["TANPA_SKOR"] }]);
  });
});

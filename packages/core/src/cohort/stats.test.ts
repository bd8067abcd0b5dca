/**
 * distributionStats / unitDistributionStats: counts, shares and the band each category may take
 * on its own (the reading of the preset's batasPerPredikat), per cohort and per unit.
 */
import { describe, expect, it } from "vitest";
import { member, PREDIKAT, seConstraints } from "./fixtures/cohort-fixtures.js";
import { distributionStats, unitDistributionStats } from "./stats.js";
import type { CohortMember } from "./types.js";

function cohort(counts: Readonly<Record<string, number>>, unit?: string): CohortMember[] {
  return PREDIKAT.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, (_, i) => member(`${unit ?? ""}${p}${i}`, p, unit ? { unit } : {})));
}

describe("distributionStats", () => {
  it("Dinas Perhubungan: Baik 75% against a band of 0–62.5%, the only category outside its band", () => {
    const stats = distributionStats(cohort({ SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 1 }), seConstraints("BAIK", 8), { unit: "Dinas Perhubungan" });
    expect([stats.unit, stats.headcount, stats.compliant]).toEqual(["Dinas Perhubungan", 8, false]);
    expect(stats.categories.map((c) => [c.category, c.count, c.share, c.min, c.max, c.maxShare, c.withinBand])).toEqual([
      ["SANGAT_BAIK", 1, 0.125, 0, 8, 1, true],
      ["BAIK", 6, 0.75, 0, 5, 0.625, false],
      ["BUTUH_PERBAIKAN", 1, 0.125, 0, 8, 1, true],
      ["KURANG_MISCONDUCT", 0, 0, 0, 8, 1, true],
      ["SANGAT_KURANG", 0, 0, 0, 8, 1, true],
    ]);
    expect(stats.categories[1]?.label).toEqual({ id: "BAIK", en: "BAIK" });
  });

  it("bands read like the preset's batasPerPredikat (organisation Kurang, N = 10)", () => {
    const stats = distributionStats(cohort({ BAIK: 10 }), seConstraints("KURANG", 10));
    expect(stats.categories.map((c) => ({ predikat: c.category, minimum: c.min, maksimum: c.max }))).toEqual([
      { predikat: "SANGAT_BAIK", minimum: 0, maksimum: 1 },
      { predikat: "BAIK", minimum: 0, maksimum: 10 },
      { predikat: "BUTUH_PERBAIKAN", minimum: 1, maksimum: 10 },
      { predikat: "KURANG_MISCONDUCT", minimum: 6, maksimum: 10 },
      { predikat: "SANGAT_KURANG", minimum: 0, maksimum: 10 },
    ]);
    expect(stats.categories.map((c) => c.withinBand)).toEqual([true, true, false, false, true]);
  });

  it("an empty cohort has shares 0", () => {
    const stats = distributionStats([], seConstraints("ISTIMEWA", 0));
    expect(stats.categories.every((c) => c.share === 0 && c.minShare === 0 && c.maxShare === 0)).toBe(true);
    expect(stats).not.toHaveProperty("unit");
  });
});

describe("unitDistributionStats", () => {
  it("gives one entry per unit, in code-unit order, each with its own constraints", () => {
    const members = [...cohort({ BAIK: 6, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 }, "Kecamatan"), ...cohort({ SANGAT_BAIK: 4, BAIK: 3 }, "Dinkes")];
    const org: Readonly<Record<string, string>> = { Kecamatan: "BAIK", Dinkes: "ISTIMEWA" };
    const stats = unitDistributionStats(members, (unit, n) => seConstraints(org[unit] ?? "?", n));
    expect(stats.map((s) => [s.unit, s.headcount, s.compliant, s.categories[0]?.max])).toEqual([
      ["Dinkes", 7, true, 4],
      ["Kecamatan", 9, true, 9],
    ]);
  });
});

/**
 * checkDistribution: counts and shares, every violation with bilingual messages (the SE MenPANRB
 * 3/2023 shapes of the fixture), feasibility reported as data with a smallest conflicting set,
 * and the Belawan Dinas Perhubungan unit (one BAIK too many).
 */
import { describe, expect, it } from "vitest";
import { checkDistribution } from "./check.js";
import { member, PREDIKAT, seConstraints } from "./fixtures/cohort-fixtures.js";
import type { CohortMember, DistributionConstraints } from "./types.js";

/** Members with the given counts per predikat (ids p1, p2, … in predikat order). */
function cohort(counts: Readonly<Record<string, number>>): CohortMember[] {
  let i = 0;
  return PREDIKAT.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, () => member(`p${++i}`, p)));
}

describe("checkDistribution", () => {
  it("Dinas Perhubungan (organisation Baik, N = 8): Baik 6 > 5, the combined Butuh Perbaikan/Kurang minimum holds", () => {
    const check = checkDistribution(cohort({ SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 1 }), seConstraints("BAIK", 8));
    expect(check.headcount).toBe(8);
    expect(check.counts.map((c) => [c.category, c.count, c.share])).toEqual([
      ["SANGAT_BAIK", 1, 0.125],
      ["BAIK", 6, 0.75],
      ["BUTUH_PERBAIKAN", 1, 0.125],
      ["KURANG_MISCONDUCT", 0, 0],
      ["SANGAT_KURANG", 0, 0],
    ]);
    expect(check.violations).toEqual([
      {
        constraint: "BAIK:MAX",
        categories: ["BAIK"],
        bound: "MAX",
        actual: 6,
        limit: 5,
        message: { id: "BAIK paling banyak 70%: 6 orang, paling banyak 5", en: "BAIK at most 70%: 6 people, at most 5" },
      },
    ]);
    expect([check.compliant, check.feasibility]).toEqual([false, { feasible: true, reasons: [] }]);
  });

  it("lists every violation at once, in constraint order", () => {
    const check = checkDistribution(cohort({ SANGAT_BAIK: 2, BAIK: 8 }), seConstraints("SANGAT_KURANG", 10));
    expect(check.violations.map((v) => [v.constraint, v.bound, v.actual, v.limit])).toEqual([
      ["SANGAT_BAIK:MAX", "MAX", 2, 0],
      ["BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN", "MIN", 0, 1],
      ["SANGAT_KURANG:MIN", "MIN", 0, 6],
    ]);
  });

  it("a compliant cohort has no violation", () => {
    const check = checkDistribution(cohort({ SANGAT_BAIK: 2, BAIK: 7, KURANG_MISCONDUCT: 1 }), seConstraints("BAIK", 10));
    expect([check.compliant, check.violations]).toEqual([true, []]);
  });

  it.each([
    ["KURANG", 1, 2],
    ["KURANG", 2, 3],
    ["SANGAT_KURANG", 1, 2],
    ["SANGAT_KURANG", 2, 3],
  ] as const)("organisation %s with N = %i is infeasible: the minimums add up to %i", (org, n, sum) => {
    const check = checkDistribution(cohort({ KURANG_MISCONDUCT: n }), seConstraints(org, n));
    expect(check.feasibility.feasible).toBe(false);
    const reason = check.feasibility.reasons[0];
    expect(check.feasibility.reasons).toHaveLength(1);
    expect(reason?.constraints).toHaveLength(2);
    expect(reason?.message.en).toMatch(new RegExp(`^The minimums add up to ${sum}, more than the headcount of ${n}: `));
    expect(reason?.message.id).toMatch(new RegExp(`^Jumlah minimum \\(${sum}\\) melebihi jumlah pegawai \\(${n}\\): `));
  });

  it("organisation Baik with N = 1 is feasible: one Butuh Perbaikan (or Kurang/Misconduct) complies", () => {
    const check = checkDistribution(cohort({ BAIK: 1 }), seConstraints("BAIK", 1));
    expect(check.violations.map((v) => v.constraint)).toEqual(["BAIK:MAX", "BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN"]);
    expect(check.feasibility).toEqual({ feasible: true, reasons: [] });
  });

  it("names the smallest set of constraints in conflict, not every constraint", () => {
    const constraints: DistributionConstraints = {
      categories: ["A", "B", "C"],
      constraints: [
        { id: "ab-min", categories: ["A", "B"], min: 3, label: { id: "A+B", en: "A+B" } },
        { id: "c-max", categories: ["C"], max: 4, label: { id: "C", en: "C" } },
        { id: "a-max", categories: ["A"], max: 1, label: { id: "A", en: "A" } },
        { id: "b-max", categories: ["B"], max: 1, label: { id: "B", en: "B" } },
      ],
    };
    const check = checkDistribution(["1", "2", "3", "4", "5"].map((id) => member(id, "C")), constraints);
    expect(check.feasibility.reasons).toEqual([
      {
        constraints: ["ab-min", "a-max", "b-max"],
        message: {
          id: "Tidak ada sebaran 5 pegawai yang memenuhi semua batasan ini sekaligus: A+B (paling sedikit 3); A (paling banyak 1); B (paling banyak 1)",
          en: "No distribution over a headcount of 5 meets all of these constraints at once: A+B (at least 3); A (at most 1); B (at most 1)",
        },
      },
    ]);
  });

  it("an empty cohort has shares 0 and is compliant when no minimum applies", () => {
    const check = checkDistribution([], seConstraints("ISTIMEWA", 0));
    expect([check.headcount, check.compliant, check.counts.every((c) => c.share === 0)]).toEqual([0, true, true]);
  });

  it("a limit may cover both bounds of one set", () => {
    const constraints: DistributionConstraints = { categories: ["A", "B"], constraints: [{ id: "a", categories: ["A"], min: 1, max: 2, label: { id: "A", en: "A" } }] };
    const three = checkDistribution([member("1", "A"), member("2", "A"), member("3", "A")], constraints);
    expect(three.violations.map((v) => [v.bound, v.actual, v.limit])).toEqual([["MAX", 3, 2]]);
    expect(checkDistribution([member("1", "B")], constraints).violations.map((v) => [v.bound, v.actual, v.limit])).toEqual([["MIN", 0, 1]]);
  });
});

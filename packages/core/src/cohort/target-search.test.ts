/**
 * searchTarget / hasSolution: the target counts of a calibration on hand-checked cases — fewest
 * people changed first, then fewest levels, then demotion over promotion on a tie — and a
 * national-scale unit (N = 3000). The exhaustive comparison with brute force is in
 * minimality.prop.test.ts.
 */
import { describe, expect, it } from "vitest";
import { hasSolution, searchTarget, type SearchRule } from "./target-search.js";

const rule = (members: number[], min: number, max = Infinity): SearchRule => ({ members, min, max });
/** SE MenPANRB 3/2023, organisation Baik, N = 8: Baik ≤ 5, Butuh Perbaikan + Kurang/Misconduct ≥ 1. */
const BAIK_8 = [rule([1], 0, 5), rule([2, 3], 1)];

describe("searchTarget", () => {
  it("Dinas Perhubungan (1 / 6 / 1 / 0 / 0 under Baik): one change; demotion wins the tie with promotion", () => {
    expect(searchTarget([1, 6, 1, 0, 0], BAIK_8)).toEqual({ counts: [1, 5, 2, 0, 0], changes: 1, steps: 1 });
  });

  it("a compliant count vector is its own target", () => {
    expect(searchTarget([1, 5, 2, 0, 0], BAIK_8)).toEqual({ counts: [1, 5, 2, 0, 0], changes: 0, steps: 0 });
  });

  it("prefers adjacent categories once the number of people is minimal (Sangat Kurang, N = 10, everyone Baik)", () => {
    const rules = [rule([0], 0, 0), rule([2, 3], 1), rule([4], 6)];
    // 7 must leave Baik; the combined minimum goes to Butuh Perbaikan (1 level), not Kurang/Misconduct (2)
    expect(searchTarget([0, 10, 0, 0, 0], rules)).toEqual({ counts: [0, 3, 1, 0, 6], changes: 7, steps: 1 + 6 * 3 });
  });

  it("never trades more people for shorter moves: one person two levels beats two people one level each", () => {
    expect(searchTarget([1, 1, 0], [rule([0], 0, 0), rule([2], 1)])).toEqual({ counts: [0, 1, 1], changes: 1, steps: 2 });
  });

  it("finds a target when the rules overlap without nesting", () => {
    const rules = [rule([0, 1], 2, 2), rule([1, 2], 0, 1), rule([0, 2], 1)];
    expect(searchTarget([0, 0, 3], rules)).toEqual({ counts: [2, 0, 1], changes: 2, steps: 4 });
  });

  it("returns undefined when no count vector complies", () => {
    expect(searchTarget([0, 0, 1, 0, 0], [rule([2], 1), rule([3], 1)])).toBeUndefined();
  });

  it("handles one and two categories (padded internally)", () => {
    expect(searchTarget([3], [rule([0], 0, 3)])).toEqual({ counts: [3], changes: 0, steps: 0 });
    expect(searchTarget([3, 0], [rule([0], 0, 1)])).toEqual({ counts: [1, 2], changes: 2, steps: 2 });
    expect(searchTarget([3], [rule([0], 0, 2)])).toBeUndefined();
  });

  it("scales to a national-size unit: 3000 employees, everyone Baik, under Sangat Kurang", () => {
    const rules = [rule([0], 0, 0), rule([2, 3], 300), rule([4], 1800)];
    expect(searchTarget([0, 3000, 0, 0, 0], rules)).toEqual({ counts: [0, 900, 300, 0, 1800], changes: 2100, steps: 300 + 1800 * 3 });
  });
});

describe("hasSolution", () => {
  it("is exact on the SE small-unit cases", () => {
    // Kurang: Sangat Baik ≤ ⌊0.1 N⌋, Butuh Perbaikan ≥ ⌈0.1 N⌉, Kurang/Misconduct ≥ ⌈0.6 N⌉
    const kurang = (n: number): SearchRule[] => [rule([0], 0, Math.floor(n / 10)), rule([2], Math.ceil(n / 10)), rule([3], Math.ceil((6 * n) / 10))];
    expect([1, 2, 3, 4, 10].map((n) => hasSolution(5, n, kurang(n)))).toEqual([false, false, true, true, true]);
  });

  it("is true for any headcount without rules, and false for a minimum above the headcount", () => {
    expect(hasSolution(5, 0, [])).toBe(true);
    expect(hasSolution(2, 4, [rule([0, 1], 5)])).toBe(false);
  });
});

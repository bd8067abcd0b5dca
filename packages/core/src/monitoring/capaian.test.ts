/**
 * The capaian formulas of PermenPANRB 8/2021 (REFERENCE §4.2) as used by monitoring, the cap, the
 * HALF_UP rounding to 2 decimals, and the status thresholds.
 */
import { describe, expect, it } from "vitest";
import { boundedCapaian, capaianFormula, isCapped, statusOf } from "./capaian.js";

describe("capaianFormula", () => {
  it("NAIK: realisasi / target × 100, decimal-exact", () => {
    expect(capaianFormula("NAIK", 5, 4)).toBe(125);
    expect(capaianFormula("NAIK", 0.3, 0.1)).toBe(300);
    expect(capaianFormula("NAIK", 0, 8)).toBe(0);
  });

  it("TURUN: (1 + (1 − realisasi / target)) × 100, the §4.2 examples", () => {
    expect(capaianFormula("TURUN", 12, 15)).toBe(120);
    expect(capaianFormula("TURUN", 9, 8)).toBe(87.5);
    expect(boundedCapaian(capaianFormula("TURUN", 6.5, 7), 120)).toBe(107.14);
    expect(capaianFormula("TURUN", 15, 15)).toBe(100);
    expect(capaianFormula("TURUN", 0, 15)).toBe(200);
  });

  it("TURUN goes negative beyond twice the target (floored later)", () => {
    expect(capaianFormula("TURUN", 40, 16)).toBe(-50);
    expect(boundedCapaian(-50, 120)).toBe(0);
  });

  it("RENTANG: lower bound below, upper bound above, 100 inside (the §4.2 example 70 vs 80–90)", () => {
    expect(capaianFormula("RENTANG", 70, 80, 90)).toBe(87.5);
    expect(capaianFormula("RENTANG", 80, 80, 90)).toBe(100);
    expect(capaianFormula("RENTANG", 85, 80, 90)).toBe(100);
    expect(capaianFormula("RENTANG", 90, 80, 90)).toBe(100);
    expect(boundedCapaian(capaianFormula("RENTANG", 95, 80, 90), 120)).toBe(105.56);
  });
});

describe("boundedCapaian", () => {
  it("rounds HALF_UP to 2 decimals on the decimal value", () => {
    expect(boundedCapaian(12.345, 120)).toBe(12.35);
    expect(boundedCapaian(1.005, 120)).toBe(1.01);
    expect(boundedCapaian(83.33333333333333, 120)).toBe(83.33);
    expect(boundedCapaian(-0.004, 120)).toBe(0);
  });

  it("caps at capaianMaks, after rounding", () => {
    expect(boundedCapaian(125, 120)).toBe(120);
    expect(boundedCapaian(120.004, 120)).toBe(120);
    expect(boundedCapaian(110.5, 110.25)).toBe(110.25);
    expect(isCapped(125, 120)).toBe(true);
    expect(isCapped(120.004, 120)).toBe(false);
    expect(isCapped(120, 120)).toBe(false);
  });
});

describe("statusOf", () => {
  const ambang = { onTrack: 100, atRisk: 80 };
  it("uses ≥ at both thresholds", () => {
    expect(statusOf(100, ambang)).toBe("ON_TRACK");
    expect(statusOf(99.99, ambang)).toBe("AT_RISK");
    expect(statusOf(80, ambang)).toBe("AT_RISK");
    expect(statusOf(79.99, ambang)).toBe("OFF_TRACK");
    expect(statusOf(0, { onTrack: 0, atRisk: 0 })).toBe("ON_TRACK");
  });
});

/**
 * Periods of a plan: month and quarter codes, clipping to the plan, which periods have ended as of
 * a date (end of that day), the elapsed fractions, leap years, and the INPUT_INVALID errors.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { isCalendarDate } from "./calendar-date.js";
import { elapsedPeriods, findPeriod, listPeriods, parsePeriodCode, periodCodeOf, type PeriodePenilaian } from "./periods.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

const YEAR_2024: PeriodePenilaian = { mulai: "2024-01-01", selesai: "2024-12-31" };

function thrown(run: () => unknown): KinerjaError {
  return thrownKinerjaError(run);
}

describe("calendar dates", () => {
  it("accepts real YYYY-MM-DD dates only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-04-31")).toBe(false);
    expect(isCalendarDate("2024-3-01")).toBe(false);
    expect(isCalendarDate("2024-W01")).toBe(false);
    expect(isCalendarDate("0000-01-01")).toBe(false);
    expect(isCalendarDate("2024-01-01T00:00")).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
  });
});

describe("parsePeriodCode / periodCodeOf", () => {
  it("reads month and quarter codes as calendar ranges", () => {
    expect(parsePeriodCode("2024-02")).toEqual({ code: "2024-02", frekuensi: "BULANAN", mulai: "2024-02-01", selesai: "2024-02-29" });
    expect(parsePeriodCode("2023-02")?.selesai).toBe("2023-02-28");
    expect(parsePeriodCode("2024-Q4")).toEqual({ code: "2024-Q4", frekuensi: "TRIWULANAN", mulai: "2024-10-01", selesai: "2024-12-31" });
  });

  it("rejects anything else", () => {
    for (const bad of ["2024-13", "2024-00", "2024-Q5", "2024-Q0", "2024-3", "24-03", "2024-q1", "0000-01", 202403, null]) {
      expect(parsePeriodCode(bad)).toBeUndefined();
    }
  });

  it("finds the code of a date", () => {
    expect(periodCodeOf("2024-02-29", "BULANAN")).toBe("2024-02");
    expect(periodCodeOf("2024-02-29", "TRIWULANAN")).toBe("2024-Q1");
    expect(periodCodeOf("2024-07-01", "TRIWULANAN")).toBe("2024-Q3");
    expect(thrown(() => periodCodeOf("2023-02-29", "BULANAN")).issues.map((i) => i.path)).toEqual([["tanggal"]]);
  });
});

describe("listPeriods", () => {
  it("lists the 12 months of a calendar year with their days", () => {
    const months = listPeriods(YEAR_2024, "BULANAN");
    expect(months.map((p) => p.code)).toEqual([
      "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
      "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
    ]);
    expect(months[1]).toEqual({ code: "2024-02", mulai: "2024-02-01", selesai: "2024-02-29", days: 29, clipped: false });
    expect(months.reduce((n, p) => n + p.days, 0)).toBe(366);
  });

  it("lists the 4 quarters", () => {
    const quarters = listPeriods(YEAR_2024, "TRIWULANAN");
    expect(quarters.map((p) => [p.code, p.mulai, p.selesai, p.days])).toEqual([
      ["2024-Q1", "2024-01-01", "2024-03-31", 91],
      ["2024-Q2", "2024-04-01", "2024-06-30", 91],
      ["2024-Q3", "2024-07-01", "2024-09-30", 92],
      ["2024-Q4", "2024-10-01", "2024-12-31", 92],
    ]);
  });

  it("clips the first and last periods to the plan period", () => {
    const plan = { mulai: "2024-02-15", selesai: "2024-08-10" };
    const quarters = listPeriods(plan, "TRIWULANAN");
    expect(quarters.map((p) => [p.code, p.mulai, p.selesai, p.clipped])).toEqual([
      ["2024-Q1", "2024-02-15", "2024-03-31", true],
      ["2024-Q2", "2024-04-01", "2024-06-30", false],
      ["2024-Q3", "2024-07-01", "2024-08-10", true],
    ]);
    expect(listPeriods({ mulai: "2024-05-20", selesai: "2024-05-20" }, "BULANAN")).toEqual([
      { code: "2024-05", mulai: "2024-05-20", selesai: "2024-05-20", days: 1, clipped: true },
    ]);
  });

  it("spans years", () => {
    const codes = listPeriods({ mulai: "2023-11-01", selesai: "2024-02-29" }, "BULANAN").map((p) => p.code);
    expect(codes).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });

  it("reports every problem at once", () => {
    const e = thrown(() => listPeriods({ mulai: "2024-02-30", selesai: "31-12-2024" }, "MINGGUAN" as never));
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues.map((i) => i.path)).toEqual([["periode", "mulai"], ["periode", "selesai"], ["frekuensi"]]);
    const reversed = thrown(() => listPeriods({ mulai: "2024-12-31", selesai: "2024-01-01" }, "BULANAN"));
    expect(reversed.issues[0]?.message.id).toBe("Periode rencana terbalik: mulai 2024-12-31 sesudah selesai 2024-01-01");
  });
});

describe("findPeriod", () => {
  it("finds the (clipped) period of a date inside the plan, and nothing outside", () => {
    const plan = { mulai: "2024-01-15", selesai: "2024-12-31" };
    expect(findPeriod("2024-01-20", plan, "BULANAN")).toMatchObject({ code: "2024-01", mulai: "2024-01-15" });
    expect(findPeriod("2024-01-10", plan, "BULANAN")).toBeUndefined();
    expect(findPeriod("2025-01-01", plan, "TRIWULANAN")).toBeUndefined();
    expect(findPeriod("2024-02-29", plan, "TRIWULANAN")?.code).toBe("2024-Q1");
  });
});

describe("elapsedPeriods", () => {
  it("counts a period as ended on its last day (asOf is the end of the day)", () => {
    const e = elapsedPeriods(YEAR_2024, "BULANAN", "2024-06-30");
    expect(e.ended.map((p) => p.code)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]);
    expect(e.current).toBeNull();
    expect(e.fraction).toBe(0.5);
    expect(e.daysElapsed).toBe(182);
    expect(e.daysTotal).toBe(366);
    expect(e.dayFraction).toBe(182 / 366);
  });

  it("has a current period in the middle of one", () => {
    const e = elapsedPeriods(YEAR_2024, "TRIWULANAN", "2024-05-15");
    expect(e.ended.map((p) => p.code)).toEqual(["2024-Q1"]);
    expect(e.current?.code).toBe("2024-Q2");
    expect(e.fraction).toBe(0.25);
  });

  it("handles Feb 29 of a leap year", () => {
    expect(elapsedPeriods(YEAR_2024, "BULANAN", "2024-02-28").ended.length).toBe(1);
    const leap = elapsedPeriods(YEAR_2024, "BULANAN", "2024-02-29");
    expect(leap.ended.map((p) => p.code)).toEqual(["2024-01", "2024-02"]);
    expect(leap.daysElapsed).toBe(60);
    expect(leap.fraction).toBe(2 / 12);
  });

  it("is empty before the plan starts and complete after it ends", () => {
    const before = elapsedPeriods(YEAR_2024, "BULANAN", "2023-12-31");
    expect([before.ended.length, before.current, before.fraction, before.daysElapsed, before.dayFraction]).toEqual([0, null, 0, 0, 0]);
    const after = elapsedPeriods(YEAR_2024, "TRIWULANAN", "2025-03-01");
    expect([after.ended.length, after.current, after.fraction, after.daysElapsed, after.dayFraction]).toEqual([4, null, 1, 366, 1]);
  });

  it("counts a clipped period as a whole period, and days by the calendar", () => {
    const e = elapsedPeriods({ mulai: "2024-01-15", selesai: "2024-12-31" }, "BULANAN", "2024-01-31");
    expect(e.fraction).toBe(1 / 12);
    expect(e.daysElapsed).toBe(17);
    expect(e.daysTotal).toBe(352);
  });

  it("rejects a bad asOf", () => {
    expect(thrown(() => elapsedPeriods(YEAR_2024, "BULANAN", "2023-02-29")).issues[0]?.path).toEqual(["asOf"]);
  });
});

import fc from "fast-check";
import { format, getQuarter, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatCalendarDate, isCalendarDate, pad, parseCalendarDate } from "./calendar-date.js";

/** A real calendar date written YYYY-MM-DD, any year 0001–9999. */
const calendarDate = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("calendar dates written by hand equal date-fns", () => {
  it("parseCalendarDate is parseISO (local midnight) and formatCalendarDate is format yyyy-MM-dd", () => {
    fc.assert(
      fc.property(calendarDate, (text) => {
        expect(isCalendarDate(text)).toBe(true);
        const parsed = parseCalendarDate(text) as Date;
        expect(parsed.getTime()).toBe(parseISO(text).getTime());
        expect(formatCalendarDate(parsed)).toBe(text);
        expect(formatCalendarDate(parsed)).toBe(format(parsed, "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
  });

  it("month and quarter codes equal date-fns's", () => {
    fc.assert(
      fc.property(calendarDate, (text) => {
        const d = parseCalendarDate(text) as Date;
        expect(`${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}`).toBe(format(d, "yyyy-MM"));
        expect(Math.floor(d.getMonth() / 3) + 1).toBe(getQuarter(d));
      }),
    );
  });

  it("refuses what is not a real date", () => {
    for (const text of ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "", "2024-02-30"]) expect(parseCalendarDate(text)).toBeUndefined();
    expect(parseCalendarDate(20240101)).toBeUndefined();
  });
});

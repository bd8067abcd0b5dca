/**
 * Calendar dates as `YYYY-MM-DD` strings, checked, parsed (local midnight) and written back by
 * `internal/calendar-date`, so no time zone ever shifts a date; two such strings compare
 * correctly as plain strings.
 * @module
 */
import { differenceInCalendarDays } from "date-fns";
import { formatCalendarDate, isCalendarDate as isRealDate, parseCalendarDate } from "../internal/calendar-date.js";

/** A calendar date written `YYYY-MM-DD`, such as `"2024-02-29"`. */
export type CalendarDate = string;

/** Whether `value` is a real `YYYY-MM-DD` calendar date. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && isRealDate(value);
}

export { formatCalendarDate, parseCalendarDate };

/** Days from `from` to `to`, both counted (`"2024-01-01"` to `"2024-01-31"` is 31); 0 if `to < from`. */
export function inclusiveDays(from: Date, to: Date): number {
  const days = differenceInCalendarDays(to, from) + 1;
  return days > 0 ? days : 0;
}

/** The earlier of two `YYYY-MM-DD` dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

/** The later of two `YYYY-MM-DD` dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

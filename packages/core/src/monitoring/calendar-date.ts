/**
 * Calendar dates as `YYYY-MM-DD` strings. They are parsed with date-fns `parseISO` (local
 * midnight) and written back with `format(d, "yyyy-MM-dd")`, so no time zone ever shifts a date;
 * two such strings compare correctly as plain strings.
 * @module
 */
import { differenceInCalendarDays, format, isValid, parseISO } from "date-fns";

/** A calendar date written `YYYY-MM-DD`, such as `"2024-02-29"`. */
export type CalendarDate = string;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `Date` (local midnight) of a real `YYYY-MM-DD` calendar date, or `undefined` for anything
 * else: another shape (`"2024-3-1"`, `"2024-W01"`), an impossible date (`"2023-02-29"`) or the
 * year 0000.
 */
export function parseCalendarDate(value: unknown): Date | undefined {
  if (typeof value !== "string" || !SHAPE.test(value)) return undefined;
  const date = parseISO(value);
  // The round trip rejects what parseISO bends, such as year 0000 (printed as 0001).
  return isValid(date) && formatCalendarDate(date) === value ? date : undefined;
}

/** Whether `value` is a real `YYYY-MM-DD` calendar date. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return parseCalendarDate(value) !== undefined;
}

/** Writes a `Date` as its local calendar date `YYYY-MM-DD`. */
export function formatCalendarDate(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}

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

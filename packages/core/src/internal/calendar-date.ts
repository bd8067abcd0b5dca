/**
 * Calendar dates written `YYYY-MM-DD`: the one check of what counts as a real date (used for
 * policy dates, date inputs, date literals in formulas and rules, and monitoring periods) and the
 * one way to turn such a text into a date-fns `Date` (local midnight, so no time zone shifts it).
 * @module
 */
import { format, parseISO } from "date-fns";

/** True for a real calendar date written `YYYY-MM-DD` (`2024-02-29`, not `2023-02-29` or `2024-3-1`). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The `Date` (local midnight) of a real `YYYY-MM-DD` calendar date, or `undefined` for anything else. */
export function parseCalendarDate(value: unknown): Date | undefined {
  return typeof value === "string" && isCalendarDate(value) ? parseISO(value) : undefined;
}

/** Writes a `Date` as its local calendar date `YYYY-MM-DD`. */
export function formatCalendarDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/**
 * Calendar dates written `YYYY-MM-DD`: the one check of what counts as a real date (used for
 * policy dates, date inputs, date literals in formulas and rules, and monitoring periods) and the
 * one way to turn such a text into a `Date` for date-fns (local midnight, so no time zone shifts it),
 * written out by hand: these run for every period of every monitored plan.
 * @module
 */
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
  if (typeof value !== "string" || !isCalendarDate(value)) return undefined;
  const date = new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  // `new Date(y, …)` reads a year 0–99 as 1900–1999; set the full year as written.
  date.setFullYear(Number(value.slice(0, 4)));
  return date;
}

/** Writes a `Date` as its local calendar date `YYYY-MM-DD`. */
export function formatCalendarDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** `n` (≥ 0) in at least `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

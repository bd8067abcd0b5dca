/**
 * Calendar helpers of the forms: today's date, kept inside the plan's year.
 * @module
 */

/** Today (`YYYY-MM-DD`, local time) when it falls in `tahun`, else the last (or first) day of that year. */
export function dayInYear(tahun: number): string {
  const today = new Date();
  if (today.getFullYear() === tahun) return iso(today);
  return today.getFullYear() > tahun ? `${tahun}-12-31` : `${tahun}-01-01`;
}

/** The month (`YYYY-MM`) of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last month of `tahun` that has ended by today (`YYYY-MM`), or January for a future year. */
export function lastEndedMonth(tahun: number): string {
  const today = new Date();
  if (today.getFullYear() > tahun) return `${tahun}-12`;
  if (today.getFullYear() < tahun || today.getMonth() === 0) return `${tahun}-01`;
  return `${tahun}-${String(today.getMonth()).padStart(2, "0")}`;
}

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

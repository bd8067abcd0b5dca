/**
 * Input schemas of the store's methods (zod, run jitless) and {@link parseInput}, which turns
 * every problem into one `INPUT_INVALID` error with bilingual issues.
 * @module
 */
import * as z from "zod";
import { KinerjaError, type IssuePath } from "../../errors.js";
import { isCalendarDate } from "../../internal/calendar-date.js";
import { fromZodIssues } from "../../compiler/zod-issues.js";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const PERIOD = /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;

/** An identifier: 1–100 characters without control characters or `:` (which joins composite keys). */
export const Id: z.ZodString = z.string().min(1).max(100).refine((s) => !CONTROL.test(s) && !s.includes(":"), "kinerja:id");
/** A short text (names). */
export const Name: z.ZodString = z.string().trim().min(1).max(200);
/** A long text (descriptions, feedback). */
export const LongText: z.ZodString = z.string().trim().min(1).max(4000);
/** A `YYYY-MM-DD` calendar date. */
export const CalendarDateText: z.ZodString = z.string().refine(isCalendarDate, "kinerja:date");
/** A year. */
export const Year: z.ZodNumber = z.number().int().min(2000).max(2100);
/** A period code: `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
export const PeriodCode: z.ZodString = z.string().regex(PERIOD, "kinerja:period");
/** A finite number. */
export const Finite: z.ZodNumber = z.number().finite();
/** An UPPER_SNAKE code. */
export const Code: z.ZodString = z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/, "kinerja:code");

const Actor = z.string().trim().min(1).max(200);
const IdempotencyKey = z.string().min(1).max(200);
const RowVersion = z.number().int().min(1);

/** The fields every write accepts. */
export const WriteFields: { actor: z.ZodString; idempotencyKey: z.ZodOptional<z.ZodString> } = { actor: Actor, idempotencyKey: IdempotencyKey.optional() };
/** The optional optimistic version of an upsert. */
export const OptionalVersion: { expectedRowVersion: z.ZodOptional<z.ZodNumber> } = { expectedRowVersion: RowVersion.optional() };
/** The required optimistic version of an update. */
export const RequiredVersion: { expectedRowVersion: z.ZodNumber } = { expectedRowVersion: RowVersion };
/** Pagination fields. */
export const PageFields: { cursor: z.ZodOptional<z.ZodString>; limit: z.ZodOptional<z.ZodNumber> } = {
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
};

/**
 * Parses `value` with `schema`; on failure throws `INPUT_INVALID` carrying every issue (paths
 * prefixed with `prefix`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, operation: string, prefix: IssuePath = []): z.output<S> {
  const parsed = schema.safeParse(value, { jitless: true });
  if (parsed.success) return parsed.data;
  throw invalidInput(operation, fromZodIssues(parsed.error.issues, prefix).map((i) => ({ ...i, code: "INPUT_INVALID" as const })));
}

/** An `INPUT_INVALID` error for `operation` with the given issues. */
export function invalidInput(operation: string, issues: KinerjaError["issues"]): KinerjaError {
  const n = issues.length;
  return new KinerjaError(
    "INPUT_INVALID",
    { id: `Masukan ${operation} tidak sah (${n} masalah)`, en: `Invalid input to ${operation} (${n} problem${n === 1 ? "" : "s"})` },
    { issues, path: issues[0]?.path ?? [] },
  );
}

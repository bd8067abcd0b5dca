/**
 * The per-query `typeCast` of the MySQL driver: integers (including `BIGINT`, the audit `seq`) as
 * numbers and every text or binary text as a UTF-8 string, independent of the pool's
 * `supportBigNumbers`, `bigNumberStrings` and `typeCast` settings.
 * @module
 */

/** The part of mysql2's type-cast field the driver reads. */
interface CastField {
  readonly type: string;
  string(encoding?: string): string | null;
}

const INTEGER_TYPES: ReadonlySet<string> = new Set(["TINY", "SHORT", "INT24", "LONG", "LONGLONG", "YEAR"]);
const TEXT_TYPES: ReadonlySet<string> = new Set(["VARCHAR", "VAR_STRING", "STRING", "TINY_BLOB", "MEDIUM_BLOB", "LONG_BLOB", "BLOB"]);

/** Reads one column value: integers as numbers, texts (also `VARBINARY` / `BLOB`) as UTF-8 strings, the rest as mysql2 does. */
export function readValue(field: CastField, next: () => unknown): unknown {
  if (INTEGER_TYPES.has(field.type)) {
    const text = field.string();
    return text === null ? null : Number(text);
  }
  if (TEXT_TYPES.has(field.type)) return field.string("utf8");
  return next();
}

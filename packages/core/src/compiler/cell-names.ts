/**
 * Resolution of the names written in decision-table cells (`SANGAT_BAIK`, `>= batasBaik`,
 * `[batas.baik..batas.sangatBaik)`): an enum value of the column first, else a constant of the
 * policy, following a dotted path through constant records down to a number, string, boolean or
 * null. Resolution happens at compile time, so the table analysis only ever sees literals.
 * @module
 */
import type { KinerjaErrorCode } from "../errors.js";
import { M } from "../i18n/compiler-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import type { JsonValue } from "../schema/policy-types.js";
import type { Scalar } from "../table/unary-test.js";
import { UNSAFE_NAMES } from "./compile-expr.js";
import { hintFor } from "./context.js";
import { describeType, typeOfJson } from "./types.js";

/** What a cell name stands for: its value (and the constant it was read from), or why it has none. */
export type CellName =
  | { readonly ok: true; readonly value: Scalar; readonly constant?: string }
  | {
      readonly ok: false;
      readonly code: Extract<KinerjaErrorCode, "UNKNOWN_NAME" | "TYPE_MISMATCH" | "UNSAFE_NAME">;
      readonly message: LocalizedText;
      readonly hint?: LocalizedText;
    };

type JsonRecord = { readonly [key: string]: JsonValue };

/** A key a cell can write as a path segment (the identifiers of the unary-test syntax). */
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Resolves one name of a cell: a value of `enumValues` (the column's enum, empty for other
 * columns) when it is one, else the scalar at that dotted path of `constants`.
 */
export function resolveCellName(name: string, enumValues: readonly string[], constants: JsonRecord): CellName {
  if (enumValues.includes(name)) return { ok: true, value: name };
  const segments = name.split(".");
  const unsafe = segments.find((s) => UNSAFE_NAMES.has(s));
  if (unsafe !== undefined) return { ok: false, code: "UNSAFE_NAME", message: fill(M.unsafeName, { name: unsafe }) };
  const [root = "", ...fields] = segments;
  if (!Object.hasOwn(constants, root)) {
    const message = fill(enumValues.length > 0 ? M.cellUnknownName : M.cellUnknownConstant, { name });
    return withHint({ ok: false, code: "UNKNOWN_NAME", message }, name, [...enumValues, ...scalarPaths(constants, "")]);
  }
  let value = constants[root] as JsonValue;
  let path = root;
  for (const field of fields) {
    if (!isRecord(value)) {
      const type = describeType(typeOfJson(value));
      return { ok: false, code: "TYPE_MISMATCH", message: fill(M.constantNotRecord, { path, type, field }) };
    }
    if (!Object.hasOwn(value, field)) {
      const message = fill(M.constantNoField, { path, field });
      return withHint({ ok: false, code: "UNKNOWN_NAME", message }, name, scalarPaths(value, `${path}.`));
    }
    value = value[field] as JsonValue;
    path = `${path}.${field}`;
  }
  if (value !== null && typeof value === "object") {
    return { ok: false, code: "TYPE_MISMATCH", message: fill(M.constantNotScalar, { name, type: describeType(typeOfJson(value)) }) };
  }
  return { ok: true, value, constant: root };
}

function withHint(result: Extract<CellName, { ok: false }>, name: string, candidates: readonly string[]): CellName {
  const hint = hintFor(name, candidates);
  return hint ? { ...result, hint } : result;
}

function isRecord(value: JsonValue): value is JsonRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The dotted paths (each prefixed with `prefix`) to every scalar a cell could name in `record`. */
function scalarPaths(record: JsonRecord, prefix: string): string[] {
  return Object.keys(record)
    .filter((key) => IDENTIFIER.test(key) && !UNSAFE_NAMES.has(key))
    .flatMap((key) => {
      const value = record[key] as JsonValue;
      if (isRecord(value)) return scalarPaths(value, `${prefix}${key}.`);
      return Array.isArray(value) ? [] : [`${prefix}${key}`];
    });
}

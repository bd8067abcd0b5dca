/**
 * The static types of the expression language, derived from the declared inputs, and the helpers
 * the checker uses to combine and describe them.
 * @module
 */
import type { FieldType, JsonValue } from "../schema/policy-types.js";

/** A static type. `nullable` marks a value that may be null; `nonEmpty` a list known to have elements. */
export type Type =
  | { readonly k: "number"; readonly nullable?: boolean; readonly min?: number; readonly max?: number; readonly integer?: boolean }
  | { readonly k: "string"; readonly nullable?: boolean; readonly literal?: string }
  | { readonly k: "boolean"; readonly nullable?: boolean }
  | { readonly k: "date"; readonly nullable?: boolean }
  | { readonly k: "enum"; readonly nullable?: boolean; readonly values: readonly string[]; readonly fromLiterals?: boolean }
  | { readonly k: "list"; readonly nullable?: boolean; readonly of: Type; readonly nonEmpty?: boolean }
  | { readonly k: "object"; readonly nullable?: boolean; readonly fields: Readonly<Record<string, Type>> }
  | { readonly k: "null"; readonly nullable?: boolean }
  | { readonly k: "any"; readonly nullable?: boolean };

/** A runtime value: what inputs, constants and decisions hold. */
export type Value = null | boolean | number | string | readonly Value[] | { readonly [key: string]: Value };

export const NUMBER: Type = { k: "number" };
export const STRING: Type = { k: "string" };
export const BOOLEAN: Type = { k: "boolean" };
export const NULL: Type = { k: "null", nullable: true };
export const ANY: Type = { k: "any", nullable: true };

/** The static type of a declared input field. */
export function typeOfField(field: FieldType): Type {
  const nullable = field.optional === true;
  switch (field.type) {
    case "number":
      return withNull({ k: "number", ...bounds(field.min, field.max), ...(field.integer === true ? { integer: true } : {}) }, nullable);
    case "string":
    case "boolean":
    case "date":
      return withNull({ k: field.type }, nullable);
    case "enum":
      return withNull({ k: "enum", values: field.values }, nullable);
    case "object":
      return withNull({ k: "object", fields: mapFields(field.fields) }, nullable);
    case "list":
      return withNull({ k: "list", of: typeOfField(field.items), nonEmpty: (field.minItems ?? 0) > 0 }, nullable);
  }
}

/** The static type of a constant JSON value. */
export function typeOfJson(value: JsonValue): Type {
  if (value === null) return NULL;
  if (typeof value === "number") return NUMBER;
  if (typeof value === "string") return { k: "string", literal: value };
  if (typeof value === "boolean") return BOOLEAN;
  if (Array.isArray(value)) {
    const of = value.map(typeOfJson).reduce<Type | undefined>((a, b) => (a ? unify(a, b) ?? ANY : b), undefined);
    // A list of texts remembers they were written in the document, so comparing it with an enum it shares no value with is caught.
    const element = of?.k === "enum" && value.every((v) => typeof v === "string") ? { ...of, fromLiterals: true } : of;
    return { k: "list", of: element ?? ANY, nonEmpty: value.length > 0 };
  }
  const fields: Record<string, Type> = {};
  for (const key of Object.keys(value)) fields[key] = typeOfJson(value[key] as JsonValue);
  return { k: "object", fields };
}

/** The same type, marked nullable (or not). */
export function withNull(type: Type, nullable: boolean): Type {
  if (type.k === "null" || type.k === "any") return type;
  if ((type.nullable === true) === nullable) return type;
  const { nullable: _drop, ...rest } = type;
  return (nullable ? { ...rest, nullable: true } : rest) as Type;
}

/** True when the type admits null. */
export function isNullable(type: Type): boolean {
  return type.nullable === true;
}

/** True for number types (nullable or not). */
export function isNumeric(type: Type): boolean {
  return type.k === "number" || type.k === "any";
}

/** True for text-like types: string, enum, date. */
export function isTextual(type: Type): boolean {
  return type.k === "string" || type.k === "enum" || type.k === "date" || type.k === "any";
}

/** The least common type of two branches (if/else, list items, table outputs), or undefined when none. */
export function unify(a: Type, b: Type): Type | undefined {
  const nullable = isNullable(a) || isNullable(b);
  if (a.k === "null") return withNull(b, true);
  if (b.k === "null") return withNull(a, true);
  if (a.k === "any" || b.k === "any") return ANY;
  if (a.k === "number" && b.k === "number") return withNull(NUMBER, nullable);
  if (a.k === "boolean" && b.k === "boolean") return withNull(BOOLEAN, nullable);
  if (a.k === "date" && b.k === "date") return withNull({ k: "date" }, nullable);
  const text = unifyText(a, b);
  if (text) return withNull(text, nullable);
  if (a.k === "list" && b.k === "list") {
    const of = unify(a.of, b.of);
    return of ? withNull({ k: "list", of, nonEmpty: a.nonEmpty === true && b.nonEmpty === true }, nullable) : undefined;
  }
  if (a.k === "object" && b.k === "object") return unifyObjects(a.fields, b.fields, nullable);
  return undefined;
}

/** Describes a type for messages: `number`, `enum(A, B)`, `list<number>`, `number?`. */
export function describeType(type: Type): string {
  const suffix = type.nullable === true && type.k !== "null" && type.k !== "any" ? "?" : "";
  switch (type.k) {
    case "enum":
      return `enum(${type.values.join(", ")})${suffix}`;
    case "list":
      return `list<${describeType(type.of)}>${suffix}`;
    case "object":
      return `{${Object.keys(type.fields).join(", ")}}${suffix}`;
    case "string":
      return (type.literal === undefined ? "string" : JSON.stringify(type.literal)) + suffix;
    default:
      return type.k + suffix;
  }
}

function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function mapFields(fields: Record<string, FieldType>): Record<string, Type> {
  const out: Record<string, Type> = {};
  for (const key of Object.keys(fields)) out[key] = typeOfField(fields[key] as FieldType);
  return out;
}

function textValues(t: Type): readonly string[] | undefined {
  if (t.k === "enum") return t.values;
  if (t.k === "string" && t.literal !== undefined) return [t.literal];
  return undefined;
}

function unifyText(a: Type, b: Type): Type | undefined {
  const va = textValues(a);
  const vb = textValues(b);
  if (va && vb) return va.length === 1 && vb.length === 1 && va[0] === vb[0] && a.k === "string" ? a : { k: "enum", values: [...new Set([...va, ...vb])] };
  if ((a.k === "string" || a.k === "enum") && (b.k === "string" || b.k === "enum")) return STRING;
  return undefined;
}

/**
 * Texts written in the document that can never equal a value of the enum `e`: a text literal that
 * is not one of its values, or a list of texts (`fromLiterals`, e.g. a constant list) none of whose
 * texts is — a list that shares some values is a legitimate superset. Empty when nothing is wrong.
 */
export function textsOutsideEnum(e: Type, t: Type): string[] {
  if (e.k !== "enum") return [];
  if (t.k === "string" && t.literal !== undefined) return e.values.includes(t.literal) ? [] : [t.literal];
  if (t.k === "enum" && t.fromLiterals === true && !t.values.some((x) => e.values.includes(x))) return [...t.values];
  return [];
}

function unifyObjects(a: Readonly<Record<string, Type>>, b: Readonly<Record<string, Type>>, nullable: boolean): Type | undefined {
  const fields: Record<string, Type> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ta = a[key];
    const tb = b[key];
    const t = ta && tb ? unify(ta, tb) : withNull((ta ?? tb) as Type, true);
    if (!t) return undefined;
    fields[key] = t;
  }
  return withNull({ k: "object", fields }, nullable);
}

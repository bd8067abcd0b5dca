/**
 * `inputArbitrary`: valid scoring inputs of any policy, derived from its declared input schema
 * (numbers within min/max, integers, enums, booleans, dates, strings within their lengths,
 * objects, lists within minItems/maxItems, and weight fields adding up to their declared sum).
 * @module
 */
import * as fc from "fast-check";
import type { CompiledPolicy, FieldType, ListField, NumberField, PolicyDocument } from "@kinerja/core";

/** Options of {@link inputArbitrary} and {@link fieldArbitrary}. */
export interface InputArbitraryOptions {
  /** The longest generated list when the field declares no `maxItems` (default 6). */
  readonly maxItems?: number;
  /** Whether optional fields are sometimes `null` besides absent (default true). */
  readonly nullForOptional?: boolean;
}

/**
 * Valid inputs of a policy (compiled or a document): every generated input passes the policy's
 * input validation, so `score` never throws `INPUT_INVALID` on it.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(inputArbitrary(policy), (input) => { policy.score(input); }));
 * ```
 */
export function inputArbitrary(policy: CompiledPolicy | PolicyDocument, options: InputArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const document = "document" in policy ? policy.document : policy;
  return objectArbitrary(document.inputs, options);
}

/** Valid values of one declared field type (absent-or-null handling is the caller's: see {@link inputArbitrary}). */
export function fieldArbitrary(field: FieldType, options: InputArbitraryOptions = {}): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "number":
      return numberArbitrary(field);
    case "string":
      return fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: field.minLength ?? 0, maxLength: Math.max(field.minLength ?? 0, Math.min(field.maxLength ?? 12, 40)) });
    case "boolean":
      return fc.boolean();
    case "date":
      return dateArbitrary();
    case "enum":
      return fc.constantFrom(...field.values);
    case "object":
      return objectArbitrary(field.fields, options);
    case "list":
      return listArbitrary(field, options);
  }
}

/** A number within the field's bounds: its bounds themselves, short decimals and integers. */
export function numberArbitrary(field: Pick<NumberField, "min" | "max" | "integer">): fc.Arbitrary<number> {
  const lo = field.min ?? (field.max !== undefined ? field.max - 1000 : -1000);
  const hi = field.max ?? Math.max(lo, 0) + 1000;
  const edges = [field.min, field.max].filter((x): x is number => x !== undefined && (field.integer !== true || Number.isInteger(x)));
  const ints = Math.ceil(lo) <= Math.floor(hi) ? [fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })] : [];
  if (field.integer === true) return ints.length > 0 ? fc.oneof(...ints, ...edges.map((e) => fc.constant(e))) : fc.constant(Math.ceil(lo));
  const cents = Math.ceil(lo * 100) <= Math.floor(hi * 100) ? [fc.integer({ min: Math.ceil(lo * 100), max: Math.floor(hi * 100) }).map((c) => c / 100)] : [];
  const all = [...ints, ...cents, ...edges.map((e) => fc.constant(e))];
  return all.length > 0 ? fc.oneof(...all) : fc.constant(lo);
}

const TEXT_UNITS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_."];
const DAY_MS = 86_400_000;
const DATE_START = Date.UTC(2000, 0, 1);

function dateArbitrary(): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 365 * 35 }).map((d) => new Date(DATE_START + d * DAY_MS).toISOString().slice(0, 10));
}

function objectArbitrary(fields: Readonly<Record<string, FieldType>>, options: InputArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const arb = fieldArbitrary(field, options);
    if (field.optional === true) model[name] = options.nullForOptional === false ? arb : fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
    else {
      model[name] = arb;
      required.push(name);
    }
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

function listArbitrary(field: ListField, options: InputArbitraryOptions): fc.Arbitrary<unknown[]> {
  const weights = weightFieldsOf(field.items);
  const minLength = Math.max(field.minItems ?? 0, weights.some(([, w]) => w.sum !== 0) ? 1 : 0);
  const maxLength = Math.max(minLength, Math.min(field.maxItems ?? options.maxItems ?? 6, minLength + (options.maxItems ?? 6)));
  const items = fc.array(fieldArbitrary(field.items, options), { minLength, maxLength });
  if (weights.length === 0) return items;
  const shares = fc.array(fc.nat({ max: 100 }), { minLength: maxLength, maxLength });
  return fc.tuple(items, shares).map(([list, raw]) => withWeights(list as Record<string, unknown>[], weights, raw));
}

/** The weight fields of a list's items: name and declared sum. */
export function weightFieldsOf(items: FieldType): [string, { sum: number }][] {
  if (items.type !== "object") return [];
  return Object.entries(items.fields).flatMap(([name, f]) => (f.type === "number" && f.weight ? [[name, f.weight] as [string, { sum: number }]] : []));
}

/** The items with each weight field replaced by shares (in hundredths) that add up exactly to the declared sum. */
function withWeights(list: readonly Record<string, unknown>[], weights: readonly [string, { sum: number }][], raw: readonly number[]): Record<string, unknown>[] {
  let out = list.map((item) => ({ ...item }));
  for (const [name, { sum }] of weights) {
    const cents = splitCents(Math.round(sum * 100), raw.slice(0, out.length));
    out = out.map((item, i) => ({ ...item, [name]: (cents[i] ?? 0) / 100 }));
  }
  return out;
}

/** `total` split into integer parts proportional to `shares` (the remainder goes to the largest share). */
export function splitCents(total: number, shares: readonly number[]): number[] {
  if (shares.length === 0) return [];
  const positive = shares.some((s) => s > 0) ? shares : shares.map((_, i) => (i === 0 ? 1 : 0));
  const whole = positive.reduce((a, b) => a + b, 0);
  const parts = positive.map((s) => Math.floor((s * total) / whole));
  const largest = positive.indexOf(Math.max(...positive));
  parts[largest] = (parts[largest] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

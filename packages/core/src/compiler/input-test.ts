/**
 * The allocation-free yes/no test of an input made of plain data, which the validator runs first
 * (the detailed walk in `input-validator.ts` runs only when it says no). Each declared field is
 * one record of a single shape, checked with a switch on its kind instead of a closure call per
 * field; values are read while enumerating the object's keys, and a list's weight sum is added
 * up from the values its items' tests read. It accepts exactly the plain-data inputs the detailed
 * walk finds no issue in.
 * @module
 */
import { isCalendarDate } from "../internal/calendar-date.js";
import { decAdd, decSub } from "../internal/decimal.js";
import { isPlainObject } from "../internal/own-data.js";
import type { FieldType, ListField } from "../schema/policy-types.js";

/** True when a value is valid plain data for its declared type. */
export type InputTest = (value: unknown) => boolean;

/** Where an object test leaves the value it read for one field (a weight). */
interface Sink {
  value: unknown;
}

/** An object test that also leaves the value of the field `sinkAt` (by position) in a sink. */
type SinkingTest = (value: unknown, sink: Sink | undefined) => boolean;

/** Compiles the declared fields of an object into its test. */
export function compileObjectTest(fields: Readonly<Record<string, FieldType>>): InputTest {
  const test = sinkingTest(fields, -1);
  return (v) => test(v, undefined);
}

function sinkingTest(fields: Readonly<Record<string, FieldType>>, sinkAt: number): SinkingTest {
  const specs = Object.keys(fields).map((name) => specOf(name, fields[name] as FieldType));
  const count = specs.length;
  if (count > MAX_WALKED || sinkAt >= count) {
    return (v, sink) => {
      if (!isPlainRecord(v)) return false;
      for (let i = 0; i < count; i++) if (!fieldOk(specs[i] as Spec, v, v[(specs[i] as Spec).name])) return false;
      if (sink !== undefined && sinkAt >= 0) sink.value = v[(specs[sinkAt] as Spec).name];
      return true;
    };
  }
  const layout: Layout = { specs, index: new Map(specs.map((spec, i) => [spec.name, i])), all: count === 0 ? 0 : 2 ** count - 1, sinkAt };
  return (v, sink) => (isPlainRecord(v) ? walk(layout, v, sink) : false);
}

/** The fields of an object test, their positions by name, the mask of all of them and the sunk field. */
interface Layout {
  readonly specs: readonly Spec[];
  readonly index: ReadonlyMap<string, number>;
  readonly all: number;
  readonly sinkAt: number;
}

/** Most fields {@link walk} tracks in its bit mask. */
const MAX_WALKED = 30;

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && isPlainObject(v);
}

/**
 * Checks the declared fields met while enumerating the object's keys (reading a value under the
 * key being enumerated is much cheaper than a lookup by a computed name), then reads the fields
 * not met (absent, or own but not enumerable) by name. Every field is checked on the value
 * `record[name]`, as a plain loop over the fields would.
 */
function walk(layout: Layout, record: Record<string, unknown>, sink: Sink | undefined): boolean {
  const { specs, index, all, sinkAt } = layout;
  let next = 0;
  let done = 0;
  for (const key in record) {
    const at = (specs[next] as Spec | undefined)?.name === key ? next++ : index.get(key);
    if (at === undefined) continue;
    const value = record[key];
    if (!fieldOk(specs[at] as Spec, record, value)) return false;
    if (at === sinkAt && sink !== undefined) sink.value = value;
    done |= 1 << at;
    if (done === all) return true;
  }
  for (let i = 0; i < specs.length; i++) {
    if ((done & (1 << i)) !== 0) continue;
    const value = record[(specs[i] as Spec).name];
    if (!fieldOk(specs[i] as Spec, record, value)) return false;
    if (i === sinkAt && sink !== undefined) sink.value = value;
  }
  return true;
}

const NUMBER = 0;
const STRING = 1;
const BOOLEAN = 2;
const ENUM = 3;
const OTHER = 4;

interface Spec {
  readonly name: string;
  readonly kind: number;
  readonly optional: boolean;
  /** Bounds: value bounds of a number, length bounds of a string. */
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly values: readonly string[];
  /** The test of a date, object or list field. */
  readonly other: InputTest;
}

function specOf(name: string, field: FieldType): Spec {
  const optional = field.optional === true;
  switch (field.type) {
    case "number":
      return spec(name, NUMBER, optional, field.min ?? -Infinity, field.max ?? Infinity, field.integer === true, [], NEVER);
    case "string":
      return spec(name, STRING, optional, field.minLength ?? 0, field.maxLength ?? Infinity, false, [], NEVER);
    case "boolean":
      return spec(name, BOOLEAN, optional, 0, 0, false, [], NEVER);
    case "enum":
      return spec(name, ENUM, optional, 0, 0, false, [...field.values], NEVER);
    case "date":
      return spec(name, OTHER, optional, 0, 0, false, [], (v) => typeof v === "string" && isCalendarDate(v));
    case "object":
      return spec(name, OTHER, optional, 0, 0, false, [], compileObjectTest(field.fields));
    case "list":
      return spec(name, OTHER, optional, 0, 0, false, [], listTest(field));
  }
}

/** One object literal for every spec, so that all specs share one shape (monomorphic reads). */
function spec(name: string, kind: number, optional: boolean, min: number, max: number, integer: boolean, values: readonly string[], other: InputTest): Spec {
  return { name, kind, optional, min, max, integer, values, other };
}

const NEVER: InputTest = () => false;

/** The field `spec.name` of a plain object, read as `v`, is absent (or null) and optional, or valid. */
function fieldOk(spec: Spec, record: Record<string, unknown>, v: unknown): boolean {
  // The value of the expected type first; absent, null and inherited values are sorted out after.
  switch (spec.kind) {
    case NUMBER:
      if (typeof v === "number") return Number.isFinite(v) && v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v));
      break;
    case STRING:
      if (typeof v === "string") return v.length >= spec.min && v.length <= spec.max;
      break;
    case BOOLEAN:
      if (typeof v === "boolean") return true;
      break;
    case ENUM:
      if (typeof v === "string") return includes(spec.values, v);
      break;
    default:
      if (v !== undefined && v !== null && typeof v !== "function" && v !== Object.prototype) return spec.other(v);
  }
  if (v === undefined || v === null) return spec.optional;
  // Only own data counts (see `ownData`): an inherited Object.prototype member reads as absent.
  if ((typeof v === "function" || v === Object.prototype) && !Object.hasOwn(record, spec.name)) return spec.optional;
  return spec.kind === OTHER ? spec.other(v) : false;
}

function includes(values: readonly string[], v: string): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === v) return true;
  return false;
}

interface Weight {
  readonly name: string;
  readonly sum: number;
  readonly tolerance: number;
}

function listTest(field: ListField): InputTest {
  const items = field.items;
  // A required object item needs no null check: the object test already refuses null.
  const direct = items.type === "object" && items.optional !== true;
  const item = direct ? compileObjectTest(items.fields) : fieldTest(items);
  const weights = weightsOf(items);
  const weighed = direct && weights.length === 1 ? sinkingTest(items.fields, Object.keys(items.fields).indexOf((weights[0] as Weight).name)) : undefined;
  const { minItems = 0, maxItems = Infinity } = field;
  return (v) => {
    if (!Array.isArray(v) || v.length < minItems || v.length > maxItems) return false;
    const weight = weights.length === 1 ? (weights[0] as Weight) : undefined;
    // With Object.prototype free of the weight's name, a plain item's read value is its own.
    if (weighed !== undefined && weight !== undefined && !Object.hasOwn(Object.prototype, weight.name)) return itemsWithWeight(v, weighed, weight);
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    for (const w of weights) if (!weightOk(weightTotal(v, w.name), w)) return false;
    return true;
  };
}

/**
 * Checks every item while adding up one weight field: the value the item test read. The items are
 * plain objects once checked and Object.prototype has no such property, so it is the own value.
 */
function itemsWithWeight(list: readonly unknown[], item: SinkingTest, weight: Weight): boolean {
  const sink: Sink = { value: undefined };
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    sink.value = undefined;
    if (!item(list[i], sink)) return false;
    const value = sink.value;
    if (typeof value === "number") total = decAdd(total, value);
  }
  return weightOk(total, weight);
}

/** A list element is not a property: its value counts as its own (an owner that has the field). */
const ELEMENT: Record<string, unknown> = Object.freeze({ value: null });

function fieldTest(field: FieldType): InputTest {
  const spec = specOf("value", field);
  return (v) => fieldOk(spec, ELEMENT, v);
}

function weightsOf(items: FieldType): Weight[] {
  if (items.type !== "object") return [];
  const out: Weight[] = [];
  for (const [name, f] of Object.entries(items.fields)) if (f.type === "number" && f.weight) out.push({ name, sum: f.weight.sum, tolerance: f.weight.tolerance ?? 0 });
  return out;
}

/** The sum of a weight field over the items (own number values only). */
export function weightTotal(list: readonly unknown[], name: string): number {
  let total = 0;
  for (const element of list) {
    const value = Object.hasOwn(element as object, name) ? (element as Record<string, unknown>)[name] : undefined;
    if (typeof value === "number") total = decAdd(total, value);
  }
  return total;
}

function weightOk(total: number, weight: Weight): boolean {
  return Math.abs(decSub(total, weight.sum)) <= weight.tolerance;
}

/**
 * fast-check arbitraries for the differential suite of `rules` decisions
 * (`src/compiler/rules/differential.prop.test.ts`): a typed fact schema (Kinerja `inputs`), fact
 * sets matching it, and json-rules-engine rules over it that are WELL-TYPED for Kinerja — nested
 * `all` / `any` / `not` (depth ≤ 3), named conditions, every default operator, the decorators and
 * chains of two of them, the date operators and two custom operators, `path`s, `{ fact, path }`
 * compared values, rule priorities and names, and events with literal and `{ fact }` params.
 *
 * The generator deliberately stays away from the INTENTIONAL DIFFERENCES listed at the top of the
 * suite (each is pinned by an example in `differences.test.ts`); every place where it does so is
 * marked "AVOIDS (n)" below:
 *   (1) no null can reach the compared-value side of a numeric comparison;
 *   (2) json-rules-engine gets every optional value as an explicit null (Kinerja may get it absent)
 *       and list indexes are never out of range, so neither engine ever sees `undefined`;
 *   (3) the value of `in` / `notIn` / `someValue` / `everyValue` is always a non-null list;
 *   (4) every condition is well-typed (enum literals are members, date literals are dates, …);
 *   (5) `all` / `any` always have at least one child;
 *   (6) is handled by the comparison (events are compared per priority), not here;
 *   (7) a condition `priority` is only ever set on ALL the children of a group alike, so
 *       json-rules-engine sees one priority set per group and evaluates every leaf;
 *   (8) leaf / reference `params` are generated, but every fact is a constant runtime fact, for
 *       which json-rules-engine ignores params too.
 *
 * NOTE — test-only module: it imports `fast-check` (a root dev dependency). Never import it from
 * production code.
 * @module
 */
import * as fc from "fast-check";
import { createOperatorRegistry, type OperatorRegistry } from "../../src/index.js";
import type { FactCondition, FactReference, FieldType, JsonValue, PolicyDocument, Rule, RuleCondition, RuleEvent, RulesDecision, TopCondition } from "../../src/schema/policy-types.js";

// ---------------------------------------------------------------------------------------------
// Operators outside json-rules-engine's defaults: Kinerja's date operators and two custom operators.
// ---------------------------------------------------------------------------------------------

/** The custom operators registered in Kinerja's operator registry (and, independently, in json-rules-engine). */
export const CUSTOM_TEXT_OPERATOR = "startsWith";
export const CUSTOM_DATE_OPERATOR = "sameMonth";

/**
 * Kinerja's registry: `startsWith` (text operands: a text begins with another) and `sameMonth`
 * (date operands: two dates in the same month of the same year).
 */
export const KINERJA_OPERATORS: OperatorRegistry = createOperatorRegistry()
  .add(CUSTOM_TEXT_OPERATOR, { fact: "string", value: "string", test: (fact, value) => fact.startsWith(value) })
  .add(CUSTOM_DATE_OPERATOR, { fact: "date", value: "date", test: (fact, value) => fact.slice(0, 7) === value.slice(0, 7) });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A calendar date written `YYYY-MM-DD`, checked by hand (no Date, no date-fns): the oracle's notion of a date. */
function isCalendarDay(v: unknown): v is string {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const year = Number(v.slice(0, 4));
  const month = Number(v.slice(5, 7));
  const day = Number(v.slice(8, 10));
  if (month < 1 || month > 12) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day >= 1 && day <= last;
}

/** Compares two `YYYY-MM-DD` texts as texts (ISO dates sort as strings); false unless both are calendar dates. */
function isoDay(test: (a: string, b: string) => boolean): (a: unknown, b: unknown) => boolean {
  return (a, b) => isCalendarDay(a) && isCalendarDay(b) && test(a, b);
}

/**
 * The operators json-rules-engine gets with `engine.addOperator`: an INDEPENDENT implementation of
 * Kinerja's date operators (ISO text comparison instead of date-fns) and of the custom operators
 * (`slice` instead of `startsWith`; year and month compared as numbers), so the oracle is not the
 * code under test. Like Kinerja's validators, they are false for operands of the wrong kind (null,
 * and texts that are not `YYYY-MM-DD` calendar dates).
 */
export const ORACLE_OPERATORS: Readonly<Record<string, (fact: unknown, value: unknown) => boolean>> = {
  dateBefore: isoDay((a, b) => a < b),
  dateAfter: isoDay((a, b) => a > b),
  dateOnOrBefore: isoDay((a, b) => a <= b),
  dateOnOrAfter: isoDay((a, b) => a >= b),
  dateEqual: isoDay((a, b) => a === b),
  [CUSTOM_TEXT_OPERATOR]: (a, b) => typeof a === "string" && typeof b === "string" && a.slice(0, b.length) === b,
  [CUSTOM_DATE_OPERATOR]: (a, b) => isCalendarDay(a) && isCalendarDay(b) && Number(a.slice(0, 4)) === Number(b.slice(0, 4)) && Number(a.slice(5, 7)) === Number(b.slice(5, 7)),
};

// ---------------------------------------------------------------------------------------------
// Value pools: small, overlapping sets so that equalities and orderings hold often enough.
// ---------------------------------------------------------------------------------------------

const NUMBERS: readonly number[] = [-3, -2, -1, 0, 1, 2, 3, 5, 10, -0.5, 0.5, 1.5, 2.25];
/** Fact values also include -0 (a valid, finite input; both engines compare it with `===` / `<`). */
const FACT_NUMBERS: readonly number[] = [...NUMBERS, -0];
const ENUM_POOL: readonly string[] = ["A", "B", "C", "ab"];
const DATES: readonly string[] = ["2023-12-31", "2024-01-01", "2024-02-29", "2024-03-15", "2025-06-30"];
/** Texts that look like dates but are not `YYYY-MM-DD` calendar dates (string facts compared by date operators). */
const DATE_LIKE: readonly string[] = ["2024-03", "2024-03-15T10:00:00", "20240315", "2024", "2024-02-30", "2023-02-29"];
const STRINGS: readonly string[] = ["", "a", "b", "A", "B", "ab", "Ab", "abc", "2024-01-01", "2024-03-15", ...DATE_LIKE];
/** Prefixes for `startsWith`. */
const PREFIXES: readonly string[] = ["", "a", "A", "ab", "2024", "2024-03", "B", "x"];
const EVENT_TYPES: readonly string[] = ["A", "B", "C"];
const RULE_NAMES: readonly string[] = ["aturan", "r1", "r2", "pembinaan"];
const CONDITION_NAMES: readonly string[] = ["syarat", "cek", "lolos"];

// ---------------------------------------------------------------------------------------------
// The fact schema and its addressable places.
// ---------------------------------------------------------------------------------------------

export type ScalarKind = "number" | "string" | "enum" | "boolean" | "date";

/** A scalar type; `values` are an enum's values (empty for the other kinds). */
export interface ScalarType {
  readonly kind: ScalarKind;
  readonly values: readonly string[];
}

/**
 * A place a condition can read: a fact and the ways to write a path to it (`undefined` = no
 * path). `nullable` says whether the value MAY BE NULL AT RUN TIME for generated fact sets —
 * stricter than Kinerja's static type, which calls every list index nullable (the generator never
 * indexes out of range).
 */
export interface Place {
  readonly fact: string;
  readonly paths: readonly (string | undefined)[];
  readonly list: boolean;
  readonly item: ScalarType;
  readonly nullable: boolean;
}

/** A reference usable as an event parameter (any value, objects and lists of objects included). */
export interface ParamPlace {
  readonly fact: string;
  readonly paths: readonly (string | undefined)[];
}

/** A generated fact schema: Kinerja `inputs`, and the places conditions can compare. */
export interface FactSchema {
  readonly inputs: Readonly<Record<string, FieldType>>;
  readonly places: readonly Place[];
  readonly params: readonly ParamPlace[];
}

interface SchemaChoices {
  readonly optional: Readonly<Record<string, boolean>>;
  /** 0 or 2: lists declared with `minItems: 2` may be indexed with `[0]` / `[1]`. */
  readonly minItems: Readonly<Record<string, number>>;
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

const SCALAR_FACTS: readonly (readonly [string, ScalarKind])[] = [
  ["angka", "number"],
  ["nilai", "number"],
  ["teks", "string"],
  ["predikat", "enum"],
  ["aktif", "boolean"],
  ["tanggal", "date"],
  ["tmt", "date"],
];
const LIST_FACTS: readonly (readonly [string, ScalarKind])[] = [
  ["angkaList", "number"],
  ["teksList", "string"],
  ["tanggalList", "date"],
  ["predikatList", "enum"],
  ["flagList", "boolean"],
];
/** The scalar fields of the object fact `pegawai` (plus its list field `tags`); `kode unit` and `no.urut` need `['…']`. */
const PEGAWAI_FIELDS: readonly (readonly [string, ScalarKind])[] = [
  ["n", "number"],
  ["s", "string"],
  ["e", "enum"],
  ["d", "date"],
  ["b", "boolean"],
  ["kode unit", "string"],
  ["no.urut", "number"],
];
/** The fields of the elements of the list-of-objects fact `riwayat`. */
const RIWAYAT_FIELDS: readonly (readonly [string, ScalarKind])[] = [
  ["tahun", "number"],
  ["predikat", "enum"],
  ["tgl", "date"],
];
const OPTIONAL_KEYS = [...SCALAR_FACTS.map(([n]) => n), ...LIST_FACTS.map(([n]) => n), "pegawai", "riwayat", ...PEGAWAI_FIELDS.map(([n]) => `pegawai.${n}`), ...RIWAYAT_FIELDS.map(([n]) => `riwayat.${n}`)];
const ENUM_KEYS = ["predikat", "predikatList", "pegawai.e", "riwayat.predikat"];
const LIST_KEYS = [...LIST_FACTS.map(([n]) => n), "riwayat"];

function scalarField(kind: ScalarKind, optional: boolean, values: readonly string[]): FieldType {
  const base: FieldType = kind === "enum" ? { type: "enum", values: [...values] } : { type: kind };
  return optional ? { ...base, optional: true } : base;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Dot and bracket spellings of a key step (`.n`, `['n']`, `["n"]`), or brackets only when the key is not an identifier. */
function keySteps(key: string): string[] {
  return IDENTIFIER.test(key) ? [`.${key}`, `['${key}']`] : [`['${key}']`, `["${key}"]`];
}

/** The spellings of a path that starts with an object key and ends with `rest`: `$.n…`, `$['n']…`, and `n…` without the `$`. */
function keyPaths(key: string, rest = ""): string[] {
  return [...keySteps(key).map((s) => `$${s}${rest}`), ...(IDENTIFIER.test(key) ? [`${key}${rest}`] : [])];
}

function buildSchema(choices: SchemaChoices): FactSchema {
  const opt = (k: string): boolean => choices.optional[k] === true;
  const en = (k: string): readonly string[] => choices.enums[k] ?? ["A"];
  const inputs: Record<string, FieldType> = {};
  const places: Place[] = [];
  const params: ParamPlace[] = [];
  for (const [name, kind] of SCALAR_FACTS) {
    inputs[name] = scalarField(kind, opt(name), en(name));
    places.push({ fact: name, paths: [undefined, undefined, "$"], list: false, item: { kind, values: kind === "enum" ? en(name) : [] }, nullable: opt(name) });
  }
  for (const [name, kind] of LIST_FACTS) {
    const item: ScalarType = { kind, values: kind === "enum" ? en(name) : [] };
    const minItems = choices.minItems[name] ?? 0;
    inputs[name] = { type: "list", items: scalarField(kind, false, item.values), ...(minItems > 0 ? { minItems } : {}), ...(opt(name) ? { optional: true } : {}) };
    places.push({ fact: name, paths: [undefined, undefined, "$"], list: true, item, nullable: opt(name) });
    // AVOIDS (2): only lists declared with minItems 2 are indexed, and only at 0 and 1.
    if (minItems >= 2) places.push({ fact: name, paths: ["$[0]", "$[1]"], list: false, item, nullable: opt(name) });
  }
  // The object fact: its own nullability and each field's make a field place nullable. Its list
  // field `tags` is never optional and has minItems 2, so `$.tags[0]` never meets a null or a
  // missing index halfway down the path (AVOIDS (2)).
  const pegawaiOpt = opt("pegawai");
  const pegawaiFields: Record<string, FieldType> = {};
  for (const [field, kind] of PEGAWAI_FIELDS) {
    const values = kind === "enum" ? en("pegawai.e") : [];
    pegawaiFields[field] = scalarField(kind, opt(`pegawai.${field}`), values);
    places.push({ fact: "pegawai", paths: keyPaths(field), list: false, item: { kind, values }, nullable: pegawaiOpt || opt(`pegawai.${field}`) });
  }
  pegawaiFields["tags"] = { type: "list", items: { type: "string" }, minItems: 2 };
  places.push({ fact: "pegawai", paths: keyPaths("tags"), list: true, item: { kind: "string", values: [] }, nullable: pegawaiOpt });
  places.push({ fact: "pegawai", paths: [...keyPaths("tags", "[0]"), ...keyPaths("tags", "[1]")], list: false, item: { kind: "string", values: [] }, nullable: pegawaiOpt });
  inputs["pegawai"] = { type: "object", fields: pegawaiFields, ...(pegawaiOpt ? { optional: true } : {}) };
  // The list of objects: element fields are reachable only through an index (no wildcards).
  const riwayatOpt = opt("riwayat");
  const riwayatMin = choices.minItems["riwayat"] ?? 0;
  const riwayatFields: Record<string, FieldType> = {};
  for (const [field, kind] of RIWAYAT_FIELDS) {
    const values = kind === "enum" ? en("riwayat.predikat") : [];
    riwayatFields[field] = scalarField(kind, opt(`riwayat.${field}`), values);
    if (riwayatMin >= 2) {
      const paths = ["[0]", "[1]"].flatMap((i) => keySteps(field).map((s) => `$${i}${s}`));
      places.push({ fact: "riwayat", paths, list: false, item: { kind, values }, nullable: riwayatOpt || opt(`riwayat.${field}`) });
    }
  }
  inputs["riwayat"] = { type: "list", items: { type: "object", fields: riwayatFields }, ...(riwayatMin > 0 ? { minItems: riwayatMin } : {}), ...(riwayatOpt ? { optional: true } : {}) };
  for (const p of places) params.push({ fact: p.fact, paths: p.paths });
  params.push({ fact: "pegawai", paths: [undefined, "$"] }, { fact: "riwayat", paths: riwayatMin >= 2 ? [undefined, "$[0]", "$[1]"] : [undefined] });
  return { inputs, places, params };
}

/** A random fact schema: which facts are optional, which lists may be indexed, the enums' values. */
export function factSchemaArb(): fc.Arbitrary<FactSchema> {
  const record = <T>(keys: readonly string[], arb: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
    fc.tuple(...keys.map(() => arb)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i] as T])));
  return fc
    .record({
      optional: record(OPTIONAL_KEYS, fc.boolean()),
      minItems: record(LIST_KEYS, fc.constantFrom(0, 2)),
      enums: record(ENUM_KEYS, fc.subarray([...ENUM_POOL], { minLength: 1 })),
    })
    .map(buildSchema);
}

// ---------------------------------------------------------------------------------------------
// Fact sets.
// ---------------------------------------------------------------------------------------------

/** Marks an optional value left out of Kinerja's input (json-rules-engine gets null for it). */
const ABSENT: unique symbol = Symbol("absent");
type Raw = typeof ABSENT | null | boolean | number | string | readonly Raw[] | { readonly [key: string]: Raw };

/** One fact set, as each engine gets it. */
export interface FactSet {
  /** Kinerja's input: an absent optional value may be left out. */
  readonly kinerja: Record<string, JsonValue>;
  /** json-rules-engine's facts: every optional value present, null when absent. AVOIDS (2). */
  readonly jre: Record<string, JsonValue>;
}

function rawValue(field: FieldType): fc.Arbitrary<Raw> {
  const inner = ((): fc.Arbitrary<Raw> => {
    switch (field.type) {
      case "number":
        return fc.constantFrom(...FACT_NUMBERS);
      case "string":
        return fc.constantFrom(...STRINGS);
      case "boolean":
        return fc.boolean();
      case "date":
        return fc.constantFrom(...DATES);
      case "enum":
        return fc.constantFrom(...field.values);
      case "list":
        return fc.array(rawValue(field.items), { minLength: field.minItems ?? 0, maxLength: 4 });
      case "object": {
        const keys = Object.keys(field.fields);
        return fc.tuple(...keys.map((k) => rawValue(field.fields[k] as FieldType))).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i] as Raw])));
      }
    }
  })();
  return field.optional === true ? fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant<Raw>(ABSENT) }) : inner;
}

function toJson(raw: Raw, absentAsNull: boolean): JsonValue {
  if (raw === ABSENT) return null;
  if (raw === null || typeof raw !== "object") return raw;
  if (Array.isArray(raw)) return (raw as readonly Raw[]).map((r) => toJson(r, absentAsNull));
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(raw as Record<string, Raw>)) if (v !== ABSENT || absentAsNull) out[k] = toJson(v, absentAsNull);
  return out;
}

/** A fact set matching the schema. */
export function factSetArb(schema: FactSchema): fc.Arbitrary<FactSet> {
  const root: FieldType = { type: "object", fields: { ...schema.inputs } };
  return rawValue(root).map((raw) => ({ kinerja: toJson(raw, false) as Record<string, JsonValue>, jre: toJson(raw, true) as Record<string, JsonValue> }));
}

// ---------------------------------------------------------------------------------------------
// Leaf templates: an operator (with decorators) and the operand shapes it needs.
// ---------------------------------------------------------------------------------------------

/** Operand classes: `text` is what `equal` compares with texts (string, enum, date); `date` what date operators take (date, string); `str` the custom text operator's (string, enum, date). */
type Cls = "num" | "bool" | "text" | "date" | "str";

/** The shape one side of a leaf must have. */
interface Side {
  readonly list: boolean;
  readonly cls: Cls;
  /** The value must never be null at run time. */
  readonly nonNull: boolean;
  /** A list's elements must never be null. */
  readonly elemNonNull: boolean;
}

/** An operator chain and the outer operand shapes it needs. */
export interface Template {
  readonly operator: string;
  readonly decorators: number;
  readonly fact: Side;
  readonly value: Side;
}

const scalarSide = (cls: Cls, nonNull = false): Side => ({ list: false, cls, nonNull, elemNonNull: true });
const listSide = (cls: Cls, nonNull: boolean): Side => ({ list: true, cls, nonNull, elemNonNull: false });

/** The base operators with the classes they compare and the inner operand shapes. */
const BASES: readonly { readonly op: string; readonly classes: readonly Cls[]; readonly sides: (cls: Cls) => readonly [Side, Side] }[] = [
  ...["equal", "notEqual"].map((op) => ({ op, classes: ["num", "bool", "text"] as const, sides: (c: Cls) => [scalarSide(c), scalarSide(c)] as const })),
  // AVOIDS (3): the list of `in` / `notIn` is never null.
  ...["in", "notIn"].map((op) => ({ op, classes: ["num", "bool", "text"] as const, sides: (c: Cls) => [scalarSide(c), listSide(c, true)] as const })),
  ...["contains", "doesNotContain"].map((op) => ({ op, classes: ["num", "bool", "text"] as const, sides: (c: Cls) => [listSide(c, false), scalarSide(c)] as const })),
  // AVOIDS (1): the compared value of a numeric comparison is never null.
  ...["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].map((op) => ({ op, classes: ["num"] as const, sides: () => [scalarSide("num"), scalarSide("num", true)] as const })),
  ...["dateBefore", "dateAfter", "dateOnOrBefore", "dateOnOrAfter", "dateEqual"].map((op) => ({ op, classes: ["date"] as const, sides: () => [scalarSide("date"), scalarSide("date")] as const })),
  { op: CUSTOM_TEXT_OPERATOR, classes: ["str"] as const, sides: () => [scalarSide("str"), scalarSide("str")] as const },
  // A `date` operand takes date facts, string facts (false unless a calendar date) and date literals.
  { op: CUSTOM_DATE_OPERATOR, classes: ["date"] as const, sides: () => [scalarSide("date"), scalarSide("date")] as const },
];

/** The names of the base operators the generator uses. */
export const GENERATED_OPERATORS: readonly string[] = BASES.map((b) => b.op);
export const GENERATED_DECORATORS: readonly string[] = ["someFact", "everyFact", "someValue", "everyValue", "swap", "not"];

/** The outer shapes after wrapping the inner ones in a decorator, or undefined when it does not apply. */
function decorate(decorator: string, [fact, value]: readonly [Side, Side]): readonly [Side, Side] | undefined {
  switch (decorator) {
    case "someFact":
    case "everyFact":
      // A null fact list fails the decorator's Array.isArray validator in json-rules-engine and is false in Kinerja.
      return fact.list ? undefined : [{ list: true, cls: fact.cls, nonNull: false, elemNonNull: fact.nonNull }, value];
    case "someValue":
    case "everyValue":
      // AVOIDS (3): someValue / everyValue have no validator in json-rules-engine (null.some throws).
      return value.list ? undefined : [fact, { list: true, cls: value.cls, nonNull: true, elemNonNull: value.nonNull }];
    case "swap":
      return [value, fact];
    default:
      return [fact, value];
  }
}

function buildTemplates(): Template[] {
  const chains: string[][] = [[]];
  for (const a of GENERATED_DECORATORS) {
    chains.push([a]);
    for (const b of GENERATED_DECORATORS) chains.push([a, b]);
  }
  const out: Template[] = [];
  for (const base of BASES)
    for (const cls of base.classes)
      for (const chain of chains) {
        let sides: readonly [Side, Side] | undefined = base.sides(cls);
        // The first decorator is the outermost: wrap from the last one outwards.
        for (let i = chain.length - 1; i >= 0 && sides; i--) sides = decorate(chain[i] as string, sides);
        if (sides) out.push({ operator: [...chain, base.op].join(":"), decorators: chain.length, fact: sides[0], value: sides[1] });
      }
  return out;
}

/** Every template, built once. */
export const TEMPLATES: readonly Template[] = buildTemplates();

function accepts(cls: Cls, kind: ScalarKind): boolean {
  switch (cls) {
    case "num":
      return kind === "number";
    case "bool":
      return kind === "boolean";
    case "date":
      return kind === "date" || kind === "string";
    default:
      return kind === "string" || kind === "enum" || kind === "date";
  }
}

/** A place fits a side: same list-ness, an accepted kind, and never null where the side needs a value. Place elements are never null. */
function fits(side: Side, place: Place): boolean {
  return side.list === place.list && accepts(side.cls, place.item.kind) && (!side.nonNull || !place.nullable);
}

/** The templates whose fact side a place fits, by number of decorators (memoised by the place's shape). */
const byShape = new Map<string, readonly (readonly Template[])[]>();
function templatesFor(place: Place): readonly (readonly Template[])[] {
  const key = `${place.list}|${place.item.kind}|${place.nullable}`;
  let groups = byShape.get(key);
  if (!groups) {
    const fitting = TEMPLATES.filter((t) => fits(t.fact, place));
    groups = [0, 1, 2].map((n) => fitting.filter((t) => t.decorators === n));
    byShape.set(key, groups);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Conditions.
// ---------------------------------------------------------------------------------------------

/**
 * A scalar literal of a class. `partner` is the fact place's scalar type: a string literal
 * compared with an enum is one of its values, a literal given to a date operator is a calendar
 * date (AVOIDS (4): both are compile errors otherwise).
 */
function scalarLiteral(cls: Cls, partner: ScalarType): fc.Arbitrary<JsonValue> {
  switch (cls) {
    case "num":
      return fc.constantFrom(...NUMBERS);
    case "bool":
      return fc.boolean();
    case "date":
      return fc.constantFrom(...DATES);
    case "str":
      return fc.constantFrom(...PREFIXES, ...ENUM_POOL);
    default:
      return partner.kind === "enum" ? fc.constantFrom(...partner.values) : fc.constantFrom(...STRINGS, ...DATES);
  }
}

function literalArb(side: Side, partner: ScalarType): fc.Arbitrary<JsonValue> {
  const scalar = scalarLiteral(side.cls, partner);
  const maybeNull = (nonNull: boolean): fc.Arbitrary<JsonValue> => (nonNull ? scalar : fc.oneof({ weight: 9, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant(null) }));
  if (!side.list) return maybeNull(side.nonNull);
  return fc.array(maybeNull(side.elemNonNull), { maxLength: 3 });
}

function pathArb(place: { readonly paths: readonly (string | undefined)[] }): fc.Arbitrary<string | undefined> {
  return fc.constantFrom(...place.paths);
}

/** Occasional fact `params` (AVOIDS (8): constant facts ignore them in json-rules-engine too). */
const factParamsArb: fc.Arbitrary<Record<string, JsonValue> | undefined> = fc.oneof(
  { weight: 19, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({ tahun: 2024 }) },
);

function referenceTo(place: ParamPlace): fc.Arbitrary<FactReference> {
  return fc.tuple(pathArb(place), factParamsArb).map(([path, params]) => ({ fact: place.fact, ...(path === undefined ? {} : { path }), ...(params ? { params } : {}) }));
}

/** The compared value: a literal, or `{ fact, path }` to a place of the right shape. */
function valueArb(side: Side, partner: ScalarType, schema: FactSchema): fc.Arbitrary<JsonValue | FactReference> {
  const literal = literalArb(side, partner);
  const refs = schema.places.filter((p) => fits(side, p));
  if (refs.length === 0) return literal;
  return fc.oneof({ weight: 3, arbitrary: literal }, { weight: 2, arbitrary: fc.constantFrom(...refs).chain(referenceTo) });
}

const conditionNameArb: fc.Arbitrary<string | undefined> = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...CONDITION_NAMES) });

function withName<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(arb, conditionNameArb).map(([c, name]) => (name === undefined ? c : { ...c, name }));
}

/** A fact leaf: a place, an operator chain whose fact side the place fits, and a fitting value. */
export function leafArb(schema: FactSchema): fc.Arbitrary<FactCondition> {
  const leaf = fc.constantFrom(...schema.places).chain((place) => {
    const groups = templatesFor(place);
    const choices = groups.flatMap((g, n) => (g.length > 0 ? [{ weight: [5, 3, 2][n] as number, arbitrary: fc.constantFrom(...g) }] : []));
    return fc.tuple(pathArb(place), fc.oneof(...choices), factParamsArb).chain(([path, template, params]) =>
      valueArb(template.value, place.item, schema).map(
        (value): FactCondition => ({ fact: place.fact, ...(path === undefined ? {} : { path }), operator: template.operator, value, ...(params ? { params } : {}) }),
      ),
    );
  });
  return withName(leaf);
}

const MAX_DEPTH = 3;

/** AVOIDS (7): a priority, when present, is the same on every child of a group. */
const siblingPriorityArb: fc.Arbitrary<number | undefined> = fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 3) });

function withPriority(children: RuleCondition[], priority: number | undefined): RuleCondition[] {
  return priority === undefined ? children : children.map((c) => ({ ...c, priority }));
}

function referenceArb(names: readonly string[]): fc.Arbitrary<RuleCondition> {
  return withName(fc.constantFrom(...names).map((condition) => ({ condition })));
}

function conditionArb(schema: FactSchema, names: readonly string[], depth: number): fc.Arbitrary<RuleCondition> {
  const options: { weight: number; arbitrary: fc.Arbitrary<RuleCondition> }[] = [{ weight: 6, arbitrary: leafArb(schema) }];
  if (depth < MAX_DEPTH) options.push({ weight: 2, arbitrary: groupArb(schema, names, depth + 1) });
  if (names.length > 0) options.push({ weight: 1, arbitrary: referenceArb(names) });
  return fc.oneof(...options);
}

/** An `all` / `any` (1–3 children; AVOIDS (5)) or `not` group at `depth` (1 = a rule's top). */
function groupArb(schema: FactSchema, names: readonly string[], depth: number): fc.Arbitrary<TopCondition> {
  const child = conditionArb(schema, names, depth);
  const children = fc.tuple(fc.array(child, { minLength: 1, maxLength: 3 }), siblingPriorityArb).map(([cs, p]) => withPriority(cs, p));
  return withName(
    fc.oneof(
      children.map((all): TopCondition => ({ all })),
      children.map((any): TopCondition => ({ any })),
      fc.tuple(child, siblingPriorityArb).map(([c, p]): TopCondition => ({ not: p === undefined ? c : { ...c, priority: p } })),
    ),
  );
}

function paramValueArb(schema: FactSchema): fc.Arbitrary<JsonValue | FactReference> {
  const scalar = fc.oneof(fc.constantFrom<JsonValue>(...NUMBERS.slice(0, 4), "a", "B", true, null));
  // Literal objects never have a `fact` key (that would make them references).
  const literal = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.record({ k: scalar }));
  return fc.oneof(literal, fc.constantFrom(...schema.params).chain(referenceTo));
}

function eventArb(schema: FactSchema): fc.Arbitrary<RuleEvent> {
  return fc.record(
    { type: fc.constantFrom(...EVENT_TYPES), params: fc.dictionary(fc.constantFrom("p", "q", "r"), paramValueArb(schema), { maxKeys: 2 }) },
    { requiredKeys: ["type"] },
  );
}

function ruleArb(schema: FactSchema, names: readonly string[]): fc.Arbitrary<Rule> {
  const conditions = names.length > 0 ? fc.oneof({ weight: 4, arbitrary: groupArb(schema, names, 1) }, { weight: 1, arbitrary: referenceArb(names) as fc.Arbitrary<TopCondition> }) : groupArb(schema, names, 1);
  return fc.record({ name: fc.constantFrom(...RULE_NAMES), priority: fc.constantFrom(1, 2, 3), conditions, event: eventArb(schema) }, { requiredKeys: ["conditions", "event"] });
}

/**
 * A rules decision over the schema: 0–3 named conditions (`c0`, `c1`, … — each may reference
 * the earlier ones, so there are no cycles; each is a group, since json-rules-engine's
 * `setCondition` takes only `all` / `any` / `not` / `condition` at the root) and 1–4 rules.
 */
export function rulesDecisionArb(schema: FactSchema): fc.Arbitrary<RulesDecision> {
  return fc.integer({ min: 0, max: 3 }).chain((count) => {
    const names = Array.from({ length: count }, (_, i) => `c${i}`);
    const named = fc.tuple(...names.map((_, i) => groupArb(schema, names.slice(0, i), 1) as fc.Arbitrary<RuleCondition>));
    return fc.tuple(named, fc.array(ruleArb(schema, names), { minLength: 1, maxLength: 4 })).map(([conditions, rules]): RulesDecision => ({
      kind: "rules",
      rules,
      conditions: Object.fromEntries(names.map((n, i) => [n, conditions[i] as RuleCondition])),
    }));
  });
}

/** One generated policy and the fact sets it is scored on. */
export interface DifferentialCase {
  readonly schema: FactSchema;
  readonly decision: RulesDecision;
  readonly factSets: readonly FactSet[];
}

/** A schema, a rules decision over it and `factSets` fact sets. */
export function differentialCaseArb(factSets: number): fc.Arbitrary<DifferentialCase> {
  return factSchemaArb().chain((schema) =>
    fc.tuple(rulesDecisionArb(schema), fc.array(factSetArb(schema), { minLength: factSets, maxLength: factSets })).map(([decision, sets]) => ({ schema, decision, factSets: sets })),
  );
}

/** The Kinerja policy document of a case: the schema's inputs and one rules decision `r`. */
export function policyDocument(inputs: Readonly<Record<string, FieldType>>, decision: RulesDecision): PolicyDocument {
  return { id: "diff", version: "1", effective: { from: "2024-01-01" }, title: { id: "d", en: "d" }, inputs: { ...inputs }, decisions: { r: decision } };
}

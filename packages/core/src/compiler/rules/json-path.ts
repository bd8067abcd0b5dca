/**
 * The JSONPath subset rule facts may use (`path`): `$.a.b`, `$.list[0]`, `$['key']`, or the same
 * without the leading `$` — the paths json-rules-engine resolves through jsonpath-plus to one
 * value. Wildcards, recursive descent, slices, filters and keys holding JSONPath syntax characters
 * are rejected at compile time so a path always names exactly one place, the same one in both
 * engines. Prototype members are refused.
 * @module
 */
import { UNSAFE_NAMES } from "../compile-expr.js";
import { ANY, withNull, type Type, type Value } from "../types.js";

/** One step of a path: an object key or a list index. */
export type PathStep = string | number;

// An index has no leading zero: jsonpath-plus resolves `[01]` to nothing, not to element 1.
// Names and quoted keys exclude the characters jsonpath-plus reads as syntax even inside quotes
// (`$` is the root, `*` a wildcard, `..`, `,`, `:`, `@`, `~`, `^`, `(`, `)`, `[`, `]`, `?`; a single
// `.` inside quotes is a plain character), so a path means the same in both engines.
const STEP = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[(0|[1-9]\d*)\]|\['([^'"\\$*,:@~^()[\]?]*)'\]|\["([^'"\\$*,:@~^()[\]?]*)"\])/;
const FIRST = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Parses a path into steps; undefined when it is outside the supported subset. */
export function parsePath(path: string): PathStep[] | undefined {
  let rest = path;
  const steps: PathStep[] = [];
  if (rest.startsWith("$")) rest = rest.slice(1);
  else {
    const first = FIRST.exec(rest);
    if (!first) return undefined;
    steps.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    const key = m[1] ?? m[3] ?? m[4];
    if (key !== undefined && key.includes("..")) return undefined;
    steps.push(m[2] === undefined ? (key ?? "") : Number(m[2]));
    rest = rest.slice(m[0].length);
  }
  return steps;
}

/** The first unsafe key of a path (`__proto__`, `constructor`, `prototype`), if any. */
export function unsafeStep(steps: readonly PathStep[]): string | undefined {
  return steps.find((s): s is string => typeof s === "string" && UNSAFE_NAMES.has(s));
}

/**
 * The type at the end of a path, or an error: `field` names an unknown key (with the known
 * ones), `scalar` a step into a value that has no keys.
 */
export function typeAtPath(type: Type, steps: readonly PathStep[]): { type: Type } | { error: "field"; key: string; known: string[] } | { error: "scalar"; type: Type } {
  let t = type;
  let nullable = false;
  for (const step of steps) {
    if (t.k === "any") return { type: ANY };
    nullable ||= t.nullable === true;
    if (typeof step === "number" && t.k === "list") {
      t = t.of;
      nullable = true; // an index may be out of range
    } else if (typeof step === "string" && t.k === "object") {
      const field = Object.hasOwn(t.fields, step) ? t.fields[step] : undefined;
      if (!field) return { error: "field", key: step, known: Object.keys(t.fields) };
      t = field;
    } else return { error: "scalar", type: t };
  }
  return { type: withNull(t, nullable || t.nullable === true) };
}

/**
 * Reads a path at run time. As in json-rules-engine, a path applied to a value that is not an
 * object (null, a number) yields the value itself; a missing key or index yields null.
 */
export function readPath(value: Value, steps: readonly PathStep[]): Value {
  if (value === null || typeof value !== "object") return value;
  let v: Value = value;
  for (const step of steps) {
    if (v === null || typeof v !== "object") return null;
    if (typeof step === "number") v = Array.isArray(v) ? ((v as readonly Value[])[step] ?? null) : null;
    else v = !Array.isArray(v) && Object.hasOwn(v, step) ? ((v as Readonly<Record<string, Value>>)[step] ?? null) : null;
  }
  return v;
}

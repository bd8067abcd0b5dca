/**
 * The points of a table's input domain on which completeness and exclusivity are decided: per
 * column, every enum value, both booleans, every number a cell mentions (literals and the numeric
 * constants it names) with its neighbours just below and just above, the midpoints between
 * consecutive ones and a point beyond each end, within the column's declared min/max (integers
 * only for integer columns); for text columns every literal a cell mentions plus one it does not;
 * and `null` when the column is nullable. Between two consecutive mentioned numbers every
 * comparison or range test of a cell is constant, so these points see every distinct row pattern.
 * @module
 */
import type { JsonValue, TableDecision, Type } from "@kinerja/core";

/** A value of one column. */
export type Point = number | string | boolean | null;

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;
const QUOTED = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g;
const DAY = 86_400_000;

/** The representative values of column `k` of the table, or undefined when its type cannot be enumerated. */
export function columnPoints(table: TableDecision, k: number, type: Type, constants: Readonly<Record<string, JsonValue>>): Point[] | undefined {
  const cells = table.rules.map((r) => r.when[k]);
  const base = valuesOf(type, cells, constants);
  if (!base) return undefined;
  return type.nullable === true || type.k === "null" ? [...base, null] : base;
}

function valuesOf(type: Type, cells: readonly (string | number | boolean | null | undefined)[], constants: Readonly<Record<string, JsonValue>>): Point[] | undefined {
  switch (type.k) {
    case "boolean":
      return [true, false];
    case "enum":
      return [...type.values];
    case "null":
      return [];
    case "number":
      return numberPoints(mentionedNumbers(cells, constants), type);
    case "string":
      return withOther(mentionedTexts(cells, constants), "\u0001lain");
    case "date":
      return withOther(datePoints(mentionedTexts(cells, constants)), "1901-01-01");
    default:
      return undefined;
  }
}

function mentionedNumbers(cells: readonly unknown[], constants: Readonly<Record<string, JsonValue>>): number[] {
  const out: number[] = [];
  for (const cell of cells) {
    if (typeof cell === "number") out.push(cell);
    if (typeof cell !== "string") continue;
    const bare = cell.replace(QUOTED, " ");
    for (const m of bare.matchAll(NUMBER)) out.push(Number(m[0]), Math.abs(Number(m[0])));
    for (const m of bare.matchAll(NAME)) {
      const value = lookup(constants, m[0]);
      if (typeof value === "number") out.push(value);
    }
  }
  return out.filter((x) => Number.isFinite(x));
}

function mentionedTexts(cells: readonly unknown[], constants: Readonly<Record<string, JsonValue>>): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    for (const m of cell.matchAll(QUOTED)) out.push(unescape(m[1] ?? m[2] ?? ""));
    for (const m of cell.replace(QUOTED, " ").matchAll(NAME)) {
      const value = lookup(constants, m[0]);
      if (typeof value === "string") out.push(value);
      else if (m[0] !== "not" && m[0] !== "null" && m[0] !== "true" && m[0] !== "false") out.push(m[0]);
    }
  }
  return [...new Set(out)];
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

function lookup(constants: Readonly<Record<string, JsonValue>>, dotted: string): JsonValue | undefined {
  let value: JsonValue | undefined = constants as JsonValue;
  for (const part of dotted.split(".")) {
    value = value !== null && typeof value === "object" && !Array.isArray(value) ? value[part] : undefined;
  }
  return value;
}

function numberPoints(mentioned: readonly number[], type: Extract<Type, { k: "number" }>): number[] {
  const edges = [...mentioned, ...(type.min === undefined ? [] : [type.min]), ...(type.max === undefined ? [] : [type.max])];
  const sorted = [...new Set(edges)].sort((a, b) => a - b);
  if (sorted.length === 0) sorted.push(0);
  const points: number[] = [(sorted[0] as number) - 1, (sorted[sorted.length - 1] as number) + 1];
  sorted.forEach((b, i) => {
    const delta = 1e-6 * Math.max(1, Math.abs(b));
    points.push(b, b - delta, b + delta);
    const next = sorted[i + 1];
    if (next !== undefined) points.push((b + next) / 2);
  });
  const within = (x: number): boolean => (type.min === undefined || x >= type.min) && (type.max === undefined || x <= type.max);
  const values = type.integer === true ? points.flatMap((x) => [Math.floor(x), Math.ceil(x)]) : points;
  return [...new Set(values.filter(within))].sort((a, b) => a - b);
}

function datePoints(mentioned: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of mentioned) {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(time)) continue;
    for (const t of [time - DAY, time, time + DAY]) out.add(new Date(t).toISOString().slice(0, 10));
  }
  return [...out];
}

function withOther(values: readonly string[], other: string): string[] {
  let extra = other;
  while (values.includes(extra)) extra = `${extra}x`;
  return [...values, extra];
}

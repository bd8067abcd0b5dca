/**
 * Output paths (`nilai`, `capaianIndikator[].capaian`): reading the values at a path, the element
 * of a per-item list at one position, and removing paths before a comparison.
 * @module
 */
import type { OutputPath } from "./types.js";

/** One value found at a path, with where it is (`capaianIndikator[2].capaian`). */
export interface Located {
  readonly where: string;
  readonly value: unknown;
}

/** Every value at `path` in `outputs` (one per list element for `[]` segments). */
export function valuesAt(outputs: Readonly<Record<string, unknown>>, path: OutputPath): Located[] {
  return walk([{ where: "", value: outputs }], segments(path));
}

/** The value at `path` where its first `[]` is the element at `index` (the changed indicator). */
export function valueAtItem(outputs: Readonly<Record<string, unknown>>, path: OutputPath, index: number): unknown {
  const parts = segments(path);
  const first = parts.indexOf("[]");
  const concrete = first < 0 ? parts : [...parts.slice(0, first), index, ...parts.slice(first + 1)];
  return walk([{ where: "", value: outputs }], concrete)[0]?.value;
}

/** A deep copy of `outputs` without the values at `paths` (for comparisons that must ignore them). */
export function omitPaths(outputs: Readonly<Record<string, unknown>>, paths: readonly OutputPath[]): Record<string, unknown> {
  let copy = structuredClone(outputs) as Record<string, unknown>;
  for (const path of paths) copy = remove(copy, segments(path)) as Record<string, unknown>;
  return copy;
}

/** The top-level output name of a path. */
export function outputName(path: OutputPath): string {
  return String(segments(path)[0] ?? "");
}

function segments(path: OutputPath): (string | number)[] {
  return path
    .replace(/\[\]/g, ".[]")
    .split(".")
    .filter((s) => s !== "");
}

function walk(current: readonly Located[], rest: readonly (string | number)[]): Located[] {
  if (rest.length === 0) return [...current];
  const [head, ...tail] = rest;
  const next: Located[] = [];
  for (const { where, value } of current) {
    if (head === "[]") {
      if (Array.isArray(value)) value.forEach((v, i) => next.push({ where: `${where}[${i}]`, value: v }));
    } else if (typeof head === "number") {
      if (Array.isArray(value)) next.push({ where: `${where}[${head}]`, value: value[head] });
    } else if (value !== null && typeof value === "object" && Object.hasOwn(value, head as string)) {
      next.push({ where: where === "" ? (head as string) : `${where}.${head as string}`, value: (value as Record<string, unknown>)[head as string] });
    }
  }
  return walk(next, tail);
}

function remove(value: unknown, rest: readonly (string | number)[]): unknown {
  if (rest.length === 0 || value === null || typeof value !== "object") return value;
  const [head, ...tail] = rest;
  if (head === "[]") return Array.isArray(value) ? value.map((v) => remove(v, tail)) : value;
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, head as string)) return value;
  if (tail.length === 0) {
    const { [head as string]: _gone, ...others } = record;
    return others;
  }
  return { ...record, [head as string]: remove(record[head as string], tail) };
}

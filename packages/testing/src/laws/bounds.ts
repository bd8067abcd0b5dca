/**
 * Law `bounds`: for every valid input, every output conforms to its static type (a finite number
 * within the declared min/max, an enum value of its enum, a boolean, a date, …; `null` only where
 * the type is nullable) and stays within the bounds the document writes (a formula that is a
 * `clamp`, a table whose outputs are number literals) and the profile adds.
 * @module
 */
import type { Type } from "@kinerja/core";
import { inputArbitrary } from "../arbitraries/input.js";
import { LawViolation, runProperty, show, type LawContext, type LawDefinition } from "./context.js";
import { documentBounds, typedPaths, type TypedPath } from "./infer-bounds.js";
import { outputName, valuesAt } from "./output-paths.js";
import type { LawResult, OutputBounds, OutputPath } from "./types.js";

/** The bounds law. */
export const boundsLaw: LawDefinition = {
  id: "bounds",
  notApplicable: (ctx) =>
    Object.keys(ctx.policy.outputTypes).length === 0 ? { id: "Kebijakan tidak memiliki keluaran.", en: "The policy has no outputs." } : undefined,
  run(ctx: LawContext): LawResult {
    const types = typedPaths(ctx.policy);
    const bounds = allBounds(ctx);
    const passed = {
      id: `Setiap keluaran sesuai tipenya dan ${Object.keys(bounds).length} batas (${Object.keys(bounds).join(", ") || "-"}) terpenuhi.`,
      en: `Every output conforms to its type and ${Object.keys(bounds).length} bounds (${Object.keys(bounds).join(", ") || "-"}) hold.`,
    };
    return runProperty("bounds", ctx, inputArbitrary(ctx.policy), (input) => checkOutputs(ctx.policy.score(input).outputs, types, bounds), passed);
  },
};

/** The document's bounds merged with the profile's (the profile wins on the same path). */
export function allBounds(ctx: LawContext): Record<OutputPath, OutputBounds> {
  return { ...documentBounds(ctx.policy), ...(ctx.profile.bounds ?? {}) };
}

function checkOutputs(outputs: Readonly<Record<string, unknown>>, types: readonly TypedPath[], bounds: Readonly<Record<OutputPath, OutputBounds>>): void {
  for (const { path, type } of types) {
    for (const { where, value } of valuesAt(outputs, path)) {
      const problem = typeProblem(value, type);
      if (problem) throw violation(where, value, problem, outputName(path));
    }
  }
  for (const [path, bound] of Object.entries(bounds)) {
    for (const { where, value } of valuesAt(outputs, path)) {
      const problem = boundProblem(value, bound);
      if (problem) throw violation(where, value, problem, outputName(path));
    }
  }
}

function violation(where: string, value: unknown, problem: { id: string; en: string }, decision: string): LawViolation {
  return new LawViolation(
    { id: `Keluaran ${where} = ${show(value)}: ${problem.id}`, en: `Output ${where} = ${show(value)}: ${problem.en}` },
    ["decisions", decision],
  );
}

function typeProblem(value: unknown, type: Type): { id: string; en: string } | undefined {
  if (value === null || value === undefined) {
    return type.nullable === true || type.k === "null" || type.k === "any" ? undefined : { id: "null padahal tipenya tidak boleh null", en: "null although its type is not nullable" };
  }
  switch (type.k) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return { id: "bukan bilangan hingga", en: "not a finite number" };
      return boundProblem(value, { ...(type.min === undefined ? {} : { min: type.min }), ...(type.max === undefined ? {} : { max: type.max }), source: "its declared type" }) ??
        (type.integer === true && !Number.isInteger(value) ? { id: "bukan bilangan bulat", en: "not an integer" } : undefined);
    case "enum":
      return type.values.includes(value as string) ? undefined : { id: `bukan salah satu dari ${type.values.join(", ")}`, en: `not one of ${type.values.join(", ")}` };
    case "boolean":
      return typeof value === "boolean" ? undefined : { id: "bukan boolean", en: "not a boolean" };
    case "string":
      return typeof value === "string" ? undefined : { id: "bukan teks", en: "not a string" };
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : { id: "bukan tanggal YYYY-MM-DD", en: "not a YYYY-MM-DD date" };
    case "list":
      return Array.isArray(value) ? undefined : { id: "bukan daftar", en: "not a list" };
    case "object":
      return typeof value === "object" && !Array.isArray(value) ? undefined : { id: "bukan objek", en: "not an object" };
    default:
      return undefined;
  }
}

function boundProblem(value: unknown, bound: OutputBounds): { id: string; en: string } | undefined {
  if (value === null || value === undefined) return undefined;
  const from = bound.source ? ` (${bound.source})` : "";
  if (bound.values && !bound.values.includes(value as string)) return { id: `di luar nilai yang diizinkan ${bound.values.join(", ")}${from}`, en: `outside the allowed values ${bound.values.join(", ")}${from}` };
  if (typeof value !== "number") return bound.min !== undefined || bound.max !== undefined ? { id: `bukan bilangan${from}`, en: `not a number${from}` } : undefined;
  if (bound.min !== undefined && value < bound.min) return { id: `di bawah batas bawah ${bound.min}${from}`, en: `below the lower bound ${bound.min}${from}` };
  if (bound.max !== undefined && value > bound.max) return { id: `di atas batas atas ${bound.max}${from}`, en: `above the upper bound ${bound.max}${from}` };
  return undefined;
}

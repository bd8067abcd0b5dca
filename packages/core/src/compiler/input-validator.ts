/**
 * Validates a scoring input against the policy's declared inputs. Compiled once per policy into
 * closures; reports every problem with its path (`indikator.2.realisasi`), never throws a
 * TypeError on odd input, and reads only own, declared properties.
 * @module
 */
import { issue, type Issue, type IssuePath } from "../errors.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { compileObjectTest, weightTotal } from "./input-test.js";
import { decSub } from "../internal/decimal.js";
import type { FieldType, ListField, NumberField } from "../schema/policy-types.js";
import { isCalendarDate } from "../internal/calendar-date.js";

type Check = (value: unknown, path: IssuePath, issues: Issue[]) => void;

/** Validates a whole input object; returns every issue found (empty when valid). */
export type InputValidator = (input: unknown) => Issue[];

/** Compiles the declared inputs into a validator. */
export function compileInputValidator(inputs: Readonly<Record<string, FieldType>>): InputValidator {
  const check = objectCheck(inputs);
  const valid = compileObjectTest(inputs);
  return (input) => {
    // Fast path: an allocation-free yes/no test of plain data; the detailed walk runs only for
    // invalid input or objects that are not plain (then `NOT_PLAIN` when they are valid).
    if (valid(input)) return NO_ISSUES;
    const issues: Issue[] = [];
    check(input, [], issues);
    return issues.length === 0 ? NOT_PLAIN : issues;
  };
}

const NO_ISSUES: Issue[] = [];
Object.freeze(NO_ISSUES);

/** The (empty) result for a valid input holding objects that are not plain: the scorer copies it into plain data. */
export const NOT_PLAIN: Issue[] = [];
Object.freeze(NOT_PLAIN);

function invalid(issues: Issue[], path: IssuePath, message: ReturnType<typeof fill>): void {
  issues.push(issue("INPUT_INVALID", path, message));
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function fieldCheck(field: FieldType): Check {
  const inner = valueCheck(field);
  const optional = field.optional === true;
  return (value, path, issues) => {
    if (value === undefined || value === null) {
      if (!optional) invalid(issues, path, M.inputRequired);
      return;
    }
    inner(value, path, issues);
  };
}

function valueCheck(field: FieldType): Check {
  switch (field.type) {
    case "number":
      return numberCheck(field);
    case "string":
      return (v, p, is) => {
        if (typeof v !== "string") return invalid(is, p, fill(M.inputType, { expected: "string", actual: kindOf(v) }));
        if (v.length < (field.minLength ?? 0) || v.length > (field.maxLength ?? Infinity)) {
          invalid(is, p, fill(M.inputLength, { min: field.minLength ?? 0, max: field.maxLength ?? "∞" }));
        }
      };
    case "boolean":
      return (v, p, is) => (typeof v === "boolean" ? undefined : invalid(is, p, fill(M.inputType, { expected: "boolean", actual: kindOf(v) })));
    case "date":
      return (v, p, is) =>
        typeof v === "string" && isCalendarDate(v) ? undefined : invalid(is, p, fill(M.inputType, { expected: "YYYY-MM-DD", actual: JSON.stringify(v) ?? kindOf(v) }));
    case "enum": {
      const values = new Set(field.values);
      return (v, p, is) => (typeof v === "string" && values.has(v) ? undefined : invalid(is, p, fill(M.inputEnum, { values: field.values })));
    }
    case "object":
      return objectCheck(field.fields);
    case "list":
      return listCheck(field);
  }
}

function numberCheck(field: NumberField): Check {
  return (v, p, is) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return invalid(is, p, fill(M.inputType, { expected: "number", actual: kindOf(v) }));
    if (field.integer === true && !Number.isInteger(v)) invalid(is, p, M.inputInteger);
    if (field.min !== undefined && v < field.min) invalid(is, p, fill(M.inputMin, { min: field.min }));
    if (field.max !== undefined && v > field.max) invalid(is, p, fill(M.inputMax, { max: field.max }));
  };
}

function objectCheck(fields: Readonly<Record<string, FieldType>>): Check {
  const checks = Object.entries(fields).map(([name, field]) => [name, fieldCheck(field)] as const);
  return (v, p, is) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return invalid(is, p, fill(M.inputType, { expected: "object", actual: kindOf(v) }));
    const record = v as Record<string, unknown>;
    for (const [name, check] of checks) check(Object.hasOwn(record, name) ? record[name] : undefined, [...p, name], is);
  };
}

function listCheck(field: ListField): Check {
  const item = fieldCheck(field.items);
  const weights = weightFields(field.items);
  return (v, p, is) => {
    if (!Array.isArray(v)) return invalid(is, p, fill(M.inputType, { expected: "list", actual: kindOf(v) }));
    if (v.length < (field.minItems ?? 0) || v.length > (field.maxItems ?? Infinity)) {
      invalid(is, p, fill(M.inputItems, { min: field.minItems ?? 0, max: field.maxItems ?? "∞" }));
    }
    const before = is.length;
    // An index loop, not forEach: forEach skips the holes of a sparse array (`[, x]`).
    for (let i = 0; i < v.length; i++) item(v[i], [...p, i], is);
    if (is.length === before) for (const [name, weight] of weights) checkWeightSum(v, name, weight, p, is);
  };
}

function weightFields(items: FieldType): [string, { sum: number; tolerance?: number }][] {
  if (items.type !== "object") return [];
  return Object.entries(items.fields).flatMap(([name, f]) => (f.type === "number" && f.weight ? [[name, f.weight] as [string, { sum: number; tolerance?: number }]] : []));
}

function weightSumOk(list: readonly unknown[], name: string, weight: { sum: number; tolerance?: number }): boolean {
  return Math.abs(decSub(weightTotal(list, name), weight.sum)) <= (weight.tolerance ?? 0);
}

function checkWeightSum(list: readonly unknown[], name: string, weight: { sum: number; tolerance?: number }, path: IssuePath, issues: Issue[]): void {
  if (weightSumOk(list, name, weight)) return;
  const total = weightTotal(list, name);
  issues.push(issue("INPUT_INVALID", path, fill(M.inputWeightSum, { field: name, actual: total, expected: weight.sum })));
}

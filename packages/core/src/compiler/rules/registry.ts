/**
 * The operator registry: the only way to add operators to rule conditions. Operators are plain
 * TypeScript functions registered by the embedding application and passed to `compilePolicy`;
 * a policy document can name them but never carry code.
 * @module
 */
import { KinerjaError, issue, type Issue } from "../../errors.js";
import { fill, type LocalizedText } from "../../i18n/text.js";
import { R } from "../../i18n/rule-messages.js";
import type { Type, Value } from "../types.js";
import { BUILT_IN_OPERATORS, DECORATORS, isDateText, mismatch, type OperatorSpec } from "./operators.js";

/** The operand kinds a custom operator declares; the compiler checks conditions against them. */
export type OperandKind = "number" | "string" | "boolean" | "date" | "list" | "any";

/** The TypeScript type a {@link OperandKind} stands for. */
export type OperandValue<K extends OperandKind> = K extends "number"
  ? number
  : K extends "string" | "date"
    ? string
    : K extends "boolean"
      ? boolean
      : K extends "list"
        ? readonly Value[]
        : Value;

/** A custom operator: the operand kinds it accepts and a pure, synchronous test. */
export interface OperatorDefinition<F extends OperandKind = OperandKind, V extends OperandKind = OperandKind> {
  /** The kind of fact value it accepts; other values (and null) make the condition false, as json-rules-engine's validators do. */
  readonly fact: F;
  /** The kind of compared value it accepts; null makes the condition false. */
  readonly value: V;
  /** What the operator means, shown in documentation and explanations. */
  readonly label?: LocalizedText;
  /** The comparison; must be pure and return a boolean. */
  readonly test: (fact: OperandValue<F>, value: OperandValue<V>) => boolean;
}

/** A frozen set of custom operators, passed to `compilePolicy(doc, { operators })`. */
export interface OperatorRegistry {
  readonly operators: ReadonlyMap<string, OperatorSpec & { readonly label?: LocalizedText }>;
}

/** A map of operator names to definitions, each with its own operand kinds. */
export type OperatorDefinitions = { readonly [name: string]: OperatorDefinition<any, any> };

const KINDS: readonly OperandKind[] = ["number", "string", "boolean", "date", "list", "any"];
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Registers custom operators. Throws `KinerjaError` `OPERATOR_INVALID` listing every bad name or
 * definition (names must be identifiers and must not reuse a built-in operator or decorator).
 *
 * @example
 * ```ts
 * const operators = defineOperators({
 *   multipleOf: { fact: "number", value: "number", test: (f, v) => v !== 0 && f % v === 0 },
 * });
 * const policy = compilePolicy(doc, { operators });
 * ```
 */
export function defineOperators<T extends OperatorDefinitions>(definitions: T): OperatorRegistry {
  const issues: Issue[] = [];
  const operators = new Map<string, OperatorSpec & { label?: LocalizedText }>();
  for (const name of Object.keys(definitions)) {
    const def = definitions[name] as OperatorDefinition;
    if (!NAME.test(name) || BUILT_IN_OPERATORS.has(name) || DECORATORS.has(name)) issues.push(issue("OPERATOR_INVALID", [name], fill(R.registryName, { name })));
    else if (!validDefinition(def)) issues.push(issue("OPERATOR_INVALID", [name], fill(R.registryDefinition, { name, kinds: KINDS.join(", ") })));
    else operators.set(name, { ...customSpec(name, def), ...(def.label ? { label: def.label } : {}) });
  }
  if (issues.length > 0) throw new KinerjaError("OPERATOR_INVALID", fill(R.registryInvalid, { count: issues.length }), { issues, path: issues[0]?.path ?? [] });
  return Object.freeze({ operators });
}

function validDefinition(def: unknown): def is OperatorDefinition {
  if (typeof def !== "object" || def === null) return false;
  const d = def as Record<string, unknown>;
  return KINDS.includes(d["fact"] as OperandKind) && KINDS.includes(d["value"] as OperandKind) && typeof d["test"] === "function";
}

function customSpec(name: string, def: OperatorDefinition): OperatorSpec {
  const fits = (kind: OperandKind, t: Type): boolean => kind === "any" || t.k === "any" || t.k === "null" || t.k === kind || (kind === "string" && t.k === "enum") || (kind === "string" && t.k === "date");
  return {
    check: (fact, value, operator) => {
      if (!fits(def.fact, fact)) return mismatch(operator, "fact", def.fact, fact);
      if (!fits(def.value, value)) return mismatch(operator, "value", def.value, value);
      return undefined;
    },
    compare: (fact, value) => {
      if (!accepts(def.fact, fact) || !accepts(def.value, value)) return false;
      let result: unknown;
      try {
        result = def.test(fact as never, value as never);
      } catch (error) {
        throw new KinerjaError("OPERATOR_FAILED", fill(R.operatorFailed, { name, message: error instanceof Error ? error.message : String(error) }), { cause: error });
      }
      if (typeof result !== "boolean") throw new KinerjaError("OPERATOR_FAILED", fill(R.operatorNotBoolean, { name, actual: typeof result }));
      return result;
    },
  };
}

/** The run-time validator of a custom operator's operand (null never passes, except for `any`). */
function accepts(kind: OperandKind, v: Value): boolean {
  switch (kind) {
    case "any":
      return true;
    case "list":
      return Array.isArray(v);
    case "date":
      return typeof v === "string" && isDateText(v);
    default:
      return typeof v === kind;
  }
}

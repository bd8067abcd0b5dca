/**
 * The operator registry: the only way to add operators to rule conditions. Operators are plain
 * TypeScript functions registered by the embedding application and passed to `compilePolicy`;
 * a policy document can name them but never carry code.
 * @module
 */
import { KinerjaError, issue } from "../../errors.js";
import { fill, type LocalizedText } from "../../i18n/text.js";
import { R } from "../../i18n/rule-messages.js";
import type { Type, Value } from "../types.js";
import { BUILT_IN_OPERATORS, DECORATORS, mismatch, type OperatorSpec } from "./operators.js";
import { isCalendarDate } from "../../internal/calendar-date.js";

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

/**
 * An immutable set of custom operators, passed to `compilePolicy(doc, { operators })`. `add`
 * returns a new registry, so a shared registry can be extended safely.
 */
export interface OperatorRegistry {
  /** The registered operator names, in registration order. */
  readonly names: readonly string[];
  /**
   * A registry with one more operator; `test`'s parameters are typed from `fact` and `value`.
   * Throws `KinerjaError` `OPERATOR_INVALID` for a name that is not an identifier, reuses a
   * built-in operator or decorator or is already registered, or for a bad definition.
   */
  add<F extends OperandKind, V extends OperandKind>(name: string, definition: OperatorDefinition<F, V>): OperatorRegistry;
}

const KINDS: readonly OperandKind[] = ["number", "string", "boolean", "date", "list", "any"];
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * An empty operator registry: the only way to give rule conditions operators beyond the built-in
 * ones. A policy document can name registered operators but never carries code.
 *
 * @example
 * ```ts
 * const operators = createOperatorRegistry()
 *   .add("multipleOf", { fact: "number", value: "number", test: (fact, value) => value !== 0 && fact % value === 0 })
 *   .add("startsWith", { fact: "string", value: "string", test: (fact, value) => fact.startsWith(value) });
 * const policy = compilePolicy(doc, { operators });
 * ```
 */
export function createOperatorRegistry(): OperatorRegistry {
  return registry(new Map());
}

type Registered = OperatorSpec & { readonly label?: LocalizedText };

/** Each registry's operators, kept out of the public shape. */
const SPECS = new WeakMap<OperatorRegistry, ReadonlyMap<string, Registered>>();

/** The compiled form of a registered operator (for the rules compiler). */
export function registeredOperator(registry: OperatorRegistry | undefined, name: string): Registered | undefined {
  return registry ? SPECS.get(registry)?.get(name) : undefined;
}

function registry(operators: ReadonlyMap<string, Registered>): OperatorRegistry {
  const created: OperatorRegistry = Object.freeze({
    names: Object.freeze([...operators.keys()]),
    add<F extends OperandKind, V extends OperandKind>(name: string, definition: OperatorDefinition<F, V>): OperatorRegistry {
      const def = definition as unknown as OperatorDefinition;
      let problem: LocalizedText | undefined;
      if (typeof name !== "string" || !NAME.test(name) || BUILT_IN_OPERATORS.has(name) || DECORATORS.has(name) || operators.has(name)) problem = fill(R.registryName, { name: String(name) });
      else if (!validDefinition(def)) problem = fill(R.registryDefinition, { name, kinds: KINDS.join(", ") });
      if (problem) throw new KinerjaError("OPERATOR_INVALID", problem, { path: [String(name)], issues: [issue("OPERATOR_INVALID", [String(name)], problem)] });
      const next = new Map(operators);
      next.set(name, { ...customSpec(name, def), ...(def.label ? { label: def.label } : {}) });
      return registry(next);
    },
  });
  SPECS.set(created, operators);
  return created;
}

function validDefinition(def: unknown): def is OperatorDefinition {
  if (typeof def !== "object" || def === null) return false;
  const d = def as Record<string, unknown>;
  return KINDS.includes(d["fact"] as OperandKind) && KINDS.includes(d["value"] as OperandKind) && typeof d["test"] === "function";
}

function customSpec(name: string, def: OperatorDefinition): OperatorSpec {
  const fits = (kind: OperandKind, t: Type): boolean =>
    kind === "any" || t.k === "any" || t.k === "null" || t.k === kind || (kind === "string" && t.k === "enum") || (kind === "string" && t.k === "date") || (kind === "date" && dateText(t));
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

/**
 * Texts a `date` operand accepts at compile time, as the built-in date operators do: a string fact
 * (checked at run time), a date literal, or a literal list of date texts (typed as an enum of them).
 */
function dateText(t: Type): boolean {
  return (t.k === "string" && (t.literal === undefined || isCalendarDate(t.literal))) || (t.k === "enum" && t.values.every(isCalendarDate));
}

/** The run-time validator of a custom operator's operand (null never passes, except for `any`). */
function accepts(kind: OperandKind, v: Value): boolean {
  switch (kind) {
    case "any":
      return true;
    case "list":
      return Array.isArray(v);
    case "date":
      return typeof v === "string" && isCalendarDate(v);
    default:
      return typeof v === kind;
  }
}

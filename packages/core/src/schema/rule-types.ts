/**
 * The shape of a `rules` decision: rules in json-rules-engine's format (conditions with `all` /
 * `any` / `not` nesting, named condition references, fact leaves with operators and decorators,
 * a priority and an event), compiled by Kinerja and run synchronously.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { JsonValue } from "./policy-types.js";

/** A reference to a fact used as a compared value or an event parameter: `{ fact, path? }`. */
export interface FactReference {
  /** The name of a policy input, constant, decision (or, inside a per-item decision, the element). */
  fact: string;
  /** A JSONPath into the fact (`$.a.b`, `$.list[0]`, `$['key']`). */
  path?: string;
  /** Accepted for json-rules-engine compatibility; Kinerja facts are values, so params do not change them. */
  params?: Record<string, JsonValue>;
}

interface ConditionCommon {
  /** A name carried into the trace (json-rules-engine's condition `name`). */
  name?: string;
  /** Why this condition matters, in Bahasa Indonesia and English, shown in explanations. */
  label?: LocalizedText;
  /** Accepted for json-rules-engine compatibility; Kinerja evaluates every condition (no side effects). */
  priority?: number;
}

/** A leaf: compares a fact (optionally at a path) with a value by an operator. */
export interface FactCondition extends ConditionCommon {
  fact: string;
  /** An operator, optionally with decorators: `greaterThan`, `not:in`, `everyFact:lessThan`, `dateBefore`, or a registered one. */
  operator: string;
  /** A literal JSON value, or `{ fact, path }` to compare with another fact. */
  value: JsonValue | FactReference;
  path?: string;
  params?: Record<string, JsonValue>;
}

/** Every sub-condition must hold. */
export interface AllCondition extends ConditionCommon {
  all: RuleCondition[];
}
/** At least one sub-condition must hold. */
export interface AnyCondition extends ConditionCommon {
  any: RuleCondition[];
}
/** The sub-condition must not hold. */
export interface NotCondition extends ConditionCommon {
  not: RuleCondition;
}
/** A reference to a named condition declared in the decision's `conditions`. */
export interface ConditionReference extends ConditionCommon {
  condition: string;
}

/** Any condition. */
export type RuleCondition = FactCondition | AllCondition | AnyCondition | NotCondition | ConditionReference;

/** The conditions at the top of a rule: a boolean group or a named reference. */
export type TopCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

/** What a rule emits when its conditions hold. Parameter values may be `{ fact, path }` references. */
export interface RuleEvent {
  type: string;
  params?: Record<string, JsonValue | FactReference>;
}

/** One rule. */
export interface Rule {
  /** The rule's name, shown in explanations. */
  name?: string;
  /** Why the rule exists (the consequence it encodes), in Bahasa Indonesia and English. */
  label?: LocalizedText;
  /** Higher runs first; events are listed by priority, then in document order. Default 1. */
  priority?: number;
  conditions: TopCondition;
  event: RuleEvent;
}

/**
 * A rules decision: its value is the list of the events of the rules whose conditions hold,
 * ordered by priority (highest first) and then as written.
 */
export interface RulesDecision {
  kind: "rules";
  rules: Rule[];
  /** Named conditions the rules may reference with `{ "condition": "name" }`. */
  conditions?: Record<string, RuleCondition>;
  label?: LocalizedText;
  description?: LocalizedText;
}

/**
 * Compiles a `rules` decision into a step: rules are sorted by priority (highest first, then as
 * written), each rule's conditions compiled once, and the decision's value is the list of the
 * events `{ type, params }` of the rules whose conditions hold. Event parameters written as
 * `{ fact, path }` are replaced by the fact's value (json-rules-engine's
 * `replaceFactsInEventParams`).
 * @module
 */
import type { LocalizedText } from "../../i18n/text.js";
import type { Rule, RulesDecision } from "../../schema/policy-types.js";
import type { DecisionTrace, RuleTrace } from "../../trace/trace-types.js";
import type { Step } from "../compile-decision.js";
import type { DecisionCompileState } from "../compile-table.js";
import { readBindings, type Binding, type Env, type Scope } from "../scope.js";
import { unify, withNull, type Type, type Value } from "../types.js";
import { compileCondition, namedCondition, valueOperand, type ConditionContext, type ConditionNode, type Operand } from "./compile-condition.js";
import type { OperatorRegistry } from "./registry.js";
import { deepFreeze } from "../../internal/deep-freeze.js";

interface CompiledRule {
  readonly index: number;
  readonly rule: Rule;
  readonly priority: number;
  readonly condition: ConditionNode;
  readonly params: readonly (readonly [string, Operand])[];
  /** The event, built once, when no parameter reads a fact (most rules): firing allocates nothing. */
  readonly fixedEvent: Value | undefined;
}

/** Compiles a rules decision; problems are added to the state's issues. */
export function compileRules(
  name: string,
  decision: RulesDecision,
  scope: Scope,
  state: DecisionCompileState,
  operators: OperatorRegistry | undefined,
): Step {
  const refs = new Map<string, Binding>();
  const ctx: ConditionContext = { scope, state: { ...state, refs }, named: decision.conditions ?? {}, operators, stack: [], cache: new Map() };
  for (const [n, c] of Object.entries(decision.conditions ?? {})) namedCondition(n, c, ctx);
  const compiled = decision.rules.map((rule, i) => compileRule(rule, i, ctx));
  // Stable: equal priorities keep document order (json-rules-engine's order there depends on promise timing).
  const ordered = [...compiled].sort((a, b) => b.priority - a.priority || a.index - b.index);
  const type = eventListType(decision.rules, compiled);
  return rulesRunner(name, decision, ordered, refs, type);
}

function compileRule(rule: Rule, index: number, ctx: ConditionContext): CompiledRule {
  const path = [...ctx.state.path, "rules", index];
  const condition = compileCondition(rule.conditions, [...path, "conditions"], ctx);
  const params = Object.entries(rule.event.params ?? {}).flatMap(([key, value]) => {
    const operand = valueOperand(value, [...path, "event", "params", key], ctx);
    return operand ? [[key, operand] as const] : [];
  });
  const literal = Object.values(rule.event.params ?? {}).every((v) => v === null || typeof v !== "object" || Array.isArray(v) || !Object.hasOwn(v, "fact"));
  const fixedEvent = literal ? deepFreeze({ type: rule.event.type, params: { ...(rule.event.params ?? {}) } } as Value) : undefined;
  return { index, rule, priority: rule.priority ?? 1, condition, params, fixedEvent };
}

function eventOf(rule: CompiledRule, env: Env): Value {
  return rule.fixedEvent ?? { type: rule.rule.event.type, params: resolveParams(rule, env) };
}

function resolveParams(rule: CompiledRule, env: Env): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, operand] of rule.params) out[key] = operand.read(env);
  return out;
}

function rulesRunner(name: string, decision: RulesDecision, ordered: readonly CompiledRule[], refs: ReadonlyMap<string, Binding>, type: Type): Step {
  return {
    name,
    type,
    run: (env) => {
      const events: Value[] = [];
      for (let i = 0; i < ordered.length; i++) {
        const r = ordered[i] as CompiledRule;
        if (r.condition.run(env)) events.push(eventOf(r, env));
      }
      return events;
    },
    traced: (env) => {
      const events: Value[] = [];
      const rules: RuleTrace[] = ordered.map((r) => {
        const conditions = r.condition.traced(env);
        const event = eventOf(r, env) as RuleTrace["event"];
        if (conditions.result) events.push(event);
        return { index: r.index + 1, ...named(r.rule), priority: r.priority, fired: conditions.result, event, conditions };
      });
      const trace: DecisionTrace = { name, kind: "rules", ...(decision.label ? { label: decision.label } : {}), inputs: readBindings(refs, env), output: events, rules };
      return { value: events, trace };
    },
  };
}

function named(rule: Rule): { name?: string; label?: LocalizedText } {
  return { ...(rule.name ? { name: rule.name } : {}), ...(rule.label ? { label: rule.label } : {}) };
}

/**
 * The decision's type: a list of `{ type, params }` where `type` is the enum of the declared event
 * types (so `e.type = "PEMBINAN"` is caught as a typo) and `params` has every declared key, nullable
 * when some rule does not set it.
 */
function eventListType(rules: readonly Rule[], compiled: readonly CompiledRule[]): Type {
  const types = [...new Set(rules.map((r) => r.event.type))];
  const keys = [...new Set(compiled.flatMap((r) => r.params.map(([k]) => k)))];
  const fields: Record<string, Type> = {};
  for (const key of keys) {
    let t: Type | undefined;
    let everywhere = true;
    for (const r of compiled) {
      const p = r.params.find(([k]) => k === key);
      if (!p) everywhere = false;
      else t = t ? (unify(t, p[1].type) ?? { k: "any", nullable: true }) : p[1].type;
    }
    fields[key] = withNull(t ?? { k: "any", nullable: true }, !everywhere || t?.nullable === true);
  }
  return { k: "list", of: { k: "object", fields: { type: { k: "enum", values: types }, params: { k: "object", fields } } } };
}

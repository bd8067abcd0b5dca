/**
 * The names a rules decision reads — leaf facts, `{ fact }` values and event parameters, inside
 * the rules and the named conditions — for the dependency graph.
 * @module
 */
import type { FactReference, JsonValue, RuleCondition, RulesDecision } from "../../schema/policy-types.js";

/** Every fact name the decision mentions (unknown ones are reported when it is compiled). */
export function ruleFacts(decision: RulesDecision): Set<string> {
  const names = new Set<string>();
  const visit = (c: RuleCondition): void => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("fact" in c) {
      names.add(c.fact);
      addReference(c.value, names);
    }
  };
  for (const rule of decision.rules) {
    visit(rule.conditions);
    for (const value of Object.values(rule.event.params ?? {})) addReference(value, names);
  }
  for (const c of Object.values(decision.conditions ?? {})) visit(c);
  return names;
}

function addReference(value: JsonValue | FactReference, names: Set<string>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && typeof value["fact"] === "string") names.add(value["fact"]);
}

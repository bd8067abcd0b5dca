/**
 * Checks of a schema-valid policy that zod cannot express: safe and unique names, real calendar
 * dates, coherent field declarations, weight groups adding up as declared, and known outputs.
 * @module
 */
import { issue, type Issue, type IssuePath } from "../errors.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { decAdd, decSub } from "../internal/decimal.js";
import type { FieldType, PerItemDecision, PolicyDocument } from "../schema/policy-types.js";
import { UNSAFE_NAMES } from "./compile-expr.js";
import { isCalendarDate } from "../internal/calendar-date.js";

const RESERVED = new Set(["if", "then", "else", "and", "or", "not", "in", "true", "false", "null"]);

/** Runs every semantic check and returns the issues found (all of them). */
export function semanticChecks(policy: PolicyDocument): Issue[] {
  const issues: Issue[] = [];
  checkDates(policy, issues);
  checkNames(policy, issues);
  for (const [name, field] of Object.entries(policy.inputs)) checkField(field, ["inputs", name], issues);
  checkWeights(policy, issues);
  for (const [i, name] of (policy.outputs ?? []).entries()) {
    if (!Object.hasOwn(policy.decisions, name)) issues.push(issue("UNKNOWN_NAME", ["outputs", i], fill(M.unknownOutput, { name })));
  }
  return issues;
}

function checkDates(policy: PolicyDocument, issues: Issue[]): void {
  const { from, to } = policy.effective;
  for (const [key, value] of [["from", from], ["to", to]] as const) {
    if (value !== undefined && !isCalendarDate(value)) issues.push(issue("SCHEMA", ["effective", key], fill(M.invalidDate, { value })));
  }
  if (to !== undefined && to < from) issues.push(issue("SCHEMA", ["effective", "to"], fill(M.effectiveRange, { from, to })));
}

function checkName(name: string, path: IssuePath, issues: Issue[]): void {
  if (UNSAFE_NAMES.has(name)) issues.push(issue("UNSAFE_NAME", path, fill(M.unsafeName, { name })));
  else if (RESERVED.has(name)) issues.push(issue("UNSAFE_NAME", path, fill(M.reservedName, { name })));
}

/**
 * Every own `__proto__` key of a raw (not yet schema-checked) document, as `UNSAFE_NAME` issues:
 * the schema's records drop such keys silently, so an input named `__proto__` would vanish unnoticed.
 */
export function protoKeyIssues(value: unknown, path: IssuePath = [], seen: Set<object> = new Set()): Issue[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    ...(key === "__proto__" ? [issue("UNSAFE_NAME", [...path, key], fill(M.unsafeName, { name: key }))] : []),
    ...protoKeyIssues(child, [...path, key], seen),
  ]);
}

function checkNames(policy: PolicyDocument, issues: Issue[]): void {
  const seen = new Map<string, string>();
  const groups: [string, Record<string, unknown>][] = [
    ["inputs", policy.inputs],
    ["constants", policy.constants ?? {}],
    ["weights", policy.weights ?? {}],
    ["decisions", policy.decisions],
  ];
  for (const [group, record] of groups) {
    for (const name of Object.keys(record)) {
      checkName(name, [group, name], issues);
      const other = seen.get(name);
      if (other) issues.push(issue("DUPLICATE_NAME", [group, name], duplicateText(name, GROUP_TEXT[other] ?? M.groupDecisions)));
      else seen.set(name, group);
    }
  }
  for (const [name, decision] of Object.entries(policy.decisions)) {
    checkDecisionNames(name, decision, issues);
    if (decision.kind === "perItem") checkShadowing(name, decision, seen, issues);
  }
  for (const [name, group] of Object.entries(policy.weights ?? {})) {
    for (const key of Object.keys(group.weights)) checkName(key, ["weights", name, "weights", key], issues);
  }
}

function checkDecisionNames(name: string, decision: PolicyDocument["decisions"][string], issues: Issue[]): void {
  if (decision.kind === "table") {
    decision.outputs.forEach((o, i) => checkName(typeof o === "string" ? o : o.name, ["decisions", name, "outputs", i], issues));
  }
  if (decision.kind !== "perItem") return;
  checkName(decision.as, ["decisions", name, "as"], issues);
  if (decision.index !== undefined) {
    checkName(decision.index, ["decisions", name, "index"], issues);
    if (decision.index === decision.as) issues.push(issue("DUPLICATE_NAME", ["decisions", name, "index"], duplicateText(decision.index, M.groupItem)));
  }
  for (const [sub, inner] of Object.entries(decision.decisions)) {
    checkName(sub, ["decisions", name, "decisions", sub], issues);
    if (sub === decision.as || sub === decision.index) issues.push(issue("DUPLICATE_NAME", ["decisions", name, "decisions", sub], duplicateText(sub, M.groupItem)));
    checkDecisionNames(`${name}.decisions.${sub}`, inner, issues);
  }
}

/** A local name of a per-item decision that hides a top-level name is legal but easy to misread: a warning. */
function checkShadowing(name: string, decision: PerItemDecision, globals: ReadonlyMap<string, string>, issues: Issue[]): void {
  const locals: [string, IssuePath][] = [
    [decision.as, ["decisions", name, "as"]],
    ...(decision.index === undefined ? [] : [[decision.index, ["decisions", name, "index"]] as [string, IssuePath]]),
    ...Object.keys(decision.decisions).map((sub) => [sub, ["decisions", name, "decisions", sub]] as [string, IssuePath]),
  ];
  for (const [local, path] of locals) {
    const group = globals.get(local);
    if (group === undefined) continue;
    const other = GROUP_TEXT[group] ?? M.groupDecisions;
    const text = { id: fill(M.shadows, { name: local, other: other.id }).id, en: fill(M.shadows, { name: local, other: other.en }).en };
    issues.push(issue("DUPLICATE_NAME", path, text, { severity: "warning" }));
  }
}

const GROUP_TEXT: Readonly<Record<string, LocalizedText>> = {
  inputs: M.groupInputs,
  constants: M.groupConstants,
  weights: M.groupWeights,
  decisions: M.groupDecisions,
};

/** "already used as …", with the kind of the other name in each language. */
function duplicateText(name: string, other: LocalizedText): LocalizedText {
  return { id: fill(M.duplicateName, { name, other: other.id }).id, en: fill(M.duplicateName, { name, other: other.en }).en };
}

/** `listElementField`: the field is a direct field of the objects of a list (where a weight belongs). */
function checkField(field: FieldType, path: IssuePath, issues: Issue[], listElementField = false): void {
  if (field.type === "number" && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    issues.push(issue("SCHEMA", path, fill(M.minMax, { min: field.min, max: field.max })));
  }
  if (field.type === "number" && field.weight && !listElementField) issues.push(issue("SCHEMA", [...path, "weight"], M.weightPlacement));
  if (field.type === "enum") {
    const dupes = field.values.filter((v, i) => field.values.indexOf(v) !== i);
    for (const value of new Set(dupes)) issues.push(issue("SCHEMA", [...path, "values"], fill(M.duplicateEnum, { value })));
  }
  if (field.type === "object") {
    for (const [name, inner] of Object.entries(field.fields)) {
      checkName(name, [...path, "fields", name], issues);
      checkField(inner, [...path, "fields", name], issues, path[path.length - 1] === "items");
    }
  }
  if (field.type === "list") checkField(field.items, [...path, "items"], issues);
}

function checkWeights(policy: PolicyDocument, issues: Issue[]): void {
  for (const [name, group] of Object.entries(policy.weights ?? {})) {
    const total = Object.values(group.weights).reduce((a, b) => decAdd(a, b), 0);
    if (Math.abs(decSub(total, group.sum)) > (group.tolerance ?? 0)) {
      issues.push(issue("WEIGHT_SUM", ["weights", name, "weights"], fill(M.weightSum, { name, actual: total, expected: group.sum })));
    }
  }
}

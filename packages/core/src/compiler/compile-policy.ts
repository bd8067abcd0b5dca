/**
 * `validatePolicy` and `compilePolicy`: check a whole policy document (schema, names, types,
 * cycles, weights, tables) and turn it into a synchronous scorer.
 * @module
 */
import { KinerjaError, issue, type Issue } from "../errors.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import { contentHash } from "../canonical-json.js";
import { PolicyDocumentSchema } from "../schema/policy-schema.js";
import type { Decision, JsonValue, PolicyDocument, Rounding } from "../schema/policy-types.js";
import { compileDecision, decisionDependencies, type Step } from "./compile-decision.js";
import { topologicalOrder } from "./graph.js";
import { compileInputValidator } from "./input-validator.js";
import { createScorer, type CompiledPolicy, type Program } from "./scorer.js";
import { protoKeyIssues, semanticChecks } from "./semantic-checks.js";
import { Scope } from "./scope.js";
import type { OperatorRegistry } from "./rules/registry.js";
import { ANY, typeOfField, typeOfJson, type Type, type Value } from "./types.js";
import { fromZodIssues } from "./zod-issues.js";
import { deepFreeze } from "../internal/deep-freeze.js";

/** The outcome of {@link validatePolicy}: every issue found, errors and warnings. */
export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  readonly ok: boolean;
  /** Every issue, errors first then warnings, in document order within each. */
  readonly issues: readonly Issue[];
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** Options of {@link compilePolicy} and {@link validatePolicy}. */
export interface CompileOptions {
  /** Custom operators for rules decisions, registered with `createOperatorRegistry().add`; a policy may use no others. */
  readonly operators?: OperatorRegistry;
}

/** The default numeric policy when a document declares none: HALF_UP at 2 decimals, applied explicitly only. */
export const DEFAULT_ROUNDING: Rounding = { mode: "HALF_UP", scale: 2 };

/**
 * Checks a policy document completely without throwing: schema, unknown names, type mismatches,
 * dependency cycles, weight sums, decision-table overlaps (errors) and gaps (warnings).
 *
 * @example
 * ```ts
 * const { ok, issues } = validatePolicy(JSON.parse(text));
 * for (const i of issues) console.log(i.path.join("."), i.message.id);
 * ```
 */
export function validatePolicy(document: unknown, options: CompileOptions = {}): ValidationResult {
  return toResult(analyse(document, options).issues);
}

/**
 * Compiles a policy document into a {@link CompiledPolicy}; throws a `KinerjaError` with code
 * `POLICY_INVALID` carrying every issue when the document has errors.
 *
 * @example
 * ```ts
 * const policy = compilePolicy(doc);
 * const result = policy.score({ ratingHasilKerja: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" });
 * ```
 */
export function compilePolicy(document: unknown, options: CompileOptions = {}): CompiledPolicy {
  const { issues, program } = analyse(document, options);
  const result = toResult(issues);
  if (!result.ok || !program) {
    throw new KinerjaError("POLICY_INVALID", fill(M.policyInvalid, { count: result.errors.length }), { issues: result.issues });
  }
  return createScorer(program, result.warnings);
}

function toResult(issues: readonly Issue[]): ValidationResult {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  return { ok: errors.length === 0, issues: [...errors, ...warnings], errors, warnings };
}

function analyse(document: unknown, options: CompileOptions): { issues: Issue[]; program?: Program } {
  // zod's records silently drop `__proto__` keys, so they are looked for in the raw document first.
  const unsafe = protoKeyIssues(document);
  // jitless: zod must never run its `new Function` fast path on our behalf (strict CSP, no dynamic code).
  const parsed = PolicyDocumentSchema.safeParse(document, { reportInput: true, jitless: true });
  if (!parsed.success) return { issues: [...unsafe, ...fromZodIssues(parsed.error.issues)] };
  const policy = deepFreeze(parsed.data);
  const issues = [...unsafe, ...semanticChecks(policy)];
  // Expressions are compiled even after semantic errors, so every problem is reported at once.
  const program = buildProgram(policy, issues, options.operators);
  sortByDocumentOrder(issues, policy);
  return issues.some((i) => i.severity === "error") ? { issues } : { issues, program };
}

function buildProgram(policy: PolicyDocument, issues: Issue[], operators: OperatorRegistry | undefined): Program {
  const rounding = policy.numeric?.rounding ?? DEFAULT_ROUNDING;
  const apply = policy.numeric ? (policy.numeric.apply ?? "decisions") : "explicit";
  const scope = new Scope();
  const template: Value[] = [];
  const inputSlots: [string, number][] = [];
  for (const [name, field] of Object.entries(policy.inputs)) {
    inputSlots.push([name, template.length]);
    scope.defineGlobal(name, template.length, typeOfField(field), "input");
    template.push(null);
  }
  for (const [name, value] of Object.entries(policy.constants ?? {})) {
    const frozen = deepFreeze(value) as Value;
    scope.defineGlobal(name, template.length, typeOfJson(value), "constant", { value: frozen });
    template.push(frozen);
  }
  for (const [name, group] of Object.entries(policy.weights ?? {})) {
    scope.defineGlobal(name, template.length, typeOfJson(group.weights as JsonValue), "weights");
    template.push(Object.freeze({ ...group.weights }));
  }
  const steps = compileDecisions(policy, scope, template, issues, { autoRounding: apply === "decisions" ? rounding : undefined, rounding, operators });
  const outputs = (policy.outputs ?? steps.map((s) => s.step.name)).map((name) => [name, (scope.lookup(name)?.slot ?? -1)] as [string, number]);
  return {
    policy,
    hash: contentHash({ ...policy, $schema: undefined }),
    template,
    inputSlots,
    localCount: scope.localCount(),
    steps,
    outputs,
    outputRounding: apply === "outputs" ? rounding : undefined,
    outputRoundingExempt: ownRounding(policy),
    validateInput: compileInputValidator(policy.inputs),
    outputTypes: Object.fromEntries(outputs.map(([name]) => [name, scope.lookup(name)?.type ?? ANY])) as Record<string, Type>,
  };
}

/** Decisions with their own `rounding` (or "none"): output rounding must not override it. */
function ownRounding(policy: PolicyDocument): ReadonlySet<string> {
  return new Set(Object.entries(policy.decisions).filter(([, d]) => d.kind !== "perItem" && d.kind !== "rules" && d.rounding !== undefined).map(([name]) => name));
}

function compileDecisions(
  policy: PolicyDocument,
  scope: Scope,
  template: Value[],
  issues: Issue[],
  options: { autoRounding: Rounding | undefined; rounding: Rounding; operators: OperatorRegistry | undefined },
): { step: Step; slot: number }[] {
  const names = Object.keys(policy.decisions);
  const deps = new Map(names.map((n) => [n, decisionDependencies(policy.decisions[n] as Decision)]));
  const { order, cycles } = topologicalOrder(names, deps);
  for (const cycle of cycles) {
    issues.push(issue("CYCLE", ["decisions", cycle[0] as string], fill(M.cycle, { cycle: [...cycle, cycle[0]].join(" → ") })));
  }
  const first = template.length;
  const slots = new Map(names.map((n, i) => [n, first + i]));
  template.push(...names.map(() => null));
  // Decisions on a cycle, and those depending on one, are left out of `order`.
  const ordered = new Set(order);
  const cyclic = new Set(names.filter((n) => !ordered.has(n)));
  for (const n of cyclic) scope.defineGlobal(n, slots.get(n) as number, ANY, "decision");
  const steps: { step: Step; slot: number }[] = [];
  // They are still compiled (against ANY-typed bindings) so their other problems are reported too.
  for (const name of [...order, ...cyclic]) {
    const slot = slots.get(name) as number;
    const step = compileDecision(name, policy.decisions[name] as Decision, scope, { issues, path: ["decisions", name], rounding: options.rounding, refs: new Map(), constants: policy.constants ?? {}, operators: options.operators }, options);
    if (cyclic.has(name)) continue;
    scope.defineGlobal(name, slot, step?.type ?? ANY, "decision");
    if (step) steps.push({ step, slot });
  }
  return steps;
}

/**
 * Decisions compile in dependency order; issues are reported in the order of the document
 * (top-level sections, then the entries of each section as written), which is what an editor
 * working down the file expects. The sort is stable, so issues of one entry keep their order.
 */
function sortByDocumentOrder(issues: Issue[], policy: PolicyDocument): void {
  const sections = Object.keys(policy);
  const rank = (issue: Issue): [number, number] => {
    const [section, entry] = issue.path;
    const at = sections.indexOf(String(section));
    const container = (policy as unknown as Record<string, unknown>)[String(section)];
    const keys = container !== null && typeof container === "object" && !Array.isArray(container) ? Object.keys(container) : [];
    return [at < 0 ? sections.length : at, typeof entry === "string" ? keys.indexOf(entry) : typeof entry === "number" ? entry : -1];
  };
  const keyed = issues.map((issue, i) => ({ issue, i, r: rank(issue) }));
  keyed.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i);
  keyed.forEach((k, i) => (issues[i] = k.issue));
}


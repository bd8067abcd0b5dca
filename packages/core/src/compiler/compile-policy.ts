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
import { semanticChecks } from "./semantic-checks.js";
import { Scope } from "./scope.js";
import { ANY, typeOfField, typeOfJson, type Type, type Value } from "./types.js";
import { fromZodIssues } from "./zod-issues.js";

/** The outcome of {@link validatePolicy}: every issue found, errors and warnings. */
export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  readonly ok: boolean;
  /** Every issue, errors first then warnings, in document order within each. */
  readonly issues: readonly Issue[];
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
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
export function validatePolicy(document: unknown): ValidationResult {
  return toResult(analyse(document).issues);
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
export function compilePolicy(document: unknown): CompiledPolicy {
  const { issues, program } = analyse(document);
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

function analyse(document: unknown): { issues: Issue[]; program?: Program } {
  const parsed = PolicyDocumentSchema.safeParse(document);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  const policy = deepFreeze(parsed.data);
  const issues = semanticChecks(policy);
  if (issues.some((i) => i.severity === "error")) return { issues };
  const program = buildProgram(policy, issues);
  return issues.some((i) => i.severity === "error") ? { issues } : { issues, program };
}

function buildProgram(policy: PolicyDocument, issues: Issue[]): Program {
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
    scope.defineGlobal(name, template.length, typeOfJson(value), "constant");
    template.push(deepFreeze(value) as Value);
  }
  for (const [name, group] of Object.entries(policy.weights ?? {})) {
    scope.defineGlobal(name, template.length, typeOfJson(group.weights as JsonValue), "weights");
    template.push(Object.freeze({ ...group.weights }));
  }
  const steps = compileDecisions(policy, scope, template, issues, { autoRounding: apply === "decisions" ? rounding : undefined, rounding });
  const outputs = (policy.outputs ?? Object.keys(policy.decisions)).map((name) => [name, (scope.lookup(name)?.slot ?? -1)] as [string, number]);
  return {
    policy,
    hash: contentHash({ ...policy, $schema: undefined }),
    template,
    inputSlots,
    localCount: scope.localCount(),
    steps,
    outputs,
    outputRounding: apply === "outputs" ? rounding : undefined,
    validateInput: compileInputValidator(policy.inputs),
    outputTypes: Object.fromEntries(outputs.map(([name]) => [name, scope.lookup(name)?.type ?? ANY])) as Record<string, Type>,
  };
}

function compileDecisions(
  policy: PolicyDocument,
  scope: Scope,
  template: Value[],
  issues: Issue[],
  options: { autoRounding: Rounding | undefined; rounding: Rounding },
): { step: Step; slot: number }[] {
  const names = Object.keys(policy.decisions);
  const deps = new Map(names.map((n) => [n, decisionDependencies(policy.decisions[n] as Decision)]));
  const { order, cycles } = topologicalOrder(names, deps);
  for (const cycle of cycles) {
    issues.push(issue("CYCLE", ["decisions", cycle[0] as string], fill(M.cycle, { cycle: [...cycle, cycle[0]].join(" → ") })));
  }
  const slots = new Map(names.map((n) => [n, template.length + names.indexOf(n)]));
  for (const n of names) template.push(null);
  const cyclic = new Set(cycles.flat());
  for (const n of cyclic) scope.defineGlobal(n, slots.get(n) as number, ANY, "decision");
  const steps: { step: Step; slot: number }[] = [];
  // Decisions on a cycle are still compiled (against ANY-typed bindings) so their other problems are reported too.
  for (const name of [...order, ...names.filter((n) => cyclic.has(n))]) {
    const slot = slots.get(name) as number;
    const step = compileDecision(name, policy.decisions[name] as Decision, scope, { issues, path: ["decisions", name], rounding: options.rounding, refs: new Map() }, options);
    if (cyclic.has(name)) continue;
    scope.defineGlobal(name, slot, step?.type ?? ANY, "decision");
    if (step) steps.push({ step, slot });
  }
  return steps;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

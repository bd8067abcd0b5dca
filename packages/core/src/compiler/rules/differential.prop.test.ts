// Law: equivalence with json-rules-engine 7.3 on well-typed conditions. For random fact schemas,
// random rules decisions over them (nested all / any / not, named conditions, every default
// operator, decorators and chains of them, paths, `{ fact, path }` values, Kinerja's date
// operators and two custom operators, rule priorities, events with `{ fact }` params) and random fact
// sets, Kinerja's `rules` decision gives the same result as json-rules-engine 7.3.1 run with
// `replaceFactsInEventParams: true` (the date and custom operators are given to it with
// `addOperator`, implemented independently in test/support/rule-arbitraries.ts):
//   - the same events (type and params) in priority order, from the same rules;
//   - for every rule, the same result, priority and (resolved) event;
//   - for every condition node, the same kind and result; for every leaf the same fact, path,
//     operator, written value, `factResult` and `valueResult` (deep equality, no undefined ⇔ null
//     mapping: the generator never lets json-rules-engine see `undefined`).
// Every generated policy must compile (a compile error is a generator bug or an engine bug).
//
// INTENTIONAL DIFFERENCES — each pinned by an example in differences.test.ts, each kept out of the
// generator (see "AVOIDS (n)" in test/support/rule-arbitraries.ts):
//   (1) a null compared value makes numeric and date comparisons false (JavaScript would compare
//       null as 0: `-1 lessThan null` is true in json-rules-engine);
//   (2) Kinerja facts have no `undefined`: absent optional values, missing keys and out-of-range
//       indexes are null (json-rules-engine gives undefined, or UndefinedFactError for a fact);
//   (3) `in` / `notIn` / `someValue` / `everyValue` with a value that is not a list are false
//       (json-rules-engine throws a TypeError);
//   (4) ill-typed conditions (`lessThan` on a string, `equal` on a list, an enum literal that is
//       not one of the enum's values, …) are compile errors (json-rules-engine evaluates them
//       with JavaScript coercion);
//   (5) an empty `all` / `any` is a schema error (json-rules-engine treats both as true);
//   (6) within one rule priority, Kinerja lists events in document order (json-rules-engine's
//       order there follows promise completion) — compared here per priority;
//   (7) a condition `priority` is accepted, but every leaf is still evaluated and traced
//       (json-rules-engine skips lower-priority condition sets once the outcome is decided);
//   (8) `params` on facts have no effect (Kinerja facts are values).
// Three representation details are normalised by the comparison, not by the generator:
//   - an event written without `params` has `params: {}` in Kinerja (json-rules-engine leaves
//     the key out);
//   - an optional object field left out of Kinerja's input is given to json-rules-engine as an
//     explicit null (AVOIDS (2)), so a whole object read back as an event param lacks the key in
//     Kinerja and has it as null in json-rules-engine: event params compare a key missing on
//     Kinerja's side as equal to null (the inputs differ there by construction, not the engines);
//   - the `name` of a `{ condition }` reference node is not compared: Kinerja shows the
//     reference's own name first, json-rules-engine overwrites it with the named condition's
//     (see "not in the list" in differences.test.ts).
import * as fc from "fast-check";
import { Engine, type Event, type RuleProperties, type RuleResult, type TopLevelCondition } from "json-rules-engine";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy } from "../../index.js";
import type { PolicyDocument, RuleCondition, RulesDecision } from "../../schema/policy-types.js";
import type { ConditionTrace, DecisionTrace, RuleTrace } from "../../trace/trace-types.js";
import type { CompiledPolicy } from "../scorer.js";
import {
  GENERATED_DECORATORS,
  GENERATED_OPERATORS,
  KINERJA_OPERATORS,
  ORACLE_OPERATORS,
  differentialCaseArb,
  policyDocument,
  type DifferentialCase,
  type FactSet,
} from "../../../test/support/rule-arbitraries.js";

/**
 * Generated policies per run, and fact sets each is scored on: 2,000 × 5 = 10,000 cases (a few
 * seconds). `KINERJA_DIFF_POLICIES=50000` runs a longer hunt.
 */
const POLICIES = Math.max(2_000, Number(process.env["KINERJA_DIFF_POLICIES"] ?? 0) || 0);
const FACT_SETS = 5;
const MIN_CASES = 10_000;

/** A json-rules-engine condition node after a run: references replaced in place, results set. */
interface JreNode {
  readonly all?: readonly JreNode[];
  readonly any?: readonly JreNode[];
  readonly not?: JreNode;
  readonly condition?: string;
  readonly name?: string;
  readonly fact?: string;
  readonly path?: string;
  readonly operator?: string;
  readonly value?: unknown;
  readonly result?: boolean;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** json-rules-engine set up once per policy; `seen` maps each run's RuleResults to rule indexes. */
interface Oracle {
  readonly engine: Engine;
  readonly seen: Map<RuleResult, number>;
}

function buildOracle(decision: RulesDecision): Oracle {
  const engine = new Engine([], { replaceFactsInEventParams: true });
  for (const [name, operator] of Object.entries(ORACLE_OPERATORS)) engine.addOperator(name, operator);
  // Cloned: json-rules-engine's Condition constructor rewrites `priority` in the object it is given.
  for (const [name, condition] of Object.entries(decision.conditions ?? {})) engine.setCondition(name, structuredClone(condition) as TopLevelCondition);
  const seen = new Map<RuleResult, number>();
  decision.rules.forEach((rule, index) => {
    const record = (_event: Event, _almanac: unknown, result: RuleResult): void => void seen.set(result, index);
    engine.addRule({ ...(structuredClone(rule) as unknown as RuleProperties), onSuccess: record, onFailure: record });
  });
  return { engine, seen };
}

/** Statistics over a whole run, to check the generator still covers what it should. */
interface Stats {
  cases: number;
  leaves: number;
  leavesTrue: number;
  rulesFired: number;
  rulesNotFired: number;
  references: number;
  operators: Set<string>;
  decorators: Set<string>;
}

const freshStats = (): Stats => ({ cases: 0, leaves: 0, leavesTrue: 0, rulesFired: 0, rulesNotFired: 0, references: 0, operators: new Set(), decorators: new Set() });
let stats = freshStats();

const show = (v: unknown): string => (v === undefined ? "undefined" : JSON.stringify(v));

function kindOf(c: RuleCondition | JreNode): "all" | "any" | "not" | "fact" | "condition" {
  if (Object.hasOwn(c, "all")) return "all";
  if (Object.hasOwn(c, "any")) return "any";
  if (Object.hasOwn(c, "not")) return "not";
  if (Object.hasOwn(c, "condition")) return "condition";
  return "fact";
}

function childrenOf<T extends RuleCondition | JreNode>(c: T): readonly T[] {
  const g = c as { all?: readonly T[]; any?: readonly T[]; not?: T };
  return g.all ?? g.any ?? (g.not ? [g.not] : []);
}

/**
 * Walks the written condition, Kinerja's trace and json-rules-engine's evaluated tree in
 * parallel. `topResult` is the rule's result: json-rules-engine does not set `result` on the
 * top group of a rule.
 */
function compareCondition(written: RuleCondition, k: ConditionTrace, j: JreNode, named: Readonly<Record<string, RuleCondition>>, at: string, problems: string[], topResult?: boolean): void {
  let doc = written;
  const reference = kindOf(written) === "condition" ? (written as { condition: string }).condition : undefined;
  if (reference !== undefined) {
    stats.references++;
    doc = named[reference] as RuleCondition;
  }
  if (k.reference !== reference) problems.push(`${at}: Kinerja reference ${show(k.reference)}, written ${show(reference)}`);
  const kind = kindOf(doc);
  const jKind = kindOf(j);
  if (k.kind !== kind || jKind !== kind) {
    problems.push(`${at}: kinds differ — written ${kind}, Kinerja ${k.kind}, json-rules-engine ${jKind}`);
    return;
  }
  const jResult = topResult ?? j.result;
  if (typeof jResult !== "boolean") problems.push(`${at}: json-rules-engine did not evaluate this ${kind} (result ${show(jResult)})`);
  else if (k.result !== jResult) problems.push(`${at}: result — Kinerja ${k.result}, json-rules-engine ${jResult}`);
  // See the header: a reference node's name is not compared.
  if (reference === undefined && k.name !== j.name) problems.push(`${at}: name — Kinerja ${show(k.name)}, json-rules-engine ${show(j.name)}`);
  if (kind === "fact") {
    stats.leaves++;
    if (k.result) stats.leavesTrue++;
    const parts = (j.operator ?? "").split(":");
    stats.operators.add(parts.at(-1) as string);
    for (const d of parts.slice(0, -1)) stats.decorators.add(d);
    for (const key of ["fact", "path", "operator"] as const) if (k[key] !== j[key]) problems.push(`${at}: ${key} — Kinerja ${show(k[key])}, json-rules-engine ${show(j[key])}`);
    if (!isDeepStrictEqual(k.value, j.value)) problems.push(`${at}: value — Kinerja ${show(k.value)}, json-rules-engine ${show(j.value)}`);
    for (const key of ["factResult", "valueResult"] as const) {
      if (j[key] === undefined) problems.push(`${at}: json-rules-engine ${key} is undefined (a generator bug: see AVOIDS (2))`);
      else if (!isDeepStrictEqual(k[key], j[key])) problems.push(`${at}: ${key} — Kinerja ${show(k[key])}, json-rules-engine ${show(j[key])}`);
    }
    return;
  }
  const docChildren = childrenOf(doc);
  const kChildren = k.children ?? [];
  const jChildren = childrenOf(j);
  if (kChildren.length !== docChildren.length || jChildren.length !== docChildren.length) {
    problems.push(`${at}: ${docChildren.length} children written, Kinerja ${kChildren.length}, json-rules-engine ${jChildren.length}`);
    return;
  }
  docChildren.forEach((c, i) => compareCondition(c, kChildren[i] as ConditionTrace, jChildren[i] as JreNode, named, kind === "not" ? `${at}.not` : `${at}.${kind}[${i}]`, problems));
}

/**
 * Deep equality where a key missing from a Kinerja object equals a null on json-rules-engine's side
 * (see the header: optional fields left out of Kinerja's input are null in json-rules-engine's).
 */
function sameValue(k: unknown, j: unknown): boolean {
  if (k === null || j === null || typeof k !== "object" || typeof j !== "object") return Object.is(k, j);
  if (Array.isArray(k) || Array.isArray(j)) return Array.isArray(k) && Array.isArray(j) && k.length === j.length && k.every((x, i) => sameValue(x, j[i]));
  const ko = k as Record<string, unknown>;
  const jo = j as Record<string, unknown>;
  if (Object.keys(ko).some((key) => !Object.hasOwn(jo, key))) return false;
  return Object.keys(jo).every((key) => (Object.hasOwn(ko, key) ? sameValue(ko[key], jo[key]) : jo[key] === null));
}

/** json-rules-engine leaves `params` out of an event written without them; Kinerja has `{}`. */
function normalEvent(e: Event | undefined): { type: string | undefined; params: unknown } {
  return { type: e?.type, params: e?.params ?? {} };
}

/** Scores one fact set on both engines and lists every difference. */
async function compareCase(decision: RulesDecision, policy: CompiledPolicy, oracle: Oracle, facts: FactSet): Promise<string[]> {
  const problems: string[] = [];
  const scored = policy.score(facts.kinerja, { trace: true });
  const trace = scored.trace?.decisions.find((d: DecisionTrace) => d.name === "r");
  const kEvents = scored.outputs["r"] as readonly { type: string; params: unknown }[];
  oracle.seen.clear();
  const run = await oracle.engine.run(structuredClone(facts.jre));
  stats.cases++;

  // Rule by rule.
  const byIndex = new Map<number, RuleResult>();
  for (const r of [...run.results, ...run.failureResults]) {
    const index = oracle.seen.get(r);
    if (index === undefined) problems.push(`json-rules-engine result for rule ${show(r.name)} not matched to a rule`);
    else byIndex.set(index, r);
  }
  const kRules = new Map<number, RuleTrace>((trace?.rules ?? []).map((r) => [r.index - 1, r]));
  const named = decision.conditions ?? {};
  decision.rules.forEach((rule, i) => {
    const k = kRules.get(i);
    const j = byIndex.get(i);
    if (!k || !j) {
      problems.push(`rules[${i}]: missing — Kinerja ${k ? "present" : "absent"}, json-rules-engine ${j ? "present" : "absent"}`);
      return;
    }
    if (k.fired) stats.rulesFired++;
    else stats.rulesNotFired++;
    if (k.fired !== j.result) problems.push(`rules[${i}]: fired — Kinerja ${k.fired}, json-rules-engine ${show(j.result)}`);
    if (k.priority !== j.priority) problems.push(`rules[${i}]: priority — Kinerja ${k.priority}, json-rules-engine ${show(j.priority)}`);
    if (k.name !== j.name) problems.push(`rules[${i}]: name — Kinerja ${show(k.name)}, json-rules-engine ${show(j.name)}`);
    if (!sameValue(normalEvent(k.event), normalEvent(j.event))) problems.push(`rules[${i}]: event — Kinerja ${show(k.event)}, json-rules-engine ${show(j.event)}`);
    compareCondition(rule.conditions, k.conditions, j.conditions as JreNode, named, `rules[${i}].conditions`, problems, j.result === true);
  });

  // Events: json-rules-engine's list, each event traced back to its rule.
  const ruleOfEvent = new Map<unknown, number>();
  for (const [index, r] of byIndex) ruleOfEvent.set(r.event, index);
  const jOrder = run.events.map((e) => ruleOfEvent.get(e));
  const priority = (i: number): number => decision.rules[i]?.priority ?? 1;
  if (jOrder.some((i) => i === undefined)) problems.push(`json-rules-engine events not matched to rules: ${show(run.events)}`);
  else {
    const indexes = jOrder as number[];
    // Difference (6): within one priority, Kinerja keeps document order; json-rules-engine's order there is promise timing.
    const expected = [...indexes].sort((a, b) => priority(b) - priority(a) || a - b);
    const kOrder = (trace?.rules ?? []).filter((r) => r.fired).map((r) => r.index - 1);
    if (!isDeepStrictEqual(kOrder, expected)) problems.push(`events from rules — Kinerja ${show(kOrder)}, json-rules-engine ${show(indexes)} (by priority: ${show(expected)})`);
    for (let n = 1; n < indexes.length; n++)
      if (priority(indexes[n] as number) > priority(indexes[n - 1] as number)) problems.push(`json-rules-engine events out of priority order: ${show(indexes)}`);
    const expectedEvents = expected.map((i) => normalEvent(byIndex.get(i)?.event));
    if (!sameValue(kEvents, expectedEvents)) problems.push(`events — Kinerja ${show(kEvents)}, json-rules-engine (by priority) ${show(expectedEvents)}`);
  }
  if (!isDeepStrictEqual(trace?.output, kEvents)) problems.push(`Kinerja trace output ${show(trace?.output)} differs from outputs.r ${show(kEvents)}`);
  return problems;
}

function compileCase(c: DifferentialCase): CompiledPolicy {
  const doc = policyDocument(c.schema.inputs, c.decision);
  try {
    return compilePolicy(doc, { operators: KINERJA_OPERATORS });
  } catch (error) {
    const issues = (error as { issues?: readonly { code: string; path: readonly (string | number)[]; message: { en: string } }[] }).issues ?? [];
    throw new Error(
      `generated policy does not compile (a generator bug or an engine bug):\n${issues.map((i) => `  ${i.code} ${i.path.join(".")}: ${i.message.en}`).join("\n") || String(error)}\n${JSON.stringify(c.decision)}`,
      { cause: error },
    );
  }
}

describe("rules decisions: differential against json-rules-engine 7.3", () => {
  it(
    `agrees on events and on every condition leaf over ≥ ${MIN_CASES} (policy, fact set) cases`,
    // About 3–6 s for 2,000 policies on the development machine; the limit leaves room for slow CI and longer hunts.
    { timeout: Math.max(60_000, POLICIES * 30) },
    async () => {
      stats = freshStats();
      await fc.assert(
        fc.asyncProperty(differentialCaseArb(FACT_SETS), async (c) => {
          const policy = compileCase(c);
          const oracle = buildOracle(c.decision);
          for (const facts of c.factSets) {
            const problems = await compareCase(c.decision, policy, oracle, facts);
            if (problems.length > 0)
              throw new Error(
                `Kinerja and json-rules-engine differ:\n${problems.map((p) => `  - ${p}`).join("\n")}\ndecision: ${JSON.stringify(c.decision)}\nfacts (json-rules-engine): ${JSON.stringify(facts.jre)}\nfacts (Kinerja): ${JSON.stringify(facts.kinerja)}`,
              );
          }
        }),
        { numRuns: POLICIES },
      );
      // The count guards against the generator silently shrinking; the rest against it losing coverage.
      expect(stats.cases).toBeGreaterThanOrEqual(MIN_CASES);
      expect(stats.leavesTrue / stats.leaves).toBeGreaterThan(0.2);
      expect(stats.leavesTrue / stats.leaves).toBeLessThan(0.8);
      expect(stats.rulesFired).toBeGreaterThan(stats.cases / 10);
      expect(stats.rulesNotFired).toBeGreaterThan(stats.cases / 10);
      expect(stats.references).toBeGreaterThan(stats.cases / 10);
      expect([...stats.operators].sort()).toEqual([...GENERATED_OPERATORS].sort());
      expect([...stats.decorators].sort()).toEqual([...GENERATED_DECORATORS].sort());
      if (process.env["KINERJA_DIFF_STATS"]) console.log(JSON.stringify({ ...stats, operators: stats.operators.size, decorators: stats.decorators.size }));
    },
  );
});

/** Runs one decision on both engines with the same facts (no optional values left out). */
async function both(decision: RulesDecision, facts: FactSet["jre"], inputs: PolicyDocument["inputs"]): Promise<string[]> {
  return compareCase(decision, compilePolicy(policyDocument(inputs, decision), { operators: KINERJA_OPERATORS }), buildOracle(decision), { kinerja: facts, jre: facts });
}

describe("rules decisions: discrepancies found by the differential suite (fixed in operators.ts, registry.ts and json-path.ts)", () => {
  it("date operators are false for string facts that are not YYYY-MM-DD calendar dates (date-fns parseISO took \"2024\", \"2024-03\", \"20240315\", timestamps)", async () => {
    const decision: RulesDecision = {
      kind: "rules",
      rules: [{ conditions: { any: [{ fact: "teks", operator: "dateBefore", value: "2024-03-15" }, { fact: "teks", operator: "dateEqual", value: "2024-01-01" }] }, event: { type: "X" } }],
    };
    for (const teks of ["2024", "2024-03", "20240315", "2024-01-01T00:00:00", "+002024-01-01", "2024-02-30", "2024-01-01"]) {
      expect(await both(decision, { teks }, { teks: { type: "string" } }), teks).toEqual([]);
    }
    const kinerja = compilePolicy(policyDocument({ teks: { type: "string" } }, decision), { operators: KINERJA_OPERATORS });
    expect(kinerja.score({ teks: "2024" }).outputs["r"]).toEqual([]);
    expect(kinerja.score({ teks: "2024-01-01" }).outputs["r"]).toEqual([{ type: "X", params: {} }]);
  });

  it("someValue / everyValue with a literal list of distinct dates compiles (the list is typed as an enum of date texts)", async () => {
    const decision: RulesDecision = {
      kind: "rules",
      rules: [
        { conditions: { all: [{ fact: "tmt", operator: "someValue:dateBefore", value: ["2024-01-01", "2024-06-30"] }] }, event: { type: "SOME" } },
        { conditions: { all: [{ fact: "tmt", operator: "everyValue:dateOnOrAfter", value: ["2023-01-01", "2024-02-29"] }] }, event: { type: "EVERY" } },
      ],
    };
    expect(await both(decision, { tmt: "2024-03-01" }, { tmt: { type: "date" } })).toEqual([]);
    expect(compilePolicy(policyDocument({ tmt: { type: "date" } }, decision)).score({ tmt: "2024-03-01" }).outputs["r"]).toEqual([
      { type: "SOME", params: {} },
      { type: "EVERY", params: {} },
    ]);
    // A list holding a text that is not a date is still rejected.
    const bad: RulesDecision = { kind: "rules", rules: [{ conditions: { all: [{ fact: "tmt", operator: "someValue:dateBefore", value: ["2024-01-01", "awal"] }] }, event: { type: "X" } }] };
    expect(validatePolicy(policyDocument({ tmt: { type: "date" } }, bad)).errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
  });
  it("a custom operator with date operands takes date literals and literal lists of dates", async () => {
    const decision: RulesDecision = {
      kind: "rules",
      rules: [
        { conditions: { all: [{ fact: "tmt", operator: "sameMonth", value: "2024-03-31" }] }, event: { type: "LITERAL" } },
        { conditions: { all: [{ fact: "tmt", operator: "someValue:sameMonth", value: ["2024-01-05", "2024-03-09"] }] }, event: { type: "LIST" } },
        { conditions: { all: [{ fact: "teks", operator: "sameMonth", value: { fact: "tmt" } }] }, event: { type: "STRING_FACT" } },
      ],
    };
    const inputs: PolicyDocument["inputs"] = { tmt: { type: "date" }, teks: { type: "string" } };
    expect(await both(decision, { tmt: "2024-03-01", teks: "2024-03" }, inputs)).toEqual([]);
    expect(await both(decision, { tmt: "2024-03-01", teks: "2024-03-20" }, inputs)).toEqual([]);
    const kinerja = compilePolicy(policyDocument(inputs, decision), { operators: KINERJA_OPERATORS });
    expect((kinerja.score({ tmt: "2024-03-01", teks: "2024-03" }).outputs["r"] as { type: string }[]).map((e) => e.type)).toEqual(["LITERAL", "LIST"]);
  });
  it("an index with a leading zero ($[01]) is rejected: jsonpath-plus resolves it to nothing", async () => {
    const decision: RulesDecision = { kind: "rules", rules: [{ conditions: { all: [{ fact: "xs", path: "$[01]", operator: "equal", value: 6 }] }, event: { type: "X" } }] };
    const oracle = buildOracle(decision);
    const run = await oracle.engine.run({ xs: [5, 6] });
    expect((run.failureResults[0]?.conditions as { all: JreNode[] }).all[0]).toMatchObject({ factResult: undefined, result: false });
    const issues = validatePolicy(policyDocument({ xs: { type: "list", items: { type: "number" } } }, decision)).errors;
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([["SCHEMA", "decisions.r.rules.0.conditions.all.0.path"]]);
  });
});

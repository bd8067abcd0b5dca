// The INTENTIONAL DIFFERENCES between Kinerja's `rules` decisions and json-rules-engine 7.3, listed
// at the top of differential.prop.test.ts (which keeps them out of its generator): each pinned here
// by a small example that runs both engines and shows both outputs. A failing test here means one
// engine changed behaviour; update the list in differential.prop.test.ts with it.
import { Engine, type EngineResult, type RuleProperties, type RuleResult, type TopLevelCondition } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy, type PolicyDocument } from "../../index.js";
import type { FieldType, Rule, RuleCondition, RulesDecision } from "../../schema/policy-types.js";
import type { ConditionTrace, RuleTrace } from "../../trace/trace-types.js";

const INPUTS: Record<string, FieldType> = {
  n: { type: "number" },
  m: { type: "number", optional: true },
  teks: { type: "string" },
  predikat: { type: "enum", values: ["BAIK", "KURANG"] },
  xs: { type: "list", items: { type: "number" } },
  ys: { type: "list", items: { type: "number" }, optional: true },
  pegawai: { type: "object", fields: { nama: { type: "string" }, golongan: { type: "string", optional: true } } },
  tarif: { type: "number" },
  simbol: { type: "object", optional: true, fields: { "*": { type: "number" }, $: { type: "number" } } },
};

function doc(rules: Rule[], conditions: Record<string, RuleCondition> = {}): PolicyDocument {
  const decision: RulesDecision = { kind: "rules", rules, conditions };
  return { id: "diff", version: "1", effective: { from: "2024-01-01" }, title: { id: "d", en: "d" }, inputs: INPUTS, decisions: { r: decision } };
}

const rule = (conditions: Rule["conditions"], type = "E", extra: Partial<Rule> = {}): Rule => ({ conditions, event: { type }, ...extra });

/** Kinerja's events and its trace of every rule, in document order. */
function kinerja(rules: Rule[], input: Record<string, unknown>, conditions: Record<string, RuleCondition> = {}): { events: unknown; rules: RuleTrace[] } {
  const scored = compilePolicy(doc(rules, conditions)).score(input, { trace: true });
  const trace = scored.trace?.decisions.find((d) => d.name === "r");
  return { events: scored.outputs["r"], rules: [...(trace?.rules ?? [])].sort((a, b) => a.index - b.index) };
}

/** json-rules-engine's run, and its RuleResult of every rule in document order. */
async function jre(rules: Rule[], facts: Record<string, unknown>, options: { conditions?: Record<string, RuleCondition>; setup?: (engine: Engine) => void } = {}): Promise<{ run: EngineResult; rules: RuleResult[] }> {
  const engine = new Engine([], { replaceFactsInEventParams: true });
  options.setup?.(engine);
  for (const [name, c] of Object.entries(options.conditions ?? {})) engine.setCondition(name, structuredClone(c) as TopLevelCondition);
  const byRule: RuleResult[] = [];
  rules.forEach((r, i) => {
    const record = (_e: unknown, _a: unknown, result: RuleResult): void => void (byRule[i] = result);
    engine.addRule({ ...(structuredClone(r) as unknown as RuleProperties), onSuccess: record, onFailure: record });
  });
  const run = await engine.run(facts);
  return { run, rules: byRule };
}

/** The first leaf of a condition tree (json-rules-engine's or Kinerja's). */
function firstLeaf<T extends object>(node: T): T {
  const n = node as { all?: T[]; any?: T[]; not?: T; children?: readonly T[] };
  const next = n.all?.[0] ?? n.any?.[0] ?? n.not ?? n.children?.[0];
  return next ? firstLeaf(next) : node;
}

const leafOf = (c: ConditionTrace): { factResult: unknown; valueResult: unknown; result: boolean } => {
  const l = firstLeaf(c);
  return { factResult: l.factResult, valueResult: l.valueResult, result: l.result };
};
const jreLeafOf = (r: RuleResult | undefined): { factResult?: unknown; valueResult?: unknown; result?: unknown } => {
  const l = firstLeaf(r?.conditions as object) as { factResult?: unknown; valueResult?: unknown; result?: unknown };
  return { factResult: l.factResult, valueResult: l.valueResult, result: l.result };
};

const BASE = { n: 1, teks: "x", predikat: "BAIK", xs: [1, 2], pegawai: { nama: "Ani" }, tarif: 3 };
const BASE_JRE = { ...BASE, m: null, ys: null, pegawai: { nama: "Ani", golongan: null }, simbol: null };

const codes = (d: PolicyDocument): [string, string][] => validatePolicy(d).errors.map((i) => [i.code, i.path.join(".")]);

describe("intentional differences from json-rules-engine 7.3", () => {
  it("(1) a null compared value makes a numeric comparison false; JavaScript compares null as 0", async () => {
    const rules = [rule({ all: [{ fact: "n", operator: "lessThan", value: { fact: "m" } }] }, "LT"), rule({ all: [{ fact: "n", operator: "greaterThanInclusive", value: { fact: "m" } }] }, "GTE")];
    // json-rules-engine: -1 < null and 0 >= null are true.
    const j = await jre(rules, { ...BASE_JRE, n: -1 });
    expect(jreLeafOf(j.rules[0])).toEqual({ factResult: -1, valueResult: null, result: true });
    expect((await jre(rules, { ...BASE_JRE, n: 0 })).run.events.map((e) => e.type)).toEqual(["GTE"]);
    expect(j.run.events.map((e) => e.type)).toEqual(["LT"]);
    // Kinerja: both false.
    const k = kinerja(rules, { ...BASE, n: -1, m: null });
    expect(leafOf(k.rules[0]!.conditions)).toEqual({ factResult: -1, valueResult: null, result: false });
    expect(kinerja(rules, { ...BASE, n: 0 }).events).toEqual([]);
    expect(k.events).toEqual([]);
  });

  it("(2) Kinerja facts have no undefined: absent optional values, missing keys and out-of-range indexes are null", async () => {
    const rules = [rule({ all: [{ fact: "pegawai", path: "$.golongan", operator: "equal", value: null }] }, "KEY"), rule({ all: [{ fact: "xs", path: "$[5]", operator: "equal", value: null }] }, "INDEX")];
    // The same facts for both: `golongan` left out, `xs` has two elements.
    const facts = { ...BASE_JRE, pegawai: { nama: "Ani" } };
    const j = await jre(rules, facts);
    expect(jreLeafOf(j.rules[0])).toEqual({ factResult: undefined, valueResult: null, result: false });
    expect(jreLeafOf(j.rules[1])).toEqual({ factResult: undefined, valueResult: null, result: false });
    const k = kinerja(rules, facts);
    expect(leafOf(k.rules[0]!.conditions)).toEqual({ factResult: null, valueResult: null, result: true });
    expect(leafOf(k.rules[1]!.conditions)).toEqual({ factResult: null, valueResult: null, result: true });
    expect(k.events).toEqual([
      { type: "KEY", params: {} },
      { type: "INDEX", params: {} },
    ]);
    // An optional fact left out: json-rules-engine fails the run, Kinerja reads null.
    const absent = [rule({ all: [{ fact: "m", operator: "equal", value: null }] }, "ABSENT")];
    const { m: _m, ...withoutM } = BASE_JRE;
    await expect(jre(absent, withoutM)).rejects.toThrow("Undefined fact: m");
    expect(kinerja(absent, BASE).events).toEqual([{ type: "ABSENT", params: {} }]);
  });

  it("(3) in / notIn / someValue / everyValue with a value that is not a list are false; json-rules-engine throws a TypeError", async () => {
    for (const operator of ["in", "notIn", "someValue:equal", "everyValue:equal"]) {
      const rules = [rule({ all: [{ fact: "n", operator, value: { fact: "ys" } }] })];
      await expect(jre(rules, BASE_JRE), operator).rejects.toThrow(TypeError);
      const k = kinerja(rules, { ...BASE, ys: null });
      expect(leafOf(k.rules[0]!.conditions), operator).toEqual({ factResult: 1, valueResult: null, result: false });
    }
  });

  it("(4) ill-typed conditions are compile errors; json-rules-engine evaluates them with JavaScript coercion", async () => {
    // `lessThan` on strings: "10" < "9" as texts.
    const lessThan = [rule({ all: [{ fact: "teks", operator: "lessThan", value: "9" }] })];
    expect(jreLeafOf((await jre(lessThan, { ...BASE_JRE, teks: "10" })).rules[0])).toEqual({ factResult: "10", valueResult: "9", result: true });
    expect(codes(doc(lessThan))).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.operator"]]);
    // `equal` on lists: two equal lists are different objects.
    const equalList = [rule({ all: [{ fact: "xs", operator: "equal", value: [1, 2] }] })];
    expect(jreLeafOf((await jre(equalList, BASE_JRE)).rules[0])).toEqual({ factResult: [1, 2], valueResult: [1, 2], result: false });
    expect(codes(doc(equalList))).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.operator"]]);
    // An enum literal that is not one of the values (a typo).
    const typo = [rule({ all: [{ fact: "predikat", operator: "equal", value: "BAIKK" }] })];
    expect(jreLeafOf((await jre(typo, BASE_JRE)).rules[0])).toEqual({ factResult: "BAIK", valueResult: "BAIKK", result: false });
    expect(codes(doc(typo))).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.operator"]]);
  });

  it("(5) an empty all / any is a schema error; json-rules-engine treats both as true", async () => {
    const rules = [rule({ all: [] }, "ALL"), rule({ any: [] }, "ANY")];
    expect((await jre(rules, BASE_JRE)).run.events.map((e) => e.type)).toEqual(["ALL", "ANY"]);
    const errors = validatePolicy(doc(rules)).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.code === "SCHEMA")).toBe(true);
    expect(() => compilePolicy(doc(rules))).toThrow();
  });

  it("(6) within one priority Kinerja lists events in document order; json-rules-engine's order follows promise completion", async () => {
    // The first rule resolves a named condition (a longer promise chain), so it finishes second.
    const conditions: Record<string, RuleCondition> = { baik: { all: [{ fact: "predikat", operator: "equal", value: "BAIK" }] } };
    const rules = [rule({ all: [{ condition: "baik" }] }, "FIRST"), rule({ all: [{ fact: "n", operator: "equal", value: 1 }] }, "SECOND")];
    expect((await jre(rules, BASE_JRE, { conditions })).run.events.map((e) => e.type)).toEqual(["SECOND", "FIRST"]);
    expect(kinerja(rules, BASE, conditions).events).toEqual([
      { type: "FIRST", params: {} },
      { type: "SECOND", params: {} },
    ]);
  });

  it("(7) a condition priority is accepted but every leaf is still evaluated; json-rules-engine skips lower-priority sets once decided", async () => {
    const rules = [
      rule({
        all: [
          { fact: "n", operator: "equal", value: 0, priority: 2 },
          { fact: "tarif", operator: "equal", value: 3, priority: 1 },
        ],
      }),
    ];
    const j = await jre(rules, BASE_JRE);
    const jAll = (j.rules[0]?.conditions as { all: { result?: boolean; factResult?: unknown }[] }).all;
    expect(j.rules[0]?.result).toBe(false);
    expect(jAll.map((c) => [c.result, c.factResult])).toEqual([
      [false, 1],
      [undefined, undefined],
    ]);
    const k = kinerja(rules, BASE);
    expect(k.rules[0]?.fired).toBe(false);
    expect(k.rules[0]?.conditions.children?.map((c) => [c.result, c.factResult])).toEqual([
      [false, 1],
      [true, 3],
    ]);
  });

  it("(8) params on facts have no effect: Kinerja facts are values", async () => {
    const rules = [rule({ all: [{ fact: "tarif", params: { kali: 5 }, operator: "equal", value: 10 }] })];
    // json-rules-engine: a dynamic fact computes its value from the params.
    const { tarif: _tarif, ...withoutTarif } = BASE_JRE;
    const j = await jre(rules, withoutTarif, { setup: (e) => e.addFact("tarif", (params: Record<string, number>) => (params["kali"] ?? 0) * 2) });
    expect(jreLeafOf(j.rules[0])).toEqual({ factResult: 10, valueResult: 10, result: true });
    // (A constant fact ignores params in json-rules-engine too, which is why the generator may write them.)
    expect(jreLeafOf((await jre(rules, BASE_JRE)).rules[0])).toEqual({ factResult: 3, valueResult: 10, result: false });
    // Kinerja: the input value, params ignored.
    expect(leafOf(kinerja(rules, BASE).rules[0]!.conditions)).toEqual({ factResult: 3, valueResult: 10, result: false });
  });
});

describe("not in the list: representation differences the differential suite normalises", () => {
  it("an event written without params has params {} in Kinerja; json-rules-engine leaves the key out", async () => {
    const rules = [rule({ all: [{ fact: "n", operator: "equal", value: 1 }] })];
    expect((await jre(rules, BASE_JRE)).run.events).toEqual([{ type: "E" }]);
    expect(kinerja(rules, BASE).events).toEqual([{ type: "E", params: {} }]);
  });

  it("a named reference's own name wins in Kinerja's trace; json-rules-engine overwrites it with the named condition's", async () => {
    const conditions: Record<string, RuleCondition> = { baik: { all: [{ fact: "predikat", operator: "equal", value: "BAIK" }], name: "inner" } };
    const rules = [rule({ all: [{ condition: "baik", name: "outer" }] })];
    const j = await jre(rules, BASE_JRE, { conditions });
    expect((j.rules[0]?.conditions as { all: { name?: string }[] }).all[0]?.name).toBe("inner");
    const k = kinerja(rules, BASE, conditions);
    expect(k.rules[0]?.conditions.children?.[0]).toMatchObject({ name: "outer", reference: "baik" });
  });
});

describe("paths whose keys hold JSONPath syntax", () => {
  // jsonpath-plus reads JSONPath syntax even inside quotes (`$['*']` is a wildcard, `$.$` the root);
  // Kinerja refuses such paths at compile time rather than reading them differently.
  it("json-rules-engine reads a wildcard / the root; Kinerja reports the path as unsupported", async () => {
    const rules = [rule({ all: [{ fact: "simbol", path: "$['*']", operator: "equal", value: 1 }] }, "STAR"), rule({ all: [{ fact: "simbol", path: "$.$", operator: "equal", value: 2 }] }, "ROOT")];
    const simbol = { "*": 1, $: 2 };
    const j = await jre(rules, { ...BASE_JRE, simbol });
    expect(jreLeafOf(j.rules[0])).toEqual({ factResult: [1, 2], valueResult: 1, result: false });
    expect(jreLeafOf(j.rules[1])).toEqual({ factResult: simbol, valueResult: 2, result: false });
    for (const path of ["$['*']", "$.$", "$['..']", "$['a..b']", "$['a,b']", "$['1:2']", "$['@']", "$['()']", "$['a]b']"]) {
      const policy = doc([rule({ all: [{ fact: "simbol", path, operator: "equal", value: 1 }] })]);
      expect(validatePolicy(policy).errors.map((e) => [e.code, e.path.at(-1)])).toEqual([["SCHEMA", "path"]]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { compilePolicy, createOperatorRegistry, isKinerjaError, renderTrace, validatePolicy, type KinerjaError, type PolicyDocument } from "../../index.js";

const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"];

function policy(decisions: Record<string, unknown>, inputs: Record<string, unknown> = {}): PolicyDocument {
  return {
    id: "tl",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Tindak lanjut", en: "Follow-up" },
    inputs: {
      predikat: { type: "enum", values: PREDIKAT },
      jp: { type: "number" },
      target: { type: "number", optional: true },
      unit: { type: "string", optional: true },
      tmt: { type: "date" },
      tags: { type: "list", items: { type: "string" } },
      nilai: { type: "list", items: { type: "number" } },
      pegawai: { type: "object", fields: { nama: { type: "string" }, golongan: { type: "string", optional: true } } },
      ...inputs,
    },
    decisions: decisions as PolicyDocument["decisions"],
  };
}

const BASE_INPUT = { predikat: "BAIK", jp: 24, target: 20, unit: "Dinkes", tmt: "2020-05-01", tags: ["a", "b"], nilai: [3, 5, 8], pegawai: { nama: "Ani", golongan: "III/a" } };

function rulesOf(...rules: unknown[]): Record<string, unknown> {
  return { r: { kind: "rules", rules } };
}
function rule(conditions: unknown, type = "E", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { conditions, event: { type }, ...extra };
}
function fires(condition: unknown, input: Record<string, unknown> = {}): boolean {
  const compiled = compilePolicy(policy(rulesOf(rule({ all: [condition] }))));
  const events = compiled.score({ ...BASE_INPUT, ...input }).outputs["r"] as unknown[];
  return events.length === 1;
}
function issuesOf(doc: PolicyDocument, options = {}): [string, string][] {
  return validatePolicy(doc, options).errors.map((i) => [i.code, i.path.join(".")]);
}

describe("rules decisions: events", () => {
  it("lists the events of the rules that hold, by priority then in document order", () => {
    const compiled = compilePolicy(
      policy(
        rulesOf(
          rule({ all: [{ fact: "jp", operator: "greaterThan", value: 0 }] }, "LOW"),
          rule({ all: [{ fact: "jp", operator: "greaterThan", value: 0 }] }, "HIGH", { priority: 10 }),
          rule({ all: [{ fact: "jp", operator: "lessThan", value: 0 }] }, "NEVER", { priority: 20 }),
          rule({ any: [{ fact: "jp", operator: "greaterThan", value: 0 }] }, "LOW2"),
        ),
      ),
    );
    expect((compiled.score(BASE_INPUT).outputs["r"] as { type: string }[]).map((e) => e.type)).toEqual(["HIGH", "LOW", "LOW2"]);
  });

  it("replaces { fact, path } event parameters with values and keeps literals", () => {
    const doc = policy(rulesOf({ conditions: { all: [{ fact: "jp", operator: "lessThan", value: 30 }] }, event: { type: "PENGEMBANGAN", params: { jp: { fact: "jp" }, nama: { fact: "pegawai", path: "$.nama" }, minimum: 20 } } }));
    expect(compilePolicy(doc).score(BASE_INPUT).outputs["r"]).toEqual([{ type: "PENGEMBANGAN", params: { jp: 24, nama: "Ani", minimum: 20 } }]);
  });

  it("types the event list so a downstream formula's typo in an event type is a compile error", () => {
    const doc = policy({
      ...rulesOf(rule({ all: [{ fact: "jp", operator: "lessThan", value: 20 }] }, "PENGEMBANGAN")),
      perlu: { kind: "formula", expr: 'any(r, e => e.type = "PENGEMBANGN")' },
    });
    expect(issuesOf(doc)).toEqual([["TYPE_MISMATCH", "decisions.perlu.expr"]]);
  });

  it("uses other decisions' outputs as facts, whatever their order in the document", () => {
    const doc = policy({
      ...rulesOf(rule({ all: [{ fact: "kurang", operator: "greaterThan", value: 0 }] }, "PENGEMBANGAN")),
      kurang: { kind: "formula", expr: "max(20 - jp, 0)" },
    });
    const compiled = compilePolicy(doc);
    expect(compiled.score({ ...BASE_INPUT, jp: 12 }).outputs["r"]).toEqual([{ type: "PENGEMBANGAN", params: {} }]);
    expect(compiled.score(BASE_INPUT).outputs["r"]).toEqual([]);
  });
});

describe("rules decisions: conditions", () => {
  it("nests all / any / not", () => {
    const c = { all: [{ fact: "jp", operator: "greaterThanInclusive", value: 20 }, { not: { any: [{ fact: "predikat", operator: "equal", value: "SANGAT_KURANG" }, { fact: "unit", operator: "equal", value: "X" }] } }] };
    expect(fires(c)).toBe(true);
    expect(fires(c, { predikat: "SANGAT_KURANG" })).toBe(false);
    expect(fires(c, { jp: 19.99 })).toBe(false);
  });

  it.each([
    ["equal", "predikat", "BAIK", true],
    ["notEqual", "predikat", "BAIK", false],
    ["in", "predikat", ["BAIK", "SANGAT_BAIK"], true],
    ["notIn", "predikat", ["BAIK", "SANGAT_BAIK"], false],
    ["contains", "tags", "b", true],
    ["doesNotContain", "tags", "b", false],
    ["lessThan", "jp", 24, false],
    ["lessThanInclusive", "jp", 24, true],
    ["greaterThan", "jp", 24, false],
    ["greaterThanInclusive", "jp", 24, true],
    ["dateBefore", "tmt", "2020-05-01", false],
    ["dateOnOrBefore", "tmt", "2020-05-01", true],
    ["dateAfter", "tmt", "2020-04-30", true],
    ["dateOnOrAfter", "tmt", "2020-05-02", false],
    ["dateEqual", "tmt", "2020-05-01", true],
  ])("%s on %s %j → %s", (operator, fact, value, expected) => {
    expect(fires({ fact, operator, value })).toBe(expected);
  });

  it.each([
    ["someFact:greaterThan", "nilai", 7, true],
    ["everyFact:greaterThan", "nilai", 2, true],
    ["everyFact:greaterThan", "nilai", 3, false],
    ["someValue:equal", "jp", [1, 24], true],
    ["everyValue:greaterThan", "jp", [1, 24], false],
    ["swap:contains", "unit", ["Dinkes", "Dishub"], true],
    ["not:in", "predikat", ["SANGAT_KURANG"], true],
    ["not:someFact:greaterThan", "nilai", 8, true],
    ["everyFact:not:equal", "nilai", 4, true],
  ])("decorated %s on %s %j → %s", (operator, fact, value, expected) => {
    expect(fires({ fact, operator, value })).toBe(expected);
  });

  it("compares with another fact ({ fact, path } as the value) and reads paths", () => {
    expect(fires({ fact: "jp", operator: "greaterThanInclusive", value: { fact: "target" } })).toBe(true);
    expect(fires({ fact: "pegawai", path: "$.golongan", operator: "equal", value: "III/a" })).toBe(true);
    expect(fires({ fact: "pegawai", path: "$['nama']", operator: "equal", value: "Ani" })).toBe(true);
    expect(fires({ fact: "nilai", path: "$[2]", operator: "equal", value: 8 })).toBe(true);
    expect(fires({ fact: "nilai", path: "$[9]", operator: "equal", value: null })).toBe(true);
  });

  it("makes a null fact or compared value fail numeric and date comparisons (never compared as 0)", () => {
    expect(fires({ fact: "target", operator: "lessThan", value: 100 }, { target: null })).toBe(false);
    expect(fires({ fact: "jp", operator: "greaterThan", value: { fact: "target" } }, { target: null })).toBe(false);
    expect(fires({ fact: "target", operator: "equal", value: null }, { target: null })).toBe(true);
  });

  it("expands named conditions, each compiled once", () => {
    const doc = policy({
      r: {
        kind: "rules",
        conditions: { kurangJp: { fact: "jp", operator: "lessThan", value: 20, label: { id: "JP kurang", en: "JP short" } }, dua: { all: [{ condition: "kurangJp" }, { fact: "predikat", operator: "equal", value: "BAIK" }] } },
        rules: [rule({ condition: "dua" }, "A"), rule({ any: [{ condition: "kurangJp" }] }, "B")],
      },
    });
    const compiled = compilePolicy(doc);
    expect((compiled.score({ ...BASE_INPUT, jp: 10 }).outputs["r"] as { type: string }[]).map((e) => e.type)).toEqual(["A", "B"]);
    const trace = compiled.score({ ...BASE_INPUT, jp: 10 }, { trace: true }).trace?.decisions[0]?.rules?.[0]?.conditions;
    expect(trace).toMatchObject({ kind: "all", reference: "dua", result: true, children: [{ kind: "fact", reference: "kurangJp", label: { en: "JP short" }, factResult: 10, valueResult: 20 }, { kind: "fact", fact: "predikat" }] });
  });

  it("runs inside a per-item decision with the element as a fact", () => {
    const doc = policy({
      per: {
        kind: "perItem",
        over: "daftar",
        as: "x",
        decisions: { flag: { kind: "rules", rules: [{ conditions: { all: [{ fact: "x", path: "$.capaian", operator: "lessThan", value: 80 }] }, event: { type: "RISIKO", params: { iki: { fact: "x", path: "$.iki" } } } }] } },
      },
    }, { daftar: { type: "list", items: { type: "object", fields: { iki: { type: "string" }, capaian: { type: "number" } } } } });
    const out = compilePolicy(doc).score({ ...BASE_INPUT, daftar: [{ iki: "A", capaian: 90 }, { iki: "B", capaian: 70 }] }).outputs["per"];
    expect(out).toEqual([{ flag: [] }, { flag: [{ type: "RISIKO", params: { iki: "B" } }] }]);
  });
});

describe("rules decisions: compile-time checks", () => {
  const leafDoc = (leaf: unknown): PolicyDocument => policy(rulesOf(rule({ all: [leaf] })));

  it.each([
    [{ fact: "jpp", operator: "equal", value: 1 }, "UNKNOWN_NAME", "fact"],
    [{ fact: "jp", operator: "lessThen", value: 1 }, "UNKNOWN_OPERATOR", "operator"],
    [{ fact: "jp", operator: "sometimes:lessThan", value: 1 }, "UNKNOWN_OPERATOR", "operator"],
    [{ fact: "unit", operator: "lessThan", value: 1 }, "TYPE_MISMATCH", "operator"],
    [{ fact: "tmt", operator: "lessThan", value: "2024-01-01" }, "TYPE_MISMATCH", "operator"],
    [{ fact: "tags", operator: "equal", value: ["a"] }, "TYPE_MISMATCH", "operator"],
    [{ fact: "predikat", operator: "equal", value: "BAIKK" }, "TYPE_MISMATCH", "operator"],
    [{ fact: "predikat", operator: "in", value: ["BAIK", "CUKUP"] }, "TYPE_MISMATCH", "value"],
    [{ fact: "jp", operator: "equal", value: "24" }, "TYPE_MISMATCH", "operator"],
    [{ fact: "tmt", operator: "dateBefore", value: "2024-02-30" }, "TYPE_MISMATCH", "operator"],
    [{ fact: "jp", operator: "someFact:equal", value: 1 }, "TYPE_MISMATCH", "operator"],
    [{ fact: "jp", operator: "in", value: 3 }, "TYPE_MISMATCH", "operator"],
    [{ fact: "pegawai", path: "$.nip", operator: "equal", value: "1" }, "UNKNOWN_NAME", "path"],
    [{ fact: "pegawai", path: "$..nama", operator: "equal", value: "1" }, "SCHEMA", "path"],
    [{ fact: "nilai", path: "$[*]", operator: "equal", value: 1 }, "SCHEMA", "path"],
    [{ fact: "pegawai", path: "$.__proto__", operator: "equal", value: 1 }, "UNSAFE_NAME", "path"],
    [{ fact: "pegawai", path: "$['constructor']", operator: "equal", value: 1 }, "UNSAFE_NAME", "path"],
    [{ fact: "constructor", operator: "equal", value: 1 }, "UNSAFE_NAME", "fact"],
    [{ fact: "jp", path: "$.x", operator: "equal", value: 1 }, "TYPE_MISMATCH", "path"],
    [{ fact: "jp", operator: "equal", value: { fact: "nope" } }, "UNKNOWN_NAME", "value.fact"],
    [{ fact: "jp", operator: "equal", value: { fact: "jp", extra: 1 } }, "SCHEMA", "value"],
  ])("%j → %s at …%s", (leaf, code, where) => {
    expect(issuesOf(leafDoc(leaf))).toEqual([[code, `decisions.r.rules.0.conditions.all.0.${where}`]]);
  });

  it("reports every problem at once, with hints", () => {
    const result = validatePolicy(leafDoc({ all: [{ fact: "jpp", operator: "lessThen", value: 1 }, { condition: "nope" }] }));
    expect(result.errors.map((i) => [i.code, i.hint?.en])).toEqual([
      ["UNKNOWN_NAME", "Did you mean 'jp'?"],
      ["UNKNOWN_OPERATOR", "Did you mean 'lessThan'?"],
      ["UNKNOWN_CONDITION", undefined],
    ]);
  });

  it("reports references to undeclared and cyclic named conditions", () => {
    const doc = policy({ r: { kind: "rules", conditions: { a: { all: [{ condition: "b" }] }, b: { any: [{ condition: "a" }] } }, rules: [rule({ condition: "a" })] } });
    expect(issuesOf(doc).map(([code]) => code)).toContain("CYCLE");
  });

  it("rejects empty all / any and a leaf at the top of a rule (schema)", () => {
    expect(issuesOf(policy(rulesOf(rule({ all: [] }))))).toEqual([["SCHEMA", "decisions.r.rules.0.conditions.all"]]);
    expect(issuesOf(policy(rulesOf(rule({ fact: "jp", operator: "equal", value: 1 }))))[0]?.[0]).toBe("SCHEMA");
  });
});

describe("custom operators (typed registry)", () => {
  const operators = createOperatorRegistry()
    .add("multipleOf", { fact: "number", value: "number", label: { id: "kelipatan", en: "multiple of" }, test: (f, v) => v !== 0 && f % v === 0 })
    .add("startsWith", { fact: "string", value: "string", test: (f, v) => f.startsWith(v) })
    .add("broken", { fact: "number", value: "any", test: () => { throw new Error("boom"); } });
  const doc = (leaf: unknown): PolicyDocument => policy(rulesOf(rule({ all: [leaf] })));

  it("lets a policy use registered operators only", () => {
    const p = compilePolicy(doc({ fact: "jp", operator: "multipleOf", value: 12 }), { operators });
    expect(p.score(BASE_INPUT).outputs["r"]).toHaveLength(1);
    expect(compilePolicy(doc({ fact: "unit", operator: "not:startsWith", value: "Dis" }), { operators }).score(BASE_INPUT).outputs["r"]).toHaveLength(1);
    const issues = validatePolicy(doc({ fact: "jp", operator: "multipleOf", value: 12 })).errors;
    expect(issues.map((i) => i.code)).toEqual(["UNKNOWN_OPERATOR"]);
    expect(issues[0]?.hint?.en).toContain("createOperatorRegistry");
  });

  it("checks operand kinds at compile time", () => {
    expect(issuesOf(doc({ fact: "unit", operator: "multipleOf", value: 2 }), { operators })).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.operator"]]);
  });

  it("turns a failing operator into OPERATOR_FAILED with the decision path", () => {
    const p = compilePolicy(doc({ fact: "jp", operator: "broken", value: 1 }), { operators });
    const error = (() => {
      try {
        p.score(BASE_INPUT);
      } catch (e) {
        return e as KinerjaError;
      }
      return undefined;
    })();
    expect(isKinerjaError(error) && error.code).toBe("OPERATOR_FAILED");
    expect(error?.path[0]).toBe("decisions");
    expect(error?.text.id).toContain("boom");
  });

  it("refuses bad names, duplicates and bad definitions", () => {
    const ok = { fact: "number", value: "number", test: () => true } as const;
    for (const name of ["equal", "not", "9x", "a-b", "multipleOf"]) expect(() => operators.add(name, ok)).toThrowError(expect.objectContaining({ code: "OPERATOR_INVALID", path: [name] }));
    expect(() => operators.add("x", { fact: "numbr" as "number", value: "number", test: () => true })).toThrowError(expect.objectContaining({ code: "OPERATOR_INVALID" }));
    expect(() => operators.add("y", { fact: "number", value: "number" } as never)).toThrowError(expect.objectContaining({ code: "OPERATOR_INVALID" }));
  });

  it("is immutable: add returns a new registry", () => {
    const base = createOperatorRegistry();
    const one = base.add("z", { fact: "number", value: "number", test: () => true });
    expect([base.names, one.names]).toEqual([[], ["z"]]);
  });
});

describe("rules decisions: trace and explanation", () => {
  const doc = policy({
    r: {
      kind: "rules",
      label: { id: "Tindak lanjut", en: "Follow-up" },
      rules: [
        {
          name: "pembinaan",
          label: { id: "Predikat di bawah Baik memerlukan pembinaan", en: "A predikat below Baik calls for coaching" },
          conditions: { all: [{ fact: "predikat", operator: "in", value: ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"], label: { id: "predikat di bawah Baik", en: "predikat below Baik" } }] },
          event: { type: "PEMBINAAN", params: { predikat: { fact: "predikat" } } },
        },
        { name: "jp", conditions: { any: [{ fact: "jp", operator: "lessThan", value: 20, label: { id: "JP kurang dari 20", en: "fewer than 20 JP" } }] }, event: { type: "PENGEMBANGAN" } },
      ],
    },
  });
  const input = { ...BASE_INPUT, predikat: "BUTUH_PERBAIKAN" };

  it("records every rule, every leaf's values and result, and the inputs read", () => {
    const result = compilePolicy(doc).score(input, { trace: true });
    const d = result.trace?.decisions[0];
    expect(d?.kind).toBe("rules");
    expect(d?.inputs).toEqual({ predikat: "BUTUH_PERBAIKAN", jp: 24 });
    expect(d?.rules?.map((r) => [r.name, r.fired])).toEqual([["pembinaan", true], ["jp", false]]);
    expect(d?.rules?.[1]?.conditions.children?.[0]).toMatchObject({ kind: "fact", fact: "jp", operator: "lessThan", value: 20, factResult: 24, valueResult: 20, result: false });
    expect(d?.output).toEqual(result.outputs["r"]);
  });

  it("gives the same outputs with and without trace", () => {
    const p = compilePolicy(doc);
    for (const jp of [0, 19.5, 20, 40]) expect(p.score({ ...input, jp }, { trace: true }).outputs).toEqual(p.score({ ...input, jp }).outputs);
  });

  it("explains why a consequence applies, in both languages", () => {
    const trace = compilePolicy(doc).score(input, { trace: true }).trace;
    if (!trace) throw new Error("trace requested");
    const id = renderTrace(trace, { lang: "id" });
    expect(id).toContain('aturan 1 "pembinaan" (prioritas 1): BERLAKU → PEMBINAAN (predikat BUTUH_PERBAIKAN)');
    expect(id).toContain("✓ predikat di bawah Baik: predikat salah satu dari");
    expect(id).toContain("✗ JP kurang dari 20: jp < 20 (nilai jp: 24)");
    const en = renderTrace(trace, { lang: "en" });
    expect(en).toContain("A predikat below Baik calls for coaching");
    expect(en).toContain('rule 2 "jp" (priority 1): does not apply');
  });
});

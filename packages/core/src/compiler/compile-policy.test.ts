/**
 * `validatePolicy` and `compilePolicy`: every problem reported at once, with its code, path,
 * severity and bilingual message; the compiled policy's immutability and content hash.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, KinerjaError, validatePolicy, type FieldType, type Issue } from "../index.js";

type Doc = Record<string, unknown>;

function doc(decisions: Record<string, unknown>, inputs: Record<string, FieldType> = {}, extra: Doc = {}): Doc {
  return { id: "uji", version: "1", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, decisions, ...extra };
}

const f = (expr: string, more: Doc = {}): Doc => ({ kind: "formula", expr, ...more });

/** The issues of a document as `[code, path]` pairs, in order. */
function codes(document: unknown): [string, (string | number)[]][] {
  return validatePolicy(document).issues.map((i) => [i.code, [...i.path]]);
}

function only(document: unknown): Issue {
  const { issues } = validatePolicy(document);
  expect(issues).toHaveLength(1);
  return issues[0] as Issue;
}

/** Every issue is an error with a path and two non-empty, different messages. */
function expectWellFormed(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(i.severity).toBe("error");
    expect(Array.isArray(i.path)).toBe(true);
    expect(i.message.id.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
    expect(i.message.id).not.toBe(i.message.en);
  }
}

const INPUTS: Record<string, FieldType> = {
  realisasi: { type: "number" },
  target: { type: "number", optional: true },
  rating: { type: "enum", values: ["BAIK", "CUKUP"] },
  pegawai: { type: "object", fields: { nama: { type: "string" }, nilai: { type: "number" } } },
  xs: { type: "list", items: { type: "number" } },
};

describe("schema errors", () => {
  it("reports a missing id, an unknown key and a bad decision kind together", () => {
    const { id: _id, ...rest } = doc({ a: { kind: "formulaX", expr: "1" } });
    const result = validatePolicy({ ...rest, bogus: 1 });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["SCHEMA", ["id"]],
      ["SCHEMA", ["decisions", "a", "kind"]],
      ["SCHEMA", []],
    ]);
    expect(result.issues[0]?.message.en).toBe("Required (string)");
    expect(result.issues[1]?.message.en).toContain('"formula", "table", "rules", "perItem"');
    expect(result.issues[2]?.message.en).toContain("bogus");
    expectWellFormed(result.issues);
  });

  it("tells a wrong type from a missing value", () => {
    expect(only({ ...doc({ a: f("1") }), version: 3 }).message.en).toBe("Wrong type: expected string");
    expect(only(null).message.en).toBe("Wrong type: expected object");
    expect(only([]).path).toEqual([]);
  });
});

describe("expression errors, all reported at once", () => {
  const result = validatePolicy(
    doc(
      {
        syntax: f("1 +"),
        typo: f("realsasi + 1"),
        field: f("pegawai.nilaii"),
        inherited: f("pegawai.toString"),
        fn: f("sumx(xs)"),
        arity: f("abs(1, 2)"),
        mixed: f('realisasi + "x"'),
        notInEnum: f('rating = "CUKOP"'),
        notInEnumList: f('rating in ["BAIK", "BAEK"]'),
        nullable: f("target + 1"),
        lambda: f("x => x"),
        declared: f("realisasi", { type: "string" }),
        dateText: f('"2024-01-01" < 5'),
      },
      INPUTS,
    ),
  );
  const byDecision = (name: string): Issue => result.issues.find((i) => i.path[1] === name) as Issue;

  it("finds one problem per broken decision", () => {
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ["EXPR_SYNTAX", "syntax"],
      ["UNKNOWN_NAME", "typo"],
      ["UNKNOWN_NAME", "field"],
      ["UNKNOWN_NAME", "inherited"],
      ["UNKNOWN_FUNCTION", "fn"],
      ["ARITY", "arity"],
      ["TYPE_MISMATCH", "mixed"],
      ["TYPE_MISMATCH", "notInEnum"],
      ["TYPE_MISMATCH", "notInEnumList"],
      ["TYPE_MISMATCH", "nullable"],
      ["TYPE_MISMATCH", "lambda"],
      ["TYPE_MISMATCH", "declared"],
      ["TYPE_MISMATCH", "dateText"],
    ]);
    expectWellFormed(result.issues);
    expect(result.errors).toEqual(result.issues);
    expect(result.warnings).toEqual([]);
  });

  it("points into the document and at the offending text", () => {
    expect(byDecision("syntax")).toMatchObject({ path: ["decisions", "syntax", "expr"], span: { start: 3, end: 3 } });
    expect(byDecision("typo")).toMatchObject({ path: ["decisions", "typo", "expr"], span: { start: 0, end: 8 } });
    expect(byDecision("mixed").span).toEqual({ start: 12, end: 15 });
    expect(byDecision("notInEnumList").span).toEqual({ start: 19, end: 25 });
    expect(byDecision("declared").path).toEqual(["decisions", "declared", "type"]);
  });

  it("suggests the closest name", () => {
    expect(byDecision("typo").hint?.en).toBe("Did you mean 'realisasi'?");
    expect(byDecision("typo").hint?.id).toContain("realisasi");
    expect(byDecision("field").hint?.en).toBe("Did you mean 'nilai'?");
    expect(byDecision("fn").hint?.en).toBe("Did you mean 'sum'?");
    expect(byDecision("notInEnum").hint?.en).toBe("Did you mean 'CUKUP'?");
    expect(byDecision("notInEnum").message.en).toBe("'CUKOP' is not one of the values BAIK, CUKUP");
  });

  it("explains nullable operands, misplaced lambdas and declared types", () => {
    expect(byDecision("nullable").message.en).toContain("coalesce");
    expect(byDecision("lambda").message.en).toContain("collection function");
    expect(byDecision("declared").message.en).toBe("The formula yields number but is declared string");
    expect(byDecision("arity").message.en).toContain("'abs'");
  });
});

describe("cycles", () => {
  it("reports a → b → a and a self-cycle, and still checks the other decisions", () => {
    const result = validatePolicy(
      doc({
        a: f("b + 1"),
        b: f("a + 1"),
        s: f("s * 2"),
        dependent: f("a + nope"),
        other: f('1 + "x"'),
      }),
    );
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["CYCLE", ["decisions", "a"]],
      ["CYCLE", ["decisions", "s"]],
      ["UNKNOWN_NAME", ["decisions", "dependent", "expr"]],
      ["TYPE_MISMATCH", ["decisions", "other", "expr"]],
    ]);
    expect(result.issues[0]?.message.en).toBe("Circular dependency: a → b → a");
    expect(result.issues[1]?.message.en).toBe("Circular dependency: s → s");
    expectWellFormed(result.issues);
  });

  it("reports a cycle between per-item sub-decisions with their other problems", () => {
    const per = { kind: "perItem", over: "xs", as: "x", decisions: { p: f("q + x"), q: f("p + 1"), r: f("p + nope") } };
    expect(codes(doc({ per }, INPUTS))).toEqual([
      ["CYCLE", ["decisions", "per", "decisions", "p"]],
      ["UNKNOWN_NAME", ["decisions", "per", "decisions", "r", "expr"]],
    ]);
  });
});

describe("unsafe and duplicate names", () => {
  it("rejects __proto__, constructor and prototype as input, field and decision names", () => {
    const raw = JSON.parse(
      JSON.stringify(doc({ prototype: f("1") }, { constructor: { type: "number" as const }, obj: { type: "object", fields: { prototype: { type: "number" } } } })).replace(
        '"inputs":{',
        '"inputs":{"__proto__":{"type":"number"},',
      ),
    ) as unknown;
    const result = validatePolicy(raw);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["UNSAFE_NAME", ["inputs", "__proto__"]],
      ["UNSAFE_NAME", ["inputs", "constructor"]],
      ["UNSAFE_NAME", ["inputs", "obj", "fields", "prototype"]],
      ["UNSAFE_NAME", ["decisions", "prototype"]],
    ]);
    expectWellFormed(result.issues);
    expect(Object.prototype).not.toHaveProperty("type");
  });

  it("rejects them in member access and as lambda parameters", () => {
    const result = validatePolicy(
      doc(
        { a: f("pegawai.constructor"), b: f("sum(xs, constructor => 1)"), c: f("count(xs, __proto__ => true)"), d: f("pegawai.__proto__") },
        INPUTS,
      ),
    );
    expect(result.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ["UNSAFE_NAME", "a"],
      ["UNSAFE_NAME", "b"],
      ["UNSAFE_NAME", "c"],
      ["UNSAFE_NAME", "d"],
    ]);
    expect(result.issues[0]?.span).toEqual({ start: 0, end: 19 });
  });

  it("rejects reserved words as names with their own message", () => {
    const issue = only(doc({ a: f("1") }, { if: { type: "number" } }));
    expect(issue).toMatchObject({ code: "UNSAFE_NAME", path: ["inputs", "if"] });
    expect(issue.message.en).toContain("reserved word");
  });

  it("reports a name used twice, and still compiles the expressions", () => {
    const result = validatePolicy(doc({ x: f("nope") }, { x: { type: "number" } }, { constants: { x: 1 } }));
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["DUPLICATE_NAME", ["constants", "x"]],
      ["DUPLICATE_NAME", ["decisions", "x"]],
      ["UNKNOWN_NAME", ["decisions", "x", "expr"]],
    ]);
    expect(result.issues[0]?.message.en).toBe("The name 'x' is already used as an input");
    expect(result.issues[0]?.message.id).toBe("Nama 'x' sudah dipakai sebagai masukan");
  });
});

describe("weights, dates and outputs", () => {
  it("checks that a weight group adds up to its declared sum", () => {
    const weights = {
      kurang: { weights: { skp: 70, perilaku: 20 }, sum: 100 },
      pas: { weights: { skp: 70, perilaku: 30 }, sum: 100 },
      pecahan: { weights: { a: 0.7, b: 0.2, c: 0.1 }, sum: 1 },
      toleransi: { weights: { a: 33.3, b: 33.3, c: 33.3 }, sum: 100, tolerance: 0.1 },
    };
    const issue = only(doc({ a: f("pas.skp") }, {}, { weights }));
    expect(issue).toMatchObject({ code: "WEIGHT_SUM", path: ["weights", "kurang", "weights"] });
    expect(issue.message.en).toBe("The weights of 'kurang' add up to 90, expected 100");
    expect(compilePolicy(doc({ a: f("pas.skp + pecahan.c") }, {}, { weights: { pas: weights.pas, pecahan: weights.pecahan } })).score({}).outputs).toEqual({ a: 70.1 });
  });

  it("rejects impossible calendar dates and a `to` before `from`", () => {
    expect(codes({ ...doc({ a: f("1") }), effective: { from: "2023-02-29", to: "2023-04-31" } })).toEqual([
      ["SCHEMA", ["effective", "from"]],
      ["SCHEMA", ["effective", "to"]],
    ]);
    expect(validatePolicy({ ...doc({ a: f("1") }), effective: { from: "2024-02-29" } }).ok).toBe(true);
    const range = only({ ...doc({ a: f("1") }), effective: { from: "2024-05-01", to: "2024-01-01" } });
    expect(range.path).toEqual(["effective", "to"]);
    expect(range.message.en).toContain("before");
  });

  it("rejects an unknown output name", () => {
    const issue = only(doc({ a: f("1") }, {}, { outputs: ["a", "b"] }));
    expect(issue).toMatchObject({ code: "UNKNOWN_NAME", path: ["outputs", 1] });
    expect(issue.message.en).toContain("'b'");
  });
});

describe("compilePolicy", () => {
  const bad = doc({ a: f("nope"), b: f("1 +") });

  it("throws POLICY_INVALID carrying exactly the validatePolicy issues", () => {
    let thrown: unknown;
    try {
      compilePolicy(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KinerjaError);
    const error = thrown as KinerjaError;
    expect(error.code).toBe("POLICY_INVALID");
    expect(error.issues).toEqual(validatePolicy(bad).issues);
    expect(error.issues).toHaveLength(2);
    expect(error.text.en).toContain("2");
  });

  const good = doc({ a: f("x * 2"), b: f("a + 1") }, { x: { type: "number" } }, { $schema: "https://example.org/policy.schema.json" });

  it("returns a frozen policy with a frozen document, leaving the caller's document alone", () => {
    const policy = compilePolicy(good);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.document)).toBe(true);
    expect(Object.isFrozen(policy.document.decisions["a"])).toBe(true);
    expect(Object.isFrozen(good)).toBe(false);
    expect(policy).toMatchObject({ id: "uji", version: "1", warnings: [] });
    expect(policy.score({ x: 4 }).outputs).toEqual({ a: 8, b: 9 });
  });

  it("hashes the canonical content: 64 hex digits, independent of key order and $schema", () => {
    const hash = compilePolicy(good).hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = JSON.parse(JSON.stringify({ decisions: good["decisions"], title: good["title"], inputs: good["inputs"], effective: good["effective"], version: "1", id: "uji" })) as unknown;
    expect(compilePolicy(reordered).hash).toBe(hash);
    expect(compilePolicy({ ...good, $schema: "other" }).hash).toBe(hash);
    expect(compilePolicy(good).score({ x: 1 }).policy).toEqual({ id: "uji", version: "1", hash });
  });

  it("changes the hash when any rule changes", () => {
    const hash = compilePolicy(good).hash;
    const variants = [
      doc({ a: f("x * 3"), b: f("a + 1") }, { x: { type: "number" } }),
      doc({ a: f("x * 2"), b: f("a + 1", { rounding: "none" }) }, { x: { type: "number" } }),
      doc({ a: f("x * 2"), b: f("a + 1") }, { x: { type: "number", min: 0 } }),
      { ...good, version: "2" },
      { ...good, effective: { from: "2024-01-02" } },
    ];
    const hashes = variants.map((v) => compilePolicy(v).hash);
    expect(new Set([hash, ...hashes]).size).toBe(variants.length + 1);
  });
});

describe("weight declarations", () => {
  it("refuses `weight` on a number that is not a field of a list's objects, where it could never be checked", () => {
    const result = validatePolicy(doc({ a: f("1") }, { bobot: { type: "number", weight: { sum: 100 } } }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["SCHEMA", ["inputs", "bobot", "weight"]]]);
  });

  it("accepts it on the fields of a list's objects", () => {
    const indikator = { type: "list" as const, items: { type: "object" as const, fields: { bobot: { type: "number" as const, weight: { sum: 100 } } } } };
    expect(validatePolicy(doc({ a: f("1") }, { indikator })).issues).toEqual([]);
  });
});

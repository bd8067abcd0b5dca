/**
 * The DMN hit policies of decision tables, end to end through the public API: `compilePolicy`,
 * `validatePolicy` and `policy.score`. Every table here is compiled from a policy document.
 */
import { describe, expect, it } from "vitest";
import {
  compilePolicy,
  validatePolicy,
  type FieldType,
  type KinerjaError,
  type PolicyDocument,
  type TableDecision,
  type Value,
} from "../index.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

type TableSpec = Omit<TableDecision, "kind">;

function doc(inputs: Record<string, FieldType>, tables: Record<string, TableSpec>, extra: Partial<PolicyDocument> = {}): PolicyDocument {
  const decisions = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, { kind: "table" as const, ...t }]));
  return { id: "uji-hit-policy", version: "1.0.0", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, decisions, ...extra };
}

/** Compiles a one-table policy over the input `x` (a number unless given) and returns a scorer of it. */
function single(spec: TableSpec, field: FieldType = { type: "number" }): (x: Value) => Value {
  const policy = compilePolicy(doc({ x: field }, { t: spec }));
  expect(policy.warnings).toEqual([]);
  return (x) => policy.score(x === null ? {} : { x }).outputs["t"] as Value;
}

function scoringError(run: () => unknown): KinerjaError {
  return thrownKinerjaError(run);
}

function codes(document: PolicyDocument): [string, string, readonly (string | number)[]][] {
  return validatePolicy(document).issues.map((i) => [i.code, i.severity, i.path]);
}

/**
 * A column whose static type is `any`: the table `campuran` returns a number for some inputs and a
 * string for others, so the static overlap check cannot analyse a table reading it and the run-time
 * checks (UNIQUE multiple match, ANY conflict) are the only guard.
 */
const CAMPURAN: TableSpec = {
  hitPolicy: "UNIQUE",
  inputs: ["x"],
  outputs: ["v"],
  rules: [
    { when: ["< 0"], then: [1] },
    { when: [">= 0"], then: ["satu"] },
  ],
};

describe("UNIQUE", () => {
  const sebutan: TableSpec = {
    hitPolicy: "UNIQUE",
    inputs: ["x"],
    outputs: ["sebutan"],
    rules: [
      { when: [">= 76"], then: ["BAIK"] },
      { when: ["[51..76)"], then: ["CUKUP"] },
    ],
  };

  it("returns the output of the one matching row", () => {
    const run = single({ ...sebutan, default: "BURUK" });
    expect([run(80), run(76), run(75.5), run(51)]).toEqual(["BAIK", "BAIK", "CUKUP", "CUKUP"]);
  });

  it("returns the declared default when no row matches", () => {
    const run = single({ ...sebutan, default: "BURUK" });
    expect([run(50.99), run(-3)]).toEqual(["BURUK", "BURUK"]);
  });

  it("returns an explicitly declared null default, and types the result nullable", () => {
    const policy = compilePolicy(doc({ x: { type: "number" } }, { t: { ...sebutan, default: null } }));
    expect(policy.score({ x: 10 }).outputs["t"]).toBeNull();
    expect(policy.score({ x: 90 }).outputs["t"]).toBe("BAIK");
    expect(policy.outputTypes["t"]).toStrictEqual({ k: "enum", values: ["BAIK", "CUKUP"], nullable: true });
  });

  it("computes an expression default in the decision's scope", () => {
    const run = single({ ...sebutan, outputs: ["n"], rules: [{ when: [">= 0"], then: [1] }], default: { expr: "x * -1" } });
    expect([run(5), run(-7)]).toEqual([1, 7]);
  });

  // Regression: compileDecision once treated warnings (TABLE_GAP, TABLE_UNREACHABLE) as failures,
  // dropping the table so it scored null for every input.
  it("returns null without a default when no row matches (table with a gap warning)", () => {
    const policy = compilePolicy(doc({ x: { type: "number" } }, { t: sebutan }));
    expect(policy.warnings.map((w) => w.code)).toEqual(["TABLE_GAP"]);
    expect(policy.score({ x: 10 }).outputs["t"]).toBeNull();
    expect(policy.score({ x: 90 }).outputs["t"]).toBe("BAIK");
  });

  it("throws TABLE_MULTIPLE_MATCH at run time when rows the static check cannot see overlap", () => {
    // Overlapping rows over typed columns are a compile error (TABLE_OVERLAP), so the run-time
    // error needs an `any`-typed column, which the static analysis skips.
    const unique: TableSpec = {
      hitPolicy: "UNIQUE",
      inputs: ["campuran"],
      outputs: ["r"],
      rules: [
        { when: [1], then: ["SATU"] },
        { when: ["-"], then: ["LAIN"] },
      ],
    };
    const policy = compilePolicy(doc({ x: { type: "number" } }, { campuran: CAMPURAN, t: unique }));
    expect(policy.warnings).toEqual([]);
    expect(policy.score({ x: 5 }).outputs).toEqual({ campuran: "satu", t: "LAIN" });
    const error = scoringError(() => policy.score({ x: -5 }));
    expect(error.code).toBe("TABLE_MULTIPLE_MATCH");
    expect(error.path).toEqual(["decisions", "t"]);
    expect(error.text.en).toContain("(1, 2)");
    expect(policy.safeScore({ x: -5 })).toMatchObject({ ok: false, error: { code: "TABLE_MULTIPLE_MATCH" } });
  });

  it("reports overlapping rows over typed columns at compile time instead", () => {
    const overlapping = { ...sebutan, rules: [...sebutan.rules, { when: ["> 90"], then: ["BAIK"] }], default: "BURUK" };
    expect(codes(doc({ x: { type: "number" } }, { t: overlapping }))).toEqual([["TABLE_OVERLAP", "error", ["decisions", "t", "rules", 2]]]);
  });
});

describe("FIRST", () => {
  const bertingkat: TableSpec = {
    hitPolicy: "FIRST",
    inputs: ["x"],
    outputs: ["tingkat"],
    rules: [
      { when: [">= 80"], then: ["TINGGI"] },
      { when: [">= 50"], then: ["SEDANG"] },
      { when: ["-"], then: ["RENDAH"] },
    ],
  };

  it("returns the first matching row even when later rows match too", () => {
    const run = single(bertingkat);
    expect([run(95), run(80), run(79.9), run(50), run(49), run(-1)]).toEqual(["TINGGI", "TINGGI", "SEDANG", "SEDANG", "RENDAH", "RENDAH"]);
  });

  it("records only the first matching row in the trace", () => {
    const policy = compilePolicy(doc({ x: { type: "number" } }, { t: bertingkat }));
    const table = policy.score({ x: 95 }, { trace: true }).trace?.decisions[0]?.table;
    expect(table?.matched.map((m) => m.row)).toEqual([1]);
  });

  it("warns about a row that earlier rows always shadow, and stays valid", () => {
    const shadowed: TableSpec = { ...bertingkat, rules: [{ when: ["< 100"], then: ["A"] }, { when: ["< 50"], then: ["B"] }, { when: ["-"], then: ["C"] }] };
    const result = validatePolicy(doc({ x: { type: "number" } }, { t: shadowed }));
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([["TABLE_UNREACHABLE", "warning", ["decisions", "t", "rules", 1]]]);
    expect(result.warnings[0]?.message.en).toContain("Row 2");
  });

  it("does not warn when every row is reachable", () => {
    expect(validatePolicy(doc({ x: { type: "number" } }, { t: bertingkat })).issues).toEqual([]);
  });
});

describe("PRIORITY and OUTPUT_ORDER", () => {
  const sanksi = (hitPolicy: "PRIORITY" | "OUTPUT_ORDER"): TableSpec => ({
    hitPolicy,
    inputs: ["x"],
    outputs: [{ name: "sanksi", values: ["BERAT", "SEDANG", "RINGAN", "NIHIL"] }],
    rules: [
      { when: [">= 1"], then: ["RINGAN"] },
      { when: [">= 5"], then: ["BERAT"] },
      { when: [">= 3"], then: ["SEDANG"] },
      { when: ["< 1"], then: ["NIHIL"] },
    ],
  });

  it("PRIORITY returns the matched output highest in the declared `values`", () => {
    const run = single(sanksi("PRIORITY"));
    expect([run(7), run(5), run(4), run(3), run(1), run(0)]).toEqual(["BERAT", "BERAT", "SEDANG", "SEDANG", "RINGAN", "NIHIL"]);
  });

  it("OUTPUT_ORDER lists every matched output by priority, not by rule order", () => {
    const run = single(sanksi("OUTPUT_ORDER"));
    expect(run(7)).toEqual(["BERAT", "SEDANG", "RINGAN"]);
    expect(run(3)).toEqual(["SEDANG", "RINGAN"]);
    expect(run(0)).toEqual(["NIHIL"]);
  });

  it("ranks multiple outputs by the first column, then the next", () => {
    const spec = (hitPolicy: "PRIORITY" | "OUTPUT_ORDER"): TableSpec => ({
      hitPolicy,
      inputs: ["x"],
      outputs: [
        { name: "a", values: ["X", "Y"] },
        { name: "b", values: [1, 2] },
      ],
      rules: [
        { when: ["-"], then: ["Y", 1] },
        { when: ["-"], then: ["X", 2] },
        { when: ["-"], then: ["X", 1] },
      ],
    });
    expect(single(spec("PRIORITY"))(0)).toEqual({ a: "X", b: 1 });
    expect(single(spec("OUTPUT_ORDER"))(0)).toEqual([
      { a: "X", b: 1 },
      { a: "X", b: 2 },
      { a: "Y", b: 1 },
    ]);
  });

  it("OUTPUT_ORDER is stable: outputs of equal priority keep their rule order", () => {
    // Expression outputs outside `values` all rank last, together.
    const spec = (first: string, last: string): TableSpec => ({
      hitPolicy: "OUTPUT_ORDER",
      inputs: ["x"],
      outputs: [{ name: "c", values: ["PENTING"] }],
      rules: [
        { when: ["-"], then: [{ expr: JSON.stringify(first) }] },
        { when: ["-"], then: ["PENTING"] },
        { when: ["-"], then: [{ expr: JSON.stringify(last) }] },
      ],
    });
    expect(single(spec("pertama", "ketiga"))(0)).toEqual(["PENTING", "pertama", "ketiga"]);
    expect(single(spec("ketiga", "pertama"))(0)).toEqual(["PENTING", "ketiga", "pertama"]);
  });

  it("PRIORITY falls back to the default, OUTPUT_ORDER to an empty list, when nothing matches", () => {
    const rules = [{ when: ["> 0"], then: ["RINGAN"] }];
    expect(single({ ...sanksi("PRIORITY"), rules, default: "NIHIL" })(0)).toBe("NIHIL");
    expect(single({ ...sanksi("OUTPUT_ORDER"), rules })(0)).toEqual([]);
  });

  it.each(["PRIORITY", "OUTPUT_ORDER"] as const)("%s without `values` on an output is a TABLE_SHAPE error", (hitPolicy) => {
    const spec: TableSpec = { ...sanksi(hitPolicy), outputs: [{ name: "sanksi" }] };
    const result = validatePolicy(doc({ x: { type: "number" } }, { t: spec }));
    expect(result.ok).toBe(false);
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TABLE_SHAPE", ["decisions", "t", "outputs", 0]]]);
    expect(result.errors[0]?.message.en).toContain(hitPolicy);
  });

  it("a literal output missing from `values` is a TABLE_SHAPE error at that cell", () => {
    const spec = sanksi("PRIORITY");
    const typo = { ...spec, rules: [...spec.rules.slice(0, 3), { when: ["< 1"], then: ["NIHILL"] }] };
    const result = validatePolicy(doc({ x: { type: "number" } }, { t: typo }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TABLE_SHAPE", ["decisions", "t", "rules", 3, "then", 0]]]);
    expect(result.errors[0]?.message.en).toContain('"NIHILL"');
  });
});

describe("ANY", () => {
  const kelayakan: TableSpec = {
    hitPolicy: "ANY",
    inputs: ["x"],
    outputs: ["status"],
    rules: [
      { when: [">= 4"], then: ["LAYAK"] },
      { when: [">= 10"], then: ["LAYAK"] },
      { when: ["< 4"], then: ["BELUM"] },
    ],
  };

  it("accepts overlapping rows with equal outputs and returns that output", () => {
    const run = single(kelayakan);
    expect([run(12), run(4), run(3.5)]).toEqual(["LAYAK", "LAYAK", "BELUM"]);
  });

  it("rejects overlapping rows with different literal outputs at compile time", () => {
    const conflict = { ...kelayakan, rules: [kelayakan.rules[0]!, { when: [">= 10"], then: ["ISTIMEWA"] }, kelayakan.rules[2]!] };
    const result = validatePolicy(doc({ x: { type: "number" } }, { t: conflict }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TABLE_OVERLAP", ["decisions", "t", "rules", 1]]]);
    expect(result.errors[0]?.message.en).toContain("Rows 1 and 2");
  });

  it("accepts overlapping rows with the same output expression", () => {
    // Regression: rows with identical `{ expr }` outputs were reported as a conflict.
    const same: TableSpec = { ...kelayakan, outputs: ["n"], rules: [{ when: [">= 4"], then: [{ expr: "x * 2" }] }, { when: [">= 10"], then: [{ expr: "x * 2" }] }, { when: ["< 4"], then: [0] }] };
    expect([single(same)(12), single(same)(1)]).toEqual([24, 0]);
  });

  it("throws TABLE_CONFLICT at run time when matched rows disagree and no static check could see it", () => {
    const any: TableSpec = { hitPolicy: "ANY", inputs: ["campuran"], outputs: ["r"], rules: [{ when: [1], then: ["SATU"] }, { when: ["-"], then: ["LAIN"] }] };
    const policy = compilePolicy(doc({ x: { type: "number" } }, { campuran: CAMPURAN, t: any }));
    expect(policy.score({ x: 3 }).outputs["t"]).toBe("LAIN");
    const error = scoringError(() => policy.score({ x: -3 }));
    expect([error.code, error.path]).toEqual(["TABLE_CONFLICT", ["decisions", "t"]]);
  });
});

describe("RULE_ORDER and COLLECT", () => {
  const penghargaan = (hitPolicy: "RULE_ORDER" | "COLLECT"): TableSpec => ({
    hitPolicy,
    inputs: ["x", "disiplin"],
    outputs: ["catatan"],
    rules: [
      { when: [">= 90", "-"], then: ["TUNJANGAN_PENUH"] },
      { when: ["-", true], then: ["PIAGAM"] },
      { when: ["< 50", "-"], then: ["PEMBINAAN"] },
    ],
  });
  const score = (spec: TableSpec, x: number, disiplin: boolean): Value =>
    compilePolicy(doc({ x: { type: "number" }, disiplin: { type: "boolean" } }, { t: spec })).score({ x, disiplin }).outputs["t"] as Value;

  it.each(["RULE_ORDER", "COLLECT"] as const)("%s lists the outputs of every matched row in rule order", (hitPolicy) => {
    expect(score(penghargaan(hitPolicy), 95, true)).toEqual(["TUNJANGAN_PENUH", "PIAGAM"]);
    expect(score(penghargaan(hitPolicy), 40, true)).toEqual(["PIAGAM", "PEMBINAAN"]);
    expect(score(penghargaan(hitPolicy), 40, false)).toEqual(["PEMBINAAN"]);
  });

  it.each(["RULE_ORDER", "COLLECT"] as const)("%s returns an empty list (not null) when nothing matches", (hitPolicy) => {
    expect(score(penghargaan(hitPolicy), 70, false)).toEqual([]);
  });

  it("lists records for a table with several output columns", () => {
    const spec: TableSpec = { ...penghargaan("COLLECT"), outputs: ["catatan", "poin"], rules: penghargaan("COLLECT").rules.map((r, i) => ({ ...r, then: [...r.then, i + 1] })) };
    expect(score(spec, 95, true)).toEqual([
      { catatan: "TUNJANGAN_PENUH", poin: 1 },
      { catatan: "PIAGAM", poin: 2 },
    ]);
  });
});

describe("COLLECT with an aggregation", () => {
  const tambahan = (aggregation: "SUM" | "MIN" | "MAX" | "COUNT", extra: Partial<TableSpec> = {}): TableSpec => ({
    hitPolicy: "COLLECT",
    aggregation,
    inputs: ["x", "kreatif"],
    outputs: ["nilai"],
    rules: [
      { when: [">= 1", "-"], then: [0.1] },
      { when: [">= 4", "-"], then: [0.2] },
      { when: ["-", true], then: [3] },
    ],
    ...extra,
  });
  const score = (spec: TableSpec, x: number, kreatif: boolean): Value =>
    compilePolicy(doc({ x: { type: "number" }, kreatif: { type: "boolean" } }, { t: spec })).score({ x, kreatif }).outputs["t"] as Value;

  it("SUM adds the matched outputs decimal-exactly", () => {
    expect(score(tambahan("SUM"), 5, false)).toBe(0.3);
    expect(score(tambahan("SUM"), 5, true)).toBe(3.3);
    expect(score(tambahan("SUM"), 2, false)).toBe(0.1);
  });

  it("MIN and MAX pick the smallest and largest matched output", () => {
    expect([score(tambahan("MIN"), 5, true), score(tambahan("MAX"), 5, true)]).toEqual([0.1, 3]);
    expect([score(tambahan("MIN"), 0, true), score(tambahan("MAX"), 2, false)]).toEqual([3, 0.1]);
  });

  it.each(["SUM", "MIN", "MAX"] as const)("%s gives null when nothing matches, or the declared default", (aggregation) => {
    expect(score(tambahan(aggregation), 0, false)).toBeNull();
    expect(score(tambahan(aggregation, { default: 0 }), 0, false)).toBe(0);
  });

  it("COUNT counts the matched rules (Kinerja's COUNT counts matched rules, not distinct outputs) and is 0 when none match", () => {
    expect(score(tambahan("COUNT"), 5, true)).toBe(3);
    expect(score(tambahan("COUNT"), 2, true)).toBe(2);
    expect(score(tambahan("COUNT"), 0, false)).toBe(0);
    const same = tambahan("COUNT", { rules: tambahan("COUNT").rules.map((r) => ({ ...r, then: [1] })) });
    expect(score(same, 5, true)).toBe(3);
  });

  it("types SUM as a nullable number without default, and COUNT as a number", () => {
    const types = compilePolicy(doc({ x: { type: "number" }, kreatif: { type: "boolean" } }, { s: tambahan("SUM"), c: tambahan("COUNT") })).outputTypes;
    expect(types).toStrictEqual({ s: { k: "number", nullable: true }, c: { k: "number" } });
  });

  it("types SUM over a complete table (some row always matches) as a non-nullable number", () => {
    const complete = tambahan("SUM", { rules: [...tambahan("SUM").rules, { when: ["-", "-"], then: [0] }] });
    const policy = compilePolicy(doc({ x: { type: "number" }, kreatif: { type: "boolean" } }, { s: complete }));
    expect(policy.outputTypes["s"]).toStrictEqual({ k: "number" });
    expect(policy.score({ x: 0, kreatif: false }).outputs["s"]).toBe(0);
  });

  it("types SUM with a null default as nullable", () => {
    // Regression: `default: null` made the result type a non-null number although the value is null.
    const policy = compilePolicy(doc({ x: { type: "number" }, kreatif: { type: "boolean" } }, { s: tambahan("SUM", { default: null }) }));
    expect(policy.outputTypes["s"]).toStrictEqual({ k: "number", nullable: true });
    expect(policy.score({ x: 0, kreatif: false }).outputs["s"]).toBeNull();
  });

  it("an aggregation on another hit policy is a TABLE_SHAPE error at `aggregation`", () => {
    const spec: TableSpec = { ...tambahan("SUM"), hitPolicy: "RULE_ORDER" };
    expect(codes(doc({ x: { type: "number" }, kreatif: { type: "boolean" } }, { t: spec }))).toEqual([["TABLE_SHAPE", "error", ["decisions", "t", "aggregation"]]]);
  });

  it("SUM, MIN and MAX need exactly one numeric output column", () => {
    // Regression: these were accepted and failed at run time with a misleading NULL_VALUE error.
    const inputs: Record<string, FieldType> = { x: { type: "number" }, kreatif: { type: "boolean" } };
    const twoColumns: TableSpec = { ...tambahan("SUM"), outputs: ["a", "b"], rules: [{ when: ["-", "-"], then: [1, 2] }] };
    expect(codes(doc(inputs, { t: twoColumns }))).toEqual([["TABLE_SHAPE", "error", ["decisions", "t", "outputs"]]]);
    const text: TableSpec = { ...tambahan("MAX"), rules: [{ when: ["-", "-"], then: [1] }, { when: ["-", true], then: ["tinggi"] }] };
    expect(codes(doc(inputs, { t: text }))).toEqual([["TYPE_MISMATCH", "error", ["decisions", "t", "rules", 1, "then", 0]]]);
    const textExpr: TableSpec = { ...tambahan("MIN"), rules: [{ when: ["-", "-"], then: [{ expr: '"a"' }] }] };
    expect(codes(doc(inputs, { t: textExpr }))).toEqual([["TYPE_MISMATCH", "error", ["decisions", "t", "rules", 0, "then", 0]]]);
    const count: TableSpec = { ...tambahan("COUNT"), outputs: ["a", "b"], rules: [{ when: ["-", "-"], then: ["x", "y"] }] };
    expect(codes(doc(inputs, { t: count }))).toEqual([]);
  });
});

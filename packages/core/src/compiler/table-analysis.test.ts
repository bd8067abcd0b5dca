/**
 * Compile-time checks of decision tables through `validatePolicy` / `compilePolicy` (cell counts,
 * cell types, enum names, overlaps, gaps, result types), and the PermenPANRB 6/2022 kuadran as a
 * table checked against the shared acceptance vectors.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compilePolicy,
  isKinerjaError,
  validatePolicy,
  type FieldType,
  type IssuePath,
  type PolicyDocument,
  type TableDecision,
  type TableRule,
} from "../index.js";

type TableSpec = Omit<TableDecision, "kind">;

function doc(inputs: Record<string, FieldType>, tables: Record<string, TableSpec>): PolicyDocument {
  const decisions = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, { kind: "table" as const, ...t }]));
  return { id: "uji-analisis", version: "1.0.0", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, decisions };
}

function issues(document: PolicyDocument): [string, string, IssuePath][] {
  return validatePolicy(document).issues.map((i) => [i.code, i.severity, i.path]);
}

const RATINGS = ["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"] as const;
const RATING: FieldType = { type: "enum", values: [...RATINGS] };
const NILAI: FieldType = { type: "number", min: 0, max: 100 };
const P = ["decisions", "t"] as const;

/** Two bands over `nilai`; `rules` replaces them. */
function bands(rules: TableRule[] = [{ when: [">= 76"], then: ["BAIK"] }, { when: ["< 76"], then: ["KURANG"] }]): TableSpec {
  return { hitPolicy: "UNIQUE", inputs: ["nilai"], outputs: ["sebutan"], rules };
}

describe("table shape and cell checks", () => {
  it("a row with the wrong number of `when` cells is a TABLE_SHAPE error at that row", () => {
    const spec = bands([{ when: [">= 76"], then: ["BAIK"] }, { when: ["< 76", "-"], then: ["KURANG"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([["TABLE_SHAPE", "error", [...P, "rules", 1, "when"]]]);
    expect(validatePolicy(doc({ nilai: NILAI }, { t: spec })).errors[0]?.message.en).toBe("Row 2 has 2 'when' cells, the table has 1 columns");
  });

  it("a row with the wrong number of `then` entries is a TABLE_SHAPE error", () => {
    const spec = bands([{ when: [">= 76"], then: [] }, { when: ["< 76"], then: ["KURANG"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([["TABLE_SHAPE", "error", [...P, "rules", 0, "then"]]]);
  });

  it.each<[string, TableRule["when"][number]]>([
    ["a quoted string", '"tinggi"'],
    ["a JSON boolean", true],
    ["a string range", '["A".."C"]'],
  ])("%s on a number column is a TYPE_MISMATCH at the cell", (_, cell) => {
    const spec = bands([{ when: [">= 76"], then: ["BAIK"] }, { when: [cell], then: ["KURANG"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([["TYPE_MISMATCH", "error", [...P, "rules", 1, "when", 0]]]);
  });

  it("a bare enum-name typo is an UNKNOWN_NAME error at the cell; compilePolicy throws POLICY_INVALID with it", () => {
    const rules = [
      { when: ["DI_ATAS_EKSPEKTASI"], then: ["BAIK"] },
      { when: ["SESUAI_EKSPEKTASII, DI_BAWAH_EKSPEKTASI"], then: ["KURANG"] },
    ];
    const document = doc({ rating: RATING }, { t: { hitPolicy: "UNIQUE", inputs: ["rating"], outputs: ["s"], rules } });
    const result = validatePolicy(document);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["UNKNOWN_NAME", [...P, "rules", 1, "when", 0]]]);
    expect(result.errors[0]?.message.en).toContain("SESUAI_EKSPEKTASII");
    let thrown: unknown;
    try {
      compilePolicy(document);
    } catch (error) {
      thrown = error;
    }
    expect(isKinerjaError(thrown) && [thrown.code, thrown.issues.map((i) => i.code)]).toEqual(["POLICY_INVALID", ["UNKNOWN_NAME"]]);
  });

  it("a quoted enum-value typo is a TYPE_MISMATCH naming the allowed values", () => {
    const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["rating"], outputs: ["s"], rules: [{ when: ['"SESUAI_EKSPEKTASII"'], then: [1] }], default: 0 };
    const result = validatePolicy(doc({ rating: RATING }, { t: spec }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TYPE_MISMATCH", [...P, "rules", 0, "when", 0]]]);
    expect(result.errors[0]?.message.en).toContain("SESUAI_EKSPEKTASII");
    expect(result.errors[0]?.message.en).toContain("DI_ATAS_EKSPEKTASI");
  });

  it("a cell that is not a unary test is an EXPR_SYNTAX error at the cell", () => {
    const spec = bands([{ when: [">= 76"], then: ["BAIK"] }, { when: ["[1..2"], then: ["KURANG"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([["EXPR_SYNTAX", "error", [...P, "rules", 1, "when", 0]]]);
  });

  it("a column expression with an unknown name is reported at the column", () => {
    const spec = { ...bands(), inputs: ["nilay"] };
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([["UNKNOWN_NAME", "error", [...P, "inputs", 0]]]);
  });

  it("reports every problem of a table at once", () => {
    const spec = bands([{ when: ['"x"'], then: ["BAIK"] }, { when: [], then: ["KURANG"] }, { when: ["BAIKK"], then: ["C"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec })).map(([code]) => code)).toEqual(["TYPE_MISMATCH", "TABLE_SHAPE", "UNKNOWN_NAME"]);
  });
});

describe("overlaps, gaps and result types", () => {
  it("UNIQUE rows that overlap are a TABLE_OVERLAP error at the later row, with an example input", () => {
    const spec = bands([{ when: [">= 76"], then: ["BAIK"] }, { when: ["<= 76"], then: ["KURANG"] }]);
    const result = validatePolicy(doc({ nilai: NILAI }, { t: spec }));
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([["TABLE_OVERLAP", "error", [...P, "rules", 1]]]);
    expect(result.errors[0]?.message.en).toBe("Rows 1 and 2 overlap (UNIQUE hit policy), e.g. input: nilai = 76");
  });

  it("rows disjoint in one column do not overlap, even when they overlap in another", () => {
    const rules = [
      { when: ["DI_ATAS_EKSPEKTASI", ">= 50"], then: ["A"] },
      { when: ["SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI", ">= 50"], then: ["B"] },
      { when: ["-", "< 50"], then: ["C"] },
    ];
    const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["rating", "nilai"], outputs: ["s"], rules };
    expect(issues(doc({ rating: RATING, nilai: NILAI }, { t: spec }))).toEqual([]);
  });

  it("a gap is a TABLE_GAP warning naming an uncovered input, and the policy stays valid", () => {
    const spec = bands([{ when: [">= 76"], then: ["BAIK"] }, { when: ["[51..76)"], then: ["CUKUP"] }]);
    const result = validatePolicy(doc({ nilai: NILAI }, { t: spec }));
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["TABLE_GAP", "warning", [...P, "rules"]],
      ["TABLE_GAP", "warning", [...P, "rules"]],
    ]);
    expect(result.warnings.map((w) => w.message.en)).toEqual([
      "No row matches the input nilai = 0 (gap in the table)",
      "No row matches the input nilai = 25.5 (gap in the table)",
    ]);
    expect(compilePolicy(doc({ nilai: NILAI }, { t: spec })).warnings.map((w) => w.code)).toEqual(["TABLE_GAP", "TABLE_GAP"]);
  });

  it("a complete table has a non-nullable result type", () => {
    expect(compilePolicy(doc({ nilai: NILAI }, { full: bands() })).outputTypes).toStrictEqual({ full: { k: "enum", values: ["BAIK", "KURANG"] } });
  });

  // Regression: compileDecision once treated warnings (TABLE_GAP, TABLE_UNREACHABLE) as failures,
  // dropping the table so it scored null for every input.
  it("a gap table without default has a nullable result type and still scores", () => {
    const policy = compilePolicy(doc({ nilai: NILAI }, { gap: bands([{ when: [">= 76"], then: ["BAIK"] }]) }));
    expect(policy.outputTypes).toStrictEqual({ gap: { k: "string", literal: "BAIK", nullable: true } });
    expect([policy.score({ nilai: 80 }).outputs["gap"], policy.score({ nilai: 10 }).outputs["gap"]]).toEqual(["BAIK", null]);
  });

  it("an optional column not covered for null has a gap at null", () => {
    const result = validatePolicy(doc({ nilai: { ...NILAI, optional: true } }, { t: bands() }));
    expect(result.warnings.map((w) => w.message.en)).toEqual(["No row matches the input nilai = null (gap in the table)"]);
    const covered = bands([...bands().rules, { when: [null], then: ["KOSONG"] }]);
    expect(issues(doc({ nilai: { ...NILAI, optional: true } }, { t: covered }))).toEqual([]);
  });

  it("a declared default silences gap warnings", () => {
    expect(issues(doc({ nilai: NILAI }, { t: { ...bands([{ when: [">= 76"], then: ["BAIK"] }]), default: "KURANG" } }))).toEqual([]);
  });

  it("`!= null` covers a required column: no gap at null", () => {
    // Regression: a test mentioning null added null to the values of a non-nullable column.
    expect(issues(doc({ nilai: NILAI }, { t: bands([{ when: ["!= null"], then: ["ADA"] }]) }))).toEqual([]);
  });

  it("a `null` row does not overlap a `-` row on a required column (and is unreachable under FIRST)", () => {
    // Regression: the overlap check took null as a possible value of a non-nullable column.
    const rules = [{ when: [null], then: ["KOSONG"] }, { when: ["-"], then: ["ADA"] }];
    expect(issues(doc({ nilai: NILAI }, { t: bands(rules) }))).toEqual([]);
    expect(issues(doc({ nilai: NILAI }, { t: { ...bands(rules), hitPolicy: "FIRST" } }))).toEqual([["TABLE_UNREACHABLE", "warning", [...P, "rules", 0]]]);
  });

  it("the bounds of a number input are part of the domain: rows outside them leave no gap", () => {
    const spec = bands([{ when: ["[0..50)"], then: ["A"] }, { when: ["[50..100]"], then: ["B"] }]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([]);
    expect(issues(doc({ nilai: { type: "number" } }, { t: spec })).map(([code]) => code)).toEqual(["TABLE_GAP", "TABLE_GAP"]);
  });

  it("boolean and enum columns are covered by their values", () => {
    const rules = [{ when: [true, "DI_ATAS_EKSPEKTASI"], then: [1] }, { when: [true, "not(DI_ATAS_EKSPEKTASI)"], then: [2] }, { when: [false, "-"], then: [3] }];
    const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["flag", "rating"], outputs: ["n"], rules };
    expect(issues(doc({ flag: { type: "boolean" }, rating: RATING }, { t: spec }))).toEqual([]);
    const missing = { ...spec, rules: rules.slice(0, 2) };
    expect(validatePolicy(doc({ flag: { type: "boolean" }, rating: RATING }, { t: missing })).warnings.map((w) => w.message.en)).toEqual([
      'No row matches the input flag = false, rating = "DI_BAWAH_EKSPEKTASI" (gap in the table)',
      'No row matches the input flag = false, rating = "SESUAI_EKSPEKTASI" (gap in the table)',
      'No row matches the input flag = false, rating = "DI_ATAS_EKSPEKTASI" (gap in the table)',
    ]);
  });
});

/** PermenPANRB 6/2022 kuadran: predikat by [rating hasil kerja][rating perilaku], index 0 = bawah, 1 = sesuai, 2 = atas. */
const KUADRAN = [
  ["SANGAT_KURANG", "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN"],
  ["KURANG_MISCONDUCT", "BAIK", "BAIK"],
  ["KURANG_MISCONDUCT", "BAIK", "SANGAT_BAIK"],
] as const;

const PREDIKAT_TABLE: TableSpec = {
  hitPolicy: "UNIQUE",
  inputs: ["ratingHasilKerja", "ratingPerilaku"],
  outputs: ["predikat"],
  rules: RATINGS.flatMap((hasil, h) => RATINGS.map((perilaku, p) => ({ when: [hasil, perilaku], then: [KUADRAN[h]![p]!] }))),
};

interface Vector {
  id: string;
  kind: string;
  input: Record<string, string>;
  expected: { predikat: string };
}

function loadVectors(): Vector[] {
  // The repository root's parent holds `shared/` (in CI the repository is cloned beside it).
  const url = new URL("../../../../../shared/domain/vectors.public.json", import.meta.url);
  const data = JSON.parse(readFileSync(url, "utf8")) as { cases: Vector[] };
  return data.cases.filter((c) => c.kind === "predikat-matrix");
}

describe("PermenPANRB 6/2022 kuadran as a decision table", () => {
  const document = doc({ ratingHasilKerja: RATING, ratingPerilaku: RATING }, { predikat: PREDIKAT_TABLE });
  const vectors = loadVectors();

  it("is a UNIQUE table that validates with no error and no warning", () => {
    expect(PREDIKAT_TABLE.hitPolicy).toBe("UNIQUE");
    expect(PREDIKAT_TABLE.rules).toHaveLength(9);
    expect(validatePolicy(document)).toEqual({ ok: true, issues: [], errors: [], warnings: [] });
  });

  it("has a non-nullable enum type of the five predikat", () => {
    const type = compilePolicy(document).outputTypes["predikat"];
    expect(type?.k === "enum" && [...type.values].sort()).toEqual(["BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_BAIK", "SANGAT_KURANG"]);
    expect(type?.nullable).toBeUndefined();
  });

  it("loads the nine predikat-matrix vectors", () => {
    expect(vectors.map((v) => v.id)).toEqual(["matrix-1", "matrix-2", "matrix-3", "matrix-4", "matrix-5", "matrix-6", "matrix-7", "matrix-8", "matrix-9"]);
  });

  it.each(loadVectors().map((v) => [v.id, v] as const))("passes %s", (_, vector) => {
    const policy = compilePolicy(document);
    const result = policy.score(vector.input, { trace: true });
    expect(result.outputs["predikat"]).toBe(vector.expected.predikat);
    expect(result.trace?.decisions[0]?.table?.matched).toHaveLength(1);
  });

  it("a duplicated cell pair is an overlap, and a missing one a gap naming it", () => {
    const rules = PREDIKAT_TABLE.rules;
    const dup = { ...PREDIKAT_TABLE, rules: [...rules, { when: ["SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"], then: ["BAIK"] }] };
    expect(issues(doc({ ratingHasilKerja: RATING, ratingPerilaku: RATING }, { predikat: dup }))).toEqual([["TABLE_OVERLAP", "error", ["decisions", "predikat", "rules", 9]]]);
    const gap = { ...PREDIKAT_TABLE, rules: rules.filter((_, i) => i !== 4) };
    expect(validatePolicy(doc({ ratingHasilKerja: RATING, ratingPerilaku: RATING }, { predikat: gap })).warnings.map((w) => w.message.en)).toEqual([
      'No row matches the input ratingHasilKerja = "SESUAI_EKSPEKTASI", ratingPerilaku = "SESUAI_EKSPEKTASI" (gap in the table)',
    ]);
  });
});

describe("integer columns", () => {
  const SKOR: FieldType = { type: "number", integer: true, min: 0, max: 100 };
  const split: TableSpec = bands([{ when: ["[0..50]"], then: ["KURANG"] }, { when: ["[51..100]"], then: ["BAIK"] }]);

  it("sees no gap between [0..50] and [51..100] when the input is declared integer", () => {
    expect(issues(doc({ nilai: SKOR }, { t: split }))).toEqual([]);
    expect(compilePolicy(doc({ nilai: SKOR }, { t: split })).outputTypes["t"]?.nullable).toBeUndefined();
  });

  it("still reports the 50.5 gap when the same input may be fractional", () => {
    expect(issues(doc({ nilai: NILAI }, { t: split }))).toEqual([["TABLE_GAP", "warning", [...P, "rules"]]]);
  });

  it("treats rows that share no integer as disjoint under UNIQUE", () => {
    const spec = bands([{ when: ["[0..50]"], then: ["KURANG"] }, { when: ["(50..51)"], then: ["ANEH"] }, { when: ["[51..100]"], then: ["BAIK"] }]);
    expect(issues(doc({ nilai: SKOR }, { t: spec }))).toEqual([]);
    expect(issues(doc({ nilai: NILAI }, { t: spec }))).toEqual([]);
    const overlapping = bands([{ when: ["[0..50]"], then: ["KURANG"] }, { when: ["[50..100]"], then: ["BAIK"] }]);
    expect(issues(doc({ nilai: SKOR }, { t: overlapping }))).toEqual([["TABLE_OVERLAP", "error", [...P, "rules", 1]]]);
  });
});

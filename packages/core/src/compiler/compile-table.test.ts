/**
 * Decision tables through the public API: unary-test cells, output columns and entries, result
 * types and the trace of a table decision. Hit policies are in `hit-policies.test.ts`, static
 * checks and the PermenPANRB 6/2022 kuadran in `table-analysis.test.ts`.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, validatePolicy, type FieldType, type PolicyDocument, type RuleCell, type TableDecision, type Value } from "../index.js";

type TableSpec = Omit<TableDecision, "kind">;

function doc(inputs: Record<string, FieldType>, tables: Record<string, TableSpec>, extra: Partial<PolicyDocument> = {}): PolicyDocument {
  const decisions = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, { kind: "table" as const, ...t }]));
  return { id: "uji-tabel", version: "1.0.0", effective: { from: "2024-01-01" }, title: { id: "Uji tabel", en: "Table test" }, inputs, decisions, ...extra };
}

/** A one-row table over an optional input `x`: `true` when `cell` matches, else the default `false`. */
function cellMatcher(cell: RuleCell, field: FieldType): (x: Value) => Value {
  const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["x"], outputs: ["cocok"], rules: [{ when: [cell], then: [true] }], default: false };
  const policy = compilePolicy(doc({ x: { ...field, optional: true } }, { t: spec }));
  expect(policy.warnings).toEqual([]);
  return (x) => policy.score(x === null ? {} : { x }).outputs["t"] as Value;
}

const SEBUTAN_PP46: TableSpec = {
  hitPolicy: "UNIQUE",
  inputs: ["nilai"],
  outputs: ["sebutan"],
  rules: [
    { when: [">= 91"], then: ["SANGAT_BAIK"] },
    { when: ["[76..91)"], then: ["BAIK"] },
    { when: ["[61..76)"], then: ["CUKUP"] },
    { when: ["[51..61)"], then: ["KURANG"] },
    { when: ["< 51"], then: ["BURUK"] },
  ],
};

describe("the PP 46/2011 sebutan bands", () => {
  const policy = compilePolicy(doc({ nilai: { type: "number", min: 0, max: 100 } }, { sebutan: SEBUTAN_PP46 }));
  const sebutan = (nilai: number): Value => policy.score({ nilai }).outputs["sebutan"] as Value;

  it.each([
    [100, "SANGAT_BAIK"],
    [91, "SANGAT_BAIK"],
    [90.99, "BAIK"],
    [76, "BAIK"],
    [75.99, "CUKUP"],
    [75, "CUKUP"],
    [61, "CUKUP"],
    [60.99, "KURANG"],
    [51, "KURANG"],
    [50.99, "BURUK"],
    [50.5, "BURUK"],
    [50, "BURUK"],
    [0, "BURUK"],
  ])("nilai %d is %s", (nilai, expected) => {
    expect(sebutan(nilai)).toBe(expected);
  });

  it("is complete and overlap-free, so it has no issue and a non-nullable enum type", () => {
    expect(validatePolicy(policy.document).issues).toEqual([]);
    expect(policy.outputTypes["sebutan"]).toStrictEqual({ k: "enum", values: ["SANGAT_BAIK", "BAIK", "CUKUP", "KURANG", "BURUK"] });
  });
});

describe("unary-test cells", () => {
  const number: FieldType = { type: "number" };

  it.each<[string, [number, boolean][]]>([
    ["< 50", [[49.9, true], [50, false]]],
    ["<= 50", [[50, true], [50.01, false]]],
    ["> 50", [[50, false], [50.01, true]]],
    [">= 50", [[49.99, false], [50, true]]],
    ["= 50", [[50, true], [51, false]]],
    ["50", [[50, true], [49, false]]],
    ["!= 50", [[50, false], [51, true]]],
    ["[10..20]", [[10, true], [20, true], [9.99, false], [20.01, false]]],
    ["(10..20)", [[10, false], [10.01, true], [19.99, true], [20, false]]],
    ["[10..20)", [[10, true], [20, false]]],
    ["(10..20]", [[10, false], [20, true]]],
    ["1, 3, [5..6]", [[1, true], [2, false], [3, true], [5.5, true], [7, false]]],
    ["not(1, 3)", [[1, false], [3, false], [2, true]]],
    ["not([10..20])", [[15, false], [9, true], [21, true]]],
    ["-", [[-1e9, true], [0, true]]],
  ])("%s on a number column", (cell, cases) => {
    const match = cellMatcher(cell, number);
    expect(cases.map(([x]) => match(x))).toEqual(cases.map(([, want]) => want));
  });

  it("null handling: `-` and `not(...)` match a missing value, comparisons and ranges do not", () => {
    expect([cellMatcher("-", number)(null), cellMatcher("not(< 10)", number)(null)]).toEqual([true, true]);
    expect([cellMatcher("< 10", number)(null), cellMatcher("[0..10]", number)(null), cellMatcher("!= 5", number)(null)]).toEqual([false, false, false]);
    expect([cellMatcher("null", number)(null), cellMatcher("null", number)(0)]).toEqual([true, false]);
    expect([cellMatcher("!= null", number)(null), cellMatcher("!= null", number)(0)]).toEqual([false, true]);
  });

  it("JSON number, boolean and null cells equal the value", () => {
    expect([cellMatcher(3, number)(3), cellMatcher(3, number)(3.5)]).toEqual([true, false]);
    const flag: FieldType = { type: "boolean" };
    expect([cellMatcher(true, flag)(true), cellMatcher(true, flag)(false), cellMatcher(false, flag)(false)]).toEqual([true, false, true]);
    expect([cellMatcher(null, flag)(null), cellMatcher(null, flag)(false)]).toEqual([true, false]);
  });

  it("quoted strings, string lists and string ranges on a string column", () => {
    const text: FieldType = { type: "string" };
    expect(["III/a", "III/b", "iii/a"].map(cellMatcher('"III/a", "IV/a"', text))).toEqual([true, false, false]);
    expect(["III/a", "III/d", "IV/a", "II/d"].map(cellMatcher('["III/a".."III/d"]', text))).toEqual([true, true, false, false]);
    expect(["A", "B"].map(cellMatcher('not("A")', text))).toEqual([false, true]);
  });

  it("bare enum names, lists and not(...) on an enum column", () => {
    const rating: FieldType = { type: "enum", values: ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] };
    expect(["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"].map(cellMatcher("SESUAI_EKSPEKTASI", rating))).toEqual([false, true]);
    const values = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"];
    expect(values.map(cellMatcher("DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI", rating))).toEqual([true, true, false]);
    expect(values.map(cellMatcher("not(DI_BAWAH_EKSPEKTASI)", rating))).toEqual([true, true, false]);
    expect(values.map(cellMatcher('"DI_BAWAH_EKSPEKTASI"', rating))).toEqual([false, false, true]);
  });

  it("a column may be any expression over the inputs", () => {
    const spec: TableSpec = {
      hitPolicy: "UNIQUE",
      inputs: [{ expr: "realisasi / target * 100", label: { id: "Capaian (%)", en: "Achievement (%)" } }],
      outputs: ["kategori"],
      rules: [
        { when: [">= 100"], then: ["TERCAPAI"] },
        { when: ["< 100"], then: ["BELUM"] },
      ],
    };
    const policy = compilePolicy(doc({ realisasi: { type: "number" }, target: { type: "number", min: 1 } }, { t: spec }));
    expect([policy.score({ realisasi: 12, target: 12 }).outputs["t"], policy.score({ realisasi: 11, target: 12 }).outputs["t"]]).toEqual(["TERCAPAI", "BELUM"]);
  });
});

describe("outputs", () => {
  const inputs: Record<string, FieldType> = { nilai: { type: "number", min: 0, max: 100 }, tunjangan: { type: "number" } };
  const tpp: TableSpec = {
    hitPolicy: "UNIQUE",
    inputs: ["nilai"],
    outputs: ["sebutan", "persen", "tpp"],
    rules: [
      { when: [">= 76"], then: ["BAIK", 100, { expr: "tunjangan" }] },
      { when: ["< 76"], then: ["KURANG", 80, { expr: "tunjangan * persenKurang / 100" }] },
    ],
  };
  const policy = compilePolicy(doc(inputs, { tpp }, { constants: { persenKurang: 80 } }));

  it("several output columns give a record keyed by column name", () => {
    expect(policy.score({ nilai: 80, tunjangan: 2_000_000 }).outputs["tpp"]).toEqual({ sebutan: "BAIK", persen: 100, tpp: 2_000_000 });
  });

  it("`{ expr }` entries are computed in the decision's scope (inputs and constants)", () => {
    expect(policy.score({ nilai: 60, tunjangan: 2_000_000 }).outputs["tpp"]).toEqual({ sebutan: "KURANG", persen: 80, tpp: 1_600_000 });
  });

  it("types the record column by column", () => {
    const type = policy.outputTypes["tpp"];
    expect(type?.k === "object" && type.nullable).toBe(undefined);
    expect(type?.k === "object" && [type.fields["sebutan"], type.fields["persen"]]).toStrictEqual([{ k: "enum", values: ["BAIK", "KURANG"] }, { k: "number" }]);
  });

  it("a later decision can read a table's result (and its record fields)", () => {
    const more = doc(inputs, {
      tpp,
      hasil: { hitPolicy: "UNIQUE", inputs: ["tpp.sebutan"], outputs: ["lulus"], rules: [{ when: ["BAIK"], then: [true] }, { when: ["KURANG"], then: [false] }] },
    }, { constants: { persenKurang: 80 } });
    const p = compilePolicy(more);
    expect(p.warnings).toEqual([]);
    expect([p.score({ nilai: 90, tunjangan: 1 }).outputs["hasil"], p.score({ nilai: 10, tunjangan: 1 }).outputs["hasil"]]).toEqual([true, false]);
  });

  it("a default for several columns is the whole record, and a null default makes the record nullable", () => {
    // Regression: the default of a table with several output columns was left out of its type.
    const partial: TableSpec = { hitPolicy: "UNIQUE", inputs: ["nilai"], outputs: ["a", "b"], rules: [{ when: [">= 50"], then: [1, "X"] }] };
    const p = compilePolicy(doc(inputs, { rec: { ...partial, default: { a: 0, b: "Y" } }, nul: { ...partial, default: null } }));
    expect(p.score({ nilai: 10, tunjangan: 0 }).outputs).toEqual({ rec: { a: 0, b: "Y" }, nul: null });
    expect(p.outputTypes["rec"]).toStrictEqual({ k: "object", fields: { a: { k: "number" }, b: { k: "enum", values: ["X", "Y"] } } });
    expect(p.outputTypes["nul"]).toStrictEqual({ k: "object", fields: { a: { k: "number" }, b: { k: "string", literal: "X" } }, nullable: true });
  });
});

describe("the trace of a table decision", () => {
  const noted: TableSpec = {
    ...SEBUTAN_PP46,
    inputs: [{ expr: "nilai", label: { id: "Nilai SKP", en: "SKP score" } }],
    rules: SEBUTAN_PP46.rules.map((r, i) => ({ ...r, note: { id: `Pita ${i + 1}`, en: `Band ${i + 1}` } })),
  };
  const policy = compilePolicy(doc({ nilai: { type: "number", min: 0, max: 100 } }, { sebutan: noted }));

  it("names the matched row 1-based with its cells and note, and the column values", () => {
    const trace = policy.score({ nilai: 80 }, { trace: true }).trace;
    const decision = trace?.decisions.find((d) => d.name === "sebutan");
    expect(decision?.kind).toBe("table");
    expect(decision?.output).toBe("BAIK");
    expect(decision?.inputs).toEqual({ nilai: 80 });
    expect(decision?.table).toEqual({
      hitPolicy: "UNIQUE",
      columns: [{ expr: "nilai", value: 80, label: { id: "Nilai SKP", en: "SKP score" } }],
      matched: [{ row: 2, when: ["[76..91)"], note: { id: "Pita 2", en: "Band 2" } }],
      usedDefault: false,
    });
    expect(trace?.outputs).toEqual({ sebutan: "BAIK" });
  });

  it("row numbers follow the document, the last row being rules.length", () => {
    const table = policy.score({ nilai: 12 }, { trace: true }).trace?.decisions[0]?.table;
    expect(table?.matched.map((m) => [m.row, m.note?.en])).toEqual([[5, "Band 5"]]);
  });

  it("marks the default as used, with no matched row", () => {
    const gap = compilePolicy(doc({ nilai: { type: "number" } }, { t: { ...SEBUTAN_PP46, rules: SEBUTAN_PP46.rules.slice(0, 2), default: "LAINNYA" } }));
    const table = gap.score({ nilai: 3 }, { trace: true }).trace?.decisions[0];
    expect(table?.output).toBe("LAINNYA");
    expect(table?.table?.matched).toEqual([]);
    expect(table?.table?.usedDefault).toBe(true);
  });

  it("writes JSON cells as JSON text and lists every matched row of a multi-hit table", () => {
    const spec: TableSpec = {
      hitPolicy: "COLLECT",
      aggregation: "SUM",
      inputs: ["a", "b"],
      outputs: ["n"],
      rules: [
        { when: [true, "-"], then: [1] },
        { when: ["-", null], then: [2] },
        { when: [false, 3], then: [4] },
      ],
    };
    const p = compilePolicy(doc({ a: { type: "boolean" }, b: { type: "number", optional: true } }, { t: spec }));
    const decision = p.score({ a: true }, { trace: true }).trace?.decisions[0];
    expect(decision?.output).toBe(3);
    expect(decision?.table).toEqual({
      hitPolicy: "COLLECT",
      aggregation: "SUM",
      columns: [{ expr: "a", value: true }, { expr: "b", value: null }],
      matched: [{ row: 1, when: ["true", "-"] }, { row: 2, when: ["-", "null"] }],
      usedDefault: false,
    });
  });
});

describe("checks added after review", () => {
  const NUM: FieldType = { type: "number" };
  const RATING: FieldType = { type: "enum", values: ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] };

  it("refuses an empty range such as [90..80] instead of leaving a row that can never match", () => {
    const spec: TableSpec = { hitPolicy: "FIRST", inputs: ["x"], outputs: ["y"], rules: [{ when: ["[90..80]"], then: [1] }, { when: ["-"], then: [0] }] };
    const result = validatePolicy(doc({ x: NUM }, { t: spec }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TABLE_SHAPE", ["decisions", "t", "rules", 0, "when", 0]]]);
    expect(result.errors[0]?.message.en).toBe("The range '[90..80]' is empty: its lower bound exceeds its upper bound");
  });

  it("refuses an output entry that mixes 'expr' with other keys rather than returning it as a literal", () => {
    const spec: TableSpec = { hitPolicy: "FIRST", inputs: ["x"], outputs: ["y"], rules: [{ when: ["-"], then: [{ expr: "x * 2", note: 1 }] }] };
    const result = validatePolicy(doc({ x: NUM }, { t: spec }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TABLE_SHAPE", ["decisions", "t", "rules", 0, "then", 0]]]);
  });

  it("types computed output entries, so a table reading them is analysed statically", () => {
    const a: TableSpec = { hitPolicy: "FIRST", inputs: ["x"], outputs: ["y"], rules: [{ when: ["-"], then: [{ expr: "x * 2" }] }] };
    const b: TableSpec = { hitPolicy: "UNIQUE", inputs: ["a"], outputs: ["z"], rules: [{ when: [">= 10"], then: ["TINGGI"] }, { when: [">= 5"], then: ["SEDANG"] }] };
    const policy = doc({ x: NUM }, { a, b });
    expect(validatePolicy(policy).errors.map((i) => [i.code, i.path])).toEqual([["TABLE_OVERLAP", ["decisions", "b", "rules", 1]]]);
  });

  it("suggests the closest enum value for a bare name typo in a cell", () => {
    const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["r"], outputs: ["p"], rules: [{ when: ["SESUAI_EKSPEKTASII"], then: [1] }], default: 0 };
    const [problem] = validatePolicy(doc({ r: RATING }, { t: spec })).errors;
    expect(problem?.code).toBe("UNKNOWN_NAME");
    expect(problem?.hint?.en).toBe("Did you mean 'SESUAI_EKSPEKTASI'?");
  });

  it("does not claim a default was used by multi-result hit policies or COUNT", () => {
    const rows = [{ when: ["> 100"], then: [1] }];
    for (const spec of [
      { hitPolicy: "RULE_ORDER", inputs: ["x"], outputs: ["y"], rules: rows },
      { hitPolicy: "COLLECT", aggregation: "COUNT", inputs: ["x"], outputs: ["y"], rules: rows },
    ] as TableSpec[]) {
      const trace = compilePolicy(doc({ x: NUM }, { t: spec })).score({ x: 1 }, { trace: true }).trace;
      expect(trace?.decisions[0]?.table?.usedDefault).toBe(false);
    }
  });
});

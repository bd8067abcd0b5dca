/**
 * Constants of the policy named in decision-table cells (`>= batas.sangatBaik`,
 * `[batas.baik..batas.sangatBaik)`, `"A", kodeLain`): resolved at compile time, so the scores and
 * the static checks (overlaps, gaps, empty ranges, cell types) are those of the literal table.
 */
import { describe, expect, it } from "vitest";
import {
  compilePolicy,
  validatePolicy,
  type FieldType,
  type IssuePath,
  type JsonValue,
  type PolicyDocument,
  type TableDecision,
  type TableRule,
} from "../index.js";

type TableSpec = Omit<TableDecision, "kind">;

function doc(inputs: Record<string, FieldType>, tables: Record<string, TableSpec>, constants: Record<string, JsonValue> = {}): PolicyDocument {
  const decisions = Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, { kind: "table" as const, ...t }]));
  return { id: "uji-konstanta", version: "1.0.0", effective: { from: "2024-01-01" }, title: { id: "Uji", en: "Test" }, inputs, constants, decisions };
}

function issues(document: PolicyDocument): [string, string, IssuePath][] {
  return validatePolicy(document).issues.map((i) => [i.code, i.severity, i.path]);
}

const NILAI: FieldType = { type: "number", min: 0, max: 100 };
const BATAS = { sangatBaik: 91, baik: 76, cukup: 61, kurang: 51 };
const SEBUTAN = ["SANGAT_BAIK", "BAIK", "CUKUP", "KURANG", "BURUK"] as const;
const P = ["decisions", "sebutan"] as const;

function bands(cells: readonly string[]): TableSpec {
  return { hitPolicy: "UNIQUE", inputs: ["nilai"], outputs: ["sebutan"], rules: cells.map((cell, i) => ({ when: [cell], then: [SEBUTAN[i] ?? "LAIN"] })) };
}

const LITERAL = bands([">= 91", "[76..91)", "[61..76)", "[51..61)", "< 51"]);
const NAMED = bands([">= batas.sangatBaik", "[batas.baik..batas.sangatBaik)", "[batas.cukup..batas.baik)", "[batas.kurang..batas.cukup)", "< batas.kurang"]);

function oneCell(cell: string, field: FieldType, constants: Record<string, JsonValue>): PolicyDocument {
  const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["x"], outputs: ["cocok"], rules: [{ when: [cell], then: [true] }], default: false };
  return doc({ x: field }, { sebutan: spec }, constants);
}

const CELL: IssuePath = [...P, "rules", 0, "when", 0];

describe("the PP 46/2011 sebutan bands written with constants", () => {
  const literal = compilePolicy(doc({ nilai: NILAI }, { sebutan: LITERAL }));
  const named = compilePolicy(doc({ nilai: NILAI }, { sebutan: NAMED }, { batas: BATAS }));
  const VALUES = [0, 25, 50, 50.5, 50.99, 51, 55, 60.99, 61, 70, 75.99, 76, 85.5, 90.99, 91, 95, 100];

  it("validates with no error and no warning, and has the same non-nullable enum type", () => {
    expect(validatePolicy(doc({ nilai: NILAI }, { sebutan: NAMED }, { batas: BATAS }))).toEqual({ ok: true, issues: [], errors: [], warnings: [] });
    expect(named.warnings).toEqual([]);
    expect(named.outputTypes).toStrictEqual(literal.outputTypes);
  });

  it.each(VALUES)("scores nilai %d like the literal table", (nilai) => {
    expect(named.score({ nilai }).outputs["sebutan"]).toBe(literal.score({ nilai }).outputs["sebutan"]);
  });

  it("moves a band when a constant changes", () => {
    const moved = compilePolicy(doc({ nilai: NILAI }, { sebutan: NAMED }, { batas: { ...BATAS, sangatBaik: 90 } }));
    expect(moved.warnings).toEqual([]);
    expect([89.99, 90, 90.5].map((nilai) => moved.score({ nilai }).outputs["sebutan"])).toEqual(["BAIK", "SANGAT_BAIK", "SANGAT_BAIK"]);
    expect(named.score({ nilai: 90 }).outputs["sebutan"]).toBe("BAIK");
  });

  it("accepts flat constants, mixed literal and named bounds, and shows the cells as written in the trace", () => {
    const spec = bands([">= batasSangatBaik", "[batasBaik..batasSangatBaik)", "[61..batasBaik)", "[51..61)", "< 51"]);
    const policy = compilePolicy(doc({ nilai: NILAI }, { sebutan: spec }, { batasSangatBaik: 91, batasBaik: 76 }));
    expect(policy.warnings).toEqual([]);
    const decision = policy.score({ nilai: 80 }, { trace: true }).trace?.decisions[0];
    expect(decision?.output).toBe("BAIK");
    expect(decision?.table?.matched).toEqual([{ row: 2, when: ["[batasBaik..batasSangatBaik)"] }]);
    // The constants a table's cells read are among its trace inputs, like a formula's.
    expect(decision?.inputs).toEqual({ nilai: 80, batasSangatBaik: 91, batasBaik: 76 });
  });

  it("records a constant record once in the trace inputs", () => {
    expect(named.score({ nilai: 80 }, { trace: true }).trace?.decisions[0]?.inputs).toEqual({ nilai: 80, batas: BATAS });
  });
});

describe("static checks see the resolved values", () => {
  it("a range emptied by its constants is the TABLE_SHAPE error, showing the names and the values", () => {
    const document = doc({ nilai: NILAI }, { sebutan: NAMED }, { batas: { ...BATAS, baik: 80, cukup: 85 } });
    const result = validatePolicy(document);
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["TABLE_SHAPE", "error", [...P, "rules", 2, "when", 0]],
    ]);
    expect(result.errors[0]?.message.en).toBe("The range '[batas.cukup..batas.baik) → [85..80)' is empty: its lower bound exceeds its upper bound");
  });

  it("an overlap created only through constants is a TABLE_OVERLAP error with an example input", () => {
    const overlapping = bands([">= batas.sangatBaik", "[batas.baik..batas.atasBaik]", "< batas.baik"]);
    const overlap = validatePolicy(doc({ nilai: NILAI }, { sebutan: overlapping }, { batas: { ...BATAS, atasBaik: 91 } }));
    expect(overlap.issues.map((i) => [i.code, i.path])).toEqual([["TABLE_OVERLAP", [...P, "rules", 1]]]);
    expect(overlap.errors[0]?.message.en).toBe("Rows 1 and 2 overlap (UNIQUE hit policy), e.g. input: nilai = 91");
    expect(issues(doc({ nilai: NILAI }, { sebutan: overlapping }, { batas: { ...BATAS, atasBaik: 90.99 } }))).toEqual([
      ["TABLE_GAP", "warning", [...P, "rules"]],
    ]);
  });

  it("a gap created through constants is a TABLE_GAP warning naming the uncovered value", () => {
    const spec = bands([">= batas.sangatBaik", "[batas.baik..batas.sangatBaik)", "< batas.cukup"]);
    const result = validatePolicy(doc({ nilai: NILAI }, { sebutan: spec }, { batas: BATAS }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message.en)).toEqual([
      "No row matches the input nilai = 61 (gap in the table)",
      "No row matches the input nilai = 68.5 (gap in the table)",
    ]);
  });

  it("an integer column sees no gap between [0..batas] and (batas..100]", () => {
    const spec = bands(["[0..batas.kurang]", "(batas.kurang..100]"]);
    expect(issues(doc({ nilai: { ...NILAI, integer: true } }, { sebutan: spec }, { batas: BATAS }))).toEqual([]);
  });

  it("under FIRST, a row shadowed through constants is unreachable", () => {
    const spec = { ...bands([">= batas.kurang", ">= batas.baik", "-"]), hitPolicy: "FIRST" as const };
    expect(issues(doc({ nilai: NILAI }, { sebutan: spec }, { batas: BATAS }))).toEqual([["TABLE_UNREACHABLE", "warning", [...P, "rules", 1]]]);
  });
});

describe("names in cells: enum values first, then constants", () => {
  const RATING: FieldType = { type: "enum", values: ["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"] };

  it("a bare name that is both an enum value and a constant resolves to the enum value", () => {
    const rules: TableRule[] = [
      { when: ["SESUAI_EKSPEKTASI"], then: ["TENGAH"] },
      { when: ["not(SESUAI_EKSPEKTASI)"], then: ["TEPI"] },
    ];
    const spec: TableSpec = { hitPolicy: "UNIQUE", inputs: ["rating"], outputs: ["s"], rules };
    // As a constant, SESUAI_EKSPEKTASI (3) would not fit the enum column at all.
    const document = doc({ rating: RATING }, { sebutan: spec }, { SESUAI_EKSPEKTASI: 3 });
    expect(issues(document)).toEqual([]);
    const policy = compilePolicy(document);
    expect(["SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"].map((rating) => policy.score({ rating }).outputs["sebutan"])).toEqual(["TENGAH", "TEPI"]);
    expect(policy.score({ rating: "SESUAI_EKSPEKTASI" }, { trace: true }).trace?.decisions[0]?.inputs).toEqual({ rating: "SESUAI_EKSPEKTASI" });
  });

  it("a bare name that is no enum value may name a constant holding one", () => {
    const document = oneCell("batasLulus, DI_ATAS_EKSPEKTASI", RATING, { batasLulus: "SESUAI_EKSPEKTASI" });
    expect(issues(document)).toEqual([]);
    const policy = compilePolicy(document);
    expect(["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"].map((x) => policy.score({ x }).outputs["sebutan"])).toEqual([false, true, true]);
  });

  it("a constant whose value is not in the enum is a TYPE_MISMATCH naming the allowed values", () => {
    const result = validatePolicy(oneCell("batasLulus", RATING, { batasLulus: "LULUS" }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TYPE_MISMATCH", CELL]]);
    expect(result.errors[0]?.message.en).toContain("'LULUS' is not one of the values");
    expect(issues(oneCell("batasLulus", RATING, { batasLulus: 3 }))).toEqual([["TYPE_MISMATCH", "error", CELL]]);
  });

  it.each<[string, FieldType, Record<string, JsonValue>, JsonValue[], JsonValue[]]>([
    ['"A", kodeLain', { type: "string" }, { kodeLain: "B" }, ["A", "B"], ["C", "kodeLain"]],
    ["= kodeX", { type: "string" }, { kodeX: "X" }, ["X"], ["Y"]],
    ["!= kodeX", { type: "string" }, { kodeX: "X" }, ["Y"], ["X"]],
    ["wajib", { type: "boolean" }, { wajib: true }, [true], [false]],
    ["> pemetaan.batasSesuai", { type: "number" }, { pemetaan: { batasSesuai: 0.7 } }, [0.71, 1], [0.7, 0]],
    [">= tanggal.mulai", { type: "date" }, { tanggal: { mulai: "2024-07-01" } }, ["2024-07-01", "2025-01-01"], ["2024-06-30"]],
    ["[a.b.c..10]", { type: "number" }, { a: { b: { c: 5 } } }, [5, 10], [4.9, 10.1]],
    ["kosong", { type: "number", optional: true }, { kosong: null }, [null], [0]],
  ])("%j over %j matches %j and not %j", (cell, field, constants, accepted, rejected) => {
    const document = oneCell(cell, field, constants);
    expect(validatePolicy(document).errors).toEqual([]);
    const policy = compilePolicy(document);
    const score = (x: JsonValue): unknown => policy.score(x === null ? {} : { x }).outputs["sebutan"];
    for (const x of accepted) expect(score(x), `${cell} on ${String(x)}`).toBe(true);
    for (const x of rejected) expect(score(x), `${cell} on ${String(x)}`).toBe(false);
  });

  it("constants also resolve inside per-item decisions", () => {
    const policy = compilePolicy({
      ...doc({ xs: { type: "list", items: { type: "number" } } }, {}, { batas: BATAS }),
      decisions: {
        per: {
          kind: "perItem",
          over: "xs",
          as: "x",
          decisions: { lulus: { kind: "table", hitPolicy: "FIRST", inputs: ["x"], outputs: ["ok"], rules: [{ when: [">= batas.baik"], then: [true] }, { when: ["-"], then: [false] }] } },
        },
      },
    });
    expect(policy.score({ xs: [75.9, 76, 100] }).outputs["per"]).toEqual([{ lulus: false }, { lulus: true }, { lulus: true }]);
  });
});

describe("names that do not resolve", () => {
  const NUMBER: FieldType = { type: "number" };

  it("an unknown constant is an UNKNOWN_NAME at the cell with a did-you-mean hint", () => {
    const result = validatePolicy(oneCell(">= batas.sangatBaek", NUMBER, { batas: BATAS }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["UNKNOWN_NAME", CELL]]);
    expect(result.errors[0]?.message).toEqual({
      id: "Konstanta 'batas' tidak memiliki kolom 'sangatBaek'",
      en: "The constant 'batas' has no field 'sangatBaek'",
    });
    expect(result.errors[0]?.hint).toEqual({ id: "Mungkin maksud Anda 'batas.sangatBaik'?", en: "Did you mean 'batas.sangatBaik'?" });
  });

  it("an unknown root name hints at the closest constant path", () => {
    const result = validatePolicy(oneCell(">= batasSangatBaik", NUMBER, { batas: BATAS, lain: 1 }));
    expect(result.errors.map((i) => [i.code, i.path, i.message.en, i.hint?.en])).toEqual([
      ["UNKNOWN_NAME", CELL, "Unknown name 'batasSangatBaik': not a constant of the policy", "Did you mean 'batas.sangatBaik'?"],
    ]);
    expect(result.errors[0]?.message.id).toBe("Nama 'batasSangatBaik' tidak dikenal: bukan konstanta kebijakan");
    expect(validatePolicy(oneCell("zzz", NUMBER, { batas: BATAS })).errors[0]?.hint).toBeUndefined();
  });

  it("an enum typo hints at the enum value and names both places looked in", () => {
    const rating: FieldType = { type: "enum", values: ["BAIK", "KURANG"] };
    const result = validatePolicy(oneCell("BAIKK", rating, { batas: BATAS }));
    expect(result.errors.map((i) => [i.code, i.message.en, i.hint?.en])).toEqual([
      ["UNKNOWN_NAME", "Unknown name 'BAIKK': neither a value of the column's enum nor a constant of the policy", "Did you mean 'BAIK'?"],
    ]);
  });

  it("reports every name of a cell that does not resolve", () => {
    const result = validatePolicy(oneCell("[batas.baikk..atas)", NUMBER, { batas: BATAS }));
    expect(result.errors.map((i) => [i.code, i.path, i.message.en])).toEqual([
      ["UNKNOWN_NAME", CELL, "The constant 'batas' has no field 'baikk'"],
      ["UNKNOWN_NAME", CELL, "Unknown name 'atas': not a constant of the policy"],
    ]);
  });

  it.each<[string, Record<string, JsonValue>, string]>([
    [">= batas", { batas: BATAS }, "The constant 'batas' is {sangatBaik, baik, cukup, kurang}; a table cell can only use a constant that is a number, string, boolean or null"],
    ["daftar", { daftar: [1, 2] }, "The constant 'daftar' is list<number>"],
    ["[0..pemetaan.tabel]", { pemetaan: { tabel: { a: 1 } } }, "The constant 'pemetaan.tabel' is {a}"],
    [">= batas.baik.x", { batas: BATAS }, "'batas.baik' is number, not a record, so it has no field 'x'"],
    ["daftar.x", { daftar: [1] }, "'daftar' is list<number>, not a record, so it has no field 'x'"],
  ])("%j is a TYPE_MISMATCH: a cell names only scalars", (cell, constants, en) => {
    const result = validatePolicy(oneCell(cell, NUMBER, constants));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TYPE_MISMATCH", CELL]]);
    expect(result.errors[0]?.message.en).toContain(en);
    expect(result.errors[0]?.message.id).not.toBe(result.errors[0]?.message.en);
  });

  it.each([
    [">= batas.__proto__", "__proto__"],
    ["batas.constructor", "constructor"],
    ["[0..batas.prototype)", "prototype"],
    ["constructor", "constructor"],
    ["__proto__.baik", "__proto__"],
  ])("%j is an UNSAFE_NAME", (cell, segment) => {
    const result = validatePolicy(oneCell(cell, NUMBER, { batas: BATAS }));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["UNSAFE_NAME", CELL]]);
    expect(result.errors[0]?.message.en).toBe(`The name '${segment}' is not allowed (it could tamper with object prototypes)`);
  });

  it.each<[string, FieldType, Record<string, JsonValue>, string]>([
    ["< flag", NUMBER, { flag: true }, "Operator '<' can only compare numbers or strings, but 'flag' is true"],
    ["[batas.baik..label)", NUMBER, { batas: BATAS, label: "A" }, "The low and high bounds of the range '[batas.baik..label)' must have the same type"],
    ["[0..kosong]", NUMBER, { kosong: null }, "A range bound must be a number or a string, but 'kosong' is null"],
  ])("%j is a TYPE_MISMATCH once resolved", (cell, field, constants, en) => {
    const result = validatePolicy(oneCell(cell, field, constants));
    expect(result.errors.map((i) => [i.code, i.path])).toEqual([["TYPE_MISMATCH", CELL]]);
    expect(result.errors[0]?.message.en).toContain(en);
  });

  it("a resolved value that does not fit the column is a TYPE_MISMATCH showing the resolved test", () => {
    const result = validatePolicy(oneCell(">= label", NUMBER, { label: "A" }));
    expect(result.errors.map((i) => [i.code, i.message.en])).toEqual([["TYPE_MISMATCH", "The test '>= label → >= \"A\"' does not fit a column of type number"]]);
  });
});

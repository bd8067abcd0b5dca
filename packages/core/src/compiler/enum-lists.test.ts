import { describe, expect, it } from "vitest";
import { validatePolicy, type PolicyDocument } from "../index.js";

// Texts written in the document compared with an enum: a typo in an inline list is an error
// wherever the list is used (decorated rule operators included); a constant list is an error
// only when it shares no value with the enum (a superset with other rows' values is legitimate).
function policy(decisions: Record<string, unknown>): PolicyDocument {
  return {
    id: "enum-lists",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Daftar enum", en: "Enum lists" },
    inputs: { predikat: { type: "enum", values: ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN"] } },
    constants: { daftarSalah: ["CUKUP", "AMAT_BAIK"], daftarCampur: ["BAIK", "SEMUA"] },
    decisions: decisions as PolicyDocument["decisions"],
  };
}
const errors = (decisions: Record<string, unknown>): [string, string][] => validatePolicy(policy(decisions)).errors.map((i) => [i.code, i.path.join(".")]);
const rule = (leaf: unknown) => ({ r: { kind: "rules", rules: [{ conditions: { all: [leaf] }, event: { type: "E" } }] } });

describe("enum checks on lists of texts", () => {
  it.each(["not:in", "someValue:equal", "everyValue:notEqual", "swap:contains"])("rules: an inline list with a typo under %s", (operator) => {
    expect(errors(rule({ fact: "predikat", operator, value: ["BAIK", "CUKUP"] }))).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.value"]]);
  });

  it("rules: a constant list sharing no value with the enum is an error; a superset is not", () => {
    expect(errors(rule({ fact: "predikat", operator: "in", value: { fact: "daftarSalah" } }))).toEqual([["TYPE_MISMATCH", "decisions.r.rules.0.conditions.all.0.operator"]]);
    expect(errors(rule({ fact: "predikat", operator: "in", value: { fact: "daftarCampur" } }))).toEqual([]);
    expect(errors(rule({ fact: "predikat", operator: "someValue:startsWith", value: ["SANGAT"] }))[0]?.[0]).toBe("UNKNOWN_OPERATOR");
  });

  it("formulas: `in` a constant list sharing no value is an error; a superset and inline lists behave as before", () => {
    expect(errors({ x: { kind: "formula", expr: "predikat in daftarSalah" } })).toEqual([["TYPE_MISMATCH", "decisions.x.expr"]]);
    expect(errors({ x: { kind: "formula", expr: "predikat in daftarCampur" } })).toEqual([]);
    expect(errors({ x: { kind: "formula", expr: 'predikat in ["BAIK", "CUKUP"]' } })).toEqual([["TYPE_MISMATCH", "decisions.x.expr"]]);
  });
});

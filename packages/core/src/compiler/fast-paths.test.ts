/**
 * The scorer's fast paths (the fused input test, member reads of a slot, streamed `wavg`, the
 * bit-mask table evaluator, fixed-shape records) must give what the general paths give. Each test
 * pins a case where a fast path could plausibly diverge.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, type PolicyDocument } from "../index.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

const SKP: PolicyDocument = {
  id: "uji-jalur-cepat",
  version: "1.0.0",
  effective: { from: "2024-01-01" },
  title: { id: "Uji", en: "Test" },
  numeric: { rounding: { mode: "HALF_UP", scale: 2 }, apply: "decisions" },
  inputs: {
    indikator: {
      type: "list",
      minItems: 1,
      items: {
        type: "object",
        fields: {
          polaritas: { type: "enum", values: ["NAIK", "TURUN"] },
          target: { type: "number", min: 0.000001 },
          realisasi: { type: "number", min: 0 },
          bobot: { type: "number", min: 0, weight: { sum: 100 } },
        },
      },
    },
  },
  constants: { maks: 120 },
  decisions: {
    per: {
      kind: "perItem",
      over: "indikator",
      as: "i",
      decisions: { capaian: { kind: "formula", expr: 'clamp(if i.polaritas = "NAIK" then i.realisasi * 100 / i.target else 200 - i.realisasi * 100 / i.target, 0, maks)' } },
    },
    total: { kind: "formula", expr: "wavg(per.capaian, indikator.bobot)" },
  },
  outputs: ["total", "per"],
};

const policy = compilePolicy(SKP);
const A = { polaritas: "NAIK", target: 8, realisasi: 9, bobot: 60 };
const B = { polaritas: "TURUN", target: 40, realisasi: 30, bobot: 40 };
const EXPECTED = { total: 115.5, per: [{ capaian: 112.5 }, { capaian: 120 }] };

describe("the fused input test", () => {
  it("reads fields whatever their key order, beside undeclared keys", () => {
    const reordered = { bobot: 60, ekstra: "x", realisasi: 9, target: 8, polaritas: "NAIK" };
    expect(policy.score({ indikator: [reordered, B] }).outputs).toEqual(EXPECTED);
  });

  it("reads an own field that is not enumerable (for-in does not see it)", () => {
    const hidden = { ...A };
    Object.defineProperty(hidden, "target", { value: 8, enumerable: false });
    expect(policy.score({ indikator: [hidden, B] }).outputs).toEqual(EXPECTED);
  });

  it("adds up the weights it read, and reports a wrong sum as before", () => {
    const error = thrownKinerjaError(() => policy.score({ indikator: [{ ...A, bobot: 61 }, B] }));
    expect([error.code, error.issues.map((i) => i.path)]).toEqual(["INPUT_INVALID", [["indikator"]]]);
  });

  it("reports a missing field at its path", () => {
    const error = thrownKinerjaError(() => policy.score({ indikator: [{ ...A, target: undefined }, B] }));
    expect(error.issues.map((i) => i.path)).toEqual([["indikator", 0, "target"]]);
  });
});

describe("records and lists", () => {
  it("builds per-item records and outputs with the declared keys in order", () => {
    const { outputs } = policy.score({ indikator: [A, B] });
    expect(Object.keys(outputs)).toEqual(["total", "per"]);
    expect(outputs["per"]).toEqual(EXPECTED.per);
    expect(Object.getPrototypeOf(outputs)).toBe(Object.prototype);
  });

  it("gives the traced path the same values", () => {
    expect(policy.score({ indikator: [A, B] }, { trace: true }).outputs).toEqual(EXPECTED);
  });
});

describe("the bit-mask table evaluator", () => {
  const table = (rules: number, hitPolicy: "FIRST" | "UNIQUE"): PolicyDocument => ({
    id: "uji-tabel",
    version: "1.0.0",
    effective: { from: "2024-01-01" },
    title: { id: "Uji", en: "Test" },
    inputs: { x: { type: "number" }, s: { type: "string" } },
    decisions: {
      t: {
        kind: "table",
        hitPolicy,
        inputs: ["x", "s"],
        outputs: ["row", "kode"],
        rules: Array.from({ length: rules }, (_, r) => ({ when: [`[${r}..${r + 1})`, r % 2 === 0 ? '"A"' : 'not("A")'], then: [r + 1, `R${r + 1}`] })),
      },
    },
  });

  it("answers a table of more than 31 rows through the general path", () => {
    const big = compilePolicy(table(40, "FIRST"));
    expect(big.score({ x: 35.5, s: "Q" }).outputs).toEqual({ t: { row: 36, kode: "R36" } });
  });

  it("matches a text no cell names (not precomputed) on the spot", () => {
    const small = compilePolicy(table(6, "UNIQUE"));
    expect(small.score({ x: 3.25, s: "tidak disebut" }).outputs).toEqual({ t: { row: 4, kode: "R4" } });
    expect(small.score({ x: 3.25, s: "A" }).outputs).toEqual({ t: null });
  });
});

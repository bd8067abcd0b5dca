/**
 * Language features the regulation presets need, written generally: `record[key]` lookups of
 * constant tables, the element position in per-item decisions, `slice` for running totals, and
 * regime sets holding different policies.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, createPolicySet, selectVersion, validatePolicy, type PolicyDocument } from "../index.js";

const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"];
const base = (extra: Partial<PolicyDocument>): PolicyDocument => ({
  id: "ekstensi",
  version: "1",
  effective: { from: "2024-01-01" },
  title: { id: "Ekstensi", en: "Extensions" },
  inputs: {},
  decisions: {},
  ...extra,
});
const PERSEN = { SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG_MISCONDUCT: 50, SANGAT_KURANG: 25 };

describe("record[key]", () => {
  const doc = base({
    inputs: { predikat: { type: "enum", values: PREDIKAT }, kode: { type: "string" } },
    constants: { persen: PERSEN },
    decisions: {
      ak: { kind: "formula", expr: "persen[predikat] * 12.5 / 100" },
      bebas: { kind: "formula", expr: "coalesce(persen[kode], 0)" },
      literal: { kind: "formula", expr: 'persen["BAIK"]' },
    },
  });

  it("looks up a constant table by an enum key; the result is never null when every value is a key", () => {
    const policy = compilePolicy(doc);
    expect(policy.score({ predikat: "SANGAT_BAIK", kode: "X" }).outputs).toEqual({ ak: 18.75, bebas: 0, literal: 100 });
    expect(policy.outputTypes["ak"]).toEqual({ k: "number" });
  });

  it("gives null for a missing text key and never reads prototype properties", () => {
    const policy = compilePolicy(doc);
    for (const kode of ["__proto__", "constructor", "toString", "TIDAK_ADA"]) expect(policy.score({ predikat: "BAIK", kode }).outputs["bebas"]).toBe(0);
  });

  it("reports a literal key that is not a field, and an enum key whose values are not all fields makes the result nullable", () => {
    const typo = validatePolicy(base({ constants: { persen: PERSEN }, decisions: { x: { kind: "formula", expr: 'persen["BAIKK"]' } } }));
    expect(typo.errors.map((i) => [i.code, i.hint?.en])).toEqual([["UNKNOWN_NAME", "Did you mean 'BAIK'?"]]);
    const partial = validatePolicy(
      base({ inputs: { p: { type: "enum", values: ["BAIK", "LAIN"] } }, constants: { persen: PERSEN }, decisions: { x: { kind: "formula", expr: "persen[p] + 1" } } }),
    );
    expect(partial.errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
  });
});

describe("per-item index and slice: a running total", () => {
  const policy = compilePolicy(
    base({
      inputs: { tahun: { type: "list", items: { type: "object", fields: { ak: { type: "number" } } } } },
      decisions: {
        kumulatif: {
          kind: "perItem",
          over: "tahun",
          as: "t",
          index: "k",
          decisions: { total: { kind: "formula", expr: "sum(slice(tahun, 0, k + 1), x => x.ak)" }, ke: { kind: "formula", expr: "k + 1" } },
        },
        tahunLayak: { kind: "formula", expr: "if any(kumulatif, c => c.total >= 100) then count(kumulatif, c => c.total < 100) + 1 else null" },
      },
    }),
  );

  it("sums the elements up to and including the current position", () => {
    const out = policy.score({ tahun: [{ ak: 25 }, { ak: 25 }, { ak: 25 }, { ak: 25 }] }).outputs;
    expect(out["kumulatif"]).toEqual([
      { ke: 1, total: 25 },
      { ke: 2, total: 50 },
      { ke: 3, total: 75 },
      { ke: 4, total: 100 },
    ]);
    expect(out["tahunLayak"]).toBe(4);
    expect(policy.score({ tahun: [{ ak: 25 }] }).outputs["tahunLayak"]).toBeNull();
  });

  it("refuses an index name that clashes with the element name", () => {
    const clash = validatePolicy(
      base({ inputs: { xs: { type: "list", items: { type: "number" } } }, decisions: { p: { kind: "perItem", over: "xs", as: "x", index: "x", decisions: { y: { kind: "formula", expr: "x" } } } } }),
    );
    expect(clash.errors.map((i) => [i.code, i.path])).toEqual([["DUPLICATE_NAME", ["decisions", "p", "index"]]]);
  });
});

describe("regime sets", () => {
  const regime = (id: string, from: string, to?: string): PolicyDocument =>
    base({ id, effective: { from, ...(to ? { to } : {}) }, decisions: { rezim: { kind: "formula", expr: `"${id}"` } } });
  const docs = [regime("pp-46-2011", "2014-01-01", "2021-06-30"), regime("pp-30-2019", "2021-07-01", "2022-12-31"), regime("permenpanrb-6-2022", "2023-01-01")];

  it("holds different policies under the set's own id and picks by date", () => {
    const set = createPolicySet(docs, { id: "nasional" });
    expect(set.id).toBe("nasional");
    expect(["2015-06-30", "2021-12-31", "2024-06-30"].map((d) => selectVersion(set, d).id)).toEqual(["pp-46-2011", "pp-30-2019", "permenpanrb-6-2022"]);
  });

  it("still requires one policy id without an explicit set id, and non-overlapping periods with one", () => {
    expect(() => createPolicySet(docs)).toThrow(expect.objectContaining({ code: "POLICY_SET_INVALID" }));
    const overlapping = [...docs, regime("lain", "2020-01-01", "2020-12-31")];
    expect(() => createPolicySet(overlapping, { id: "nasional" })).toThrow(expect.objectContaining({ code: "POLICY_SET_INVALID" }));
  });
});

describe("record[key] with an optional key", () => {
  it("reads a null key as a missing field, so the result is nullable", () => {
    const policy = compilePolicy(
      base({
        inputs: { tingkat: { type: "enum", values: ["UNIT_KERJA", "INSTANSI", "NASIONAL"], optional: true } },
        constants: { poin: { UNIT_KERJA: 3, INSTANSI: 6, NASIONAL: 12 } },
        decisions: { kreativitas: { kind: "formula", expr: "coalesce(poin[tingkat], 0)" } },
      }),
    );
    expect([policy.score({ tingkat: "NASIONAL" }), policy.score({})].map((r) => r.outputs["kreativitas"])).toEqual([12, 0]);
  });
});

describe("per-item local names", () => {
  it("warns when a local name hides a top-level one (legal, but easy to misread)", () => {
    const result = validatePolicy(
      base({
        inputs: { xs: { type: "list", items: { type: "number" } }, x: { type: "number" } },
        decisions: { total: { kind: "formula", expr: "sum(xs)" }, per: { kind: "perItem", over: "xs", as: "x", decisions: { total: { kind: "formula", expr: "x * 2" } } } },
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((i) => [i.code, i.path])).toEqual([
      ["DUPLICATE_NAME", ["decisions", "per", "as"]],
      ["DUPLICATE_NAME", ["decisions", "per", "decisions", "total"]],
    ]);
    expect(result.warnings[1]?.message.en).toBe("The local name 'total' hides a decision of the same name inside this decision");
  });
});

describe("aggregates over an optional list", () => {
  it("types avg/wavg of an optional list as nullable even when the list declares minItems", () => {
    const result = validatePolicy(
      base({
        inputs: { xs: { type: "list", optional: true, minItems: 1, items: { type: "number" } } },
        decisions: { rata: { kind: "formula", expr: "avg(xs) + 1" } },
      }),
    );
    expect(result.errors.map((i) => i.code)).toEqual(["TYPE_MISMATCH"]);
  });
});

describe("regime set messages", () => {
  it("names overlapping regimes by policy id and version", () => {
    const doc = (id: string, from: string): PolicyDocument => base({ id, effective: { from }, decisions: { x: { kind: "formula", expr: "1" } } });
    try {
      createPolicySet([doc("lama", "2020-01-01"), doc("baru", "2021-01-01")], { id: "rezim" });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { message: { en: string } }[] }).issues[0]?.message.en).toBe("The effective periods of versions 'lama 1' and 'baru 1' overlap");
    }
  });
});

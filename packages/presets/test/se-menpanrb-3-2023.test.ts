import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, renderTrace, type CompiledPolicy, type JsonValue, type PolicyDocument } from "@kinerja/core";
import { compareExpected, compilePreset, PRESETS } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/se-menpanrb-3-2023.js";
import { presetBasics } from "./support/preset-basics.js";

// The SE MenPANRB 3/2023 preset: distribution quotas, compliance check and feasibility, all as data.
const ID = "se-menpanrb-3-2023";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const vectors = (JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8")) as {
  cases: { id: string; kind: string; input: Record<string, unknown>; expected: Record<string, unknown> }[];
}).cases.filter((c) => c.kind === "distribution-quota" || c.kind === "distribution-check");

const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;
const ORGANISASI = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
type Org = (typeof ORGANISASI)[number];

interface Kuota {
  kode: string;
  jenis: "MAX" | "MIN";
  persen: number;
  batas: number;
}
interface Temuan {
  kode: string;
  jenis: string;
  keterangan: { id: string; en: string };
}

/**
 * The table of REFERENCE.md §1.7, written independently of the policy: [kode, jenis, persen,
 * at least]. "Must exist" is MIN 0% with at least 1 person.
 */
const TABEL: Readonly<Record<Org, readonly (readonly [string, "MAX" | "MIN", number, number])[]>> = {
  ISTIMEWA: [["SANGAT_BAIK", "MAX", 70, 0]],
  BAIK: [
    ["BAIK", "MAX", 70, 0],
    ["BUTUH_PERBAIKAN+KURANG_MISCONDUCT", "MIN", 0, 1],
  ],
  BUTUH_PERBAIKAN: [
    ["SANGAT_BAIK", "MAX", 10, 0],
    ["BUTUH_PERBAIKAN", "MIN", 60, 0],
  ],
  KURANG: [
    ["SANGAT_BAIK", "MAX", 10, 0],
    ["BUTUH_PERBAIKAN", "MIN", 10, 0],
    ["KURANG_MISCONDUCT", "MIN", 60, 0],
  ],
  SANGAT_KURANG: [
    ["SANGAT_BAIK", "MAX", 0, 0],
    ["BUTUH_PERBAIKAN+KURANG_MISCONDUCT", "MIN", 10, 0],
    ["SANGAT_KURANG", "MIN", 60, 0],
  ],
};

/** floor / ceil of p·N/100 in integer arithmetic. */
const floorPct = (p: number, n: number) => ((p * n) - ((p * n) % 100)) / 100;
const ceilPct = (p: number, n: number) => floorPct(p, n) + ((p * n) % 100 === 0 ? 0 : 1);

/** A list output, typed for reading. */
const list = <T>(value: unknown): T[] => value as T[];
const outputsOf = (p: CompiledPolicy, input: Record<string, unknown>) => p.score(input).outputs;
const score = (input: Record<string, unknown>) => outputsOf(policy, input);
/** The preset with some constants changed, as an agency would ship its own version. */
const withConstants = (constants: Record<string, JsonValue>): CompiledPolicy =>
  compilePolicy({ ...doc, version: "1.0.0-instansi", constants: { ...doc.constants, ...constants }, cases: [] } as PolicyDocument);

/** Every distribution of n employees over the five predikat. */
function* distributions(n: number, parts: number = PREDIKAT.length): Generator<number[]> {
  if (parts === 1) return void (yield [n]);
  for (let i = 0; i <= n; i++) for (const rest of distributions(n - i, parts - 1)) yield [i, ...rest];
}
const jumlahOf = (counts: readonly number[]) => Object.fromEntries(PREDIKAT.map((p, i) => [p, counts[i] as number]));

describe("se-menpanrb-3-2023 preset", () => {
  it("is the SE MenPANRB 3/2023 policy, in force from 31 January 2023", () => {
    expect([policy.id, policy.version, policy.document.effective]).toEqual([ID, "1.0.0", { from: "2023-01-31" }]);
    expect(Object.values(doc.title).every((t) => t.length > 0)).toBe(true);
  });

  presetBasics(ID, 40);

  it("keeps the rules as data: one constant list of constraints, evaluated per item", () => {
    const aturan = doc.constants?.["aturan"] as { predikatOrganisasi: string; jenis: string }[];
    expect(new Set(aturan.map((a) => a.predikatOrganisasi))).toEqual(new Set([...ORGANISASI, "SEMUA"]));
    expect(doc.decisions["pemeriksaan"]).toMatchObject({ kind: "perItem", over: "aturanBerlaku" });
  });

  it("refuses an unknown organisation predikat and negative or fractional counts", () => {
    expect(policy.safeScore({ predikatOrganisasi: "CUKUP", headcount: 10 })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    const bad = policy.safeScore({ predikatOrganisasi: "BAIK", jumlah: { BAIK: -1, SANGAT_BAIK: 1.5 } });
    expect(bad).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    if (!bad.ok) expect(bad.error.issues).toHaveLength(2);
  });

  it("explains a check in both languages", () => {
    const { trace } = policy.score({ predikatOrganisasi: "BAIK", jumlah: { BAIK: 8, SANGAT_BAIK: 2 } }, { trace: true });
    expect(renderTrace(trace!, { lang: "id" })).toContain("Baik paling banyak 70%");
    expect(renderTrace(trace!, { lang: "en" })).toContain("Baik at most 70%");
  });
});

describe("public vectors distribution-quota and distribution-check", () => {
  it("has the 5 quota and 5 check vectors", () => {
    expect(vectors.map((v) => v.kind).sort()).toEqual([...Array(5).fill("distribution-check"), ...Array(5).fill("distribution-quota")]);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s through the adapter", (_, v) => {
    const adapter = ADAPTERS[v.kind];
    expect(adapter).toBeDefined();
    const actual = adapter!(v.input);
    expect(compareExpected(v.expected, actual)).toEqual([]);
    if (v.expected["valid"] === false) expect((actual["reasons"] as string[]).length).toBeGreaterThan(0);
    if (v.expected["valid"] === true) expect(actual["reasons"]).toEqual([]);
  });

  it("quota: the object has exactly the constraints of the organisation predikat", () => {
    expect(ADAPTERS["distribution-quota"]!({ predikatOrganisasi: "KURANG", headcount: 10 })).toEqual({
      SANGAT_BAIK: { max: 1 },
      BUTUH_PERBAIKAN: { min: 1 },
      KURANG_MISCONDUCT: { min: 6 },
    });
  });

  it("check dist-5 (organisation Baik, N = 1): two violations, and a warning that Baik cannot be the largest group", () => {
    const out = ADAPTERS["distribution-check"]!({ predikatOrganisasi: "BAIK", counts: { BAIK: 1 } });
    expect(out).toMatchObject({ valid: false, feasible: true });
    expect(out["reasons"]).toEqual([
      "Baik at most 70% [BAIK]: 1 > 0",
      "There must be Butuh Perbaikan and/or Kurang/Misconduct (at least 1 person, combined) [BUTUH_PERBAIKAN+KURANG_MISCONDUCT]: 0 < 1",
    ]);
    expect(out["warnings"]).toHaveLength(1);
  });

  it("check: an infeasible unit is reported as data, with the reasons", () => {
    const out = ADAPTERS["distribution-check"]!({ predikatOrganisasi: "SANGAT_KURANG", counts: { SANGAT_KURANG: 1 } });
    expect(out).toMatchObject({ valid: false, feasible: false });
    expect(out["reasons"]).toEqual([
      "Butuh Perbaikan + Kurang/Misconduct at least 10% (combined) [BUTUH_PERBAIKAN+KURANG_MISCONDUCT]: 0 < 1",
      "infeasible: The minimums add up to more than the headcount [TOTAL]: needs at least 2, allows at most 1",
    ]);
  });

  it("the adapters throw only for an input they cannot read", () => {
    expect(() => ADAPTERS["distribution-quota"]!({ predikatOrganisasi: "BAIK" })).toThrow(TypeError);
    expect(() => ADAPTERS["distribution-check"]!({ predikatOrganisasi: "BAIK", counts: [1, 2] })).toThrow(TypeError);
  });
});

describe("quotas: integer arithmetic, max → floor, min → ceil", () => {
  it("for N = 1..60 and every organisation predikat, max quotas are floors and min quotas ceilings of the exact percentages", () => {
    for (const org of ORGANISASI) {
      for (let n = 1; n <= 60; n++) {
        const kuota = list<Kuota>(score({ predikatOrganisasi: org, headcount: n })["kuota"]);
        const expected = TABEL[org].map(([kode, jenis, persen, paling]) => ({
          kode,
          jenis,
          persen,
          batas: jenis === "MAX" ? floorPct(persen, n) : Math.max(paling, ceilPct(persen, n)),
        }));
        expect(kuota, `${org} N = ${n}`).toEqual(expected);
        for (const k of kuota) {
          const exact = (k.persen * n) / 100;
          if (k.jenis === "MAX") expect(k.batas <= exact && exact < k.batas + 1, `${org} N = ${n} ${k.kode}`).toBe(true);
          else expect(k.batas >= exact && (k.batas - 1 < exact || k.batas === 1), `${org} N = ${n} ${k.kode}`).toBe(true);
        }
      }
    }
  });

  it("exact boundaries at N = 10: 7 Baik of 10 allowed under Baik, 8 not", () => {
    const check = (jumlah: Record<string, number>) => score({ predikatOrganisasi: "BAIK", jumlah })["valid"];
    expect(check({ BAIK: 7, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 })).toBe(true);
    expect(check({ BAIK: 8, SANGAT_BAIK: 1, BUTUH_PERBAIKAN: 1 })).toBe(false);
  });

  it("with only a headcount, quotas are computed and the distribution is not checked", () => {
    expect(score({ predikatOrganisasi: "BAIK", headcount: 10 })).toMatchObject({ jumlahPegawai: 10, valid: null, pelanggaran: [], peringatan: [] });
  });

  it("with counts, missing predikat count as 0 and N is their sum", () => {
    expect(score({ predikatOrganisasi: "KURANG", jumlah: { KURANG_MISCONDUCT: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } })).toMatchObject({ jumlahPegawai: 10, valid: true });
  });

  it("with counts and a headcount, the headcount is N and a different total is a violation", () => {
    const out = score({ predikatOrganisasi: "BAIK", headcount: 11, jumlah: { BAIK: 7, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 } });
    expect(out["jumlahPegawai"]).toBe(11);
    expect(out["valid"]).toBe(false);
    expect(list<Temuan>(out["pelanggaran"]).map((p) => [p.kode, p.jenis])).toEqual([["TOTAL", "TOTAL"]]);
  });
});

describe("compliance: every violation, with bilingual labels", () => {
  it("lists every violated constraint at once", () => {
    const out = score({ predikatOrganisasi: "SANGAT_KURANG", jumlah: { SANGAT_BAIK: 2, BAIK: 8 } });
    const pelanggaran = list<Temuan>(out["pelanggaran"]);
    expect(pelanggaran.map((p) => p.kode)).toEqual(["SANGAT_BAIK", "BUTUH_PERBAIKAN+KURANG_MISCONDUCT", "SANGAT_KURANG"]);
    for (const p of pelanggaran) expect(p.keterangan.id.length > 0 && p.keterangan.en.length > 0).toBe(true);
  });

  it("combined constraints: Butuh Perbaikan or Kurang/Misconduct satisfies the Baik organisation's 'must exist'", () => {
    for (const jumlah of [{ BUTUH_PERBAIKAN: 1 }, { KURANG_MISCONDUCT: 1 }, { BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 1 }]) {
      expect(score({ predikatOrganisasi: "BAIK", jumlah: { BAIK: 5, SANGAT_BAIK: 3, ...jumlah } })["valid"]).toBe(true);
    }
    expect(score({ predikatOrganisasi: "BAIK", jumlah: { BAIK: 5, SANGAT_BAIK: 3, SANGAT_KURANG: 2 } })["valid"]).toBe(false);
  });

  it("valid is true exactly when no binding constraint is violated, for every distribution of 10 employees", () => {
    for (const org of ORGANISASI) {
      for (const counts of distributions(10)) {
        const out = score({ predikatOrganisasi: org, jumlah: jumlahOf(counts) });
        const count = (kode: string) => kode.split("+").reduce((s, p) => s + (counts[PREDIKAT.indexOf(p as (typeof PREDIKAT)[number])] as number), 0);
        const expected = TABEL[org].every(([kode, jenis, persen, paling]) =>
          jenis === "MAX" ? count(kode) <= floorPct(persen, 10) : count(kode) >= Math.max(paling, ceilPct(persen, 10)),
        );
        expect(out["valid"], `${org} ${counts.join(",")}`).toBe(expected);
      }
    }
  });
});

describe("feasibility: reported as data, never thrown", () => {
  it.each([
    ["KURANG", 1],
    ["KURANG", 2],
    ["SANGAT_KURANG", 1],
    ["SANGAT_KURANG", 2],
  ] as const)("organisation %s with N = %i is infeasible", (predikatOrganisasi, headcount) => {
    const outcome = policy.safeScore({ predikatOrganisasi, headcount });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.outputs["layak"]).toBe(false);
    const alasan = list<Temuan & { batasBawah: number; batasAtas: number }>(outcome.result.outputs["alasanTidakLayak"]);
    expect(alasan.map((a) => a.kode)).toEqual(["TOTAL"]);
    expect(alasan[0]!.batasBawah).toBeGreaterThan(alasan[0]!.batasAtas);
  });

  it("a distribution of an infeasible unit is checked as usual (valid: false), not refused", () => {
    expect(policy.safeScore({ predikatOrganisasi: "KURANG", jumlah: { KURANG_MISCONDUCT: 1 } })).toMatchObject({
      ok: true,
      result: { outputs: { valid: false, layak: false } },
    });
  });

  const exhaustive = (p: CompiledPolicy, label: string) => {
    for (const org of ORGANISASI) {
      for (let n = 1; n <= 10; n++) {
        const layak = outputsOf(p, { predikatOrganisasi: org, headcount: n })["layak"];
        let someValid = false;
        for (const counts of distributions(n)) {
          const out = outputsOf(p, { predikatOrganisasi: org, jumlah: jumlahOf(counts) });
          if (out["valid"] === true) {
            someValid = true;
            expect(out["layak"], `${label} ${org} ${counts.join(",")}`).toBe(true);
            break;
          }
        }
        expect(layak, `${label} ${org} N = ${n}`).toBe(someValid);
      }
    }
  };

  it("layak is true exactly when some distribution of N employees complies (N = 1..10, every organisation predikat)", () => {
    exhaustive(policy, "default");
  });

  it("stays exact with 'sebagian besar' binding and with other roundings", () => {
    exhaustive(withConstants({ sebagianBesarWajib: true }), "sebagianBesarWajib");
    exhaustive(withConstants({ sebagianBesarWajib: true, pembulatan: { MAX: "HALF_UP", MIN: "HALF_UP" } }), "HALF_UP");
    exhaustive(withConstants({ pembulatan: { MAX: "CEILING", MIN: "FLOOR" } }), "CEILING/FLOOR");
  });
});

describe("configurable parameters", () => {
  it("rounding modes come from the constant 'pembulatan'", () => {
    const quotas = (p: CompiledPolicy, predikatOrganisasi: Org, headcount: number) =>
      Object.fromEntries(list<Kuota>(outputsOf(p, { predikatOrganisasi, headcount })["kuota"]).map((k) => [`${k.kode}:${k.jenis}`, k.batas]));
    const halfUp = withConstants({ pembulatan: { MAX: "HALF_UP", MIN: "HALF_UP" } });
    expect(quotas(halfUp, "ISTIMEWA", 7)).toEqual({ "SANGAT_BAIK:MAX": 5 }); // 4.9
    expect(quotas(halfUp, "BUTUH_PERBAIKAN", 7)).toEqual({ "SANGAT_BAIK:MAX": 1, "BUTUH_PERBAIKAN:MIN": 4 }); // 0.7, 4.2
    const halfEven = withConstants({ pembulatan: { MAX: "HALF_EVEN", MIN: "HALF_EVEN" } });
    expect(quotas(halfEven, "KURANG", 5)).toEqual({ "SANGAT_BAIK:MAX": 0, "BUTUH_PERBAIKAN:MIN": 0, "KURANG_MISCONDUCT:MIN": 3 }); // 0.5, 0.5, 3
    expect(quotas(halfEven, "KURANG", 15)).toEqual({ "SANGAT_BAIK:MAX": 2, "BUTUH_PERBAIKAN:MIN": 2, "KURANG_MISCONDUCT:MIN": 9 }); // 1.5, 1.5, 9
    const up = withConstants({ pembulatan: { MAX: "UP", MIN: "DOWN" } });
    expect(quotas(up, "BUTUH_PERBAIKAN", 7)).toEqual({ "SANGAT_BAIK:MAX": 1, "BUTUH_PERBAIKAN:MIN": 4 });
    // "must exist" keeps its one person whatever the rounding
    expect(quotas(withConstants({ pembulatan: { MAX: "FLOOR", MIN: "FLOOR" } }), "BAIK", 10)).toEqual({ "BAIK:MAX": 7, "BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN": 1 });
  });

  it("an unknown rounding mode falls back to the default (max → floor, min → ceil)", () => {
    const typo = withConstants({ pembulatan: { MAX: "FLOR", MIN: "CEIL" } });
    expect(outputsOf(typo, { predikatOrganisasi: "BUTUH_PERBAIKAN", headcount: 7 })["kuota"]).toEqual(score({ predikatOrganisasi: "BUTUH_PERBAIKAN", headcount: 7 })["kuota"]);
  });

  it("'sebagian besar' is a warning by default and a violation when sebagianBesarWajib is true", () => {
    const input = { predikatOrganisasi: "BAIK", jumlah: { SANGAT_BAIK: 5, BAIK: 3, BUTUH_PERBAIKAN: 2 } };
    expect(score(input)).toMatchObject({ valid: true, pelanggaran: [] });
    expect(list<Temuan>(score(input)["peringatan"]).map((p) => [p.kode, p.jenis])).toEqual([["BAIK", "TERBANYAK"]]);
    const wajib = withConstants({ sebagianBesarWajib: true });
    expect(outputsOf(wajib, input)).toMatchObject({ valid: false, peringatan: [] });
    expect(list<Temuan>(outputsOf(wajib, input)["pelanggaran"]).map((p) => [p.kode, p.jenis])).toEqual([["BAIK", "TERBANYAK"]]);
    // N = 1 under a Baik organisation: feasible on the hard rules (1 Butuh Perbaikan), not when Baik must be the largest group
    expect(score({ predikatOrganisasi: "BAIK", headcount: 1 })).toMatchObject({ layak: true, alasanTidakLayak: [] });
    expect(outputsOf(wajib, { predikatOrganisasi: "BAIK", headcount: 1 })).toMatchObject({ layak: false, peringatanKelayakan: [] });
  });
});

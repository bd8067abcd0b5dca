import { checkJpMinimum, compilePolicy, renderTrace, validatePolicy, type ConditionTrace, type PolicyDocument, type RuleCondition, type RuleTrace } from "@kinerja/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NASIONAL_REGIMES, PRESETS, compilePreset } from "../src/index.js";
import { presetBasics } from "./support/preset-basics.js";
import { asEvents, everyEventCovered, rulesOf } from "./support/rules-support.js";

// Tindak lanjut under PermenPANRB 6/2022 (REFERENCE.md §1.4, §2.4, §4.1, §5.2, §5.4): one `rules`
// decision of consequences, a second listing the unmet kenaikan jenjang requirements.
const ID = "tindak-lanjut-permenpanrb-6-2022";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;
const BASE = { tahun: 2024, tanggalPenilaian: "2025-01-15", jamPelajaran: 20, jenisAsn: "PNS" };
const JF = { tmtJenjang: "2023-06-01", angkaKreditKumulatif: 120, akkKenaikanJenjang: 100, lulusUjiKompetensi: true, formasiTersedia: true };

const out = (input: Record<string, unknown>) => policy.score({ ...BASE, ...input }).outputs;
const events = (input: Record<string, unknown>) => asEvents(out(input)["tindakLanjut"]);
const types = (input: Record<string, unknown>) => events(input).map((e) => e.type);
const unmet = (input: Record<string, unknown>) => asEvents(out(input)["syaratKenaikanJenjangBelumTerpenuhi"]).map((e) => e.type);
const variant = (edit: (d: PolicyDocument) => void) => {
  const d = structuredClone(doc) as PolicyDocument;
  edit(d);
  return d;
};
/** The fact leaves of a rule condition (named references are checked where they are declared). */
const leavesOf = (c: RuleCondition): Extract<RuleCondition, { fact: string }>[] =>
  "all" in c ? c.all.flatMap(leavesOf) : "any" in c ? c.any.flatMap(leavesOf) : "not" in c ? leavesOf(c.not) : "fact" in c ? [c] : [];
const labels = (c: ConditionTrace): string[] => [...(c.label ? [c.label.en] : []), ...(c.children ?? []).flatMap(labels)];

describe("tindak-lanjut-permenpanrb-6-2022: the document", () => {
  it("is in force with PermenPANRB 6/2022 from 3 February 2022 and is not a nasional regime", () => {
    expect([policy.id, policy.document.effective]).toEqual([ID, PRESETS["permenpanrb-6-2022"].effective]);
    expect(NASIONAL_REGIMES).not.toContain(ID);
  });

  presetBasics(ID, 45);

  everyEventCovered(doc, ["tindakLanjut", "syaratKenaikanJenjangBelumTerpenuhi"]);

  it("uses the predikat values of the permenpanrb-6-2022 preset", () => {
    const kuadran = PRESETS["permenpanrb-6-2022"].decisions;
    expect(JSON.stringify(kuadran)).toContain(PREDIKAT.join('","'));
    expect(doc.inputs["predikat"]).toMatchObject({ type: "enum", values: [...PREDIKAT] });
  });
});

describe("pembinaan", () => {
  it.each(["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"])("%s → PEMBINAAN with the predikat", (predikat) => {
    expect(events({ predikat })).toEqual([{ type: "PEMBINAAN", params: { predikat } }]);
  });

  it.each(["SANGAT_BAIK", "BAIK"])("%s → no pembinaan", (predikat) => {
    expect(types({ predikat })).toEqual([]);
  });

  it("below Baik two years running → PEMBINAAN_INTENSIF instead of PEMBINAAN, for every pair of such predikat", () => {
    const below = PREDIKAT.slice(2);
    for (const predikat of below)
      for (const lalu of below) {
        expect(events({ predikat, riwayat: [{ tahun: 2023, predikat: lalu }] })).toEqual([
          { type: "PEMBINAAN_INTENSIF", params: { predikat, predikatTahunLalu: lalu, tahunLalu: 2023 } },
        ]);
      }
  });

  it("a Baik year in between, a missing year or a conflicting record keeps it at PEMBINAAN", () => {
    expect(types({ predikat: "SANGAT_KURANG", riwayat: [{ tahun: 2023, predikat: "BAIK" }, { tahun: 2022, predikat: "SANGAT_KURANG" }] })).toEqual(["PEMBINAAN"]);
    expect(types({ predikat: "SANGAT_KURANG", riwayat: [{ tahun: 2022, predikat: "SANGAT_KURANG" }] })).toEqual(["PEMBINAAN"]);
    expect(types({ predikat: "SANGAT_KURANG", riwayat: [{ tahun: 2023, predikat: "SANGAT_KURANG" }, { tahun: 2023, predikat: "BAIK" }] })).toEqual(["PEMBINAAN"]);
  });
});

describe("the riwayat (multi-year history) input", () => {
  const entry = fc.record({ tahun: fc.integer({ min: 2015, max: 2026 }), predikat: fc.constantFrom(...PREDIKAT), jamPelajaran: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }) });
  const clean = (e: { tahun: number; predikat: string; jamPelajaran: number | undefined }) => (e.jamPelajaran === undefined ? { tahun: e.tahun, predikat: e.predikat } : e);

  it("matches years by value: any order of the same entries gives the same outputs", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.constantFrom(...PREDIKAT), fc.integer({ min: 0, max: 30 }), (riwayat, predikat, jp) => {
        const entries = riwayat.map(clean);
        const reversed = [...entries].reverse();
        const rotated = [...entries.slice(1), ...entries.slice(0, 1)];
        const a = out({ predikat, jamPelajaran: jp, riwayat: entries });
        expect(out({ predikat, jamPelajaran: jp, riwayat: reversed })).toEqual(a);
        expect(out({ predikat, jamPelajaran: jp, riwayat: rotated })).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("reads only the previous year: entries of other years never change the outcome", () => {
    fc.assert(
      fc.property(fc.array(entry.filter((e) => e.tahun !== 2023), { maxLength: 6 }), fc.constantFrom(...PREDIKAT), (others, predikat) => {
        const lastYear = [{ tahun: 2023, predikat: "SANGAT_BAIK" }];
        expect(out({ predikat, riwayat: [...others.map(clean), ...lastYear] })["tindakLanjut"]).toEqual(out({ predikat, riwayat: lastYear })["tindakLanjut"]);
      }),
      { numRuns: 200 },
    );
  });

  it("Sangat Baik two years running → RENCANA_SUKSESI; only this year, a gap year, or a conflicting record → none", () => {
    expect(events({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2023, predikat: "SANGAT_BAIK" }] })).toEqual([{ type: "RENCANA_SUKSESI", params: { tahun: 2024, tahunLalu: 2023 } }]);
    expect(types({ predikat: "SANGAT_BAIK" })).toEqual([]);
    expect(types({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2022, predikat: "SANGAT_BAIK" }] })).toEqual([]);
    expect(types({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2023, predikat: "SANGAT_BAIK" }, { tahun: 2023, predikat: "BAIK" }] })).toEqual([]);
    expect(out({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2023, predikat: "SANGAT_BAIK" }, { tahun: 2023, predikat: "BAIK" }] })).toMatchObject({
      predikatTahunLalu: null,
      riwayatTahunLaluBertentangan: true,
    });
  });

  it("identical duplicates count once; entries of the assessed year or later are ignored", () => {
    const twice = { tahun: 2023, predikat: "SANGAT_BAIK" };
    expect(types({ predikat: "SANGAT_BAIK", riwayat: [twice, twice, twice] })).toEqual(["RENCANA_SUKSESI"]);
    expect(types({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2024, predikat: "SANGAT_BAIK" }, { tahun: 2025, predikat: "SANGAT_BAIK" }] })).toEqual([]);
  });

  it("an absent history and an empty one are the same", () => {
    expect(out({ predikat: "SANGAT_BAIK", riwayat: [] })).toEqual(out({ predikat: "SANGAT_BAIK" }));
  });
});

describe("pengembangan kompetensi (JP)", () => {
  it.each([
    ["PNS", 20, []],
    ["PNS", 19.5, [{ kekurangan: 0.5, minimum: 20 }]],
    ["PNS", 0, [{ kekurangan: 20, minimum: 20 }]],
    ["PPPK", 24, []],
    ["PPPK", 23.99, [{ kekurangan: 0.01, minimum: 24 }]],
    ["PPPK", 20, [{ kekurangan: 4, minimum: 24 }]],
  ] as const)("%s with %d JP", (jenisAsn, jamPelajaran, expected) => {
    const found = events({ predikat: "BAIK", jenisAsn, jamPelajaran }).filter((e) => e.type === "PENGEMBANGAN_KOMPETENSI");
    expect(found.map((e) => ({ kekurangan: e.params["kekurangan"], minimum: e.params["minimum"] }))).toEqual(expected);
  });

  it("the shortfall is decimal-exact and zero once the minimum is met", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.constantFrom("PNS", "PPPK"), (hundredths, jenisAsn) => {
        const jamPelajaran = hundredths / 100;
        const o = out({ predikat: "BAIK", jenisAsn, jamPelajaran });
        const minimum = jenisAsn === "PNS" ? 20 : 24;
        expect(o["kekuranganJp"]).toBe(Math.max(0, (minimum * 100 - hundredths) / 100));
        expect(types({ predikat: "BAIK", jenisAsn, jamPelajaran }).includes("PENGEMBANGAN_KOMPETENSI")).toBe(jamPelajaran < minimum);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the core's checkJpMinimum (same minimum, same decimal-exact shortfall)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.constantFrom("PNS" as const, "PPPK" as const), (hundredths, jenisAsn) => {
        const jamPelajaran = hundredths / 100;
        const check = checkJpMinimum({ jamPelajaran, jenisAsn });
        const o = out({ predikat: "BAIK", jenisAsn, jamPelajaran });
        expect([o["minimumJp"], o["kekuranganJp"]]).toEqual([check.minimum, check.kekurangan]);
        expect(types({ predikat: "BAIK", jenisAsn, jamPelajaran }).includes("PENGEMBANGAN_KOMPETENSI")).toBe(!check.compliant);
      }),
      { numRuns: 300 },
    );
  });

  it("flags a shortfall in the previous year too, from the history's JP", () => {
    const params = (riwayat: unknown[]) => events({ predikat: "BAIK", jamPelajaran: 10, riwayat })[0]?.params;
    expect(params([{ tahun: 2023, predikat: "BAIK", jamPelajaran: 19 }])).toMatchObject({ kurangJugaTahunLalu: true });
    expect(params([{ tahun: 2023, predikat: "BAIK", jamPelajaran: 20 }])).toMatchObject({ kurangJugaTahunLalu: false });
    expect(params([{ tahun: 2023, predikat: "BAIK" }])).toMatchObject({ kurangJugaTahunLalu: false });
  });

  it("an agency can change the minimum by editing a constant (here PPPK 20 JP)", () => {
    const edited = compilePolicy(variant((d) => ((d.constants?.["minimumJpJenisAsn"] as Record<string, number>)["PPPK"] = 20)));
    expect(edited.warnings).toEqual([]);
    expect(edited.score({ ...BASE, predikat: "BAIK", jenisAsn: "PPPK", jamPelajaran: 20 }).outputs["tindakLanjut"]).toEqual([]);
  });
});

describe("kenaikan jenjang (Peraturan BKN 3/2023)", () => {
  it("fires MEMENUHI_SYARAT_KENAIKAN_JENJANG with nothing missing when every requirement holds", () => {
    expect(events({ predikat: "BAIK", jabatanFungsional: JF })).toEqual([
      { type: "MEMENUHI_SYARAT_KENAIKAN_JENJANG", params: { angkaKreditKumulatif: 120, akkKenaikanJenjang: 100, masaJenjangTahun: 1 } },
    ]);
    expect(unmet({ predikat: "BAIK", jabatanFungsional: JF })).toEqual([]);
  });

  it("counts whole years with yearsBetween: exactly one year qualifies, one day less does not", () => {
    expect(unmet({ predikat: "BAIK", jabatanFungsional: { ...JF, tmtJenjang: "2024-01-15" } })).toEqual([]);
    expect(unmet({ predikat: "BAIK", jabatanFungsional: { ...JF, tmtJenjang: "2024-01-16" } })).toEqual(["MASA_JENJANG"]);
  });

  it("names each missing requirement with what is held and what is needed", () => {
    const o = out({ predikat: "KURANG_MISCONDUCT", jabatanFungsional: { tmtJenjang: "2024-12-01", angkaKreditKumulatif: 80.5, akkKenaikanJenjang: 100 } });
    expect(o["syaratKenaikanJenjangBelumTerpenuhi"]).toEqual([
      { type: "PREDIKAT", params: { predikat: "KURANG_MISCONDUCT", minimal: "BAIK" } },
      { type: "MASA_JENJANG", params: { tmtJenjang: "2024-12-01", tanggalPenilaian: "2025-01-15", masaJenjangTahun: 0, minimal: 1 } },
      { type: "ANGKA_KREDIT", params: { angkaKreditKumulatif: 80.5, akkKenaikanJenjang: 100, kekurangan: 19.5 } },
      { type: "UJI_KOMPETENSI", params: { lulusUjiKompetensi: null } },
      { type: "FORMASI", params: { formasiTersedia: null } },
    ]);
  });

  it("without functional-position data: not assessed (DATA_JABATAN_FUNGSIONAL), never eligible", () => {
    expect(out({ predikat: "SANGAT_BAIK" })).toMatchObject({ syaratKenaikanJenjangBelumTerpenuhi: [{ type: "DATA_JABATAN_FUNGSIONAL", params: {} }], masaJenjangTahun: null });
  });

  it("the event fires exactly when the functional official has no unmet requirement", () => {
    const jf = fc.record(
      {
        tmtJenjang: fc.constantFrom("2023-01-15", "2024-01-15", "2024-01-16", "2024-07-01", "2025-02-01"),
        angkaKreditKumulatif: fc.constantFrom(0, 99.99, 100, 150),
        akkKenaikanJenjang: fc.constantFrom(15, 100, 200),
        lulusUjiKompetensi: fc.boolean(),
        formasiTersedia: fc.boolean(),
      },
      { requiredKeys: ["tmtJenjang", "angkaKreditKumulatif", "akkKenaikanJenjang"] },
    );
    fc.assert(
      fc.property(fc.option(jf, { nil: undefined }), fc.constantFrom(...PREDIKAT), (jabatanFungsional, predikat) => {
        const input = { predikat, ...(jabatanFungsional ? { jabatanFungsional } : {}) };
        const eligible = types(input).includes("MEMENUHI_SYARAT_KENAIKAN_JENJANG");
        expect(eligible).toBe(unmet(input).length === 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("explanations", () => {
  it("the trace explains a fired rule with its label and the labels and values of its conditions", () => {
    const { trace } = policy.score({ ...BASE, predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2023, predikat: "SANGAT_BAIK" }] }, { trace: true });
    const decision = trace?.decisions.find((d) => d.name === "tindakLanjut");
    expect(decision?.kind).toBe("rules");
    const rule = decision?.rules?.find((r) => r.name === "rencanaSuksesi") as RuleTrace;
    expect(rule).toMatchObject({ fired: true, event: { type: "RENCANA_SUKSESI", params: { tahun: 2024, tahunLalu: 2023 } } });
    expect(rule.label?.en).toContain("[V] PP 30/2019");
    expect(rule.conditions.children).toEqual([
      expect.objectContaining({ fact: "predikat", factResult: "SANGAT_BAIK", result: true, label: expect.objectContaining({ en: "this year's predikat is Sangat Baik" }) }),
      expect.objectContaining({ fact: "predikatTahunLalu", factResult: "SANGAT_BAIK", result: true }),
    ]);
    const text = renderTrace(trace!, { lang: "en" });
    expect(text).toContain('"rencanaSuksesi" (priority 20): APPLIES → RENCANA_SUKSESI');
    expect(text).toContain("the previous year's predikat (year − 1, from the history) was also Sangat Baik");
  });

  it("the trace also shows why a rule did not apply (kenaikan jenjang: the failing condition)", () => {
    const { trace } = policy.score({ ...BASE, predikat: "BAIK", jabatanFungsional: { ...JF, formasiTersedia: false } }, { trace: true });
    const rule = trace?.decisions.find((d) => d.name === "tindakLanjut")?.rules?.find((r) => r.name === "kenaikanJenjang") as RuleTrace;
    expect(rule.fired).toBe(false);
    const failed = (rule.conditions.children ?? []).filter((c) => !c.result);
    expect(failed.map((c) => [c.reference, c.label?.id])).toEqual([["formasiTersedia", "kebutuhan (formasi) jenjang berikutnya tersedia [V]"]]);
    expect(labels(rule.conditions)).toContain("at least 1 year in the jenjang (yearsBetween jenjang TMT → assessment date) [V]");
  });

  it("every rule and every condition leaf carries a bilingual label with its status where it is a rule of law", () => {
    for (const name of ["tindakLanjut", "syaratKenaikanJenjangBelumTerpenuhi"]) {
      const decision = rulesOf(doc, name);
      for (const rule of decision.rules) {
        expect(rule.label?.id && rule.label.en, rule.name).toBeTruthy();
        expect(rule.label?.id, rule.name).not.toBe(rule.label?.en);
      }
      const all = [...decision.rules.map((r) => r.conditions), ...Object.values(decision.conditions ?? {})].flatMap(leavesOf);
      expect(all.length).toBeGreaterThan(0);
      for (const leaf of all) expect(leaf.label?.id && leaf.label.en, `${name}: ${leaf.fact} ${leaf.operator}`).toBeTruthy();
    }
    for (const rule of rulesOf(doc, "tindakLanjut").rules) expect(rule.label?.en, rule.name).toMatch(/\[(V|I)\]/);
  });
});

describe("invalid input", () => {
  it.each([
    ["a predikat of another regime in the history", { predikat: "BAIK", riwayat: [{ tahun: 2023, predikat: "CUKUP" }] }, ["riwayat", 0, "predikat"]],
    ["a year that is not a whole number", { predikat: "BAIK", riwayat: [{ tahun: 2023.5, predikat: "BAIK" }] }, ["riwayat", 0, "tahun"]],
    ["negative JP", { predikat: "BAIK", jamPelajaran: -1 }, ["jamPelajaran"]],
    ["another kind of ASN", { predikat: "BAIK", jenisAsn: "HONORER" }, ["jenisAsn"]],
    ["an impossible date", { predikat: "BAIK", jabatanFungsional: { ...JF, tmtJenjang: "2024-02-30" } }, ["jabatanFungsional", "tmtJenjang"]],
    ["a functional official without AK", { predikat: "BAIK", jabatanFungsional: { tmtJenjang: "2023-01-01", akkKenaikanJenjang: 100 } }, ["jabatanFungsional", "angkaKreditKumulatif"]],
  ])("refuses %s", (_, input, path) => {
    const outcome = policy.safeScore({ ...BASE, ...input });
    expect(outcome).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    if (!outcome.ok) expect(outcome.error.issues?.map((i) => i.path)).toContainEqual(path);
  });

  it("refuses a missing predikat, year or assessment date", () => {
    const outcome = policy.safeScore({ jamPelajaran: 20, jenisAsn: "PNS" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.issues?.map((i) => i.path[0]).sort()).toEqual(["predikat", "tahun", "tanggalPenilaian"]);
  });

  it("an agency edit with a predikat typo in a rule, or an event-type typo in a consumer, is a compile error", () => {
    const predikatTypo = variant((d) => {
      const rule = rulesOf(d, "tindakLanjut").rules.find((r) => r.name === "rencanaSuksesi");
      ((rule?.conditions as { all: { value: unknown }[] }).all[0] as { value: unknown }).value = "SANGAT_BAIKK";
    });
    expect(validatePolicy(predikatTypo).errors.map((i) => [i.code, i.path.join(".")])).toEqual([["TYPE_MISMATCH", "decisions.tindakLanjut.rules.3.conditions.all.0.operator"]]);
    const eventTypo = variant((d) => {
      d.decisions["adaSuksesi"] = { kind: "formula", expr: 'any(tindakLanjut, e => e.type = "RENCANA_SUKSESII")' };
    });
    expect(validatePolicy(eventTypo).errors.map((i) => [i.code, i.path.join(".")])).toEqual([["TYPE_MISMATCH", "decisions.adaSuksesi.expr"]]);
  });
});

// Laws of the development module:
//   (1) permutation invariance — shuffling the indicators and the BerAKHLAK ratings gives exactly
//       the same analysis (the ranking is a total order on what a finding shows), and shuffling
//       competency records gives the same yearly summary;
//   (2) monotonicity — raising one indicator's capaian never lowers its gap and never moves it
//       down the order KELEMAHAN < SESUAI < KEKUATAN (so never from strength to weakness);
//   (3) determinism — the same input gives the same output, and inputs are not mutated;
//   (4) catalogue JSON round trip — JSON.parse(JSON.stringify(catalogue)) validates to the same
//       catalogue and yields the same recommendations.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decAdd } from "../internal/decimal.js";
import { JENIS_PENGEMBANGAN, validateCatalogue, type DevelopmentCatalogue, type KriteriaEntri } from "./catalogue.js";
import { summariseCompetency, type CompetencyRecord } from "./competency.js";
import { recommendDevelopment } from "./recommend.js";
import { analyseStrengths } from "./strengths.js";
import { NILAI_DASAR, RATING_EKSPEKTASI, type IndikatorCapaian, type KategoriTemuan, type StrengthsInput } from "./strengths-types.js";

const RUNS = { numRuns: 300 };
const WORDS = ["data", "laporan", "layanan", "teknologi", "informasi", "TI", "pasien", "lalu", "lintas"];

/** A decimal with one or two places, like real achievements (62.5, 116.67). */
const decimalArb = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

const indicatorArb: fc.Arbitrary<IndikatorCapaian> = fc.record(
  {
    iki: fc.oneof(fc.constantFrom("A", "B", "Alfa"), textArb),
    capaian: fc.oneof(decimalArb(150), fc.constantFrom(90, 100, 110)),
    ekspektasi: fc.constantFrom(90, 100, 100.5),
    bobot: fc.constantFrom(0, 10, 20.5, 40),
    rhk: fc.constantFrom("R1", "R2"),
    aspek: fc.constantFrom("KUANTITAS", "KUALITAS", "WAKTU"),
    tags: fc.subarray(["digital", "lapangan", "pelaporan"]),
  },
  { requiredKeys: ["iki", "capaian"] },
);

/** Indicators from narrow domains, so that many tie on gap, weight, text, … and only differ late in the order. */
const tightIndicatorArb: fc.Arbitrary<IndikatorCapaian> = fc.record(
  {
    iki: fc.constantFrom("A", "B"),
    capaian: fc.constantFrom(80.5, 110),
    bobot: fc.constantFrom(10, 20),
    rhk: fc.constant("R1"),
    aspek: fc.constant("KUALITAS"),
    id: fc.constantFrom("x", "y"),
    tags: fc.subarray(["digital", "lapangan"]),
  },
  { requiredKeys: ["iki", "capaian"] },
);

const inputArb: fc.Arbitrary<StrengthsInput> = fc.record(
  {
    indikator: fc.array(fc.oneof(indicatorArb, tightIndicatorArb), { maxLength: 9 }).map(uniqueIds),
    perilaku: fc.uniqueArray(fc.record({ nilaiDasar: fc.constantFrom(...NILAI_DASAR), rating: fc.constantFrom(...RATING_EKSPEKTASI) }), {
      selector: (p) => p.nilaiDasar,
      maxLength: 7,
    }),
    batas: fc.record({ kekuatan: fc.constantFrom(0.5, 5, 10, 12.5), kelemahan: fc.constantFrom(0.5, 5, 10, 12.5) }, { requiredKeys: [] }),
    jumlah: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ["indikator"] },
);

/** Drops repeated ids (analyseStrengths rejects them), keeping the first. */
function uniqueIds(list: IndikatorCapaian[]): IndikatorCapaian[] {
  const seen = new Set<string>();
  return list.map((it) => {
    if (it.id === undefined) return it;
    if (!seen.has(it.id)) {
      seen.add(it.id);
      return it;
    }
    const { id: _dropped, ...rest } = it;
    return rest;
  });
}

const shuffle = <T>(list: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });

const RANK: Readonly<Record<KategoriTemuan, number>> = { KELEMAHAN: 0, SESUAI: 1, KEKUATAN: 2 };

describe("law (1): permutation invariance", () => {
  it("shuffled indicators and ratings give the same analysis", () => {
    const caseArb = inputArb.chain((input) =>
      fc.record({ input: fc.constant(input), indikator: shuffle(input.indikator), perilaku: shuffle(input.perilaku ?? []) }),
    );
    fc.assert(
      fc.property(caseArb, ({ input, indikator, perilaku }) => {
        expect(analyseStrengths({ ...input, indikator, perilaku })).toEqual(analyseStrengths(input));
      }),
      RUNS,
    );
  });

  it("shuffled competency records give the same yearly summary", () => {
    const recordArb: fc.Arbitrary<CompetencyRecord> = fc.record({
      tanggal: fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      nama: fc.constantFrom("Pelayanan prima", "Rekam medis elektronik", "Rekayasa lalu lintas"),
      jp: decimalArb(24),
    });
    const caseArb = fc.array(recordArb, { maxLength: 12 }).chain((records) => fc.record({ records: fc.constant(records), shuffled: shuffle(records) }));
    fc.assert(
      fc.property(caseArb, ({ records, shuffled }) => {
        expect(summariseCompetency({ records: shuffled })).toEqual(summariseCompetency({ records }));
      }),
      RUNS,
    );
  });
});

describe("law (2): monotonicity in capaian", () => {
  it("raising one indicator's capaian never lowers its gap or its category", () => {
    const caseArb = inputArb
      .filter((input) => input.indikator.length > 0)
      .chain((input) =>
        fc.record({
          input: fc.constant({ ...input, indikator: input.indikator.map((it, i) => ({ ...it, id: `I${i}` })) }),
          index: fc.nat({ max: input.indikator.length - 1 }),
          delta: decimalArb(60),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ input, index, delta }) => {
        const raised = input.indikator.map((it, i) => (i === index ? { ...it, capaian: decAdd(it.capaian, delta) } : it));
        const find = (r: ReturnType<typeof analyseStrengths>) => r.indikator.find((f) => f.id === `I${index}`);
        const before = find(analyseStrengths(input));
        const after = find(analyseStrengths({ ...input, indikator: raised }));
        expect(before && after).toBeTruthy();
        if (!before || !after) return;
        expect(after.gap).toBeGreaterThanOrEqual(before.gap);
        expect(RANK[after.kategori]).toBeGreaterThanOrEqual(RANK[before.kategori]);
        if (before.kategori === "KEKUATAN") expect(after.kategori).toBe("KEKUATAN");
      }),
      RUNS,
    );
  });
});

const criteriaArb: fc.Arbitrary<KriteriaEntri> = fc
  .record(
    {
      sumber: fc.subarray(["INDIKATOR", "PERILAKU"] as const, { minLength: 1 }),
      nilaiDasar: fc.subarray([...NILAI_DASAR], { minLength: 1, maxLength: 3 }),
      aspek: fc.subarray(["KUANTITAS", "kualitas", "WAKTU"], { minLength: 1 }),
      kataKunci: fc.subarray(["data", "teknologi informasi", "ti", "laporan", "lalu lintas"], { minLength: 1, maxLength: 3 }),
      tags: fc.subarray(["digital", "Lapangan"], { minLength: 1 }),
    },
    { requiredKeys: [] },
  )
  .map((untuk) => (Object.keys(untuk).length === 0 ? { sumber: ["INDIKATOR" as const] } : untuk));

const catalogueArb: fc.Arbitrary<DevelopmentCatalogue> = fc.record({
  id: fc.constant("katalog-uji"),
  version: fc.constantFrom("1", "2024.1"),
  entries: fc.uniqueArray(
    fc.record(
      {
        id: fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,2}$/),
        judul: fc.record({ id: textArb, en: textArb }),
        jenis: fc.constantFrom(...JENIS_PENGEMBANGAN),
        jp: fc.integer({ min: 0, max: 80 }).map((n) => n / 2),
        untuk: criteriaArb,
        prioritas: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: ["id", "judul", "jenis", "jp", "untuk"] },
    ),
    { selector: (e) => e.id, maxLength: 8 },
  ),
});

describe("law (3): determinism", () => {
  it("the same input gives the same analysis and recommendations, and nothing is mutated", () => {
    fc.assert(
      fc.property(inputArb, catalogueArb, (input, catalogue) => {
        const inputCopy = structuredClone(input);
        const catalogueCopy = structuredClone(catalogue);
        const first = analyseStrengths(input);
        expect(analyseStrengths(input)).toEqual(first);
        const plan = recommendDevelopment({ catalogue, weaknesses: first.kelemahan, pegawai: { unitKerja: "Dinas Kesehatan" } });
        expect(recommendDevelopment({ catalogue, weaknesses: first.kelemahan, pegawai: { unitKerja: "Dinas Kesehatan" } })).toEqual(plan);
        expect(input).toEqual(inputCopy);
        expect(catalogue).toEqual(catalogueCopy);
      }),
      RUNS,
    );
  });
});

describe("law (4): catalogue JSON round trip", () => {
  it("a valid catalogue stays valid and recommends the same after JSON.stringify / JSON.parse", () => {
    fc.assert(
      fc.property(catalogueArb, inputArb, (catalogue, input) => {
        const checked = validateCatalogue(catalogue);
        expect(checked.issues).toEqual([]);
        const copy = JSON.parse(JSON.stringify(catalogue)) as DevelopmentCatalogue;
        const again = validateCatalogue(copy);
        expect(again).toEqual(checked);
        const { kelemahan } = analyseStrengths(input);
        const recommend = (c: DevelopmentCatalogue) => recommendDevelopment({ catalogue: c, weaknesses: kelemahan, maks: 10 });
        expect(recommend(copy)).toEqual(recommend(catalogue));
      }),
      RUNS,
    );
  });
});

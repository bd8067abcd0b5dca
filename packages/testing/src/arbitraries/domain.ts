/**
 * fast-check arbitraries of the performance-management domain: indicators of every polarity,
 * realisations, BerAKHLAK behaviour ratings, PermenPANRB 6/2022 plans (SKP inputs) and cohorts.
 * @module
 */
import * as fc from "fast-check";
import { NILAI_DASAR, RATING_EKSPEKTASI, type CohortMember, type NilaiDasar, type RatingEkspektasi } from "@kinerja/core";
import { splitCents } from "./input.js";
import { nipArbitrary } from "./nip.js";

/** A polarity: higher-is-better, lower-is-better, or within a range. */
export type Polaritas = "NAIK" | "TURUN" | "RENTANG";

/** One indicator (IKI) as the PermenPANRB 6/2022 preset reads it. */
export interface IndicatorValue {
  readonly rhk?: string;
  readonly iki: string;
  readonly aspek: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";
  readonly polaritas: Polaritas;
  readonly target: number;
  /** For RENTANG: the upper end of the range (≥ target). */
  readonly targetMaks?: number;
  readonly realisasi: number;
  readonly bobot: number;
}

/** Options of {@link indicatorArbitrary}. */
export interface IndicatorArbitraryOptions {
  /** Fix the polarity (default: any of NAIK, TURUN, RENTANG). */
  readonly polaritas?: Polaritas;
  /** The RHK code written in `rhk`. */
  readonly rhk?: string;
}

/** A positive target: counts, percentages and amounts (2 decimals at most). */
export const targetArbitrary: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100), fc.integer({ min: 1, max: 1_000_000_000 }));

/**
 * A realisation: 0, short decimals and large amounts; with a target, values around it
 * (0–200 % of the target) are drawn more often.
 */
export function realisationArbitrary(target?: number): fc.Arbitrary<number> {
  const general = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100), fc.integer({ min: 0, max: 3_000_000_000 }));
  if (target === undefined) return general;
  return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 200 }).map((p) => Math.round(target * p) / 100) }, { weight: 1, arbitrary: general });
}

/**
 * A valid indicator of any polarity (or the one asked for): target > 0, realisation ≥ 0, for
 * RENTANG a `targetMaks` ≥ target, weight 0–100 (use {@link planArbitrary} for weights summing to 100).
 *
 * @example
 * ```ts
 * fc.sample(indicatorArbitrary({ polaritas: "TURUN" }), 1)[0].polaritas; // "TURUN"
 * ```
 */
export function indicatorArbitrary(options: IndicatorArbitraryOptions = {}): fc.Arbitrary<IndicatorValue> {
  const polaritas = options.polaritas ? fc.constant(options.polaritas) : fc.constantFrom<Polaritas>("NAIK", "TURUN", "RENTANG");
  return fc
    .record({ polaritas, target: targetArbitrary, spread: fc.integer({ min: 0, max: 100 }), aspek: fc.constantFrom("KUANTITAS", "KUALITAS", "WAKTU", "BIAYA" as const), iki: ikiText(), bobot: fc.integer({ min: 0, max: 100 }) })
    .chain((x) => realisationArbitrary(x.target).map((realisasi) => ({ ...x, realisasi })))
    .map(({ polaritas: p, target, spread, aspek, iki, bobot, realisasi }): IndicatorValue => ({
      ...(options.rhk === undefined ? {} : { rhk: options.rhk }),
      iki,
      aspek,
      polaritas: p,
      target,
      ...(p === "RENTANG" ? { targetMaks: Math.round(target * (100 + spread)) / 100 } : {}),
      realisasi,
      bobot,
    }));
}

/** One BerAKHLAK core value with its rating. */
export interface BehaviourRating {
  readonly nilaiDasar: NilaiDasar;
  readonly rating: RatingEkspektasi;
}

/** A rating of every BerAKHLAK core value (NILAI_DASAR × RATING_EKSPEKTASI of `@kinerja/core`), in the official order. */
export function behaviourRatingsArbitrary(): fc.Arbitrary<BehaviourRating[]> {
  return fc.array(fc.constantFrom(...RATING_EKSPEKTASI), { minLength: NILAI_DASAR.length, maxLength: NILAI_DASAR.length }).map((ratings) => NILAI_DASAR.map((nilaiDasar, i) => ({ nilaiDasar, rating: ratings[i] as RatingEkspektasi })));
}

/** A PermenPANRB 6/2022 SKP input: RHK, their indicators with weights summing to exactly 100, ratings. */
export interface PlanValue {
  readonly ratingHasilKerja?: RatingEkspektasi;
  readonly ratingPerilaku: RatingEkspektasi;
  readonly rhk: { readonly id: string; readonly teks: string; readonly jenis: "UTAMA" | "TAMBAHAN" }[];
  readonly indikator: IndicatorValue[];
  readonly berakhlak: { readonly nilaiDasar: NilaiDasar }[];
}

/** Options of {@link planArbitrary}. */
export interface PlanArbitraryOptions {
  /** Most RHK (default 4). */
  readonly maxRhk?: number;
  /** Most indicators per RHK (default 3). */
  readonly maxIndicatorsPerRhk?: number;
}

/**
 * A valid input of the `permenpanrb-6-2022` preset: 1–4 RHK, each with 1–3 indicators of any
 * polarity, weights (in hundredths) that add up to exactly 100, the behaviour rating, and
 * sometimes a work-result rating set by the assessing official.
 */
export function planArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<PlanValue> {
  const rhkCount = fc.integer({ min: 1, max: options.maxRhk ?? 4 });
  return rhkCount.chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `RHK-${i + 1}`);
    const perRhk = ids.map((id) => fc.array(indicatorArbitrary({ rhk: id }), { minLength: 1, maxLength: options.maxIndicatorsPerRhk ?? 3 }));
    return fc.record({
      indicators: fc.tuple(...perRhk).map((lists) => lists.flat()),
      jenis: fc.array(fc.constantFrom("UTAMA", "TAMBAHAN" as const), { minLength: n, maxLength: n }),
      hasil: fc.option(fc.constantFrom(...RATING_EKSPEKTASI), { nil: undefined }),
      perilaku: fc.constantFrom(...RATING_EKSPEKTASI),
      berakhlak: fc.subarray([...NILAI_DASAR]),
    }).map(({ indicators, jenis, hasil, perilaku, berakhlak }): PlanValue => {
      const cents = splitCents(10_000, indicators.map((x) => x.bobot));
      return {
        ...(hasil === undefined ? {} : { ratingHasilKerja: hasil }),
        ratingPerilaku: perilaku,
        rhk: ids.map((id, i) => ({ id, teks: `Rencana hasil kerja ${i + 1}`, jenis: jenis[i] ?? "UTAMA" })),
        indikator: indicators.map((x, i) => ({ ...x, bobot: (cents[i] ?? 0) / 100 })),
        berakhlak: berakhlak.map((nilaiDasar) => ({ nilaiDasar })),
      };
    });
  });
}

/** The five employee predikat of PermenPANRB 6/2022, best first. */
export const PREDIKAT_KINERJA: readonly string[] = Object.freeze(["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"]);

/** Options of {@link cohortArbitrary}. */
export interface CohortArbitraryOptions {
  /** Exact size, or a range (default 0–12). */
  readonly size?: number | { readonly min: number; readonly max: number };
  /** The categories, best first (default {@link PREDIKAT_KINERJA}). */
  readonly categories?: readonly string[];
  /** An organisation unit written on every member. */
  readonly unit?: string;
}

/**
 * A cohort: members with unique NIPs, a predikat, and evidence (skor, ratings) drawn from small
 * domains so ties happen, as calibration must handle them.
 */
export function cohortArbitrary(options: CohortArbitraryOptions = {}): fc.Arbitrary<CohortMember[]> {
  const size = options.size ?? { min: 0, max: 12 };
  const [min, max] = typeof size === "number" ? [size, size] : [size.min, size.max];
  const categories = options.categories ?? PREDIKAT_KINERJA;
  const rating = fc.option(fc.constantFrom(...RATING_EKSPEKTASI), { nil: undefined });
  const one = fc.record({ predikat: fc.constantFrom(...categories), skor: fc.option(fc.constantFrom(60, 75, 90, 100, 110.5), { nil: undefined }), hasil: rating, perilaku: rating });
  return fc.integer({ min, max }).chain((n) =>
    fc.tuple(fc.uniqueArray(nipArbitrary(), { minLength: n, maxLength: n }), fc.array(one, { minLength: n, maxLength: n })).map(([ids, data]) =>
      ids.map((id, i): CohortMember => {
        const d = data[i] as (typeof data)[number];
        return {
          id,
          predikat: d.predikat,
          ...(d.skor === undefined ? {} : { skor: d.skor }),
          ...(d.hasil === undefined ? {} : { ratingHasilKerja: d.hasil }),
          ...(d.perilaku === undefined ? {} : { ratingPerilaku: d.perilaku }),
          ...(options.unit === undefined ? {} : { unit: options.unit }),
        };
      }),
    ),
  );
}

function ikiText(): fc.Arbitrary<string> {
  return fc.constantFrom("Jumlah titik kemacetan", "Persentase layanan tepat waktu", "Jumlah laporan", "Indeks kepuasan", "Realisasi anggaran");
}

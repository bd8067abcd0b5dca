/**
 * The scoring input of a stored plan, in the shape of the `permenpanrb-6-2022` preset (and of the
 * Belawan policy derived from it, whose example files hold the same `skp`): the RHK and their
 * indicators with each indicator's realisation, the BerAKHLAK ratings, the unit's predikat
 * organisasi and the supervisor's ratings. Fields the policy does not declare are left out, so an
 * agency's own policy with fewer inputs still validates.
 *
 * Realisation of an indicator for the evaluated period: the one recorded for that period (the
 * annual period is `"<tahun>"`); for the annual period, when none was recorded, the periodic
 * realisations of the year added up as `akumulasiOf` says (see `akumulasi.ts`).
 *
 * Each indicator carries its `aspek` and, for a `RENTANG` target, its upper bound `targetMaks`
 * when the plan names them. What a stored plan does not keep is not in the input: a note per
 * BerAKHLAK value (the assessment has one `catatan` for all values).
 * @module
 */
import {
  KinerjaError,
  NILAI_DASAR,
  type Akumulasi,
  type CompiledPolicy,
  type Issue,
  type RatingEkspektasi,
  type StoredBehaviour,
  type StoredFeedback,
  type StoredIndikator,
  type StoredPlan,
  type StoredRealisation,
  type UmpanBalik,
  parsePeriodCode,
} from "@kinerja/core";
import { aggregate, akumulasiOf, periodicSeries } from "./akumulasi.js";
import { compact } from "../http/helpers.js";

/** What a plan's input is built from. */
export interface PlanInputSources {
  readonly plan: StoredPlan;
  /** The plan's realisations (any periods; those of `periode` and of the year are read). */
  readonly realisations: readonly StoredRealisation[];
  /** The period evaluated; default the annual one, `"<tahun>"`. */
  readonly periode?: string;
  /** The behaviour assessment of `periode`, if any. */
  readonly behaviour?: StoredBehaviour | null;
  /** The unit's predikat organisasi for the year, if set. */
  readonly predikatOrganisasi?: string | null;
  /** Whether the employee heads the unit (no supervisor in the same unit). */
  readonly pimpinanUnit?: boolean;
  /** The supervisor's behaviour rating (BerAKHLAK as a whole). */
  readonly ratingPerilaku?: RatingEkspektasi;
  /** The supervisor's work-result rating; absent when the policy derives it. */
  readonly ratingHasilKerja?: RatingEkspektasi;
  /** Only inputs this policy declares are kept; all of them without it. */
  readonly policy?: CompiledPolicy;
}

/** Where the realisation of one indicator came from. */
export interface RealisasiSource {
  readonly indikatorId: string;
  readonly nilai: number;
  /** `PERIODE`: recorded for the evaluated period; else how the periodic values were added up. */
  readonly dari: "PERIODE" | Akumulasi;
  /** The periods read. */
  readonly periode: readonly string[];
}

/** The input and how each realisation was found. */
export interface PlanInput {
  readonly input: Readonly<Record<string, unknown>>;
  readonly realisasi: readonly RealisasiSource[];
}

/**
 * Builds the scoring input of a stored plan. Throws `KinerjaError` `INPUT_INVALID` listing every
 * indicator without a realisation (path `["realisations", indikatorId]`).
 *
 * @example
 * ```ts
 * const { input } = buildPlanInput({ plan, realisations, behaviour, ratingPerilaku: "SESUAI_EKSPEKTASI" });
 * const result = policy.score(input, { trace: true });
 * ```
 */
export function buildPlanInput(sources: PlanInputSources): PlanInput {
  const { plan } = sources;
  const periode = sources.periode ?? String(plan.tahun);
  const issues: Issue[] = [];
  const realisasi: RealisasiSource[] = [];
  const indikator: Record<string, unknown>[] = [];
  for (const rhk of plan.rhk) {
    for (const ind of rhk.indikator) {
      const found = realisasiOf(ind, sources.realisations, periode, plan.tahun);
      if (!found) {
        issues.push(missingRealisation(ind, periode));
        continue;
      }
      realisasi.push(found);
      indikator.push(indikatorItem(rhk.rhkId, ind, found.nilai));
    }
  }
  if (issues.length > 0) throw new KinerjaError("INPUT_INVALID", MISSING_TEXT, { issues });
  const input: Record<string, unknown> = {
    rhk: plan.rhk.map((r) => ({ id: r.rhkId, teks: r.uraian, ...(r.parentRhkId === null ? {} : { rhkAtasan: r.parentRhkId }), jenis: r.jenis })),
    indikator,
    ...compact({
      berakhlak: berakhlakOf(sources.behaviour),
      predikatOrganisasi: sources.predikatOrganisasi ?? undefined,
      pimpinanUnit: sources.pimpinanUnit,
      ratingPerilaku: sources.ratingPerilaku,
      ratingHasilKerja: sources.ratingHasilKerja,
    }),
  };
  return { input: declaredOnly(input, sources.policy), realisasi };
}

/**
 * The supervisor's feedback as the scorer's `feedback` option (carried into the trace): entries
 * on an RHK of the plan for a month or quarter of the plan's year; others are left out.
 */
export function feedbackForScoring(plan: StoredPlan, feedback: readonly StoredFeedback[]): UmpanBalik[] {
  const rhkIds = new Set(plan.rhk.map((r) => r.rhkId));
  return feedback.flatMap((f): UmpanBalik[] => {
    const info = parsePeriodCode(f.periode);
    if (f.rhkId === null || !rhkIds.has(f.rhkId) || !info || !f.periode.startsWith(`${plan.tahun}-`)) return [];
    return [{ id: f.feedbackId, rhk: f.rhkId, periode: f.periode, tanggal: f.tanggal, pemberi: f.pemberiNip, jenis: f.jenis, teks: f.teks }];
  });
}

/** The realisation of one indicator for `periode` (see the module notes), or `undefined`. */
function realisasiOf(ind: StoredIndikator, realisations: readonly StoredRealisation[], periode: string, tahun: number): RealisasiSource | undefined {
  const recorded = realisations.find((r) => r.indikatorId === ind.indikatorId && r.periode === periode);
  if (recorded) return { indikatorId: ind.indikatorId, nilai: recorded.nilai, dari: "PERIODE", periode: [periode] };
  if (periode !== String(tahun)) return undefined;
  const series = periodicSeries(realisations, ind.indikatorId, tahun);
  const akumulasi = akumulasiOf(ind);
  const nilai = series ? aggregate(series.values, akumulasi) : null;
  if (!series || nilai === null) return undefined;
  return { indikatorId: ind.indikatorId, nilai, dari: akumulasi, periode: series.values.map((v) => v.periode) };
}

function indikatorItem(rhkId: string, ind: StoredIndikator, realisasi: number): Record<string, unknown> {
  return {
    rhk: rhkId,
    iki: ind.uraian,
    polaritas: ind.polaritas,
    ...(ind.aspek === undefined ? {} : { aspek: ind.aspek }),
    target: ind.target,
    ...(ind.targetMaks === undefined ? {} : { targetMaks: ind.targetMaks }),
    realisasi,
    ...(ind.bobot === null ? {} : { bobot: ind.bobot }),
  };
}

/** The rated BerAKHLAK values in the regulation's order, each with its rating (for strengths). */
function berakhlakOf(behaviour: StoredBehaviour | null | undefined): Record<string, unknown>[] | undefined {
  if (!behaviour) return undefined;
  const items = NILAI_DASAR.flatMap((nilaiDasar) => {
    const rating = behaviour.ratings[nilaiDasar];
    return rating === undefined ? [] : [{ nilaiDasar, rating }];
  });
  return items.length > 0 ? items : undefined;
}

function declaredOnly(input: Record<string, unknown>, policy: CompiledPolicy | undefined): Record<string, unknown> {
  if (!policy) return input;
  const declared = policy.document.inputs;
  return Object.fromEntries(Object.entries(input).filter(([key]) => Object.hasOwn(declared, key)));
}

function missingRealisation(ind: StoredIndikator, periode: string): Issue {
  return {
    code: "INPUT_INVALID",
    severity: "error",
    path: ["realisations", ind.indikatorId],
    message: {
      id: `Indikator '${ind.uraian}' (${ind.indikatorId}) belum memiliki realisasi untuk periode ${periode}`,
      en: `Indicator '${ind.uraian}' (${ind.indikatorId}) has no realisation for the period ${periode}`,
    },
  };
}

const MISSING_TEXT = {
  id: "Rencana belum dapat dinilai: ada indikator tanpa realisasi",
  en: "The plan cannot be scored yet: some indicators have no realisation",
} as const;

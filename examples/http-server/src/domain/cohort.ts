/**
 * A unit's cohort for calibration: the annual evaluations of the year (store `listCohort`) as core
 * cohort members — the NIP, the engine's predikat and the evidence behind it (capaian hasil kerja,
 * the work-result and behaviour ratings) — with the unit's predikat organisasi, which sets the
 * SE MenPANRB 3/2023 distribution constraints (`distributionConstraints` of `@kinerja/presets`).
 * @module
 */
import { RATING_EKSPEKTASI, type CohortMember, type DistributionConstraints, type KinerjaStore, type KuadranTable, type RatingEkspektasi, type StoredEvaluation, type StoredUnit, type Trace } from "@kinerja/core";
import { distributionConstraints, kuadranTable, type PredikatOrganisasi } from "@kinerja/presets";
import { HttpError, notFoundError } from "../http/errors.js";
import { everyPage } from "../http/helpers.js";

/** The annual cohort of one unit. */
export interface UnitCohort {
  readonly unit: StoredUnit;
  readonly tahun: number;
  /** The annual period, `"<tahun>"`. */
  readonly periode: string;
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** The evaluations with a predikat, by NIP. */
  readonly evaluations: readonly StoredEvaluation[];
  /** One member per evaluation, in the same order. */
  readonly members: readonly CohortMember[];
}

const ORGANISASI: readonly string[] = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];

/**
 * Loads the unit's cohort for `tahun`: 404 for an unknown unit, 409 when the unit has no predikat
 * organisasi of SE MenPANRB 3/2023 for the year (it decides the constraints).
 */
export async function unitCohort(store: KinerjaStore, unitId: string, tahun: number): Promise<UnitCohort> {
  const unit = await store.getUnit({ unitId });
  if (!unit) throw notFoundError("unit", unitId);
  const predikat = await store.getUnitPredikat({ unitId, tahun });
  if (!predikat || !ORGANISASI.includes(predikat.predikat)) throw noOrganisationPredikat(unitId, tahun);
  const periode = String(tahun);
  const all = await everyPage((page) => store.listCohort({ unitId, tahun, periode, withTrace: true, ...page }));
  const evaluations = all.filter((e) => e.predikat !== null);
  return { unit, tahun, periode, predikatOrganisasi: predikat.predikat as PredikatOrganisasi, evaluations, members: evaluations.map(memberOf) };
}

/** The SE MenPANRB 3/2023 constraints of the cohort's headcount; `null` for an empty cohort. */
export function constraintsOf(cohort: Pick<UnitCohort, "predikatOrganisasi">, headcount: number): DistributionConstraints | null {
  return headcount === 0 ? null : distributionConstraints(cohort.predikatOrganisasi, headcount);
}

/** The kuadran of PermenPANRB 6/2022 as data (scored from the preset once). */
export function kuadran(): KuadranTable {
  table ??= kuadranTable();
  return table;
}

let table: KuadranTable | undefined;

/** A cohort member from an evaluation: predikat, capaian and the ratings read from outputs and trace. */
function memberOf(e: StoredEvaluation): CohortMember {
  const skor = e.outputs["capaianHasilKerja"];
  const hasil = rating(e.outputs["ratingHasilKerjaFinal"] ?? e.outputs["ratingHasilKerja"]);
  const perilaku = rating(e.outputs["ratingPerilaku"] ?? (e.trace ? readInput(e.trace, "ratingPerilaku") : undefined));
  return {
    id: e.nip,
    predikat: e.predikat as string,
    ...(typeof skor === "number" && Number.isFinite(skor) ? { skor } : {}),
    ...(hasil ? { ratingHasilKerja: hasil } : {}),
    ...(perilaku ? { ratingPerilaku: perilaku } : {}),
  };
}

/** The value of input `name` as a decision of the trace read it (inputs are not outputs). */
function readInput(trace: Trace, name: string): unknown {
  for (const d of trace.decisions) if (Object.hasOwn(d.inputs, name)) return d.inputs[name];
  return undefined;
}

function rating(v: unknown): RatingEkspektasi | undefined {
  return typeof v === "string" && (RATING_EKSPEKTASI as readonly string[]).includes(v) ? (v as RatingEkspektasi) : undefined;
}

function noOrganisationPredikat(unitId: string, tahun: number): HttpError {
  return new HttpError(409, "CONFLICT", {
    id: `Unit '${unitId}' belum memiliki predikat kinerja organisasi tahun ${tahun} (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG): tetapkan dulu`,
    en: `Unit '${unitId}' has no organisation predikat for ${tahun} (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG): set it first`,
  });
}

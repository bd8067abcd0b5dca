/**
 * The binding of the regulations to `@kinerja/core`'s cohort calibration: the constraints of one
 * unit come from **scoring** the `se-menpanrb-3-2023` preset (its `kuota` output, with the
 * categories and labels of its `aturan` constant) and the kuadran from scoring the
 * `permenpanrb-6-2022` preset for the nine pairs of ratings. No percentage, rounding or kuadran
 * cell is written here: an agency that ships its own version of either policy passes it instead.
 * @module
 */
import {
  KinerjaError,
  proposeCalibration,
  RATING_EKSPEKTASI,
  type CalibrationProposal,
  type CohortMember,
  type CompiledPolicy,
  type CountConstraint,
  type DistributionConstraints,
  type KuadranTable,
  type LocalizedText,
  type RatingEkspektasi,
} from "@kinerja/core";
import { compilePreset } from "./index.js";

/** An organisation (unit) performance predikat of SE MenPANRB 3/2023 stage 1. */
export type PredikatOrganisasi = "ISTIMEWA" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG" | "SANGAT_KURANG";

/** Display names of the five employee predikat (official terms, the same in both languages). */
export const PREDIKAT_LABELS: Readonly<Record<string, LocalizedText>> = Object.freeze({
  SANGAT_BAIK: { id: "Sangat Baik", en: "Sangat Baik" },
  BAIK: { id: "Baik", en: "Baik" },
  BUTUH_PERBAIKAN: { id: "Butuh Perbaikan", en: "Butuh Perbaikan" },
  KURANG_MISCONDUCT: { id: "Kurang/Misconduct", en: "Kurang/Misconduct" },
  SANGAT_KURANG: { id: "Sangat Kurang", en: "Sangat Kurang" },
});

/** Options of {@link distributionConstraints}. */
export interface DistributionConstraintsOptions {
  /** An agency's own version of `se-menpanrb-3-2023` (other rounding, for example); the preset by default. */
  readonly policy?: CompiledPolicy;
}

/**
 * The distribution constraints of one unit, resolved to people for its headcount, by scoring the
 * `se-menpanrb-3-2023` preset: one constraint per `kuota` item (`id` `"BAIK:MAX"`,
 * `"BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN"`, …) with the categories and the bilingual label of its
 * rule in `aturan`. "Sebagian besar" is a warning of the preset, not a quota, so it is not included.
 * Throws the policy's `KinerjaError` `INPUT_INVALID` for an unknown organisation predikat or a
 * headcount below 1.
 *
 * @example
 * ```ts
 * distributionConstraints("BAIK", 8).constraints.map((c) => [c.id, c.min, c.max]);
 * // [["BAIK:MAX", undefined, 5], ["BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN", 1, undefined]]
 * ```
 */
export function distributionConstraints(predikatOrganisasi: PredikatOrganisasi, headcount: number, options: DistributionConstraintsOptions = {}): DistributionConstraints {
  const policy = options.policy ?? compilePreset("se-menpanrb-3-2023");
  const kuota = policy.score({ predikatOrganisasi, headcount }).outputs["kuota"] as unknown as readonly Kuota[];
  const constants = policy.document.constants ?? {};
  const categories = constants["daftarPredikat"] as readonly string[];
  const aturan = constants["aturan"] as unknown as readonly Aturan[];
  const constraints = kuota.map((k): CountConstraint => {
    const rule = aturan.find((a) => (a.predikatOrganisasi === predikatOrganisasi || a.predikatOrganisasi === "SEMUA") && a.kode === k.kode && a.jenis === k.jenis);
    if (!rule) throw missingRule(policy, k);
    const limit = k.jenis === "MAX" ? { max: k.batas } : { min: k.batas };
    return { id: `${k.kode}:${k.jenis}`, categories: rule.predikat, ...limit, label: rule.keterangan };
  });
  return { categories, constraints, categoryLabels: PREDIKAT_LABELS };
}

/**
 * The kuadran as data, by scoring the `permenpanrb-6-2022` preset (or an agency's version of it)
 * for the nine pairs of ratings: `table[ratingHasilKerja][ratingPerilaku]` is the predikat.
 *
 * @example
 * ```ts
 * kuadranTable().DI_ATAS_EKSPEKTASI.DI_ATAS_EKSPEKTASI; // "SANGAT_BAIK"
 * ```
 */
export function kuadranTable(policy: CompiledPolicy = compilePreset("permenpanrb-6-2022")): KuadranTable {
  const row = (hasil: RatingEkspektasi): Record<RatingEkspektasi, string> => {
    const cells = RATING_EKSPEKTASI.map((perilaku) => [perilaku, policy.score({ ratingHasilKerja: hasil, ratingPerilaku: perilaku }).outputs["predikat"]] as const);
    return Object.fromEntries(cells) as Record<RatingEkspektasi, string>;
  };
  return { DI_ATAS_EKSPEKTASI: row("DI_ATAS_EKSPEKTASI"), SESUAI_EKSPEKTASI: row("SESUAI_EKSPEKTASI"), DI_BAWAH_EKSPEKTASI: row("DI_BAWAH_EKSPEKTASI") };
}

/** The input of {@link calibrateUnit}. */
export interface CalibrateUnitInput {
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** The unit's employees with their predikat and evidence; the headcount is their number. */
  readonly members: readonly CohortMember[];
  /** The kuadran for the evidence flags: the `permenpanrb-6-2022` preset's by default, `false` for none. */
  readonly kuadran?: KuadranTable | false;
  /** An agency's own version of `se-menpanrb-3-2023`. */
  readonly policy?: CompiledPolicy;
}

/**
 * Checks one unit against SE MenPANRB 3/2023 and proposes the fewest predikat changes that make it
 * comply (see `proposeCalibration` in `@kinerja/core`); nothing is applied.
 *
 * @example
 * ```ts
 * const proposal = calibrateUnit({ predikatOrganisasi: "BAIK", members });
 * proposal.changes; // [{ id, from: "BAIK", to: "BUTUH_PERBAIKAN", reason, evidence, flags }]
 * ```
 */
export function calibrateUnit(input: CalibrateUnitInput): CalibrationProposal {
  const constraints = distributionConstraints(input.predikatOrganisasi, input.members.length, input.policy ? { policy: input.policy } : {});
  const kuadran = input.kuadran === false ? undefined : (input.kuadran ?? defaultKuadran());
  return proposeCalibration({ members: input.members, constraints, ...(kuadran ? { kuadran } : {}) });
}

/** A quota as the policy returns it. */
interface Kuota {
  readonly kode: string;
  readonly jenis: "MAX" | "MIN";
  readonly batas: number;
}

/** A rule of the policy's `aturan` constant. */
interface Aturan {
  readonly predikatOrganisasi: string;
  readonly kode: string;
  readonly jenis: string;
  readonly predikat: readonly string[];
  readonly keterangan: LocalizedText;
}

let kuadranCache: KuadranTable | undefined;

function defaultKuadran(): KuadranTable {
  kuadranCache ??= kuadranTable();
  return kuadranCache;
}

function missingRule(policy: CompiledPolicy, k: Kuota): KinerjaError {
  const where = `${policy.id}@${policy.version}`;
  return new KinerjaError("POLICY_INVALID", {
    id: `Kebijakan ${where}: kuota ${k.kode} (${k.jenis}) tidak memiliki aturan di konstanta 'aturan'`,
    en: `Policy ${where}: the quota ${k.kode} (${k.jenis}) has no rule in the constant 'aturan'`,
  });
}

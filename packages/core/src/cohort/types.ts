/**
 * Data shapes of cohort calibration: distribution constraints as data (already resolved to counts
 * of people for one unit), the members of a cohort with their evidence, the check of a
 * distribution and the calibration proposal.
 * @module
 */
import type { RatingEkspektasi } from "../development/strengths-types.js";
import type { LocalizedText } from "../i18n/text.js";

/** One rule on how many members may (max) or must (min) hold any of a set of categories. */
export interface CountConstraint {
  /** A stable id, unique in its constraint set (e.g. `"BAIK:MAX"`). */
  readonly id: string;
  /** The categories counted together (one for a single-category rule). */
  readonly categories: readonly string[];
  /** At least this many members hold one of `categories` (a whole number ≥ 0). */
  readonly min?: number;
  /** At most this many members hold one of `categories` (a whole number ≥ 0). */
  readonly max?: number;
  /** What the rule says, for people (e.g. "Baik paling banyak 70%"). */
  readonly label: LocalizedText;
}

/**
 * A cohort's distribution rules: the categories from best to worst and min/max counts on sets of
 * them, already resolved for this cohort's headcount (a policy such as `se-menpanrb-3-2023`
 * supplies them; nothing here knows any percentage).
 */
export interface DistributionConstraints {
  /** The categories, best first (e.g. `SANGAT_BAIK` … `SANGAT_KURANG`). */
  readonly categories: readonly string[];
  /** Every rule; all must hold at once. */
  readonly constraints: readonly CountConstraint[];
  /** Display names of the categories (the code is shown when missing). */
  readonly categoryLabels?: Readonly<Record<string, LocalizedText>>;
}

/** One member of a cohort: the current predikat and the evidence behind it. */
export interface CohortMember {
  /** Unique in the cohort (e.g. the NIP). */
  readonly id: string;
  /** The current category (predikat). */
  readonly predikat: string;
  /** Underlying evidence, higher is better (e.g. capaian hasil kerja in percent). */
  readonly skor?: number;
  /** The work-result rating behind the predikat. */
  readonly ratingHasilKerja?: RatingEkspektasi;
  /** The behaviour rating behind the predikat. */
  readonly ratingPerilaku?: RatingEkspektasi;
  /** The organisation unit, for agency-wide calibration per unit. */
  readonly unit?: string;
}

/**
 * The kuadran as data: `table[ratingHasilKerja][ratingPerilaku]` is the category those two
 * ratings give (PermenPANRB 6/2022; `@kinerja/presets` builds it by scoring its preset).
 */
export type KuadranTable = Readonly<Record<RatingEkspektasi, Readonly<Record<RatingEkspektasi, string>>>>;

/** The count and share of one category. */
export interface CategoryCount {
  readonly category: string;
  readonly count: number;
  /** `count / headcount` (0 for an empty cohort). */
  readonly share: number;
}

/** One violated constraint. */
export interface Violation {
  /** The constraint's id. */
  readonly constraint: string;
  readonly categories: readonly string[];
  /** Which limit is broken. */
  readonly bound: "MIN" | "MAX";
  /** How many members hold the constraint's categories. */
  readonly actual: number;
  /** The limit broken. */
  readonly limit: number;
  readonly message: LocalizedText;
}

/** Why no distribution of the headcount can meet the constraints: a smallest conflicting set. */
export interface InfeasibilityReason {
  /** Ids of constraints that cannot all hold together (dropping any one of them removes the conflict). */
  readonly constraints: readonly string[];
  readonly message: LocalizedText;
}

/** Whether any distribution of the headcount can comply. */
export interface Feasibility {
  readonly feasible: boolean;
  /** Empty when feasible. */
  readonly reasons: readonly InfeasibilityReason[];
}

/** The result of `checkDistribution`. */
export interface DistributionCheck {
  readonly headcount: number;
  /** Every category, best first. */
  readonly counts: readonly CategoryCount[];
  /** Every violated constraint, in constraint order (each constraint's MIN before its MAX). */
  readonly violations: readonly Violation[];
  readonly compliant: boolean;
  readonly feasibility: Feasibility;
}

/** What a proposal found: already compliant, changes proposed, or no compliant distribution exists. */
export type CalibrationStatus = "SESUAI" | "PERLU_KALIBRASI" | "TIDAK_LAYAK";

/** A warning attached to one proposed change (see `CALIBRATION_FLAG_TEXT`). */
export type CalibrationFlag = "BERTENTANGAN_DENGAN_BUKTI" | "DI_LUAR_KUADRAN" | "LEBIH_DARI_SATU_TINGKAT" | "TANPA_SKOR" | "SERI_DIPUTUS_ID";

/** The evidence a change was chosen on. */
export interface ChangeEvidence {
  readonly skor?: number;
  readonly ratingHasilKerja?: RatingEkspektasi;
  readonly ratingPerilaku?: RatingEkspektasi;
  /** The category both ratings give in the kuadran table (when both and a table are given). */
  readonly kuadran?: string;
  /** The categories the given ratings allow, best first (when some rating and a table are given). */
  readonly kuadranRange?: readonly string[];
  /** Position in the evidence order of the `from` category, 1 = strongest. */
  readonly position: number;
  /** Members in the `from` category. */
  readonly of: number;
}

/** One proposed predikat change. */
export interface CalibrationChange {
  /** The member's id. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** `NAIK` towards better categories, `TURUN` towards worse ones. */
  readonly direction: "NAIK" | "TURUN";
  /** Category levels moved (1 = adjacent). */
  readonly steps: number;
  readonly reason: LocalizedText;
  readonly evidence: ChangeEvidence;
  readonly flags: readonly CalibrationFlag[];
}

/** A calibration proposal: a diff to review, never applied by itself. */
export interface CalibrationProposal {
  readonly status: CalibrationStatus;
  readonly headcount: number;
  /** The fewest changes that make the cohort comply (empty when `SESUAI` or `TIDAK_LAYAK`). */
  readonly changes: readonly CalibrationChange[];
  /** Sum of `steps` over the changes. */
  readonly totalSteps: number;
  /** The check of the current distribution. */
  readonly before: DistributionCheck;
  /** The check of the distribution with every change accepted. */
  readonly after: DistributionCheck;
  /** Whether accepting every change makes the cohort comply. */
  readonly complies: boolean;
  readonly summary: LocalizedText;
}

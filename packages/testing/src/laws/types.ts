/**
 * The shapes of the published property laws: their ids, results, options and the profile that
 * tells the laws where the indicators, scores, bounds and distribution of a policy are.
 * @module
 */
import type { CompileOptions, LocalizedText } from "@kinerja/core";

/** The id of a published law. */
export type LawId =
  | "bounds"
  | "monotonicity"
  | "zero-weight"
  | "permutation"
  | "determinism"
  | "round-trip"
  | "table-completeness"
  | "table-exclusivity"
  | "calibration-compliance";

/** Every law, in the order {@link runPolicyLaws} runs them. */
export const LAW_IDS: readonly LawId[] = Object.freeze([
  "bounds",
  "monotonicity",
  "zero-weight",
  "permutation",
  "determinism",
  "round-trip",
  "table-completeness",
  "table-exclusivity",
  "calibration-compliance",
] as const);

/** The outcome of one law on one policy. */
export interface LawResult {
  readonly law: LawId;
  /** `not-applicable` always carries the reason in `message`; it is never a silent pass. */
  readonly status: "passed" | "failed" | "not-applicable";
  /** How many generated cases (or table points) were checked. */
  readonly runs: number;
  readonly message: LocalizedText;
  /** The smallest failing case fast-check found (or the failing table point). */
  readonly counterexample?: unknown;
  /** Where in the policy document the failure is (e.g. `["decisions", "predikat"]`). */
  readonly path?: readonly (string | number)[];
}

/**
 * A path into the outputs: `"nilai"`, or `"capaianIndikator[].capaian"` for a field of every
 * element of a list output (`[]` = every element).
 */
export type OutputPath = string;

/** The bounds an output must stay within: a numeric range and/or a closed set of values. */
export interface OutputBounds {
  readonly min?: number;
  readonly max?: number;
  /** The allowed values (enum outputs); `null` is always allowed for a nullable output. */
  readonly values?: readonly (string | number | boolean)[];
  /** Where the bound comes from (shown in failures). */
  readonly source?: string;
}

/** An output that must move with an indicator's realisation (the monotonicity law). */
export interface MonotoneOutput {
  /** The output, or `"list[].field"` for the element of a per-indicator list at the changed position. */
  readonly path: OutputPath;
  /** For enum outputs: the values from worst to best (`null` ranks below every value). */
  readonly order?: readonly string[];
}

/** Where the indicators are in the policy's inputs. */
export interface IndicatorProfile {
  /** The list input holding the indicators (e.g. `indikator`). */
  readonly list: string;
  /** The realisation field of an item; dotted for nested objects (`realisasi.kuantitas`). */
  readonly realisation: string;
  /** The target field of an item (informational; kept fixed by the laws). */
  readonly target?: string;
  /**
   * The polarity: a field of the item and its values (`up` higher-is-better, `down`
   * lower-is-better), or a constant polarity for every item when the policy has no field.
   */
  readonly polarity?: { readonly field: string; readonly up: string; readonly down?: string } | { readonly constant: "up" | "down" };
  /** The weight field of an item (e.g. `bobot`); the zero-weight law needs it. */
  readonly weight?: string;
  /** Outputs that are lists with one element per indicator, in list order (per-item decisions over the list). */
  readonly itemOutputs?: readonly string[];
  /**
   * Output paths that legitimately depend on the mere presence of an indicator, whatever its
   * weight (a count of indicators, the list of indicators without an RHK): left out of the
   * zero-weight comparison, and named in its message.
   */
  readonly presenceOutputs?: readonly OutputPath[];
}

/** Where a distribution (kuota) decision is, for the calibration-compliance law. */
export interface DistributionProfile {
  /** The organisation-predikat enum input (e.g. `predikatOrganisasi`). */
  readonly organisation: string;
  /** The headcount input (e.g. `headcount`). */
  readonly headcount: string;
  /** The output listing the quotas: items with `kode`, `jenis` (`MAX` / `MIN`) and `batas`. */
  readonly quota: string;
  /** The constant listing the rules (`predikatOrganisasi`, `kode`, `jenis`, `predikat`, `keterangan`). */
  readonly rules: string;
  /** The constant listing the employee predikat, best first. */
  readonly categories: string;
}

/** What the laws need to know about a policy beyond its declared types. */
export interface LawProfile {
  readonly indicators?: IndicatorProfile;
  /** Outputs that never decrease when a higher-is-better indicator's realisation rises. */
  readonly monotone?: readonly MonotoneOutput[];
  /** Extra bounds per output path (added to those read from the declared types). */
  readonly bounds?: Readonly<Record<OutputPath, OutputBounds>>;
  /** The predikat output, when the policy has one. */
  readonly predikat?: string;
  readonly distribution?: DistributionProfile;
  /**
   * Decision tables that are partial by design (a `null` result when no row matches is part of
   * the policy), with the reason: table-completeness reports them as not applicable.
   */
  readonly partialTables?: Readonly<Record<string, LocalizedText>>;
}

/** Options of {@link runPolicyLaws} and {@link describePolicyLaws}. */
export interface PolicyLawOptions {
  /** Generated cases per law (default 200). */
  readonly numRuns?: number;
  /** The fast-check seed (a fixed default, so runs are reproducible; pass another to explore). */
  readonly seed?: number;
  /** Which laws to run (default {@link LAW_IDS}). */
  readonly laws?: readonly LawId[];
  /** Where things are in the policy; inferred with {@link detectProfile} when absent. */
  readonly profile?: LawProfile;
  /** Passed to `compilePolicy` when a law recompiles the document (custom operators). */
  readonly compileOptions?: CompileOptions;
}

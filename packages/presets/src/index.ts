/**
 * `@kinerja/presets` — the regulations Indonesian agencies must follow, as Kinerja policy
 * documents (JSON data run by `@kinerja/core`, no regulation written in TypeScript), with their
 * golden cases, plus the `nasional` regime set that picks the regime in force on a date.
 * @module
 */
import { compilePolicy, createPolicySet, type CompiledPolicy, type PolicyDocument, type PolicySet } from "@kinerja/core";
import permenpanrb62022 from "../policies/permenpanrb-6-2022.json" with { type: "json" };
import seMenpanrb32023 from "../policies/se-menpanrb-3-2023.json" with { type: "json" };
import pp302019 from "../policies/pp-30-2019.json" with { type: "json" };
import permenpanrb82021 from "../policies/permenpanrb-8-2021.json" with { type: "json" };
import pp462011 from "../policies/pp-46-2011.json" with { type: "json" };
import permenpanrb12023 from "../policies/permenpanrb-1-2023.json" with { type: "json" };
import tukinKlhk2024 from "../policies/contoh-tukin-klhk-2024.json" with { type: "json" };
import tukinBakamla2023 from "../policies/contoh-tukin-bakamla-2023.json" with { type: "json" };
import tindakLanjutPermenpanrb62022 from "../policies/tindak-lanjut-permenpanrb-6-2022.json" with { type: "json" };
import tindakLanjutPp302019 from "../policies/tindak-lanjut-pp-30-2019.json" with { type: "json" };

/** The id of every shipped preset. */
export type PresetId =
  | "permenpanrb-6-2022"
  | "se-menpanrb-3-2023"
  | "pp-30-2019"
  | "permenpanrb-8-2021"
  | "pp-46-2011"
  | "permenpanrb-1-2023"
  | "contoh-tukin-klhk-2024"
  | "contoh-tukin-bakamla-2023"
  | "tindak-lanjut-permenpanrb-6-2022"
  | "tindak-lanjut-pp-30-2019";

/**
 * Every preset document by id. The `contoh-tukin-*` ones are agency examples, never defaults; the
 * `tindak-lanjut-*` ones are the consequence rules (a `rules` decision) run beside a scoring
 * regime, so they are not regimes of {@link nasional}.
 */
export const PRESETS: Readonly<Record<PresetId, PolicyDocument>> = Object.freeze({
  "permenpanrb-6-2022": permenpanrb62022 as PolicyDocument,
  "se-menpanrb-3-2023": seMenpanrb32023 as PolicyDocument,
  "pp-30-2019": pp302019 as PolicyDocument,
  "permenpanrb-8-2021": permenpanrb82021 as PolicyDocument,
  "pp-46-2011": pp462011 as PolicyDocument,
  "permenpanrb-1-2023": permenpanrb12023 as PolicyDocument,
  "contoh-tukin-klhk-2024": tukinKlhk2024 as PolicyDocument,
  "contoh-tukin-bakamla-2023": tukinBakamla2023 as PolicyDocument,
  "tindak-lanjut-permenpanrb-6-2022": tindakLanjutPermenpanrb62022 as PolicyDocument,
  "tindak-lanjut-pp-30-2019": tindakLanjutPp302019 as PolicyDocument,
});

/** The ids of every preset, in a stable order. */
export const PRESET_IDS: readonly PresetId[] = Object.freeze(Object.keys(PRESETS) as PresetId[]);

/** True when `id` names a shipped preset. */
export function isPresetId(id: string): id is PresetId {
  return Object.hasOwn(PRESETS, id);
}

const compiled = new Map<PresetId, CompiledPolicy>();

/**
 * The compiled preset (compiled once, then cached; a compiled policy is immutable and safe to share).
 *
 * @example
 * ```ts
 * const kuadran = compilePreset("permenpanrb-6-2022");
 * kuadran.score({ ratingHasilKerja: "SESUAI_EKSPEKTASI", ratingPerilaku: "DI_ATAS_EKSPEKTASI" }).outputs.predikat; // "BAIK"
 * ```
 */
export function compilePreset(id: PresetId): CompiledPolicy {
  let policy = compiled.get(id);
  if (!policy) {
    policy = compilePolicy(PRESETS[id]);
    compiled.set(id, policy);
  }
  return policy;
}

/** The regimes of the `nasional` set, oldest first. */
export const NASIONAL_REGIMES: readonly PresetId[] = Object.freeze(["pp-46-2011", "pp-30-2019", "permenpanrb-6-2022"] as PresetId[]);

/**
 * The `nasional` regime set: PP 46/2011, then PP 30/2019 with PermenPANRB 8/2021, then
 * PermenPANRB 6/2022, each by its effective dates; `selectVersion(nasional(), date)` picks one.
 */
export function nasional(): PolicySet {
  return createPolicySet(NASIONAL_REGIMES.map((id) => PRESETS[id]), { id: "nasional" });
}

export { readVectorFile, runVectors, type CaseOutcome, type VectorCase, type VectorReport } from "./vectors/runner.js";
export { compareExpected, type Difference } from "./vectors/compare.js";
export type { Adapter, AdapterTable, VectorInput } from "./vectors/types.js";
export { ALL_ADAPTERS } from "./vectors/adapters/index.js";
export {
  calibrateUnit,
  distributionConstraints,
  kuadranTable,
  PREDIKAT_LABELS,
  type CalibrateUnitInput,
  type DistributionConstraintsOptions,
  type PredikatOrganisasi,
} from "./distribution.js";

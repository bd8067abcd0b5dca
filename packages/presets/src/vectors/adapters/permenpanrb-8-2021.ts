/**
 * Adapter of the `capaian-iki` vector kind, run by the `permenpanrb-8-2021` preset. It only
 * reshapes: the vector's polarity names (`NORMAL`, `LOWER_IS_BETTER`) become the preset's
 * (`NAIK`, `TURUN`), a range target `{ min, max }` becomes `target` / `targetMaks`, and the one
 * indicator is a list of one; the formulas are in `policies/permenpanrb-8-2021.json`, which
 * checks every value (an invalid one throws `INPUT_INVALID`).
 * @module
 */
import { compilePreset } from "../../index.js";
import type { AdapterTable, VectorInput } from "../types.js";

/** Vector polarity → preset polarity (the preset's own names pass through). */
const POLARITAS: Readonly<Record<string, string>> = Object.freeze({ NORMAL: "NAIK", LOWER_IS_BETTER: "TURUN", NAIK: "NAIK", TURUN: "TURUN" });

/**
 * `capaian-iki`: `{ polaritas, target: number | { min, max }, realisasi }` → `{ capaianPersen }`
 * (the formula's value; `capaianDibatasi`, clamped to 0–120, is given beside it).
 */
function capaianIki(input: VectorInput): Record<string, unknown> {
  const polaritas = input["polaritas"];
  const target = input["target"];
  const range = target !== null && typeof target === "object" ? (target as Record<string, unknown>) : undefined;
  const indikator = {
    polaritas: typeof polaritas === "string" && Object.hasOwn(POLARITAS, polaritas) ? POLARITAS[polaritas] : polaritas,
    target: range ? range["min"] : target,
    ...(range ? { targetMaks: range["max"] } : {}),
    realisasi: input["realisasi"],
  };
  const list = compilePreset("permenpanrb-8-2021").score({ indikator: [indikator] }).outputs["capaianIndikator"];
  const item = Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined;
  if (!item) throw new TypeError("permenpanrb-8-2021: capaianIndikator is missing from the outputs");
  return { capaianPersen: item["capaian"], capaianDibatasi: item["capaianDibatasi"], acuan: item["acuan"] };
}

/** The adapters of the PermenPANRB 8/2021 kinds. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "capaian-iki": capaianIki,
});

/**
 * Adapters of the vector kinds run by the `permenpanrb-6-2022` preset: `predikat-matrix` (the
 * rating hasil kerja × rating perilaku kuadran, PermenPANRB 6/2022, REFERENCE.md §1.4).
 * @module
 */
import { compilePreset } from "../../index.js";
import type { AdapterTable, VectorInput } from "../types.js";

/**
 * `predikat-matrix`: `{ ratingHasilKerja, ratingPerilaku }` → `{ predikat }`, scored by the whole
 * preset with only the two ratings given (the rating hasil kerja then comes from the pejabat
 * penilai, so the kuadran table decides alone).
 */
function predikatMatrix(input: VectorInput): Record<string, unknown> {
  const { ratingHasilKerja, ratingPerilaku } = input;
  const { outputs } = compilePreset("permenpanrb-6-2022").score({ ratingHasilKerja, ratingPerilaku });
  return { predikat: outputs["predikat"] };
}

/** The adapters of the `permenpanrb-6-2022` preset, by vector kind. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "predikat-matrix": predikatMatrix,
});

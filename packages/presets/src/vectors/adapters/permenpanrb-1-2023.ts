/**
 * Adapters of the angka-kredit vector kinds, run by the `permenpanrb-1-2023` preset (PermenPANRB
 * 1/2023 + Peraturan BKN 3/2023). They only reshape: the vector's `bulan`, `periods` and `years`
 * become the preset's `periode` list, and its outputs are renamed to the vector's fields; the
 * preset checks every value (an invalid one throws `INPUT_INVALID`).
 * @module
 */
import { scorePreset } from "./score-preset.js";
import type { AdapterTable, VectorInput } from "../types.js";

/** `angka-kredit`: `{ jenjang, koefisien, predikat, bulan }` → `{ angkaKredit }` (one period). */
function angkaKredit(input: VectorInput): Record<string, unknown> {
  const { predikat, bulan } = input;
  const outputs = score({ jenjang: input["jenjang"], koefisien: input["koefisien"], periode: [{ predikat, bulan }] });
  return { angkaKredit: outputs["jumlahAngkaKredit"] };
}

/** `angka-kredit-accumulate`: `{ jenjang, koefisien, periods: [{ predikat, bulan }] }` → `{ angkaKreditKumulatif }`. */
function angkaKreditAccumulate(input: VectorInput): Record<string, unknown> {
  const periode = listOf(input, "periods").map((p) => {
    if (p === null || typeof p !== "object") throw new TypeError("angka-kredit-accumulate: every period must be an object { predikat, bulan }");
    const { predikat, bulan } = p as Record<string, unknown>;
    return { predikat, bulan };
  });
  const outputs = score({ jenjang: input["jenjang"], koefisien: input["koefisien"], periode });
  return { angkaKreditKumulatif: outputs["angkaKreditKumulatif"], cumulative: outputs["angkaKreditKumulatifPerPeriode"] };
}

/**
 * `angka-kredit-kenaikan-pangkat`: `{ jenjang, golongan, koefisien, years: [predikat…] }` →
 * `{ cumulative, eligibleForKenaikanPangkatInYear }`: each year is a 12-month period, so the
 * preset's first period meeting the kenaikan pangkat threshold is the year (null when none).
 */
function angkaKreditKenaikanPangkat(input: VectorInput): Record<string, unknown> {
  const periode = listOf(input, "years").map((predikat) => ({ predikat, bulan: 12 }));
  const outputs = score({ jenjang: input["jenjang"], golongan: input["golongan"], koefisien: input["koefisien"], periode });
  return {
    cumulative: outputs["angkaKreditKumulatifPerPeriode"],
    eligibleForKenaikanPangkatInYear: outputs["periodeMemenuhiKenaikanPangkat"],
    eligibleForKenaikanPangkat: outputs["memenuhiAkKenaikanPangkat"],
    threshold: outputs["akKenaikanPangkat"],
  };
}

/** The adapters of the angka-kredit kinds. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "angka-kredit": angkaKredit,
  "angka-kredit-accumulate": angkaKreditAccumulate,
  "angka-kredit-kenaikan-pangkat": angkaKreditKenaikanPangkat,
});

/** Scores the preset with the fields the vector gives. */
function score(input: Record<string, unknown>): Readonly<Record<string, unknown>> {
  return scorePreset("permenpanrb-1-2023", input);
}

function listOf(input: VectorInput, field: string): unknown[] {
  const value = input[field];
  if (!Array.isArray(value)) throw new TypeError(`input.${field} must be an array`);
  return value;
}

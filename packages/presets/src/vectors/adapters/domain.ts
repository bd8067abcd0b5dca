/**
 * Adapters of the vector kinds run by core's domain utilities: `nip` (NIP PNS, Perka BKN 22/2007)
 * and `jp-minimum` (competency development, PP 11/2017 Pasal 203(4)).
 * @module
 */
import { checkJpMinimum, parseNip, type JenisAsn, type JpMinimumInput } from "@kinerja/core";
import type { AdapterTable, VectorInput } from "../types.js";

/**
 * `nip`: `{ nip, today? }` → `{ valid, canonical, tanggalLahir, tmtCpns, jenisKelamin, nomorUrut,
 * reasons, warnings }`; fields a NIP does not yield when invalid are `null`; `reasons` are the
 * English messages of the problems (empty when valid), `warnings` those of the plausibility warnings.
 */
function nip(input: VectorInput): Record<string, unknown> {
  const text = input["nip"];
  const today = input["today"];
  if (typeof text !== "string") throw new TypeError("nip: input.nip must be a string");
  if (today !== undefined && typeof today !== "string") throw new TypeError("nip: input.today must be a YYYY-MM-DD string");
  const result = parseNip(text, today === undefined ? {} : { today });
  const warnings = result.warnings.map((w) => w.message.en);
  if (!result.valid) {
    return {
      valid: false,
      canonical: null,
      tanggalLahir: null,
      tmtCpns: null,
      jenisKelamin: null,
      nomorUrut: null,
      reasons: result.problems.map((p) => p.message.en),
      warnings,
    };
  }
  const { canonical, tanggalLahir, tmtCpns, jenisKelamin, nomorUrut } = result;
  return { valid: true, canonical, tanggalLahir, tmtCpns, jenisKelamin, nomorUrut, reasons: [], warnings };
}

/** `jp-minimum`: `{ jamPelajaran, jenisAsn?, minimum? }` → `{ compliant, minimum, kekurangan }`. */
function jpMinimum(input: VectorInput): Record<string, unknown> {
  const { jamPelajaran, jenisAsn, minimum } = input;
  const request: JpMinimumInput = {
    jamPelajaran: jamPelajaran as number,
    ...(jenisAsn === undefined ? {} : { jenisAsn: jenisAsn as JenisAsn }),
    ...(minimum === undefined ? {} : { minimum: minimum as number }),
  };
  const result = checkJpMinimum(request); // validates every field, throwing INPUT_INVALID
  return { compliant: result.compliant, minimum: result.minimum, kekurangan: result.kekurangan };
}

/** The adapters of the domain-utility kinds. */
export const ADAPTERS: AdapterTable = Object.freeze({ nip, "jp-minimum": jpMinimum });

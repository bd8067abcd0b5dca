/**
 * Response schemas of the distribution and calibration routes (core's `CalibrationProposal`,
 * `DistributionCheck` and `DistributionStats` shapes, documented for the OpenAPI document).
 * @module
 */
import * as z from "zod";
import { LocalizedText, RecordMetaFields } from "../http/schemas.js";

/** A read-only list (the store's records are read-only). */
function list<T extends z.ZodType>(item: T): z.ZodReadonly<z.ZodArray<T>> {
  return z.array(item).readonly();
}

const Rating = z.enum(["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"]);

/** A violated distribution rule. */
export const ViolationSchema = z.object({
  constraint: z.string(),
  categories: list(z.string()),
  bound: z.enum(["MIN", "MAX"]),
  actual: z.number().int(),
  limit: z.number().int(),
  message: LocalizedText,
});

/** The check of a distribution. */
const DistributionCheckSchema = z.object({
  headcount: z.number().int(),
  counts: list(z.object({ category: z.string(), count: z.number().int(), share: z.number() })),
  violations: list(ViolationSchema),
  compliant: z.boolean(),
  feasibility: z.object({ feasible: z.boolean(), reasons: list(z.object({ constraints: list(z.string()), message: LocalizedText })) }),
});

/** One proposed predikat change: who, from, to, why, flags. */
const ChangeSchema = z.object({
  id: z.string().meta({ description: "The employee's NIP" }),
  from: z.string(),
  to: z.string(),
  direction: z.enum(["NAIK", "TURUN"]),
  steps: z.number().int(),
  reason: LocalizedText,
  evidence: z.object({
    skor: z.number().optional(),
    ratingHasilKerja: Rating.optional(),
    ratingPerilaku: Rating.optional(),
    kuadran: z.string().optional(),
    kuadranRange: list(z.string()).optional(),
    position: z.number().int(),
    of: z.number().int(),
  }),
  flags: list(z.enum(["BERTENTANGAN_DENGAN_BUKTI", "DI_LUAR_KUADRAN", "LEBIH_DARI_SATU_TINGKAT", "TANPA_SKOR", "SERI_DIPUTUS_ID"])),
});

/** A stored calibration with its members' names. */
export const CalibrationView = z
  .object({
    calibrationId: z.string(),
    unitId: z.string(),
    tahun: z.number().int(),
    periode: z.string(),
    status: z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]),
    proposal: z.object({
      status: z.enum(["SESUAI", "PERLU_KALIBRASI", "TIDAK_LAYAK"]),
      headcount: z.number().int(),
      changes: list(ChangeSchema),
      totalSteps: z.number().int(),
      before: DistributionCheckSchema,
      after: DistributionCheckSchema,
      complies: z.boolean(),
      summary: LocalizedText,
    }),
    evaluations: z.record(z.string(), z.string()).meta({ description: "NIP → the evaluation the proposal was computed from" }),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    catatan: z.string().nullable(),
    nama: z.record(z.string(), z.string()).meta({ description: "NIP → name of each member" }),
    ...RecordMetaFields,
  })
  .meta({ id: "Calibration" });

/** The response of `GET /units/:unitId/distribution`. */
export const DistributionBody = z
  .object({
    unitId: z.string(),
    unitNama: z.string(),
    tahun: z.number().int(),
    periode: z.string(),
    predikatOrganisasi: z.string(),
    headcount: z.number().int(),
    basis: z.enum(["ENGINE", "CALIBRATED"]).meta({ description: "CALIBRATED when an accepted calibration's changes are counted" }),
    categories: list(
      z.object({
        category: z.string(),
        label: LocalizedText,
        count: z.number().int(),
        share: z.number(),
        min: z.number().int(),
        max: z.number().int(),
        minShare: z.number(),
        maxShare: z.number(),
        withinBand: z.boolean(),
      }),
    ),
    compliant: z.boolean(),
    violations: list(ViolationSchema),
    feasible: z.boolean(),
    infeasibility: list(LocalizedText),
    calibration: z.object({ calibrationId: z.string(), status: z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]), rowVersion: z.number().int(), changes: z.number().int() }).nullable(),
    members: list(z.object({ nip: z.string(), evaluationId: z.string(), predikat: z.string(), predikatFinal: z.string() })),
  })
  .meta({ id: "UnitDistribution" });

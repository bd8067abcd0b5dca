/**
 * Response schemas of the evaluation routes: the stored evaluation with its explanation, the
 * strengths and weaknesses, the recommended training, the tindak lanjut and the final predikat.
 * @module
 */
import * as z from "zod";
import { LocalizedText, StoredEvaluation } from "../http/schemas.js";

/** One follow-up event. */
export const ConsequenceEvent = z.object({ type: z.string(), params: z.record(z.string(), z.unknown()).optional() });

/** The tindak lanjut of an annual evaluation. */
export const Consequences = z
  .object({
    predikat: z.string().meta({ description: "The predikat the rules ran on (the final one)" }),
    jamPelajaran: z.number().meta({ description: "Jam pelajaran of competency development in the year" }),
    events: z.array(ConsequenceEvent),
    syaratBelumTerpenuhi: z.array(ConsequenceEvent),
    explanation: z.string().meta({ description: "Why, in the requested language" }),
  })
  .meta({ id: "Consequences", description: "Tindak lanjut (PermenPANRB 6/2022)" });

/** A strength or weakness (an indicator or a BerAKHLAK value). */
export const Finding = z
  .object({
    sumber: z.enum(["INDIKATOR", "PERILAKU"]),
    kategori: z.string(),
    message: LocalizedText,
    iki: z.string().optional(),
    rhk: z.string().optional(),
    capaian: z.number().optional(),
    ekspektasi: z.number().optional(),
    gap: z.number().optional().meta({ description: "capaian − ekspektasi, in percentage points" }),
    nilaiDasar: z.string().optional(),
    rating: z.string().optional(),
  })
  .meta({ id: "Finding", description: "A strength or weakness: an indicator (INDIKATOR) or a BerAKHLAK value (PERILAKU)" });

/** A recommended development activity. */
export const Training = z.object({
  entriId: z.string(),
  judul: LocalizedText,
  jenis: z.string(),
  jp: z.number(),
  peringkat: z.number().int(),
  kelemahan: LocalizedText,
  alasan: LocalizedText,
});

/** The response of `GET /evaluations/:evaluationId`. */
export const EvaluationViewBody = z
  .object({
    evaluation: StoredEvaluation,
    predikatFinal: z.string().nullable().meta({ description: "The predikat after an accepted calibration (the engine's own when none)" }),
    calibrationId: z.string().nullable(),
    explanation: z.string().nullable().meta({ description: "The engine's trace in plain language (requested language)" }),
    strengths: z.array(Finding),
    weaknesses: z.array(Finding),
    recommendedTraining: z.array(Training),
    withoutTraining: z.array(LocalizedText),
    consequences: Consequences.nullable(),
  })
  .meta({ id: "EvaluationView" });

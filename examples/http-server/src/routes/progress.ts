/**
 * In-year progress of a plan (pemantauan): each indicator against its pro-rated target, with the
 * on-track / at-risk flag and a plain-language explanation in both languages.
 * @module
 */
import * as z from "zod";
import { planToRead } from "../domain/cycle-guards.js";
import { today } from "../http/helpers.js";
import { flagOf, planProgress } from "../domain/progress.js";
import { LocalizedText, Periode } from "../http/schemas.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { PlanIdParam } from "./realisations.js";

const Status = z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "BELUM_ADA_DATA"]);
const Flag = z.enum(["ON_TRACK", "AT_RISK", "NO_DATA"]).meta({ description: "ON_TRACK; AT_RISK (also for OFF_TRACK); NO_DATA when nothing was recorded yet" });

/** The progress of one indicator. */
const IndicatorProgress = z.object({
  indikatorId: z.string(),
  rhkId: z.string().nullable(),
  uraian: z.string(),
  satuan: z.string().nullable(),
  polaritas: z.enum(["NAIK", "TURUN", "RENTANG"]),
  akumulasi: z.enum(["KUMULATIF", "NILAI_TERAKHIR", "RATA_RATA"]),
  bobot: z.number(),
  target: z.number(),
  targetProrata: z.number().nullable().meta({ description: "The target compared with (pro-rated for cumulative indicators)" }),
  realisasi: z.number().nullable(),
  capaian: z.number().nullable().meta({ description: "Progress in % of the (pro-rated) target, capped at 120" }),
  status: Status,
  flag: Flag,
  missingPeriods: z.array(z.string()),
  explanation: LocalizedText,
});

/** The response of `GET /plans/:planId/progress`. */
export const ProgressBody = z
  .object({
    planId: z.string(),
    periode: z.string().nullable(),
    asOf: z.string(),
    frekuensi: z.enum(["BULANAN", "TRIWULANAN"]),
    indikator: z.array(IndicatorProgress),
    rencana: z.object({ capaian: z.number().nullable(), status: Status, flag: Flag, explanation: LocalizedText }),
  })
  .meta({ id: "PlanProgress" });

/** `GET /plans/:planId/progress?periode=` — anyone who may read the plan. */
export const getProgress: RouteSpec = defineRoute({
  method: "GET",
  path: "/plans/:planId/progress",
  operationId: "getPlanProgress",
  summary: "Progress of each indicator against its pro-rated target (on track / at risk)",
  description:
    "Roles: the employee, their supervisors, the unit admin, an auditor. `periode`: a month or quarter (as of its last day), the year, or absent (as of today).",
  tags: ["cycle"],
  params: z.strictObject({ planId: PlanIdParam }),
  query: z.strictObject({ periode: Periode.optional() }),
  response: ProgressBody,
  async handler(req, ctx) {
    const plan = await planToRead(ctx, req.principal, req.params.planId);
    const realisations = await ctx.store.listRealisations({ planId: plan.planId });
    const { asOf, frekuensi, result } = planProgress(plan, realisations, req.query.periode, today(ctx.now()));
    const indikator = result.indikator.map((i) => ({
      indikatorId: i.id,
      rhkId: i.rhk ?? null,
      uraian: i.iki,
      satuan: i.satuan ?? null,
      polaritas: i.polaritas,
      akumulasi: i.akumulasi,
      bobot: i.bobot,
      target: i.target,
      targetProrata: i.targetProrata,
      realisasi: i.realisasi,
      capaian: i.capaian,
      status: i.status,
      flag: flagOf(i.status),
      missingPeriods: [...i.missingPeriods],
      explanation: i.explanation,
    }));
    const r = result.rencana;
    return {
      body: { planId: plan.planId, periode: req.query.periode ?? null, asOf, frekuensi, indikator, rencana: { capaian: r.capaian, status: r.status, flag: flagOf(r.status), explanation: r.explanation } },
    };
  },
});

/** The routes of this module. */
export const progressRoutes: readonly RouteSpec[] = [getProgress];

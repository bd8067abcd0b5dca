/**
 * Evaluating a stored plan: the plan's policy scores the input built from the store (realisations,
 * the period's behaviour assessment, the unit's predikat organisasi, the supervisor's ratings) with
 * the trace and the supervisor's feedback; the result is stored with the trace and the policy's
 * hash, and an annual evaluation moves the plan to EVALUATED.
 *
 * Those are two store writes. When the second fails (a lost connection), the evaluation is stored
 * and the plan is still AGREED; a retry of the same evaluation (the Idempotency-Key the evaluation
 * was stored with, even when the data changed meanwhile, or the same inputs giving the same
 * result) finds the stored evaluation and finishes the transition instead of answering 409, so a
 * retry heals the half-done evaluation.
 * @module
 */
import { canonicalJson, isStoreError, type CompiledPolicy, type EvaluationInput, type KinerjaStore, type RatingEkspektasi, type StoredEvaluation, type StoredPlan } from "@kinerja/core";
import { newestPublished } from "./policy-cache.js";
import { HttpError } from "../http/errors.js";
import { compact, idem } from "../http/helpers.js";
import type { AppContext } from "../http/route.js";
import { buildPlanInput, feedbackForScoring } from "./plan-input.js";

/** What the supervisor sends to evaluate a plan. */
export interface EvaluateRequest {
  readonly periode: string;
  readonly ratingPerilaku: RatingEkspektasi;
  readonly ratingHasilKerja?: RatingEkspektasi | undefined;
}

/** Who evaluates, and the key that makes a retry safe. */
export interface EvaluateBy {
  readonly actor: string;
  readonly idempotencyKey?: string | undefined;
}

/** The policy a plan is scored by: the newest published version of its `policyId`, else the default. */
export async function policyForPlan(ctx: AppContext, plan: StoredPlan): Promise<CompiledPolicy> {
  if (plan.policyId === null) return ctx.policies.default(plan.tahun);
  const stored = await newestPublished(ctx.store, plan.policyId);
  if (!stored) throw new HttpError(409, "CONFLICT", { id: `Kebijakan '${plan.policyId}' rencana ini belum diterbitkan`, en: `The plan's policy '${plan.policyId}' has not been published` });
  return ctx.policies.compile(stored);
}

/**
 * Scores and stores the evaluation of `plan` for `request.periode` (in the plan's year); an annual
 * evaluation of an AGREED plan moves it to EVALUATED. 409 for a DRAFT plan or a period already
 * evaluated, except the retry of an annual evaluation stored while the plan stayed AGREED (see the
 * module notes): it returns the stored evaluation and moves the plan on. 400 with every issue when
 * the plan cannot be scored.
 */
export async function evaluatePlan(ctx: AppContext, plan: StoredPlan, request: EvaluateRequest, by: EvaluateBy): Promise<StoredEvaluation> {
  if (plan.status === "DRAFT") throw new HttpError(409, "CONFLICT", NOT_AGREED);
  if (!request.periode.startsWith(String(plan.tahun))) throw outsideYear(request.periode, plan.tahun);
  const policy = await policyForPlan(ctx, plan);
  const { store } = ctx;
  const [realisations, behaviour, feedback, unit, pimpinanUnit] = await Promise.all([
    store.listRealisations({ planId: plan.planId }),
    store.listBehaviour({ planId: plan.planId }),
    store.listFeedback({ planId: plan.planId }),
    store.getUnitPredikat({ unitId: plan.unitId, tahun: plan.tahun }),
    headsUnit(store, plan),
  ]);
  const { input } = buildPlanInput({
    plan,
    realisations,
    periode: request.periode,
    behaviour: behaviour.find((b) => b.periode === request.periode) ?? null,
    predikatOrganisasi: unit?.predikat ?? null,
    pimpinanUnit,
    ratingPerilaku: request.ratingPerilaku,
    ...compact({ ratingHasilKerja: request.ratingHasilKerja }),
    policy,
  });
  const result = policy.score(input, { trace: true, feedback: feedbackForScoring(plan, feedback) });
  const evaluation: EvaluationInput = { planId: plan.planId, periode: request.periode, policy: result.policy, outputs: result.outputs, trace: result.trace ?? null };
  const closesPlan = request.periode === String(plan.tahun) && plan.status === "AGREED";
  const saved = await saveOrResume(store, plan, evaluation, closesPlan, by);
  if (closesPlan) await store.transitionPlan({ actor: by.actor, planId: plan.planId, expectedRowVersion: plan.rowVersion, to: "EVALUATED" });
  return saved;
}

/**
 * Saves `evaluation` (a repeat with the same Idempotency-Key and result is replayed by the store).
 * When the period is already evaluated and the plan still waits for its transition
 * (`closesPlan`), the stored evaluation is the one a failed earlier attempt of this request wrote
 * if it was stored with this Idempotency-Key or equals `evaluation` (same policy hash, outputs and
 * trace): it is returned so the caller finishes the transition. Otherwise the conflict stands (409).
 */
async function saveOrResume(store: KinerjaStore, plan: StoredPlan, evaluation: EvaluationInput, closesPlan: boolean, by: EvaluateBy): Promise<StoredEvaluation> {
  try {
    return await store.saveEvaluation({ actor: by.actor, ...idem(by.idempotencyKey), evaluation });
  } catch (error) {
    if (!closesPlan || !isStoreError(error) || error.reason !== "conflict") throw error;
    const history = await store.employeeHistory({ nip: plan.nip, periode: "SEMUA", withTrace: true });
    const stored = history.find((e) => e.planId === plan.planId && e.periode === evaluation.periode);
    if (!stored || !((await storedWithKey(store, stored, by.idempotencyKey)) || sameResult(stored, evaluation))) throw error;
    return stored;
  }
}

/** Whether `stored` was created by a write carrying `key` (its audit entry says so). */
async function storedWithKey(store: KinerjaStore, stored: StoredEvaluation, key: string | undefined): Promise<boolean> {
  if (key === undefined) return false;
  const audit = await store.listAudit({ entity: "evaluation", entityKey: stored.evaluationId });
  return audit.items.some((entry) => entry.action === "CREATE" && entry.idempotencyKey === key);
}

/** Whether `stored` holds the result `evaluation` would store (compared as canonical JSON). */
function sameResult(stored: StoredEvaluation, evaluation: EvaluationInput): boolean {
  const json = (e: Pick<EvaluationInput, "policy" | "outputs" | "trace">): string => canonicalJson(JSON.parse(JSON.stringify({ policy: e.policy, outputs: e.outputs, trace: e.trace ?? null })));
  return json(stored) === json(evaluation);
}

/** Whether the plan's owner heads their unit (see {@link isUnitHead}). */
async function headsUnit(store: KinerjaStore, plan: StoredPlan): Promise<boolean> {
  return isUnitHead(plan, plan.atasanNip === null ? null : await store.getEmployee({ nip: plan.atasanNip }));
}

/**
 * A unit head: someone with no supervisor, or whose supervisor (`atasan`, as found by their
 * `atasanNip`) works in another unit. The one rule behind the evaluation's unit-head inputs and
 * the seed's unit-admin accounts.
 */
export function isUnitHead(person: { readonly atasanNip: string | null; readonly unitId: string }, atasan: { readonly unitId: string } | null | undefined): boolean {
  if (person.atasanNip === null) return true;
  return atasan !== null && atasan !== undefined && atasan.unitId !== person.unitId;
}

function outsideYear(periode: string, tahun: number): HttpError {
  const text = { id: `Periode ${periode} bukan periode rencana tahun ${tahun}`, en: `The period ${periode} is not a period of the ${tahun} plan` };
  return new HttpError(400, "INPUT_INVALID", text, { issues: [{ path: ["body", "periode"], message: text }] });
}

const NOT_AGREED = {
  id: "Rencana ini belum disepakati atasan: sepakati dulu sebelum dinilai",
  en: "This plan has not been agreed with the supervisor yet: agree it before evaluating",
} as const;

/**
 * Loading a plan for the role a route needs: to read it, as its owner, or as a supervisor of its
 * owner (404 when it is missing, 403 when it is not the caller's to use). The If-Match, paging and
 * Idempotency-Key helpers are in `../http/helpers.ts`.
 * @module
 */
import type { StoredPlan } from "@kinerja/core";
import { notFoundError } from "../http/errors.js";
import type { AppContext, Principal } from "../http/route.js";

/** The plan, readable by `p` (404 when missing, 403 when not theirs to see). */
export function planToRead(ctx: AppContext, p: Principal, planId: string): Promise<StoredPlan> {
  return ctx.access.readablePlan(p, planId);
}

/** The plan, which `p` owns (own realisations and activities); 404 / 403. */
export async function planOfOwner(ctx: AppContext, p: Principal, planId: string): Promise<StoredPlan> {
  const plan = await ctx.access.readablePlan(p, planId);
  await ctx.access.canWriteAsEmployee(p, plan.nip);
  return plan;
}

/** The plan of someone `p` supervises (feedback, behaviour, evaluation, agreement); 404 / 403. */
export async function planOfTeamMember(ctx: AppContext, p: Principal, planId: string): Promise<StoredPlan> {
  const plan = await ctx.store.getPlan({ planId });
  if (!plan) throw notFoundError("plan", planId);
  await ctx.access.canSupervise(p, plan.nip);
  return plan;
}

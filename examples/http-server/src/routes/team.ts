/**
 * `GET /employees/:nip/team`: a supervisor's team with each member's plan and progress flag, the
 * flag of the plan's progress page (`domain/progress.ts`) as of today.
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { planFlag, type ProgressFlag } from "../domain/progress.js";
import { compact, today } from "../http/helpers.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { Nip, Page, StoredEmployee, StoredPlan as PlanSchema, Tahun } from "../http/schemas.js";

/** A member's progress flag: the plan's flag on its progress page, or `NO_PLAN`. */
export type MemberFlag = ProgressFlag | "NO_PLAN";

const Params = z.strictObject({ nip: Nip });
const Query = Page.extend({ tahun: Tahun, scope: z.enum(["direct", "all"]).default("direct") });
const Member = z
  .object({
    employee: StoredEmployee,
    plan: PlanSchema.nullable(),
    depth: z.number().int(),
    progress: z.enum(["ON_TRACK", "AT_RISK", "NO_PLAN", "NO_DATA"]),
    capaian: z.number().nullable().meta({ description: "Plan progress in % of the pro-rated target (as on the plan's progress page), null without data" }),
  })
  .meta({ id: "TeamMember" });
const TeamPage = z.object({ items: z.array(Member), nextCursor: z.string().nullable() });

/** `GET /employees/:nip/team?tahun=&scope=` [the supervisor themselves, a supervisor above, auditor]. */
export const getTeam: RouteSpec<z.infer<typeof Params>, z.infer<typeof Query>, unknown, z.infer<typeof TeamPage>> = defineRoute({
  method: "GET",
  path: "/employees/:nip/team",
  operationId: "getTeam",
  summary: "A supervisor's team with each member's plan and progress flag",
  description: "Roles: the supervisor themselves (role supervisor), a supervisor above them, or an auditor. Flags: those of each plan's progress page as of today (GET /plans/{planId}/progress without periode): ON_TRACK, AT_RISK (at risk or off track), NO_DATA; NO_PLAN without a plan.",
  tags: ["employees"],
  params: Params,
  query: Query,
  response: TeamPage,
  async handler(req, ctx) {
    const p = req.principal;
    const { nip } = req.params;
    const self = p.nip === nip && hasRole(p, "supervisor");
    if (!self && !hasRole(p, "auditor")) await ctx.access.canSupervise(p, nip);
    const { tahun, scope, cursor, limit } = req.query;
    const page = await ctx.store.listTeam({ atasanNip: nip, tahun, scope, ...compact({ cursor, limit }) });
    const asOf = today(ctx.now());
    const items = await Promise.all(
      page.items.map(async (m) => {
        const { flag, capaian }: { flag: MemberFlag; capaian: number | null } = m.plan
          ? planFlag(m.plan, await ctx.store.listRealisations({ planId: m.plan.planId }), asOf)
          : { flag: "NO_PLAN", capaian: null };
        return { employee: m.employee, plan: m.plan, depth: m.depth, progress: flag, capaian };
      }),
    );
    return { body: { items, nextCursor: page.nextCursor } };
  },
});

/** The routes of this module. */
export const teamRoutes: readonly RouteSpec[] = [getTeam as RouteSpec];

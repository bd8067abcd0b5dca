/**
 * `POST /score`: stateless scoring of one input under a published policy version (the load-test
 * target). Policy admins may also score under a draft.
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { JsonValue, PolicyRef } from "../http/schemas.js";

const Body = z.strictObject({
  policyId: z.string().min(1).max(100),
  policyVersion: z.string().min(1).max(50),
  input: z.record(z.string(), z.unknown()).meta({ description: "The policy's inputs (validated by the policy; every issue reported)" }),
  trace: z.boolean().optional().meta({ description: "Include the explanation trace" }),
});
const Result = z.object({ policy: PolicyRef, outputs: z.record(z.string(), JsonValue), trace: JsonValue.optional() }).meta({ id: "ScoreResult" });

/** `POST /score` [any authenticated]. */
export const score: RouteSpec<unknown, unknown, z.infer<typeof Body>, z.infer<typeof Result>> = defineRoute({
  method: "POST",
  path: "/score",
  operationId: "score",
  summary: "Score one input under a published policy version (nothing is stored)",
  description: "Roles: any authenticated caller (policy_admin may also score under a draft).",
  tags: ["scoring"],
  body: Body,
  response: Result,
  async handler(req, ctx) {
    const policy = await ctx.policies.get(req.body.policyId, req.body.policyVersion, { allowDraft: hasRole(req.principal, "policy_admin") });
    const result = policy.score(req.body.input, { trace: req.body.trace === true });
    return { body: { policy: result.policy, outputs: result.outputs, ...(result.trace ? { trace: result.trace } : {}) } };
  },
});

/** The routes of this module. */
export const scoreRoutes: readonly RouteSpec[] = [score] as readonly RouteSpec[];

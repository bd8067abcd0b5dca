/**
 * `GET /me`: who the token says the caller is, their employee record and the size of their team.
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { PrincipalSchema, StoredEmployee } from "../http/schemas.js";

const Me = z
  .object({
    principal: PrincipalSchema,
    employee: StoredEmployee.nullable(),
    teamSize: z.number().int().meta({ description: "Employees below the caller (direct and indirect); 0 without the supervisor role" }),
  })
  .meta({ id: "Me" });

/** `GET /me` [any authenticated]. */
export const getMe: RouteSpec<unknown, unknown, unknown, z.infer<typeof Me>> = defineRoute({
  method: "GET",
  path: "/me",
  operationId: "getMe",
  summary: "The caller: token claims, employee record and team size",
  description: "Roles: any authenticated caller.",
  tags: ["auth"],
  response: Me,
  async handler(req, ctx) {
    const { principal } = req;
    const employee = principal.nip ? await ctx.store.getEmployee({ nip: principal.nip }) : null;
    const teamSize = principal.nip && hasRole(principal, "supervisor") ? (await ctx.access.teamOf(principal.nip)).size : 0;
    return { body: { principal: { ...principal, roles: [...principal.roles] }, employee, teamSize } };
  },
});

/** The routes of this module. */
export const meRoutes: readonly RouteSpec[] = [getMe];

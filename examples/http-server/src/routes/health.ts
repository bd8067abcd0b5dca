/**
 * `GET /health`: liveness and the store behind the service.
 * @module
 */
import * as z from "zod";
import { defineRoute, type RouteSpec } from "../http/route.js";

const Health = z.object({ status: z.literal("ok"), store: z.string(), time: z.string() }).meta({ id: "Health" });

/** `GET /health` [public]. */
export const health: RouteSpec<unknown, unknown, unknown, z.infer<typeof Health>> = defineRoute({
  method: "GET",
  path: "/health",
  operationId: "getHealth",
  summary: "Liveness check: the service is up and which store it uses",
  description: "Public.",
  tags: ["system"],
  public: true,
  response: Health,
  async handler(_req, ctx) {
    return { body: { status: "ok" as const, store: ctx.store.name, time: ctx.now().toISOString() } };
  },
});

/** The routes of this module. */
export const healthRoutes: readonly RouteSpec[] = [health as RouteSpec];

/**
 * Demo login (only when `KINERJA_DEMO_LOGIN` is on): the seeded accounts and a token for one.
 * When demo login is off both routes answer 404.
 * @module
 */
import * as z from "zod";
import { issueToken } from "../auth/tokens.js";
import { HttpError } from "../http/errors.js";
import { defineRoute, type AppContext, type RouteSpec } from "../http/route.js";
import { PrincipalSchema, RoleSchema } from "../http/schemas.js";
import { demoAccounts, findAccount } from "../seed.js";

const Account = z
  .object({ account: z.string(), nama: z.string(), roles: z.array(RoleSchema), nip: z.string().nullable(), unitId: z.string().nullable() })
  .meta({ id: "DemoAccount" });
const Accounts = z.object({ items: z.array(Account) });
const LoginBody = z.strictObject({
  account: z.string().min(1).max(100).meta({ description: "A NIP, or admin-unit, admin-kota, admin-kebijakan, auditor" }),
});
const LoginReply = z.object({ token: z.string(), principal: PrincipalSchema, expiresIn: z.number().int() }).meta({ id: "DemoLogin" });

const TTL_SECONDS = 8 * 60 * 60;

/** `GET /dev/accounts` [public, demo only]. */
export const listDemoAccounts: RouteSpec<unknown, unknown, unknown, z.infer<typeof Accounts>> = defineRoute({
  method: "GET",
  path: "/dev/accounts",
  operationId: "listDemoAccounts",
  summary: "The demo accounts for the login screen (demo login only)",
  description: "Public; 404 unless KINERJA_DEMO_LOGIN is on.",
  tags: ["auth"],
  public: true,
  response: Accounts,
  async handler(_req, ctx) {
    requireDemo(ctx);
    const items = await demoAccounts(ctx.store);
    return { body: { items: items.map((a) => ({ ...a, roles: [...a.roles] })) } };
  },
});

/** `POST /dev/login` [public, demo only]. */
export const demoLogin: RouteSpec<unknown, unknown, z.infer<typeof LoginBody>, z.infer<typeof LoginReply>> = defineRoute({
  method: "POST",
  path: "/dev/login",
  operationId: "demoLogin",
  summary: "A token for a demo account (demo login only)",
  description: "Public; 404 unless KINERJA_DEMO_LOGIN is on.",
  tags: ["auth"],
  public: true,
  body: LoginBody,
  response: LoginReply,
  async handler(req, ctx) {
    requireDemo(ctx);
    const principal = await findAccount(ctx.store, req.body.account);
    if (!principal) throw new HttpError(404, "NOT_FOUND", { id: `Akun demo '${req.body.account}' tidak ada`, en: `There is no demo account '${req.body.account}'` });
    const token = await issueToken(ctx.config, { sub: principal.sub, nip: principal.nip, roles: principal.roles, unit: principal.unitId, ttlSeconds: TTL_SECONDS }, ctx.now());
    return { body: { token, principal: { ...principal, roles: [...principal.roles] }, expiresIn: TTL_SECONDS } };
  },
});

/** The routes of this module. */
export const devLoginRoutes: readonly RouteSpec[] = [listDemoAccounts, demoLogin];

function requireDemo(ctx: AppContext): void {
  if (!ctx.config.demoLogin) throw new HttpError(404, "NOT_FOUND", { id: "Login demo tidak aktif", en: "Demo login is off" });
}

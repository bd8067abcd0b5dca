/**
 * Policies: published versions are public to every signed-in caller; drafts exist only for
 * policy admins (others get 404 for a draft, as if it did not exist).
 * @module
 */
import * as z from "zod";
import { hasRole } from "../auth/access.js";
import { forbidden, notFoundError } from "../http/errors.js";
import { compact, idem, needIfMatch, upsertStatus, versionIf } from "../http/helpers.js";
import { defineRoute, type RouteSpec } from "../http/route.js";
import { Page, StoredPolicy, pageOf } from "../http/schemas.js";

const PolicyParams = z.strictObject({ policyId: z.string().min(1).max(100), version: z.string().min(1).max(50) });
const ListQuery = Page.extend({ policyId: z.string().min(1).max(100).optional(), status: z.enum(["DRAFT", "PUBLISHED"]).optional() });
const PolicyDocumentBody = z
  .record(z.string(), z.unknown())
  .meta({ description: "A Kinerja policy document (see @kinerja/core policy.schema.json); validated when saved and again when published" });
const PolicyPage = pageOf(StoredPolicy);

/** `GET /policies` [any: published; policy_admin: all]. */
export const listPolicies: RouteSpec<unknown, z.infer<typeof ListQuery>, unknown, z.infer<typeof PolicyPage>> = defineRoute({
  method: "GET",
  path: "/policies",
  operationId: "listPolicies",
  summary: "Policy versions ordered by id then version",
  description: "Roles: any authenticated caller sees published versions; policy_admin also sees drafts.",
  tags: ["policies"],
  query: ListQuery,
  response: PolicyPage,
  async handler(req, ctx) {
    const admin = hasRole(req.principal, "policy_admin");
    if (!admin && req.query.status === "DRAFT") throw forbidden();
    const status = admin ? req.query.status : "PUBLISHED";
    const { policyId, cursor, limit } = req.query;
    const page = await ctx.store.listPolicies(compact({ status, policyId, cursor, limit }));
    return { body: { items: [...page.items], nextCursor: page.nextCursor } };
  },
});

/** `GET /policies/:policyId/:version` [any: published; policy_admin: drafts too]. */
export const getPolicy: RouteSpec<z.infer<typeof PolicyParams>, unknown, unknown, z.infer<typeof StoredPolicy>> = defineRoute({
  method: "GET",
  path: "/policies/:policyId/:version",
  operationId: "getPolicy",
  summary: "One policy version",
  description: "Roles: any authenticated caller for a published version; a draft only for policy_admin (404 for others).",
  tags: ["policies"],
  params: PolicyParams,
  response: StoredPolicy,
  async handler(req, ctx) {
    const { policyId, version } = req.params;
    const policy = await ctx.store.getPolicy({ policyId, policyVersion: version });
    if (!policy || (policy.status !== "PUBLISHED" && !hasRole(req.principal, "policy_admin"))) throw notFoundError("policy", `${policyId}@${version}`);
    return { body: policy, etag: policy.rowVersion };
  },
});

/** `PUT /policies` [policy_admin] — save a draft (replacing an existing draft needs If-Match). */
export const savePolicyDraft: RouteSpec<unknown, unknown, z.infer<typeof PolicyDocumentBody>, z.infer<typeof StoredPolicy>> = defineRoute({
  method: "PUT",
  path: "/policies",
  operationId: "savePolicyDraft",
  summary: "Save a draft policy version (the body is the policy document)",
  description: "Roles: policy_admin. Replacing an existing draft needs If-Match; a published version never changes (409).",
  tags: ["policies"],
  body: PolicyDocumentBody,
  response: StoredPolicy,
  async handler(req, ctx) {
    await ctx.access.canAdminPolicies(req.principal);
    const { id, version } = req.body;
    const existing = typeof id === "string" && typeof version === "string" ? await ctx.store.getPolicy({ policyId: id, policyVersion: version }) : null;
    const saved = await ctx.store.savePolicyDraft({
      actor: req.principal.sub,
      document: req.body,
      ...(existing?.status === "DRAFT" ? versionIf(existing, req.ifMatch, req.idempotencyKey) : {}),
      ...idem(req.idempotencyKey),
    });
    return { status: upsertStatus(saved), body: saved, etag: saved.rowVersion };
  },
});

/** `POST /policies/:policyId/:version/publish` [policy_admin, If-Match]. */
export const publishPolicy: RouteSpec<z.infer<typeof PolicyParams>, unknown, unknown, z.infer<typeof StoredPolicy>> = defineRoute({
  method: "POST",
  path: "/policies/:policyId/:version/publish",
  operationId: "publishPolicy",
  summary: "Publish a draft policy version after validating it",
  description: "Roles: policy_admin. Needs If-Match with the draft's ETag.",
  tags: ["policies"],
  params: PolicyParams,
  requiresIfMatch: true,
  response: StoredPolicy,
  async handler(req, ctx) {
    await ctx.access.canAdminPolicies(req.principal);
    const { policyId, version } = req.params;
    const published = await ctx.store.publishPolicy({
      actor: req.principal.sub,
      policyId,
      policyVersion: version,
      expectedRowVersion: needIfMatch(req.ifMatch),
      ...idem(req.idempotencyKey),
    });
    return { body: published, etag: published.rowVersion };
  },
});

/** The routes of this module. */
export const policyRoutes: readonly RouteSpec[] = [listPolicies, getPolicy, savePolicyDraft, publishPolicy] as readonly RouteSpec[];

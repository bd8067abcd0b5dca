/**
 * The route registry: every HTTP operation of the service is one {@link RouteSpec} (method, path,
 * zod schemas, handler). `register.ts` mounts them on Fastify and `openapi.ts` documents them.
 * @module
 */
import type { KinerjaStore } from "@kinerja/core";
import type { ZodType } from "zod";
import type { Access } from "../auth/access.js";
import type { Config } from "../config.js";
import type { PolicyCache } from "../domain/policy-cache.js";

/** A role a token can carry; data checks narrow it further (a supervisor sees only their team). */
export type Role = "employee" | "supervisor" | "unit_admin" | "policy_admin" | "auditor";

/** Every {@link Role}. */
export const ROLES: readonly Role[] = ["employee", "supervisor", "unit_admin", "policy_admin", "auditor"];

/** Who calls: the verified claims of the bearer token. */
export interface Principal {
  /** NIP or service account. */
  readonly sub: string;
  /** The employee's NIP, `null` for service accounts. */
  readonly nip: string | null;
  readonly roles: readonly Role[];
  /** The unit a unit admin administers (and its descendants). */
  readonly unitId: string | null;
}

/** The principal of public routes. */
export const ANONYMOUS: Principal = Object.freeze({ sub: "anonymous", nip: null, roles: Object.freeze([]), unitId: null });

/** What a handler receives: the validated request parts and the caller. */
export interface RequestInfo<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** Public routes get {@link ANONYMOUS}. */
  readonly principal: Principal;
  /** The Idempotency-Key header (1–200 chars); pass it to store writes. */
  readonly idempotencyKey: string | undefined;
  /** The rowVersion from `If-Match: "<rowVersion>"` (strong ETag). */
  readonly ifMatch: number | undefined;
  /** `?lang=` or Accept-Language, default `id`. */
  readonly lang: "id" | "en";
}

/** What a handler returns. */
export interface Reply<R> {
  readonly status?: number;
  readonly body: R;
  /** The rowVersion, sent as `ETag: "<rowVersion>"`. */
  readonly etag?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One HTTP operation under `/api/v1`. */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown, R = unknown> {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** Fastify syntax under /api/v1, e.g. `/plans/:planId`. */
  readonly path: string;
  readonly operationId: string;
  /** English, one line. */
  readonly summary: string;
  /** Who may call it (roles), shown in the OpenAPI document. */
  readonly description?: string;
  readonly tags: readonly string[];
  /** No token needed (health, openapi, dev login). */
  readonly public?: boolean;
  readonly params?: ZodType<P>;
  readonly query?: ZodType<Q>;
  readonly body?: ZodType<B>;
  /** The success body. */
  readonly response: ZodType<R>;
  /**
   * The media type of the success body, default `application/json`; another type (e.g.
   * `image/svg+xml`) is sent as the Content-Type (with `charset=utf-8` for a text body) unless the
   * handler sets one, and documented as the response's content in the OpenAPI document.
   */
  readonly responseContentType?: string;
  readonly successStatus?: 200 | 201;
  /** 428 when the If-Match header is missing. */
  readonly requiresIfMatch?: boolean;
  /** Accepted request bodies, default `["application/json"]`. */
  readonly contentTypes?: readonly string[];
  handler(req: RequestInfo<P, Q, B>, ctx: AppContext): Promise<Reply<R>>;
}

/** What every handler can use. */
export interface AppContext {
  readonly store: KinerjaStore;
  readonly config: Config;
  /** Compiled policies by id+version / hash (compiled once, from the store). */
  readonly policies: PolicyCache;
  /** The access rules, bound to the store. */
  readonly access: Access;
  readonly now: () => Date;
}

/** Identity, for type inference of a route's params, query, body and response. */
export function defineRoute<P, Q, B, R>(spec: RouteSpec<P, Q, B, R>): RouteSpec<P, Q, B, R> {
  return spec;
}

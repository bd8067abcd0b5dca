/**
 * Mounts {@link RouteSpec}s on Fastify: strict zod parsing of params, query and body, the
 * caller's principal, Idempotency-Key, If-Match (428/412), ETag, success status and error mapping.
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as z from "zod";
import { createAccess } from "../auth/access.js";
import { missingToken, type TokenVerifier } from "../auth/tokens.js";
import { HttpError, fromZodError, toHttpError } from "./errors.js";
import { ANONYMOUS, type AppContext, type Principal, type RouteSpec } from "./route.js";

/** POST routes that write nothing (auditors may call them). */
const READ_ONLY_POSTS: ReadonlySet<string> = new Set(["/score"]);

/** The base path of every route. */
export const API_PREFIX = "/api/v1";

/** What {@link registerRoutes} needs besides the routes. */
export interface RegisterOptions {
  /** The shared context; `access` is replaced by a fresh one per request (its caches are per request). */
  readonly context: Omit<AppContext, "access">;
  readonly verifyToken: TokenVerifier;
  /** Parse every success body with the route's response schema (tests; off in production). */
  readonly validateResponses?: boolean;
}

/** Registers `routes` on `app` under {@link API_PREFIX}. */
export function registerRoutes(app: FastifyInstance, routes: readonly RouteSpec[], options: RegisterOptions): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: API_PREFIX + spec.path,
      handler: (request, reply) => handle(spec, request, reply, options),
    });
  }
}

async function handle(spec: RouteSpec, request: FastifyRequest, reply: FastifyReply, options: RegisterOptions): Promise<unknown> {
  let ifMatch: number | undefined;
  try {
    const principal = spec.public ? ANONYMOUS : await authenticate(request, options.verifyToken);
    request.principal = principal;
    ifMatch = parseIfMatch(request.headers["if-match"], spec.requiresIfMatch === true);
    const context: AppContext = { ...options.context, access: createAccess(options.context.store, options.context.now().getFullYear()) };
    if (spec.method !== "GET" && !spec.public && !READ_ONLY_POSTS.has(spec.path)) await context.access.canWrite(principal);
    checkContentType(spec, request);
    const info = {
      params: parsePart(spec.params, request.params ?? {}, "params"),
      query: parsePart(spec.query, queryWithoutLang(spec, request.query), "query"),
      body: spec.body ? parsePart(spec.body, request.body, "body") : undefined,
      principal,
      idempotencyKey: parseIdempotencyKey(request.headers["idempotency-key"]),
      ifMatch,
      lang: pickLang(request),
    };
    const result = await spec.handler(info, context);
    if (options.validateResponses) spec.response.parse(result.body);
    reply.code(result.status ?? spec.successStatus ?? 200);
    if (spec.responseContentType !== undefined) reply.header("content-type", contentTypeOf(spec.responseContentType, result.body));
    if (result.etag !== undefined) reply.header("etag", `"${result.etag}"`);
    for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
    return result.body;
  } catch (error) {
    const http = toHttpError(error, ifMatch !== undefined);
    if (http.status >= 500) request.log.error({ err: error, route: spec.operationId }, "request failed");
    return reply.code(http.status).headers(http.headers).send(http.toBody());
  }
}

declare module "fastify" {
  interface FastifyRequest {
    /** The verified caller (set by the route registry). */
    principal?: Principal;
  }
}

async function authenticate(request: FastifyRequest, verify: TokenVerifier): Promise<Principal> {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw missingToken();
  return verify(match[1]);
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, part: string): T {
  if (!schema) return (value ?? {}) as T;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, part);
  return parsed.data;
}

/** `?lang=` is global: removed from the query unless the route's own query schema declares it. */
function queryWithoutLang(spec: RouteSpec, query: unknown): unknown {
  if (typeof query !== "object" || query === null || !("lang" in query)) return query ?? {};
  if (spec.query instanceof z.ZodObject && "lang" in spec.query.shape) return query;
  const { lang: _lang, ...rest } = query as Record<string, unknown>;
  return rest;
}

function pickLang(request: FastifyRequest): "id" | "en" {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query?.["lang"];
  if (fromQuery === "en" || fromQuery === "id") return fromQuery;
  const accept = request.headers["accept-language"] ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}

function parseIfMatch(header: string | undefined, required: boolean): number | undefined {
  if (header === undefined || header === "") {
    if (required) throw new HttpError(428, "PRECONDITION_REQUIRED", T.ifMatchRequired);
    return undefined;
  }
  const match = /^"(\d{1,15})"$/.exec(header.trim());
  if (!match?.[1]) throw new HttpError(400, "INPUT_INVALID", T.ifMatchFormat, { issues: [{ path: ["headers", "if-match"], message: T.ifMatchFormat }] });
  return Number(match[1]);
}

function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.length < 1 || value.length > 200) {
    throw new HttpError(400, "INPUT_INVALID", T.idempotencyKey, { issues: [{ path: ["headers", "idempotency-key"], message: T.idempotencyKey }] });
  }
  return value;
}

/** The Content-Type of a success body of `type`: a text body (a string) is UTF-8. */
function contentTypeOf(type: string, body: unknown): string {
  return typeof body === "string" && !/;\s*charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}

function checkContentType(spec: RouteSpec, request: FastifyRequest): void {
  if (!spec.body || request.body === undefined) return;
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const accepted = spec.contentTypes ?? ["application/json"];
  if (!accepted.includes(type)) throw unsupportedMediaType(accepted);
}

/** 415 UNSUPPORTED_MEDIA_TYPE naming the accepted types. */
export function unsupportedMediaType(accepted: readonly string[] = ["application/json"]): HttpError {
  const list = accepted.join(", ");
  return new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", { id: `Jenis isi (Content-Type) tidak didukung; gunakan ${list}`, en: `Unsupported Content-Type; use ${list}` });
}

const T = {
  ifMatchRequired: { id: 'Header If-Match wajib ada: kirim ETag terakhir, mis. If-Match: "3"', en: 'The If-Match header is required: send the last ETag, e.g. If-Match: "3"' },
  ifMatchFormat: { id: 'If-Match harus berupa ETag kuat berisi angka, mis. "3"', en: 'If-Match must be a strong numeric ETag, e.g. "3"' },
  idempotencyKey: { id: "Idempotency-Key harus 1–200 karakter", en: "Idempotency-Key must be 1–200 characters" },
} as const;

/**
 * `buildApp`: the Fastify instance of the service over any `KinerjaStore` — security headers,
 * rate limit, body limit, error mapping, the route registry, the OpenAPI document, Swagger UI and
 * the web app. Tests call it with a store and use `app.inject()`.
 * @module
 */
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { KinerjaStore } from "@kinerja/core";
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { createTokenVerifier } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { createPolicyCache } from "./domain/policy-cache.js";
import { registerDocs } from "./http/docs.js";
import { HttpError, notFoundError, toHttpError } from "./http/errors.js";
import { registerRoutes, unsupportedMediaType } from "./http/register.js";
import type { RouteSpec } from "./http/route.js";
import { loadWebAssets, registerWeb, type WebAssetsLoader } from "./http/web.js";
import { routes as allRoutes } from "./routes/index.js";

/** What {@link buildApp} takes. */
export interface BuildAppOptions {
  readonly store: KinerjaStore;
  readonly config: Config;
  /** Fastify's logger options, merged over the default (pino at `config.logLevel`, authorization redacted); `false` for none. */
  readonly logger?: FastifyServerOptions["logger"];
  /** The routes (default: every route of `routes/index.ts`). */
  readonly routes?: readonly RouteSpec[];
  /** The clock of handlers and access checks (default: now). */
  readonly now?: () => Date;
  /** The web app's assets; `false` serves no web app (default: the esbuild bundle, built on first request). */
  readonly webAssets?: WebAssetsLoader | false;
  /** Check every success body against its route's response schema (tests). */
  readonly validateResponses?: boolean;
}

/** Headers and paths never written to the log. */
export const LOG_REDACT: readonly string[] = ["req.headers.authorization", "req.headers.cookie", "headers.authorization"];

/**
 * Builds the service. Call `await app.ready()` (or `inject`/`listen`, which do) before use.
 *
 * @example
 * ```ts
 * const app = buildApp({ store, config: testConfig() });
 * const res = await app.inject({ method: "GET", url: "/api/v1/health" });
 * ```
 */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const { store, config } = options;
  const routes = options.routes ?? allRoutes;
  const serverOptions: FastifyServerOptions = {
    logger: options.logger === false ? false : { level: config.logLevel, redact: [...LOG_REDACT], ...(typeof options.logger === "object" ? options.logger : {}) },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    logController: new LogController({ disableRequestLogging: true }),
  };
  const app = Fastify(serverOptions);
  app.addContentTypeParser(["text/csv", "text/plain"], { parseAs: "string" }, (_request, body, done) => done(null, body));
  app.register(helmet, { contentSecurityPolicy: { useDefaults: true, directives: CSP } });
  app.register(rateLimit, {
    max: config.rateLimitMax,
    timeWindow: "1 minute",
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, "RATE_LIMITED", {
        id: `Terlalu banyak permintaan; coba lagi dalam ${context.after}`,
        en: `Too many requests; try again in ${context.after}`,
      }),
  });
  app.setErrorHandler((error, request, reply) => {
    const http = fromFastifyError(error);
    if (http.status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(http.status).headers(http.headers).send(http.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    const http = notFoundError("route", `${request.method} ${request.url.split("?")[0] ?? ""}`);
    return reply.code(404).send(http.toBody());
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? "(none)", status: reply.statusCode, ms: Math.round(reply.elapsedTime), nip: request.principal?.nip ?? undefined },
      "request",
    );
  });
  const context = { store, config, policies: createPolicyCache(store), now: options.now ?? (() => new Date()) };
  const verifyToken = createTokenVerifier(config);
  app.register(async (scope) => {
    registerRoutes(scope, routes, { context, verifyToken, validateResponses: options.validateResponses ?? false });
    registerDocs(scope, routes);
    if (options.webAssets !== false) registerWeb(scope, options.webAssets ?? loadWebAssets);
  });
  return app;
}

/** The Content-Security-Policy: only same-origin scripts (the web app and Swagger UI are served locally). */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Fastify's own errors (body parsing, limits) → the bilingual error body. */
function fromFastifyError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const { code, statusCode: status } = (typeof error === "object" && error !== null ? error : {}) as Partial<FastifyError>;
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE" || status === 413) {
    return new HttpError(413, "PAYLOAD_TOO_LARGE", { id: "Isi permintaan terlalu besar", en: "The request body is too large" });
  }
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || status === 415) return unsupportedMediaType();
  if (status !== undefined && status >= 400 && status < 500) {
    return new HttpError(status === 400 ? 400 : status, "INPUT_INVALID", {
      id: "Permintaan tidak dapat dibaca (periksa JSON dan header)",
      en: "The request could not be read (check the JSON and the headers)",
    });
  }
  return toHttpError(error);
}

/**
 * The service configuration, read from environment variables and validated with zod.
 * @module
 */
import { randomBytes } from "node:crypto";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";

/** The default SQLite file: `examples/http-server/.kinerja/server.sqlite`. */
export const DEFAULT_DATABASE_FILE: string = resolve(dirname(fileURLToPath(import.meta.url)), "..", ".kinerja", "server.sqlite");

/** The validated configuration of the service. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** `sqlite:<path>`, `:memory:`, `postgres://…` or `mysql://…`. */
  readonly databaseUrl: string;
  /** The HS256 secret (≥ 32 bytes); random per process when not configured. */
  readonly tokenSecret: string;
  /** True when `tokenSecret` was generated for this process (tokens die with it). */
  readonly tokenSecretGenerated: boolean;
  /** SIMPEG's identity provider key set (RS256/ES256), verified in addition to HS256 tokens. */
  readonly jwksUrl: string | null;
  /** The expected `iss` claim. */
  readonly tokenIssuer: string;
  /** Demo login routes (`/dev/login`, `/dev/accounts`) are on (off unless asked for; `pnpm start` on the default SQLite file turns them on). */
  readonly demoLogin: boolean;
  /** Requests per minute per client IP (behind a reverse proxy, set TRUST_PROXY so the client's address is used). */
  readonly rateLimitMax: number;
  /** Fastify's `trustProxy`: `true`, or the proxies' addresses / CIDRs, comma-separated (default off). */
  readonly trustProxy: boolean | string;
  /** Largest request body in bytes. */
  readonly bodyLimit: number;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

const Bool = z.enum(["1", "0", "true", "false", "on", "off", "yes", "no"]).transform((v) => ["1", "true", "on", "yes"].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().min(1).optional(),
  KINERJA_TOKEN_SECRET: z.string().min(32, "KINERJA_TOKEN_SECRET needs at least 32 characters").optional(),
  KINERJA_JWKS_URL: z.url().optional(),
  KINERJA_TOKEN_ISSUER: z.string().min(1).default("kinerja"),
  KINERJA_DEMO_LOGIN: Bool.optional(),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: z.string().min(1).optional(),
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /**
   * Turn demo login on when `KINERJA_DEMO_LOGIN` is unset and the default SQLite file is used
   * (`pnpm start`); default false, so an application embedding the service never gets it by accident.
   */
  readonly demoLoginByDefault?: boolean;
}

/**
 * Reads the configuration from `env` (default `process.env`); throws a readable error listing
 * every invalid variable.
 *
 * @example
 * ```ts
 * const config = loadConfig({ PORT: "0", DATABASE_URL: ":memory:" });
 * ```
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, options: LoadConfigOptions = {}): Config {
  const parsed = EnvSchema.safeParse(pickDefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${DEFAULT_DATABASE_FILE}`;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    tokenSecret: e.KINERJA_TOKEN_SECRET ?? randomBytes(32).toString("base64url"),
    tokenSecretGenerated: e.KINERJA_TOKEN_SECRET === undefined,
    jwksUrl: e.KINERJA_JWKS_URL ?? null,
    tokenIssuer: e.KINERJA_TOKEN_ISSUER,
    demoLogin: e.KINERJA_DEMO_LOGIN ?? (options.demoLoginByDefault === true && e.DATABASE_URL === undefined),
    rateLimitMax: e.RATE_LIMIT_MAX,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    bodyLimit: e.BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}

/** A configuration for tests: in-memory defaults, a fixed secret, demo login on, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ DATABASE_URL: ":memory:", KINERJA_TOKEN_SECRET: "test-secret-test-secret-test-secret!!", KINERJA_DEMO_LOGIN: "on", LOG_LEVEL: "silent" }),
    ...overrides,
  };
}

/** `TRUST_PROXY`: unset or `false` → off, `true` → every proxy, else the proxies' addresses / CIDRs. */
function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === "false" || value === "0") return false;
  return value === "true" ? true : value;
}

function pickDefined(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

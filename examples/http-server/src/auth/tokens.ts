/**
 * Bearer tokens: JWTs signed HS256 with the service secret, or RS256/ES256 by SIMPEG's identity
 * provider (verified against its JWKS). Claims: `sub`, `nip?`, `roles`, `unit?`, `iss`, `aud`
 * `"kinerja"`, `exp` (required, at most 12 hours after `iat`), `iat`.
 * @module
 */
import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import * as z from "zod";
import type { Config } from "../config.js";
import { isHttpError, unauthenticated, type HttpError } from "../http/errors.js";
import type { Principal, Role } from "../http/route.js";
import { Nip, RoleSchema } from "../http/schemas.js";

/** The audience every token must name. */
export const TOKEN_AUDIENCE = "kinerja";
/** The longest lifetime of a token, in seconds (12 hours). */
export const MAX_TOKEN_SECONDS: number = 12 * 60 * 60;

/** Verifies a bearer token and returns its principal; throws a 401 {@link HttpError}. */
export type TokenVerifier = (token: string) => Promise<Principal>;

/** What {@link issueToken} signs. */
export interface TokenClaims {
  readonly sub: string;
  readonly nip?: string | null;
  readonly roles: readonly Role[];
  readonly unit?: string | null;
  /** Lifetime in seconds, default 8 hours, at most 12. */
  readonly ttlSeconds?: number;
}

const Claims = z.object({
  sub: z.string().min(1).max(200),
  nip: Nip.nullish(),
  roles: z.array(RoleSchema).max(5),
  unit: z.string().min(1).max(100).nullish(),
  exp: z.number(),
  iat: z.number().optional(),
});

/**
 * Signs an HS256 token with `config.tokenSecret`.
 *
 * @example
 * ```ts
 * const token = await issueToken(config, { sub: nip, nip, roles: ["employee"] });
 * ```
 */
export async function issueToken(config: Pick<Config, "tokenSecret" | "tokenIssuer">, claims: TokenClaims, now: Date = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const ttl = Math.min(claims.ttlSeconds ?? 8 * 60 * 60, MAX_TOKEN_SECONDS);
  return new SignJWT({ roles: [...claims.roles], ...(claims.nip ? { nip: claims.nip } : {}), ...(claims.unit ? { unit: claims.unit } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(config.tokenIssuer)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl)
    .sign(secretKey(config.tokenSecret));
}

/** The {@link TokenVerifier} of a configuration (HS256 secret, plus the JWKS when configured). */
export function createTokenVerifier(config: Pick<Config, "tokenSecret" | "tokenIssuer" | "jwksUrl">): TokenVerifier {
  const secret = secretKey(config.tokenSecret);
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  const options = { issuer: config.tokenIssuer, audience: TOKEN_AUDIENCE, requiredClaims: ["exp", "sub"] };
  return async (token) => {
    try {
      const alg = decodeProtectedHeader(token).alg;
      const { payload } =
        alg === "HS256"
          ? await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] })
          : jwks
            ? await jwtVerify(token, jwks, { ...options, algorithms: ["RS256", "ES256"] })
            : invalid();
      return toPrincipal(payload);
    } catch (error) {
      throw toUnauthenticated(error);
    }
  };
}

/** The principal of verified claims; throws 401 when they are malformed or live longer than 12 hours. */
export function toPrincipal(payload: JWTPayload): Principal {
  const parsed = Claims.safeParse(payload);
  if (!parsed.success) throw unauthenticated(T.claims);
  const c = parsed.data;
  const start = c.iat ?? Math.floor(Date.now() / 1000);
  if (c.exp - start > MAX_TOKEN_SECONDS) throw unauthenticated(T.tooLong);
  return Object.freeze({ sub: c.sub, nip: c.nip ?? null, roles: Object.freeze([...new Set(c.roles)]), unitId: c.unit ?? null });
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

function invalid(): never {
  throw unauthenticated(T.alg);
}

function toUnauthenticated(error: unknown): HttpError {
  if (isHttpError(error)) return error;
  if (error instanceof errors.JWTExpired) return unauthenticated(T.expired);
  if (error instanceof errors.JWSSignatureVerificationFailed) return unauthenticated(T.signature);
  if (error instanceof errors.JWTClaimValidationFailed) return unauthenticated(T.claims);
  return unauthenticated(T.invalid);
}

const T = {
  expired: { id: "Token sudah kedaluwarsa; silakan masuk lagi", en: "The token has expired; please sign in again" },
  signature: { id: "Tanda tangan token tidak sah", en: "The token signature is invalid" },
  claims: { id: "Isi token (klaim) tidak sah", en: "The token claims are invalid" },
  tooLong: { id: "Masa berlaku token lebih dari 12 jam", en: "The token lives longer than 12 hours" },
  alg: { id: "Algoritme token tidak diterima", en: "The token algorithm is not accepted" },
  invalid: { id: "Token tidak sah", en: "The token is invalid" },
  missing: { id: "Token tidak ada; kirim header Authorization: Bearer <token>", en: "No token; send an Authorization: Bearer <token> header" },
} as const;

/** The 401 for a request without a bearer token. */
export function missingToken(): HttpError {
  return unauthenticated(T.missing);
}

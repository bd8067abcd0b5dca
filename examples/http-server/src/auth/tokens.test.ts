import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, type TestApp } from "../http/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function me(headers: Record<string, string>): Promise<{ status: number; body: { error?: { code: string; message: { id: string; en: string } } } }> {
  const res = await t.app.inject({ method: "GET", url: "/api/v1/me", headers });
  return { status: res.statusCode, body: res.json() };
}

function expect401(r: { status: number; body: { error?: { code: string; message: { id: string; en: string } } } }): void {
  expect(r.status).toBe(401);
  expect(r.body.error?.code).toBe("UNAUTHENTICATED");
  expect(r.body.error?.message.id.length).toBeGreaterThan(0);
  expect(r.body.error?.message.en.length).toBeGreaterThan(0);
}

describe("bearer tokens", () => {
  it("accepts a valid token and returns the principal", async () => {
    const r = await me(bearer(await t.token(HEAD_DISHUB)));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ principal: { nip: HEAD_DISHUB, roles: ["employee", "supervisor", "unit_admin"] }, teamSize: 1 });
  });

  it("answers 401 without a token, with a bilingual message", async () => {
    const r = await me({});
    expect401(r);
    expect(r.body.error?.message.en).toMatch(/Authorization/);
  });

  it("answers 401 for an expired token", async () => {
    const past = new Date(Date.now() - 10 * 3600_000);
    const { issueToken } = await import("./tokens.js");
    const token = await issueToken(t.config, { sub: HEAD_DISHUB, nip: HEAD_DISHUB, roles: ["employee"], ttlSeconds: 3600 }, past);
    const r = await me(bearer(token));
    expect401(r);
    expect(r.body.error?.message.en).toMatch(/expired/);
  });

  it("answers 401 for a token signed with another secret", async () => {
    const token = await sign({ sub: "x", roles: ["auditor"] }, "another-secret-another-secret-another!!");
    const r = await me(bearer(token));
    expect401(r);
    expect(r.body.error?.message.en).toMatch(/signature/);
  });

  it("answers 401 for a token living longer than 12 hours, a wrong audience or unknown roles", async () => {
    expect401(await me(bearer(await sign({ sub: "x", roles: ["auditor"] }, t.config.tokenSecret, 13 * 3600))));
    expect401(await me(bearer(await sign({ sub: "x", roles: ["auditor"] }, t.config.tokenSecret, 3600, "other"))));
    expect401(await me(bearer(await sign({ sub: "x", roles: ["root"] }, t.config.tokenSecret))));
    expect401(await me({ authorization: "Bearer not-a-jwt" }));
    expect401(await me({ authorization: "Basic abc" }));
  });
});

async function sign(claims: Record<string, unknown>, secret: string, ttl = 3600, audience = "kinerja"): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(String(claims["sub"]))
    .setIssuer("kinerja")
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .sign(new TextEncoder().encode(secret));
}

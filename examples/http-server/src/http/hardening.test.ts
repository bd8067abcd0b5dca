import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "./test-app.js";

const EMPLOYEE = "198609262015051001";
const SCORE = { policyId: "permenpanrb-6-2022", policyVersion: "x", input: {} };

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp({ config: { rateLimitMax: 1000, bodyLimit: 2048 } });
  token = await t.token(EMPLOYEE);
});
afterAll(async () => t.close());

describe("hardening", () => {
  it("sends security headers (CSP with same-origin scripts only)", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/health" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("answers 413 with a bilingual body for a body over the limit", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/score", headers: bearer(token), payload: { ...SCORE, input: { big: "x".repeat(4000) } } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: { id: expect.any(String), en: expect.any(String) } });
  });

  it("answers 415 for a content type the route does not accept", async () => {
    const plain = await t.app.inject({ method: "POST", url: "/api/v1/score", headers: { ...bearer(token), "content-type": "text/plain" }, payload: "hello" });
    expect(plain.statusCode).toBe(415);
    expect(plain.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const xml = await t.app.inject({ method: "POST", url: "/api/v1/score", headers: { ...bearer(token), "content-type": "application/xml" }, payload: "<a/>" });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("rejects unknown keys and wrong types with every issue, bilingual, under body/query/params", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/score", headers: bearer(token), payload: { ...SCORE, policyVersion: 3, extra: true } });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.issues.length).toBe(2);
    for (const i of error.issues) {
      expect(i.path[0]).toBe("body");
      expect(i.message.id).toBeTruthy();
      expect(i.message.en).toBeTruthy();
    }
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/employees/123", headers: bearer(token) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(["params", "nip"]);
    const json = await t.app.inject({ method: "POST", url: "/api/v1/score", headers: { ...bearer(token), "content-type": "application/json" }, payload: "{oops" });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe("INPUT_INVALID");
  });

  it("answers unknown API routes with a bilingual 404", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
  });

  it("requires If-Match on updates (428) and rejects a stale one (412), returning the ETag", async () => {
    const created = await t.app.inject({ method: "POST", url: "/api/v1/plans", headers: bearer(token), payload: { tahun: 2030, rhk: [rhk("A")] } });
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    expect(created.headers["etag"]).toBe('"1"');
    const url = `/api/v1/plans/${plan.planId}`;
    const missing = await t.app.inject({ method: "PUT", url, headers: bearer(token), payload: { rhk: [rhk("B")] } });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error.code).toBe("PRECONDITION_REQUIRED");
    const ok = await t.app.inject({ method: "PUT", url, headers: { ...bearer(token), "if-match": '"1"' }, payload: { rhk: [rhk("B")] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["etag"]).toBe('"2"');
    const stale = await t.app.inject({ method: "PUT", url, headers: { ...bearer(token), "if-match": '"1"' }, payload: { rhk: [rhk("C")] } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.code).toBe("PRECONDITION_FAILED");
    const get = await t.app.inject({ method: "GET", url, headers: bearer(token) });
    expect(get.headers["etag"]).toBe('"2"');
    expect(get.json().rhk[0].uraian).toBe("B");
  });

  it("replays a write with the same Idempotency-Key: same body, written once", async () => {
    const headers = { ...bearer(token), "idempotency-key": "plan-2031-a" };
    const payload = { tahun: 2031, rhk: [rhk("A")] };
    const first = await t.app.inject({ method: "POST", url: "/api/v1/plans", headers, payload });
    const second = await t.app.inject({ method: "POST", url: "/api/v1/plans", headers, payload });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    const audit = await t.store.listAudit({ entity: "plan", entityKey: first.json().planId });
    expect(audit.items.length).toBe(1);
    const admin = await t.token("admin-kota");
    const unitHeaders = { ...bearer(admin), "idempotency-key": "unit-x" };
    const unitBody = { nama: "Unit X", parentId: "PEMKOT-MEDAN" };
    const u1 = await t.app.inject({ method: "PUT", url: "/api/v1/units/UNIT-X", headers: unitHeaders, payload: unitBody });
    const u2 = await t.app.inject({ method: "PUT", url: "/api/v1/units/UNIT-X", headers: unitHeaders, payload: unitBody });
    expect([u1.statusCode, u2.statusCode]).toEqual([201, 201]);
    expect(u2.json()).toEqual(u1.json());
    expect((await t.store.listAudit({ entity: "unit", entityKey: "UNIT-X" })).items.length).toBe(1);
    const bad = await t.app.inject({ method: "POST", url: "/api/v1/plans", headers: { ...bearer(token), "idempotency-key": "" }, payload });
    expect(bad.statusCode).toBe(400);
  });
});

describe("rate limit", () => {
  it("answers 429 with a bilingual body past the limit", async () => {
    const limited = await createTestApp({ seed: false, config: { rateLimitMax: 3 } });
    try {
      const codes: number[] = [];
      let last;
      for (let i = 0; i < 4; i++) {
        last = await limited.app.inject({ method: "GET", url: "/api/v1/health" });
        codes.push(last.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      expect(last?.json().error).toMatchObject({ code: "RATE_LIMITED", message: { id: expect.stringMatching(/Terlalu banyak/), en: expect.stringMatching(/Too many/) } });
      expect(last?.headers["retry-after"]).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});

function rhk(uraian: string): { uraian: string; jenis: "TAMBAHAN"; indikator: { uraian: string; target: number; satuan: string }[] } {
  return { uraian, jenis: "TAMBAHAN", indikator: [{ uraian: `${uraian} selesai`, target: 10, satuan: "dokumen" }] };
}

describe("request log", () => {
  it("writes one line per request with method, route pattern, status, time and the caller's NIP — no token, no body", async () => {
    const lines: string[] = [];
    const logged = await createTestApp({ config: { logLevel: "info" }, logger: { level: "info", stream: { write: (line: string) => void lines.push(line) } } });
    try {
      const staff = await logged.token(EMPLOYEE);
      await logged.app.inject({ method: "GET", url: `/api/v1/employees/${EMPLOYEE}`, headers: bearer(staff) });
      const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l["msg"] === "request");
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ method: "GET", route: "/api/v1/employees/:nip", status: 200, nip: EMPLOYEE });
      expect(typeof requests[0]?.["ms"]).toBe("number");
      const all = lines.join("\n");
      expect(all).not.toContain(staff);
      expect(all).not.toContain("jabatan");
    } finally {
      await logged.close();
    }
  });
});

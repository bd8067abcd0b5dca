import { compilePreset } from "@kinerja/presets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, HEAD_PUSKESMAS, type TestApp } from "../http/test-app.js";

// Belawan: Dishub = head 197501012000031001 + 198609262015051001; Puskesmas = head 197602142001121002
// + 199003152019032008, 199407142019032001; Kecamatan = head 197703232002031003 + 2 staff.
const DISHUB_STAFF = "198609262015051001";
const PKM_STAFF = "199003152019032008";
const UNKNOWN_NIP = "199901012020011001";

let t: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const a of [HEAD_DISHUB, HEAD_PUSKESMAS, DISHUB_STAFF, PKM_STAFF, "admin-unit", "admin-kota", "admin-kebijakan", "auditor"]) tokens[a] = await t.token(a);
});
afterAll(async () => t.close());

async function call(who: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: () => any; headers: Record<string, unknown> }> {
  const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { ...bearer(tokens[who] as string), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, json: () => res.json(), headers: res.headers };
}

describe("employees", () => {
  it("an employee reads themselves, not a colleague of another unit nor an unknown NIP (403 either way)", async () => {
    expect((await call(DISHUB_STAFF, "GET", `/employees/${DISHUB_STAFF}`)).status).toBe(200);
    expect((await call(DISHUB_STAFF, "GET", `/employees/${PKM_STAFF}`)).status).toBe(403);
    expect((await call(DISHUB_STAFF, "GET", `/employees/${UNKNOWN_NIP}`)).status).toBe(403);
    expect((await call(DISHUB_STAFF, "GET", `/employees?unitId=DINAS-PERHUBUNGAN-BELAWAN`)).status).toBe(403);
  });

  it("a supervisor reads their team, not another supervisor's team", async () => {
    expect((await call(HEAD_DISHUB, "GET", `/employees/${DISHUB_STAFF}`)).status).toBe(200);
    expect((await call(HEAD_DISHUB, "GET", `/employees/${PKM_STAFF}`)).status).toBe(403);
    const own = await call(HEAD_DISHUB, "GET", `/employees/${HEAD_DISHUB}/team?tahun=2024`);
    expect(own.status).toBe(200);
    expect(own.json().items.map((m: { employee: { nip: string } }) => m.employee.nip)).toEqual([DISHUB_STAFF]);
    expect(["ON_TRACK", "AT_RISK", "NO_DATA"]).toContain(own.json().items[0].progress);
    expect((await call(HEAD_DISHUB, "GET", `/employees/${HEAD_PUSKESMAS}/team?tahun=2024`)).status).toBe(403);
    expect((await call(DISHUB_STAFF, "GET", `/employees/${DISHUB_STAFF}/team?tahun=2024`)).status).toBe(403);
  });

  it("a unit admin sees their unit and below; an auditor sees all and an unknown NIP is then a 404", async () => {
    expect((await call("admin-unit", "GET", `/employees?unitId=DINAS-KESEHATAN-PUSKESMAS-BELAWAN`)).json().items.length).toBe(3);
    expect((await call("admin-unit", "GET", `/employees?unitId=DINAS-PERHUBUNGAN-BELAWAN`)).status).toBe(403);
    expect((await call("admin-unit", "GET", `/employees/${DISHUB_STAFF}`)).status).toBe(403);
    expect((await call("admin-kota", "GET", `/employees/${DISHUB_STAFF}`)).status).toBe(200);
    expect((await call("admin-kota", "GET", `/employees?unitId=DINAS-PERHUBUNGAN-BELAWAN`)).status).toBe(200);
    expect((await call("auditor", "GET", `/employees`)).json().items.length).toBe(8);
    expect((await call("auditor", "GET", `/employees/${UNKNOWN_NIP}`)).status).toBe(404);
  });

  it("only a unit admin of the unit writes employees; auditors never write", async () => {
    const body = { nama: "Pegawai Baru", unitId: "DINAS-PERHUBUNGAN-BELAWAN", atasanNip: HEAD_DISHUB, jabatan: "Analis" };
    expect((await call("admin-unit", "PUT", `/employees/${UNKNOWN_NIP}`, body)).status).toBe(403);
    expect((await call("auditor", "PUT", `/employees/${UNKNOWN_NIP}`, body)).status).toBe(403);
    expect((await call(HEAD_PUSKESMAS, "PUT", `/employees/${UNKNOWN_NIP}`, body)).status).toBe(403);
    const created = await call(HEAD_DISHUB, "PUT", `/employees/${UNKNOWN_NIP}`, body);
    expect(created.status).toBe(201);
    expect((await call(HEAD_DISHUB, "PUT", `/employees/${UNKNOWN_NIP}`, { ...body, nama: "Baru" })).status).toBe(428);
    const updated = await call(HEAD_DISHUB, "PUT", `/employees/${UNKNOWN_NIP}`, { ...body, nama: "Baru" }, { "if-match": '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.json().rowVersion).toBe(2);
  });
});

describe("units", () => {
  it("anyone signed in reads units; only an admin of the parent changes one; the predikat needs an ancestor admin or policy admin", async () => {
    expect((await call(DISHUB_STAFF, "GET", `/units`)).json().items.length).toBe(4);
    expect((await call(DISHUB_STAFF, "GET", `/units/PEMKOT-MEDAN`)).headers["etag"]).toBe('"1"');
    expect((await call("admin-unit", "PUT", `/units/SUB-PKM`, { nama: "Pustu", parentId: "DINAS-KESEHATAN-PUSKESMAS-BELAWAN" })).status).toBe(201);
    expect((await call("admin-unit", "PUT", `/units/SUB-DISHUB`, { nama: "X", parentId: "DINAS-PERHUBUNGAN-BELAWAN" })).status).toBe(403);
    expect((await call("admin-unit", "PUT", `/units/DINAS-KESEHATAN-PUSKESMAS-BELAWAN/predikat/2025`, { predikat: "BAIK" })).status).toBe(403);
    expect((await call("admin-kota", "PUT", `/units/DINAS-KESEHATAN-PUSKESMAS-BELAWAN/predikat/2025`, { predikat: "BAIK" })).status).toBe(201);
    expect((await call("admin-kebijakan", "PUT", `/units/DINAS-KESEHATAN-PUSKESMAS-BELAWAN/predikat/2025`, { predikat: "SANGAT_BAIK" })).status).toBe(428);
    expect((await call("admin-kebijakan", "PUT", `/units/DINAS-KESEHATAN-PUSKESMAS-BELAWAN/predikat/2025`, { predikat: "SANGAT_BAIK" }, { "if-match": '"1"' })).status).toBe(200);
  });
});

describe("plans", () => {
  it("reading a plan by id follows the owner's readers; agreeing needs the supervisor", async () => {
    const plan = await t.store.findPlan({ nip: DISHUB_STAFF, tahun: 2024 });
    expect(plan).not.toBeNull();
    const url = `/plans/${plan?.planId}`;
    expect((await call(DISHUB_STAFF, "GET", url)).status).toBe(200);
    expect((await call(HEAD_DISHUB, "GET", url)).status).toBe(200);
    expect((await call(PKM_STAFF, "GET", url)).status).toBe(403);
    expect((await call(HEAD_PUSKESMAS, "GET", url)).status).toBe(403);
    expect((await call("auditor", "GET", url)).status).toBe(200);
    expect((await call(DISHUB_STAFF, "GET", `/plans/no-such-plan`)).status).toBe(404);
    expect((await call(PKM_STAFF, "GET", `/employees/${DISHUB_STAFF}/plans/2024`)).status).toBe(403);
    expect((await call("admin-unit", "GET", `/plans?tahun=2024`)).json().items.length).toBe(3);
    expect((await call(DISHUB_STAFF, "GET", `/plans?tahun=2024`)).status).toBe(403);

    const draft = (await call(DISHUB_STAFF, "POST", `/plans`, { tahun: 2025, rhk: [{ uraian: "R", jenis: "TAMBAHAN", indikator: [{ uraian: "I", target: 1, satuan: "x" }] }] })).json();
    expect((await call(PKM_STAFF, "POST", `/plans`, { nip: DISHUB_STAFF, tahun: 2026, rhk: draft.rhk.map(strip) })).status).toBe(403);
    expect((await call(HEAD_PUSKESMAS, "POST", `/plans/${draft.planId}/agree`, undefined, { "if-match": '"1"' })).status).toBe(403);
    expect((await call(DISHUB_STAFF, "POST", `/plans/${draft.planId}/agree`, undefined, { "if-match": '"1"' })).status).toBe(403);
    const agreed = await call(HEAD_DISHUB, "POST", `/plans/${draft.planId}/agree`, undefined, { "if-match": '"1"' });
    expect(agreed.status).toBe(200);
    expect(agreed.json().status).toBe("AGREED");
    expect((await call(HEAD_DISHUB, "PUT", `/plans/${draft.planId}`, { rhk: draft.rhk.map(strip) }, { "if-match": '"2"' })).status).toBe(403);
  });
});

describe("policies", () => {
  it("a draft is visible only to policy admins, until published", async () => {
    const document = { ...compilePreset("permenpanrb-6-2022").document, version: "2099.1" };
    expect((await call(DISHUB_STAFF, "PUT", `/policies`, document)).status).toBe(403);
    const saved = await call("admin-kebijakan", "PUT", `/policies`, document);
    expect(saved.status).toBe(201);
    const { policyId, policyVersion } = saved.json();
    const url = `/policies/${policyId}/${policyVersion}`;
    expect((await call(DISHUB_STAFF, "GET", url)).status).toBe(404);
    expect((await call("auditor", "GET", url)).status).toBe(404);
    expect((await call("admin-kebijakan", "GET", url)).status).toBe(200);
    const listed = (who: string): Promise<string[]> => call(who, "GET", `/policies`).then((r) => r.json().items.map((p: { policyVersion: string }) => p.policyVersion));
    expect(await listed(DISHUB_STAFF)).not.toContain("2099.1");
    expect(await listed("admin-kebijakan")).toContain("2099.1");
    expect((await call(DISHUB_STAFF, "GET", `/policies?status=DRAFT`)).status).toBe(403);
    const score = { policyId, policyVersion, input: { ratingHasilKerja: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" } };
    expect((await call(DISHUB_STAFF, "POST", `/score`, score)).status).toBe(404);
    expect((await call(DISHUB_STAFF, "POST", `${url}/publish`, undefined, { "if-match": '"1"' })).status).toBe(403);
    expect((await call("admin-kebijakan", "POST", `${url}/publish`)).status).toBe(428);
    expect((await call("admin-kebijakan", "POST", `${url}/publish`, undefined, { "if-match": '"1"' })).status).toBe(200);
    expect((await call(DISHUB_STAFF, "GET", url)).status).toBe(200);
    const scored = await call(DISHUB_STAFF, "POST", `/score`, { ...score, trace: true });
    expect(scored.status).toBe(200);
    expect(scored.json().outputs.predikat).toBe("BAIK");
    expect(scored.json().trace).toBeDefined();
  });

  it("scoring an invalid input answers 400 with every issue", async () => {
    const r = await call(DISHUB_STAFF, "POST", `/score`, { policyId: "belawan-skp", policyVersion: (await publishedVersion()) ?? "", input: { ratingHasilKerja: "X" } });
    expect(r.status).toBe(400);
    expect(r.json().error.code).toBe("INPUT_INVALID");
    const issues = r.json().error.issues as { path: (string | number)[]; message: { id: string; en: string } }[];
    expect(issues.length).toBeGreaterThanOrEqual(1);
    for (const i of issues) expect(i.message.id && i.message.en).toBeTruthy();
  });
});

async function publishedVersion(): Promise<string | undefined> {
  const page = await t.store.listPolicies({ policyId: "belawan-skp", status: "PUBLISHED" });
  return page.items[0]?.policyVersion;
}

function strip(r: { uraian: string; jenis: string; indikator: { uraian: string; target: number; satuan: string }[] }): unknown {
  return { uraian: r.uraian, jenis: r.jenis, indikator: r.indikator.map((k) => ({ uraian: k.uraian, target: k.target, satuan: k.satuan })) };
}

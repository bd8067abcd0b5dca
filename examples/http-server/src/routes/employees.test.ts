import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, type TestApp } from "../http/test-app.js";

const UNIT = "DINAS-PERHUBUNGAN-BELAWAN";
const NIP_A = "199101012020011001";
const NIP_B = "199202022020012002";

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.token(HEAD_DISHUB);
});
afterAll(async () => t.close());

async function importBody(payload: string | object, contentType = "application/json", token = admin): Promise<{ status: number; body: any }> {
  const res = await t.app.inject({ method: "POST", url: "/api/v1/employees/import", headers: { ...bearer(token), "content-type": contentType }, payload: typeof payload === "string" ? payload : JSON.stringify(payload) });
  return { status: res.statusCode, body: res.json() };
}

describe("POST /employees/import", () => {
  it("stores every good row of a JSON import and reports the bad one in the middle", async () => {
    const r = await importBody({
      employees: [
        { nip: NIP_A, nama: "A", unitId: UNIT, atasanNip: HEAD_DISHUB, jabatan: "Analis" },
        { nip: "123", nama: "", unitId: UNIT, jabatan: "Analis" },
        { nip: NIP_B, nama: "B", unitId: UNIT, atasanNip: HEAD_DISHUB, jabatan: "Pengelola", jenisAsn: "PNS" },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 2, updated: 0, failed: 1 });
    expect(r.body.results.map((x: { ok: boolean }) => x.ok)).toEqual([true, false, true]);
    const bad = r.body.results[1];
    expect(bad).toMatchObject({ row: 2, nip: "123", error: { code: "INPUT_INVALID" } });
    expect(bad.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual(expect.arrayContaining([["body", "employees", 1, "nip"], ["body", "employees", 1, "nama"]]));
    expect(await t.store.getEmployee({ nip: NIP_B })).toMatchObject({ nama: "B" });
  });

  it("imports CSV, updating existing employees; a row for another admin's unit fails alone", async () => {
    const csv = [
      "nip,nama,unitId,atasanNip,jabatan,jenjang,jenisAsn",
      `${NIP_A},A baru,${UNIT},${HEAD_DISHUB},Analis,AHLI_MUDA,PNS`,
      `199303032020012003,C,DINAS-KESEHATAN-PUSKESMAS-BELAWAN,,Perawat,,PNS`,
      `199404042020011004,D,${UNIT},,Sopir,,`,
    ].join("\n");
    const r = await importBody(csv, "text/csv");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 1, updated: 1, failed: 1 });
    expect(r.body.results[1]).toMatchObject({ row: 2, ok: false, error: { code: "FORBIDDEN" } });
    expect(await t.store.getEmployee({ nip: NIP_A })).toMatchObject({ nama: "A baru", jenjang: "AHLI_MUDA", rowVersion: 2 });
    expect(await t.store.getEmployee({ nip: "199404042020011004" })).toMatchObject({ atasanNip: null });
  });

  it("reports a NIP the store rejects (bad date part) on its row", async () => {
    const r = await importBody({ employees: [{ nip: "199113452020011001", nama: "X", unitId: UNIT, jabatan: "Analis" }] });
    expect(r.body.failed).toBe(1);
    expect(r.body.results[0].error.code).toBe("INPUT_INVALID");
  });

  it("refuses callers without unit_admin, bodies of the wrong type and empty CSV", async () => {
    const staff = await t.token("198609262015051001");
    expect((await importBody({ employees: [{}] }, "application/json", staff)).status).toBe(403);
    expect((await importBody("nip,nama", "text/plain")).status).toBe(415);
    expect((await importBody("nip,nama,unitId\n", "text/csv")).status).toBe(400);
    expect((await importBody({ employees: [] })).status).toBe(400);
  });
});

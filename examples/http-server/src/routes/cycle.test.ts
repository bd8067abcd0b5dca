import type { StoredPlan } from "@kinerja/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, HEAD_PUSKESMAS, type TestApp } from "../http/test-app.js";

// One performance cycle through the S2 routes on the stored Belawan example: a new Dinas
// Perhubungan employee records realisations and activities, the unit head gives feedback, rates
// behaviour and evaluates; the unit (now two BAIK for a BAIK unit) breaks SE MenPANRB 3/2023, so
// the calibration proposal demotes the weaker evidence, the head accepts it, and the evaluation
// shows the final predikat. Then every route refuses the roles it must refuse.
const NEW_NIP = "199201012018011001";
const OTHER_STAFF = "199003152019032008"; // Puskesmas staff, unrelated to Dishub
const RAHMAT = "198609262015051001"; // Dishub staff, BAIK with capaian 115.08
const DISHUB = "DINAS-PERHUBUNGAN-BELAWAN";

let t: TestApp;
let plan: StoredPlan;
const tokens: Record<string, string> = {};
const ids: { evaluationId?: string; calibrationId?: string } = {};

async function call(who: string, method: "GET" | "POST" | "PUT", url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { ...bearer(tokens[who] as string), ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
  return { status: res.statusCode, body: String(res.headers["content-type"] ?? "").includes("json") ? res.json() : res.body, headers: res.headers };
}

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date("2024-12-20T09:00:00Z") });
  await t.store.putEmployee({ actor: "test", nip: NEW_NIP, nama: "Dewi Lestari", unitId: DISHUB, atasanNip: HEAD_DISHUB, jabatan: "Pengatur Lalu Lintas" });
  const draft = await t.store.createPlan({
    actor: NEW_NIP,
    nip: NEW_NIP,
    tahun: 2024,
    rhk: [
      {
        rhkId: "DL-R1",
        uraian: "Rambu dan respons gangguan lalu lintas terkelola",
        parentRhkId: "DISHUB-2024-RHK-3",
        indikator: [
          { indikatorId: "DL-I1", uraian: "Jumlah rambu lalu lintas dipasang", target: 40, satuan: "rambu", bobot: 60 },
          { indikatorId: "DL-I2", uraian: "Waktu respons laporan gangguan (jam)", target: 24, satuan: "jam", polaritas: "TURUN", bobot: 40 },
        ],
      },
    ],
  });
  plan = await t.store.transitionPlan({ actor: HEAD_DISHUB, planId: draft.planId, expectedRowVersion: draft.rowVersion, to: "AGREED" });
  for (const who of [NEW_NIP, HEAD_DISHUB, HEAD_PUSKESMAS, OTHER_STAFF, "auditor", "admin-kebijakan", "admin-kota"]) tokens[who] = await t.token(who);
});

afterAll(async () => {
  await t.close();
});

describe("the performance cycle through the HTTP routes", () => {
  it("records, evaluates, explains, calibrates and gives the final predikat", async () => {
    const p = `/plans/${plan.planId}`;
    // Realisations: monthly (progress) and the annual one (evaluation); an update needs If-Match.
    for (const [periode, nilai] of [["2024-01", 6], ["2024-02", 7], ["2024-03", 5]] as const) {
      expect((await call(NEW_NIP, "PUT", `${p}/realisations/DL-I1/${periode}`, { nilai })).status).toBe(201);
    }
    expect((await call(NEW_NIP, "PUT", `${p}/realisations/DL-I2/2024-03`, { nilai: 30 })).status).toBe(201);
    const first = await call(NEW_NIP, "PUT", `${p}/realisations/DL-I1/2024`, { nilai: 30 });
    expect([first.status, first.headers["etag"]]).toEqual([201, '"1"']);
    expect((await call(NEW_NIP, "PUT", `${p}/realisations/DL-I1/2024`, { nilai: 36 })).body.error.code).toBe("PRECONDITION_REQUIRED");
    const updated = await call(NEW_NIP, "PUT", `${p}/realisations/DL-I1/2024`, { nilai: 36 }, { "if-match": '"1"' });
    expect([updated.status, updated.body.nilai, updated.headers["etag"]]).toEqual([200, 36, '"2"']);
    expect((await call(NEW_NIP, "PUT", `${p}/realisations/DL-I1/2024`, { nilai: 37 }, { "if-match": '"1"' })).status).toBe(412);
    expect((await call(NEW_NIP, "PUT", `${p}/realisations/DL-I2/2024`, { nilai: 24 })).status).toBe(201);
    expect((await call(NEW_NIP, "GET", `${p}/realisations?periode=2024`)).body.items.map((r: { indikatorId: string; nilai: number }) => [r.indikatorId, r.nilai])).toEqual([
      ["DL-I1", 36],
      ["DL-I2", 24],
    ]);

    // Progress as of March: 18 signs against 40 × 3/12 = 10 (capped 120); 30 hours against 24 (TURUN: 75%).
    const progress = await call(HEAD_DISHUB, "GET", `${p}/progress?periode=2024-03`);
    expect(progress.status).toBe(200);
    expect(progress.body.indikator.map((i: { indikatorId: string; targetProrata: number; realisasi: number; capaian: number; flag: string }) => [i.indikatorId, i.targetProrata, i.realisasi, i.capaian, i.flag])).toEqual([
      ["DL-I1", 10, 18, 120, "ON_TRACK"],
      ["DL-I2", 24, 30, 75, "AT_RISK"],
    ]);
    expect(progress.body.indikator[0].explanation.id).not.toBe(progress.body.indikator[0].explanation.en);

    // Activity, feedback, behaviour.
    const activity = await call(NEW_NIP, "POST", `${p}/activities`, { rhkId: "DL-R1", tanggal: "2024-03-04", uraian: "Memasang 2 rambu di Jl. Pelabuhan Raya", jumlah: 2, satuan: "rambu" });
    expect([activity.status, activity.body.nip]).toEqual([201, NEW_NIP]);
    expect((await call(HEAD_DISHUB, "GET", `${p}/activities?from=2024-03-01&to=2024-03-31`)).body.items).toHaveLength(1);
    const feedback = await call(HEAD_DISHUB, "POST", `${p}/feedback`, { rhkId: "DL-R1", periode: "2024-03", tanggal: "2024-03-28", jenis: "ARAHAN", teks: "Percepat respons laporan gangguan" });
    expect([feedback.status, feedback.body.pemberiNip]).toEqual([201, HEAD_DISHUB]);
    const behaviour = await call(HEAD_DISHUB, "PUT", `${p}/behaviour/2024`, { ratings: { BERORIENTASI_PELAYANAN: "SESUAI_EKSPEKTASI", ADAPTIF: "DI_BAWAH_EKSPEKTASI" }, catatan: "Perlu lebih cepat" });
    expect(behaviour.status).toBe(201);
    expect((await call(NEW_NIP, "GET", `${p}/behaviour`)).body.items).toHaveLength(1);

    // Evaluation: capaian (36/40 = 90%, 24/24 = 100%) → 94 → SESUAI → with SESUAI behaviour, BAIK.
    const created = await call(HEAD_DISHUB, "POST", `${p}/evaluations`, { periode: "2024", ratingPerilaku: "SESUAI_EKSPEKTASI" }, { "idempotency-key": "eval-1" });
    expect(created.status).toBe(201);
    expect([created.body.evaluation.predikat, created.body.evaluation.outputs.capaianHasilKerja, created.body.predikatFinal]).toEqual(["BAIK", 94, "BAIK"]);
    ids.evaluationId = created.body.evaluation.evaluationId as string;
    expect((await t.store.getPlan({ planId: plan.planId }))?.status).toBe("EVALUATED");
    const replayed = await call(HEAD_DISHUB, "POST", `${p}/evaluations`, { periode: "2024", ratingPerilaku: "SESUAI_EKSPEKTASI" }, { "idempotency-key": "eval-1" });
    expect([replayed.status, replayed.body.evaluation.evaluationId]).toEqual([201, ids.evaluationId]);
    expect((await call(HEAD_DISHUB, "POST", `${p}/evaluations`, { periode: "2024", ratingPerilaku: "SESUAI_EKSPEKTASI" })).status).toBe(409);
    expect((await call(HEAD_DISHUB, "GET", "/plans/no-such-plan/progress")).status).toBe(404);
    expect((await call(NEW_NIP, "GET", `${p}/evaluations`)).body.items.map((e: { periode: string }) => e.periode)).toEqual(["2024"]);

    // The explanation in both languages, strengths, weaknesses, training and tindak lanjut.
    const id = await call(NEW_NIP, "GET", `/evaluations/${ids.evaluationId}?lang=id`);
    const en = await call(NEW_NIP, "GET", `/evaluations/${ids.evaluationId}?lang=en`);
    expect(id.body.explanation).toContain("Kebijakan");
    expect(en.body.explanation).toContain("Policy");
    expect(en.body.explanation).toContain("Percepat respons laporan gangguan");
    expect(id.body.evaluation.trace).toBeNull();
    expect(en.body.weaknesses.map((w: { sumber: string; iki?: string; nilaiDasar?: string }) => [w.sumber, w.iki ?? w.nilaiDasar])).toEqual([
      ["INDIKATOR", "Jumlah rambu lalu lintas dipasang"],
      ["PERILAKU", "ADAPTIF"],
    ]);
    // The Belawan catalogue answers both: traffic engineering (keyword and unit) and the Adaptif mentoring.
    expect(en.body.recommendedTraining.map((r: { entriId: string }) => r.entriId)).toEqual(["PEL-MRLL-DISHUB", "MENTOR-ADAPTIF"]);
    expect(id.body.recommendedTraining[0].alasan.id).toContain("kata kunci 'lalu lintas'");
    expect(en.body.consequences.predikat).toBe("BAIK");
    expect(en.body.consequences.events.map((e: { type: string }) => e.type)).toContain("PENGEMBANGAN_KOMPETENSI");
    const consequences = await call(NEW_NIP, "GET", `/evaluations/${ids.evaluationId}/consequences?lang=en`);
    expect(consequences.body.explanation).toMatch(/^\d+\. tindakLanjut/);

    // Distribution: Rahmat (BAIK) and Dewi (BAIK) in a BAIK unit: Baik at most 1, BP + K at least 1.
    const before = await call(HEAD_DISHUB, "GET", `/units/${DISHUB}/distribution?tahun=2024`);
    expect(before.status).toBe(200);
    expect([before.body.headcount, before.body.compliant, before.body.basis, before.body.calibration]).toEqual([2, false, "ENGINE", null]);
    expect(before.body.violations.map((v: { constraint: string }) => v.constraint)).toEqual(["BAIK:MAX", "BUTUH_PERBAIKAN+KURANG_MISCONDUCT:MIN"]);
    const svg = await call(HEAD_DISHUB, "GET", `/units/${DISHUB}/distribution.svg?tahun=2024&lang=en`);
    expect([svg.status, svg.headers["content-type"]]).toEqual([200, "image/svg+xml; charset=utf-8"]);
    expect(String(svg.body)).toMatch(/^<svg[^>]+role="img"/);

    // Propose → the weaker evidence (capaian 94 < 115.08) moves BAIK → BUTUH_PERBAIKAN; accept.
    const proposed = await call(HEAD_DISHUB, "POST", `/units/${DISHUB}/calibrations`, { tahun: 2024 }, { "idempotency-key": "cal-1" });
    expect([proposed.status, proposed.body.status, proposed.body.proposal.status]).toEqual([201, "PROPOSED", "PERLU_KALIBRASI"]);
    expect(proposed.body.proposal.changes.map((c: { id: string; from: string; to: string }) => [c.id, c.from, c.to])).toEqual([[NEW_NIP, "BAIK", "BUTUH_PERBAIKAN"]]);
    expect(proposed.body.nama[NEW_NIP]).toBe("Dewi Lestari");
    ids.calibrationId = proposed.body.calibrationId as string;
    const replay = await call(HEAD_DISHUB, "POST", `/units/${DISHUB}/calibrations`, { tahun: 2024 }, { "idempotency-key": "cal-1" });
    expect(replay.body.calibrationId).toBe(ids.calibrationId);
    const c = `/calibrations/${ids.calibrationId}`;
    expect((await call(HEAD_DISHUB, "POST", `${c}/decision`, { decision: "ACCEPTED" })).status).toBe(428);
    const accepted = await call(HEAD_DISHUB, "POST", `${c}/decision`, { decision: "ACCEPTED", catatan: "Sesuai rapat kalibrasi" }, { "if-match": `"${proposed.body.rowVersion}"` });
    expect([accepted.status, accepted.body.status, accepted.body.decidedBy]).toEqual([200, "ACCEPTED", HEAD_DISHUB]);
    expect((await call(HEAD_DISHUB, "GET", `/units/${DISHUB}/calibrations?tahun=2024`)).body.items).toHaveLength(1);

    // The final predikat: the evaluation is unchanged, the accepted calibration overlays it.
    const after = await call(NEW_NIP, "GET", `/evaluations/${ids.evaluationId}?lang=id`);
    expect([after.body.evaluation.predikat, after.body.predikatFinal, after.body.calibrationId]).toEqual(["BAIK", "BUTUH_PERBAIKAN", ids.calibrationId]);
    expect(after.body.consequences.predikat).toBe("BUTUH_PERBAIKAN");
    const calibrated = await call(HEAD_DISHUB, "GET", `/units/${DISHUB}/distribution?tahun=2024`);
    expect([calibrated.body.basis, calibrated.body.compliant, calibrated.body.calibration.status]).toEqual(["CALIBRATED", true, "ACCEPTED"]);
    const rahmat = calibrated.body.members.find((m: { nip: string }) => m.nip === RAHMAT);
    expect(rahmat.predikatFinal).toBe("BAIK");

    // Competency and audit.
    expect((await call(NEW_NIP, "POST", `/employees/${NEW_NIP}/competency`, { tanggal: "2024-05-02", nama: "Diklat rekayasa lalu lintas", jp: 12 })).status).toBe(201);
    const competency = await call(HEAD_DISHUB, "GET", `/employees/${NEW_NIP}/competency?tahun=2024`);
    expect(competency.body.perTahun).toEqual([expect.objectContaining({ tahun: 2024, jamPelajaran: 12, minimum: 20, kekurangan: 8, compliant: false })]);
    const audit = await call("auditor", "GET", `/audit?entity=calibration&entityKey=${ids.calibrationId}`);
    expect(audit.body.items.map((a: { action: string; actor: string }) => [a.action, a.actor])).toEqual([
      ["CREATE", HEAD_DISHUB],
      ["TRANSITION", HEAD_DISHUB],
    ]);
  });
});

describe("who each route refuses (403)", () => {
  const p = (): string => `/plans/${plan.planId}`;
  const cases: [string, "GET" | "POST" | "PUT", () => string, unknown, readonly string[]][] = [
    ["list realisations", "GET", () => `${p()}/realisations`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["record a realisation", "PUT", () => `${p()}/realisations/DL-I1/2024-04`, { nilai: 1 }, [HEAD_DISHUB, OTHER_STAFF, "auditor", "admin-kota"]],
    ["list activities", "GET", () => `${p()}/activities`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["add an activity", "POST", () => `${p()}/activities`, { tanggal: "2024-04-01", uraian: "x" }, [HEAD_DISHUB, OTHER_STAFF, "auditor"]],
    ["list feedback", "GET", () => `${p()}/feedback`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["give feedback", "POST", () => `${p()}/feedback`, { periode: "2024-04", teks: "x" }, [NEW_NIP, HEAD_PUSKESMAS, "auditor", "admin-kota"]],
    ["list behaviour", "GET", () => `${p()}/behaviour`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS]],
    ["rate behaviour", "PUT", () => `${p()}/behaviour/2024-Q2`, { ratings: {} }, [NEW_NIP, HEAD_PUSKESMAS, "auditor", "admin-kota"]],
    ["read progress", "GET", () => `${p()}/progress`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["evaluate", "POST", () => `${p()}/evaluations`, { periode: "2024-Q2", ratingPerilaku: "SESUAI_EKSPEKTASI" }, [NEW_NIP, HEAD_PUSKESMAS, "auditor", "admin-kota"]],
    ["list evaluations", "GET", () => `${p()}/evaluations`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS]],
    ["read an evaluation", "GET", () => `/evaluations/${ids.evaluationId}`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["read consequences", "GET", () => `/evaluations/${ids.evaluationId}/consequences`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS]],
    ["list competency", "GET", () => `/employees/${NEW_NIP}/competency`, undefined, [OTHER_STAFF, HEAD_PUSKESMAS]],
    ["add competency", "POST", () => `/employees/${NEW_NIP}/competency`, { tanggal: "2024-06-01", nama: "x", jp: 1 }, [OTHER_STAFF, HEAD_PUSKESMAS, "auditor"]],
    ["read the distribution", "GET", () => `/units/${DISHUB}/distribution?tahun=2024`, undefined, [NEW_NIP, HEAD_PUSKESMAS, "admin-kebijakan"]],
    ["read the chart", "GET", () => `/units/${DISHUB}/distribution.svg?tahun=2024`, undefined, [NEW_NIP, HEAD_PUSKESMAS]],
    ["propose a calibration", "POST", () => `/units/${DISHUB}/calibrations`, { tahun: 2024 }, [NEW_NIP, HEAD_PUSKESMAS, "auditor", "admin-kebijakan"]],
    ["list calibrations", "GET", () => `/units/${DISHUB}/calibrations`, undefined, [NEW_NIP, HEAD_PUSKESMAS]],
    ["read a calibration", "GET", () => `/calibrations/${ids.calibrationId}`, undefined, [NEW_NIP, HEAD_PUSKESMAS]],
    ["read the audit log", "GET", () => `/audit?entity=plan&entityKey=${plan.planId}`, undefined, [NEW_NIP, HEAD_DISHUB, "admin-kebijakan", "admin-kota"]],
  ];
  it.each(cases)("%s", async (_name, method, url, body, refused) => {
    for (const who of refused) {
      const res = await call(who, method, url(), body);
      expect([who, res.status, res.body.error?.code]).toEqual([who, 403, "FORBIDDEN"]);
      expect(res.body.error.message.id.length).toBeGreaterThan(0);
    }
  });

  it("refuses a decision by another unit's admin and by an auditor, with If-Match given", async () => {
    for (const who of [HEAD_PUSKESMAS, "auditor", NEW_NIP]) {
      const res = await call(who, "POST", `/calibrations/${ids.calibrationId}/decision`, { decision: "REJECTED" }, { "if-match": '"2"' });
      expect([who, res.status]).toEqual([who, 403]);
    }
  });
});

/**
 * The authorization matrix, run against SQLite and against the real PostgreSQL server: every
 * non-public route refuses a caller without a token (401), an auditor's token never writes (403),
 * and for each role the cycle's resources of the Belawan example are readable or writable exactly
 * as the access rules say (employees of other units, other supervisors' teams, other units'
 * calibrations, the audit log, unpublished policies). Then idempotency (a replayed write returns
 * the same body and is stored once) and optimistic concurrency (two writers with the same If-Match:
 * one wins, the other gets 412) on both stores.
 */
import { randomBytes } from "node:crypto";
import type { KinerjaStore } from "@kinerja/core";
import { createPostgresStore } from "@kinerja/store-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, HEAD_DISHUB, HEAD_PUSKESMAS, type TestApp } from "./http/test-app.js";
import { routes } from "./routes/index.js";

const DISHUB_STAFF = "198609262015051001";
const PKM_STAFF = "199003152019032008";
const DISHUB_UNIT = "DINAS-PERHUBUNGAN-BELAWAN";
const PKM_UNIT = "DINAS-KESEHATAN-PUSKESMAS-BELAWAN";
const TAHUN = 2024;

/** The callers of the matrix: demo accounts by name. */
const WHO = {
  staff: DISHUB_STAFF, // employee of Dishub
  otherStaff: PKM_STAFF, // employee of Puskesmas
  supervisor: HEAD_DISHUB, // supervisor of staff, unit admin of Dishub
  otherSupervisor: HEAD_PUSKESMAS, // supervisor and unit admin of Puskesmas
  cityAdmin: "admin-kota", // unit admin of the root unit
  otherUnitAdmin: "admin-unit", // unit admin of Puskesmas only
  policyAdmin: "admin-kebijakan",
  auditor: "auditor",
} as const;
type Who = keyof typeof WHO;

/** One row of the matrix: a request and who may make it (everyone else must get 403, or 404 where stated). */
interface Row {
  readonly name: string;
  readonly method: "GET" | "POST" | "PUT";
  readonly url: (ids: Ids) => string;
  readonly body?: (ids: Ids) => unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly allowed: readonly Who[];
  /** The status of a refused caller (default 403). */
  readonly refused?: number;
}

interface Ids {
  readonly planId: string;
  readonly indikatorId: string;
  readonly rhkId: string;
  readonly evaluationId: string;
  readonly draftPolicy: string;
}

const EVERYONE: readonly Who[] = Object.keys(WHO) as Who[];
const PLAN_READERS: readonly Who[] = ["staff", "supervisor", "cityAdmin", "auditor"];
const IF_MATCH = { "if-match": '"1"' };

const MATRIX: readonly Row[] = [
  { name: "read the staff member's record", method: "GET", url: () => `/employees/${DISHUB_STAFF}`, allowed: PLAN_READERS },
  { name: "read the staff member's plan", method: "GET", url: (i) => `/plans/${i.planId}`, allowed: PLAN_READERS },
  { name: "read the plan of a year by NIP", method: "GET", url: () => `/employees/${DISHUB_STAFF}/plans/${TAHUN}`, allowed: PLAN_READERS },
  { name: "read realisations", method: "GET", url: (i) => `/plans/${i.planId}/realisations`, allowed: PLAN_READERS },
  { name: "read activities", method: "GET", url: (i) => `/plans/${i.planId}/activities`, allowed: PLAN_READERS },
  { name: "read feedback", method: "GET", url: (i) => `/plans/${i.planId}/feedback`, allowed: PLAN_READERS },
  { name: "read behaviour ratings", method: "GET", url: (i) => `/plans/${i.planId}/behaviour`, allowed: PLAN_READERS },
  { name: "read progress", method: "GET", url: (i) => `/plans/${i.planId}/progress?periode=${TAHUN}-Q2`, allowed: PLAN_READERS },
  { name: "read the plan's evaluations", method: "GET", url: (i) => `/plans/${i.planId}/evaluations`, allowed: PLAN_READERS },
  { name: "read an evaluation with its explanation", method: "GET", url: (i) => `/evaluations/${i.evaluationId}`, allowed: PLAN_READERS },
  { name: "read an evaluation's consequences", method: "GET", url: (i) => `/evaluations/${i.evaluationId}/consequences`, allowed: PLAN_READERS },
  { name: "read competency records", method: "GET", url: () => `/employees/${DISHUB_STAFF}/competency`, allowed: PLAN_READERS },
  { name: "list a unit's employees", method: "GET", url: () => `/employees?unitId=${DISHUB_UNIT}`, allowed: ["supervisor", "cityAdmin", "auditor"] },
  { name: "the supervisor's team view", method: "GET", url: () => `/employees/${HEAD_DISHUB}/team?tahun=${TAHUN}`, allowed: ["supervisor", "auditor"] },
  { name: "a unit's distribution", method: "GET", url: () => `/units/${DISHUB_UNIT}/distribution?tahun=${TAHUN}`, allowed: ["supervisor", "cityAdmin", "auditor"] },
  { name: "a unit's distribution chart", method: "GET", url: () => `/units/${DISHUB_UNIT}/distribution.svg?tahun=${TAHUN}`, allowed: ["supervisor", "cityAdmin", "auditor"] },
  { name: "a unit's calibrations", method: "GET", url: () => `/units/${DISHUB_UNIT}/calibrations?tahun=${TAHUN}`, allowed: ["supervisor", "cityAdmin", "auditor"] },
  { name: "the audit log of a plan", method: "GET", url: (i) => `/audit?entity=plan&entityKey=${i.planId}`, allowed: ["auditor"] },
  { name: "an unpublished policy", method: "GET", url: (i) => `/policies/${i.draftPolicy}/0.1.0`, allowed: ["policyAdmin"], refused: 404 },
  {
    name: "report an activity on the plan (owner only)",
    method: "POST",
    url: (i) => `/plans/${i.planId}/activities`,
    body: (i) => ({ rhkId: i.rhkId, tanggal: `${TAHUN}-05-02`, uraian: "Patroli pagi" }),
    allowed: ["staff"],
  },
  {
    name: "record a realisation (owner only)",
    method: "PUT",
    url: (i) => `/plans/${i.planId}/realisations/${i.indikatorId}/${TAHUN}-Q3`,
    body: () => ({ nilai: 5 }),
    allowed: ["staff"],
  },
  {
    name: "give feedback (the supervisor only)",
    method: "POST",
    url: (i) => `/plans/${i.planId}/feedback`,
    body: (i) => ({ rhkId: i.rhkId, periode: `${TAHUN}-Q2`, tanggal: `${TAHUN}-06-01`, teks: "Pertahankan" }),
    allowed: ["supervisor"],
  },
  {
    name: "rate behaviour (the supervisor only)",
    method: "PUT",
    url: (i) => `/plans/${i.planId}/behaviour/${TAHUN}-Q2`,
    body: () => ({ ratings: { AKUNTABEL: "SESUAI_EKSPEKTASI" } }),
    allowed: ["supervisor"],
  },
  {
    name: "evaluate the plan (the supervisor only)",
    method: "POST",
    url: (i) => `/plans/${i.planId}/evaluations`,
    body: () => ({ periode: `${TAHUN}-Q2`, ratingPerilaku: "SESUAI_EKSPEKTASI" }),
    allowed: ["supervisor"],
  },
  {
    name: "agree the plan (the supervisor only)",
    method: "POST",
    url: (i) => `/plans/${i.planId}/agree`,
    headers: IF_MATCH,
    allowed: ["supervisor"],
  },
  {
    name: "add a competency record (owner or unit admin)",
    method: "POST",
    url: () => `/employees/${DISHUB_STAFF}/competency`,
    body: () => ({ tanggal: `${TAHUN}-07-01`, nama: "Pelatihan manajemen lalu lintas", jp: 8 }),
    allowed: ["staff", "supervisor", "cityAdmin"],
  },
  { name: "propose a calibration (unit admin)", method: "POST", url: () => `/units/${DISHUB_UNIT}/calibrations`, body: () => ({ tahun: TAHUN }), allowed: ["supervisor", "cityAdmin"] },
  {
    name: "save a policy draft (policy admin)",
    method: "PUT",
    url: () => `/policies`,
    body: (i) => ({ id: `${i.draftPolicy}-2`, version: "0.1.0", title: { id: "Uji", en: "Test" }, effective: { from: "2024-01-01" }, inputs: {}, decisions: {}, outputs: [] }),
    allowed: ["policyAdmin"],
  },
  {
    name: "set a unit's predikat organisasi (unit admin above it, policy admin)",
    method: "PUT",
    url: () => `/units/${DISHUB_UNIT}/predikat/${TAHUN + 1}`,
    body: () => ({ predikat: "BAIK" }),
    allowed: ["cityAdmin", "policyAdmin"],
  },
];

/** Path parameters that satisfy every route's schema, for the generic checks. */
const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  nip: DISHUB_STAFF,
  planId: "plan-x",
  unitId: DISHUB_UNIT,
  tahun: String(TAHUN),
  periode: `${TAHUN}-Q1`,
  indikatorId: "ind-x",
  evaluationId: "eval-x",
  calibrationId: "cal-x",
  policyId: "belawan-skp",
  version: "2024.1",
};

function samplePath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? "x");
}

interface StoreUnderTest {
  readonly name: string;
  readonly open: () => Promise<{ store?: KinerjaStore; close: () => Promise<void> }>;
}

const STORES: readonly StoreUnderTest[] = [
  { name: "SQLite", open: async () => ({ close: async () => undefined }) },
  {
    name: "PostgreSQL",
    open: async () => {
      const schema = `kinerja_http_${randomBytes(5).toString("hex")}`;
      const pool = new pg.Pool({ host: "127.0.0.1", port: 5432, user: "postgres", database: "test", max: 4 });
      return {
        store: createPostgresStore({ pool, schema }),
        close: async () => {
          await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await pool.end();
        },
      };
    },
  },
];

describe.each(STORES)("authorization matrix on $name", ({ open }) => {
  let t: TestApp;
  let closeStore: () => Promise<void>;
  let ids: Ids;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    const opened = await open();
    closeStore = opened.close;
    t = await createTestApp(opened.store ? { store: opened.store } : {});
    for (const who of EVERYONE) tokens.set(who, await t.token(WHO[who]));
    const plan = await t.store.findPlan({ nip: DISHUB_STAFF, tahun: TAHUN });
    if (!plan) throw new Error("the Belawan seed has no plan for the Dishub staff member");
    const evaluation = (await t.store.employeeHistory({ nip: DISHUB_STAFF })).find((e) => e.planId === plan.planId);
    if (!evaluation) throw new Error("the Belawan seed has no evaluation for the Dishub staff member");
    const draftPolicy = `uji-akses-${randomBytes(3).toString("hex")}`;
    await t.store.savePolicyDraft({
      actor: "admin-kebijakan",
      document: { id: draftPolicy, version: "0.1.0", title: { id: "Uji", en: "Test" }, effective: { from: "2024-01-01" }, inputs: {}, decisions: {}, outputs: [] },
    });
    ids = {
      planId: plan.planId,
      rhkId: plan.rhk[0]?.rhkId as string,
      indikatorId: plan.rhk[0]?.indikator[0]?.indikatorId as string,
      evaluationId: evaluation.evaluationId,
      draftPolicy,
    };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await closeStore?.();
  }, 60_000);

  async function call(who: Who | null, method: Row["method"], url: string, body?: unknown, headers: Readonly<Record<string, string>> = {}): Promise<{ status: number; json: () => any }> {
    const auth = who === null ? {} : bearer(tokens.get(who) as string);
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, json: () => res.json() };
  }

  it("every non-public route answers 401 without a token, with a bilingual UNAUTHENTICATED body", async () => {
    const guarded = routes.filter((r) => !r.public);
    expect(guarded.length).toBeGreaterThan(40);
    for (const route of guarded) {
      const res = await call(null, route.method as Row["method"], samplePath(route.path), route.method === "GET" ? undefined : {});
      expect([route.method, route.path, res.status]).toEqual([route.method, route.path, 401]);
      const error = res.json().error;
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(typeof error.message.id === "string" && typeof error.message.en === "string").toBe(true);
    }
  });

  it("an auditor's token writes nothing: every write route answers 403 (scoring, which stores nothing, excepted)", async () => {
    const writes = routes.filter((r) => !r.public && r.method !== "GET" && r.path !== "/score");
    expect(writes.length).toBeGreaterThan(15);
    for (const route of writes) {
      const res = await call("auditor", route.method as Row["method"], samplePath(route.path), {}, IF_MATCH);
      expect([route.method, route.path, res.status]).toEqual([route.method, route.path, 403]);
    }
  });

  for (const row of MATRIX) {
    it(`${row.name}: ${row.allowed.join(", ")} only`, async () => {
      const outcomes: [Who, number][] = [];
      for (const who of EVERYONE) outcomes.push([who, (await call(who, row.method, row.url(ids), row.body?.(ids), row.headers ?? {})).status]);
      const refused = row.refused ?? 403;
      for (const [who, status] of outcomes) {
        if (row.allowed.includes(who)) {
          // Allowed callers get past access control; the request itself may still meet a rule of the
          // cycle (e.g. 409 on a plan already evaluated), never a 401/403/404 or a server error.
          expect([row.name, who, status < 500 && ![401, 403, refused].includes(status)]).toEqual([row.name, who, true]);
        } else {
          expect([row.name, who, status]).toEqual([row.name, who, refused]);
        }
      }
    });
  }

  it("an employee of another unit sees nothing of the staff member, and a list of all units' employees is refused", async () => {
    expect((await call("otherStaff", "GET", `/employees?unitId=${PKM_UNIT}`)).status).toBe(403);
    expect((await call("staff", "GET", `/employees`)).status).toBe(403);
    expect((await call("otherStaff", "GET", `/employees/${DISHUB_STAFF}/team?tahun=${TAHUN}`)).status).toBe(403);
  });

  it("a token naming the staff member's NIP acts as them only with the employee role; a token without roles writes nothing", async () => {
    const activity = { rhkId: ids.rhkId, tanggal: `${TAHUN}-05-03`, uraian: "Patroli sore" };
    for (const roles of [["policy_admin"], []] as const) {
      const token = await t.tokenFor({ sub: DISHUB_STAFF, nip: DISHUB_STAFF, roles });
      const res = await t.app.inject({ method: "POST", url: `/api/v1/plans/${ids.planId}/activities`, headers: bearer(token), payload: activity });
      expect([roles.join(","), res.statusCode]).toEqual([roles.join(","), 403]);
    }
    const none = await t.tokenFor({ sub: "layanan-x", roles: [] });
    const res = await t.app.inject({ method: "POST", url: `/api/v1/employees/${DISHUB_STAFF}/competency`, headers: bearer(none), payload: { tanggal: `${TAHUN}-07-01`, nama: "X", jp: 1 } });
    expect(res.statusCode).toBe(403);
  });

  it("a repeated write with the same Idempotency-Key returns the first body and is stored once", async () => {
    const key = `idem-${randomBytes(6).toString("hex")}`;
    const body = { tanggal: `${TAHUN}-08-01`, nama: "Diklat idempoten", jp: 4 };
    const first = await call("staff", "POST", `/employees/${DISHUB_STAFF}/competency`, body, { "idempotency-key": key });
    const second = await call("staff", "POST", `/employees/${DISHUB_STAFF}/competency`, body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json()).toEqual(first.json());
    const stored = await t.store.listCompetency({ nip: DISHUB_STAFF });
    expect(stored.filter((r) => r.nama === "Diklat idempoten")).toHaveLength(1);
    const other = await call("staff", "POST", `/employees/${DISHUB_STAFF}/competency`, { ...body, jp: 5 }, { "idempotency-key": key });
    expect(other.status).toBe(409);
  });

  it("two concurrent updates with the same If-Match: one wins, the other gets 412, nothing is lost", async () => {
    const unitId = `UJI-${randomBytes(4).toString("hex").toUpperCase()}`;
    const created = await call("cityAdmin", "PUT", `/units/${unitId}`, { nama: "Unit Uji", parentId: "PEMKOT-MEDAN" });
    expect(created.status).toBe(201);
    const version = created.json().rowVersion as number;
    const [a, b] = await Promise.all(
      ["Unit Uji A", "Unit Uji B"].map((nama) => call("cityAdmin", "PUT", `/units/${unitId}`, { nama, parentId: "PEMKOT-MEDAN" }, { "if-match": `"${version}"` })),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 412]);
    const winner = (a?.status === 200 ? a : b)?.json();
    const stored = await t.store.getUnit({ unitId });
    expect(stored?.nama).toBe(winner.nama);
    expect(stored?.rowVersion).toBe(version + 1);
    const loser = a?.status === 412 ? a : b;
    expect(loser?.json().error.code).toBe("PRECONDITION_FAILED");
  });
});

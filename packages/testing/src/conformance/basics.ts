/**
 * The store itself: name, capabilities, migrations, `null` for missing records, empty lists, and
 * timestamps and generated ids that come from the store's clock and id generator.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { randomNip } from "../builders/nip.js";
import { randomId } from "../builders/random.js";
import { rhkInput } from "../builders/org.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, evaluate, newEmployee, newUnit, trail } from "./fixtures.js";

const EMPTY = { items: [], nextCursor: null };

/** Name, capabilities, migrations, missing records, clock and ids. */
export const basics: AreaDefinition = defineArea("store", (area) => {
  area.test("reports its name and boolean capabilities", async ({ store }) => {
    assert.equal(typeof store.name, "string");
    assert.ok(store.name.length > 0);
    assert.deepEqual(Object.keys(store.capabilities).sort(), ["multiProcess", "parallelWriters", "persistent"]);
    for (const value of Object.values(store.capabilities)) assert.equal(typeof value, "boolean");
  });

  area.test("migrate() is safe to repeat: the second call applies nothing and keeps the version", async ({ store }) => {
    const first = await store.migrate();
    const second = await store.migrate();
    assert.ok(Number.isSafeInteger(first.version) && first.version >= 1, `version ${first.version}`);
    for (const m of first.applied) assert.ok(Number.isSafeInteger(m.version) && typeof m.name === "string" && m.name.length > 0);
    assert.deepEqual(second, { applied: [], version: first.version });
  });

  area.test("get methods return null for missing records", async ({ store }) => {
    const nip = randomNip();
    assert.equal(await store.getPolicy({ policyId: randomId("p"), policyVersion: "1" }), null);
    assert.equal(await store.getPolicyByHash({ hash: randomBytes(32).toString("hex") }), null);
    assert.equal(await store.getUnit({ unitId: randomId("unit") }), null);
    assert.equal(await store.getUnitPredikat({ unitId: randomId("unit"), tahun: 2024 }), null);
    assert.equal(await store.getEmployee({ nip }), null);
    assert.equal(await store.getPlan({ planId: randomId("plan") }), null);
    assert.equal(await store.findPlan({ nip, tahun: 2024 }), null);
    assert.equal(await store.getEvaluation({ evaluationId: randomId("eval") }), null);
  });

  area.test("lists of nothing are empty pages (or empty arrays)", async ({ store }) => {
    const id = randomId("none");
    const nip = randomNip();
    assert.deepEqual(await store.listPolicies({ policyId: id }), EMPTY);
    assert.deepEqual(await store.listUnits({ parentId: id }), EMPTY);
    assert.deepEqual(await store.listEmployees({ unitId: id }), EMPTY);
    assert.deepEqual(await store.listPlans({ tahun: 2024, unitId: id }), EMPTY);
    assert.deepEqual(await store.listActivities({ planId: id }), EMPTY);
    assert.deepEqual(await store.listCohort({ unitId: id, tahun: 2024 }), EMPTY);
    assert.deepEqual(await store.listAudit({ entity: "unit", entityKey: id }), EMPTY);
    assert.deepEqual(await store.listRealisations({ planId: id }), []);
    assert.deepEqual(await store.listFeedback({ planId: id }), []);
    assert.deepEqual(await store.listBehaviour({ planId: id }), []);
    assert.deepEqual(await store.listCompetency({ nip }), []);
    assert.deepEqual(await store.employeeHistory({ nip, periode: "SEMUA" }), []);
  });

  area.test("timestamps come from the store's clock: createdAt, updatedAt, audit at, publishedAt, evaluatedAt", async (ctx) => {
    const { store, clock, actor } = ctx;
    const t1 = clock.set("2025-02-03T04:05:06.789Z");
    const unit = await newUnit(ctx);
    assert.deepEqual([unit.createdAt, unit.updatedAt], [t1, t1]);
    const t2 = clock.set("2025-03-04T05:06:07.890Z");
    const renamed = await store.putUnit({ actor, unitId: unit.unitId, nama: "Bagian Umum", expectedRowVersion: 1 });
    assert.deepEqual([renamed.createdAt, renamed.updatedAt], [t1, t2]);
    assert.deepEqual((await trail(ctx, "unit", unit.unitId)).map((e) => e.at), [t1, t2]);
    const { plan } = await agreedOrg(ctx);
    const t3 = clock.set("2025-04-05T06:07:08.901Z");
    const evaluation = await evaluate(ctx, plan);
    assert.deepEqual([evaluation.createdAt, evaluation.updatedAt, evaluation.evaluatedAt], [t3, t3, t3]);
  });

  area.test("generated ids come from the store's id generator", async (ctx) => {
    const { store, ids, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const queued = Array.from({ length: 10 }, () => randomId("generated"));
    ids.queue(...queued);
    const rhk = rhkInput().map(({ rhkId: _r, ...r }) => ({ ...r, indikator: r.indikator.map(({ indikatorId: _i, ...k }) => k) }));
    const plan = await store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk });
    const generated = [plan.planId, ...plan.rhk.map((r) => r.rhkId), ...plan.rhk.flatMap((r) => r.indikator.map((k) => k.indikatorId))];
    assert.equal(new Set(generated).size, generated.length, "generated ids must be distinct");
    for (const id of generated) assert.ok(queued.includes(id), `${id} was not made by the store's newId`);
  });
});

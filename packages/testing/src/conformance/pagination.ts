/**
 * Cursor pagination of every list: pages walked with a small limit give every item once in a
 * stable order and end with `nextCursor: null`; keyset positions survive inserts; default and
 * maximum limits; malformed cursors.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { Page, StoredPlan } from "@kinerja/core";
import { policyDocument } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { collectPages, expectInputInvalid } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, evaluate, newUnit, sortedBy, trail } from "./fixtures.js";

type Fetch<T> = (page: { cursor?: string; limit?: number }) => Promise<Page<T>>;

/** Walks `fetch` with page size `limit` and checks it against one big page. */
async function walk<T>(fetch: Fetch<T>, limit: number, key: (item: T) => string): Promise<T[]> {
  const whole = await fetch({ limit: 1000 });
  assert.equal(whole.nextCursor, null, "fewer than 1000 items expected");
  const walked = await collectPages((cursor) => fetch({ limit, ...(cursor === undefined ? {} : { cursor }) }), { limit });
  assert.deepEqual(walked, whole.items, "pages differ from the whole list");
  const keys = walked.map(key);
  assert.equal(new Set(keys).size, keys.length, "an item appears twice");
  assert.deepEqual(await collectPages((cursor) => fetch({ limit, ...(cursor === undefined ? {} : { cursor }) })), walked, "the order is not stable");
  return walked;
}

const pageOf = (p: { cursor?: string; limit?: number }) => ({ ...(p.cursor === undefined ? {} : { cursor: p.cursor }), ...(p.limit === undefined ? {} : { limit: p.limit }) });

/** Pagination. */
export const pagination: AreaDefinition = defineArea("pagination", (area) => {
  area.test("listPolicies, listUnits, listEmployees and listPlans: walked page by page, every item once, in order", async (ctx) => {
    const { store, actor } = ctx;
    const policyId = randomId("kebijakan");
    for (const version of ["1", "2", "3", "4", "5"]) await store.savePolicyDraft({ actor, document: policyDocument({ id: policyId, version }) });
    const policies = await walk((p) => store.listPolicies({ policyId, ...pageOf(p) }), 2, (x) => x.policyVersion);
    assert.deepEqual(policies.map((x) => x.policyVersion), ["1", "2", "3", "4", "5"]);
    const seeded = await agreedOrg(ctx, { employees: 6, tahun: 2032 });
    const parent = seeded.unit;
    const children = [];
    for (let i = 0; i < 7; i++) children.push(await newUnit(ctx, { parentId: parent.unitId }));
    const units = await walk((p) => store.listUnits({ parentId: parent.unitId, ...pageOf(p) }), 3, (u) => u.unitId);
    assert.deepEqual(units, sortedBy(children, (u) => u.unitId));
    const employees = await walk((p) => store.listEmployees({ unitId: parent.unitId, ...pageOf(p) }), 2, (e) => e.nip);
    assert.deepEqual(employees, sortedBy([seeded.supervisor, ...seeded.employees], (e) => e.nip));
    const plans = await walk((p) => store.listPlans({ tahun: 2032, unitId: parent.unitId, ...pageOf(p) }), 3, (x) => x.planId);
    assert.deepEqual(plans.map((x) => x.planId), sortedBy([seeded.supervisorPlan, ...seeded.plans], (x) => x.nip).map((x) => x.planId));
    const team = await walk((p) => store.listTeam({ atasanNip: seeded.supervisor.nip, tahun: 2032, scope: "all", ...pageOf(p) }), 4, (m) => m.employee.nip);
    assert.equal(team.length, 6);
  });

  area.test("listActivities, listCohort and listAudit: walked page by page, every item once, in order", async (ctx) => {
    const { store, actor } = ctx;
    const seeded = await agreedOrg(ctx, { employees: 5 });
    const plan = seeded.plan;
    for (const day of [5, 1, 3, 3, 2, 4, 1]) await store.addActivity({ actor, planId: plan.planId, tanggal: `2024-08-0${day}`, uraian: `Hari ${day}` });
    const activities = await walk((p) => store.listActivities({ planId: plan.planId, ...pageOf(p) }), 2, (a) => a.activityId);
    assert.deepEqual(activities.map((a) => a.tanggal), ["01", "01", "02", "03", "03", "04", "05"].map((d) => `2024-08-${d}`));
    for (const p of seeded.plans) await evaluate(ctx, p as StoredPlan, { periode: "2024", trace: false });
    const cohort = await walk((p) => store.listCohort({ unitId: seeded.unit.unitId, tahun: 2024, ...pageOf(p) }), 2, (e) => e.evaluationId);
    assert.deepEqual(cohort.map((e) => e.nip), seeded.plans.map((p) => p.nip).sort());
    const unit = await newUnit(ctx);
    for (let i = 2; i <= 8; i++) await store.putUnit({ actor, unitId: unit.unitId, nama: `Nama ${i}`, expectedRowVersion: i - 1 });
    const entries = await walk((p) => store.listAudit({ entity: "unit", entityKey: unit.unitId, ...pageOf(p) }), 3, (e) => String(e.seq));
    assert.deepEqual(entries.map((e) => e.action), ["CREATE", ...Array(7).fill("UPDATE")]);
    assert.deepEqual(entries.map((e) => e.after && (e.after as { rowVersion: number }).rowVersion), [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  area.test("a cursor is a keyset position: items added before it are not repeated, items after it appear", async (ctx) => {
    const { store } = ctx;
    const parent = await newUnit(ctx);
    const base = randomId("u");
    for (const suffix of ["b", "d", "f", "h"]) await newUnit(ctx, { unitId: `${base}-${suffix}`, parentId: parent.unitId });
    const first = await store.listUnits({ parentId: parent.unitId, limit: 2 });
    assert.deepEqual(first.items.map((u) => u.unitId), [`${base}-b`, `${base}-d`]);
    await newUnit(ctx, { unitId: `${base}-a`, parentId: parent.unitId });
    await newUnit(ctx, { unitId: `${base}-e`, parentId: parent.unitId });
    const rest = await collectPages((cursor) => store.listUnits({ parentId: parent.unitId, limit: 2, cursor: cursor ?? (first.nextCursor as string) }));
    assert.deepEqual(rest.map((u) => u.unitId), [`${base}-e`, `${base}-f`, `${base}-h`]);
  });

  area.test("the default page holds 100 items; limit is 1–1000", async (ctx) => {
    const { store } = ctx;
    const parent = await newUnit(ctx);
    await Promise.all(Array.from({ length: 101 }, () => newUnit(ctx, { parentId: parent.unitId })));
    const first = await store.listUnits({ parentId: parent.unitId });
    assert.equal(first.items.length, 100);
    assert.equal(typeof first.nextCursor, "string");
    const second = await store.listUnits({ parentId: parent.unitId, cursor: first.nextCursor as string });
    assert.deepEqual([second.items.length, second.nextCursor], [1, null]);
    assert.equal((await store.listUnits({ parentId: parent.unitId, limit: 1000 })).items.length, 101);
    assert.deepEqual((await store.listUnits({ parentId: parent.unitId, limit: 1 })).items, first.items.slice(0, 1));
    for (const limit of [0, 1001, 2.5, -1]) await expectInputInvalid(store.listUnits({ parentId: parent.unitId, limit }), [["limit"]]);
    await expectInputInvalid(store.listAudit({ entity: "unit", entityKey: parent.unitId, limit: 0 }), [["limit"]]);
  });

  area.test("a malformed cursor is INPUT_INVALID at cursor, for every list", async (ctx) => {
    const { store } = ctx;
    const { plan, unit, supervisor } = await agreedOrg(ctx);
    const cursor = "~not a cursor~";
    const lists: [string, () => Promise<unknown>][] = [
      ["listPolicies", () => store.listPolicies({ cursor })],
      ["listUnits", () => store.listUnits({ cursor })],
      ["listEmployees", () => store.listEmployees({ cursor })],
      ["listTeam", () => store.listTeam({ atasanNip: supervisor.nip, tahun: 2024, cursor })],
      ["listPlans", () => store.listPlans({ tahun: 2024, cursor })],
      ["listActivities", () => store.listActivities({ planId: plan.planId, cursor })],
      ["listCohort", () => store.listCohort({ unitId: unit.unitId, tahun: 2024, cursor })],
      ["listAudit", () => store.listAudit({ entity: "plan", entityKey: plan.planId, cursor })],
    ];
    for (const [name, call] of lists) {
      try {
        await expectInputInvalid(call(), [["cursor"]]);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
    const audit = await trail(ctx, "plan", plan.planId);
    assert.equal(audit.length, 2);
  });
});

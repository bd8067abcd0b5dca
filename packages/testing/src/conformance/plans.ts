/**
 * Plans: creation (one per employee and year, copied unit and supervisor, generated ids,
 * weights, cascade from the supervisor's plan), updates of drafts, and the lifecycle.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { formatNip, type PlanRhkInput } from "@kinerja/core";
import { randomNip } from "../builders/nip.js";
import { rhkInput } from "../builders/org.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { evaluate, newEmployee, newUnit, org, sortedBy, transition } from "./fixtures.js";

/** Plans and their lifecycle. */
export const plans: AreaDefinition = defineArea("plans", (area) => {
  area.test("createPlan stores a DRAFT with the employee's unit and supervisor and the RHK with defaults", async (ctx) => {
    const { store, actor, clock } = ctx;
    const unit = await newUnit(ctx);
    const boss = await newEmployee(ctx, unit.unitId);
    const employee = await newEmployee(ctx, unit.unitId, { atasanNip: boss.nip });
    const at = clock.set("2025-01-05T00:00:00.000Z");
    const rhk: PlanRhkInput[] = [
      { rhkId: randomId("rhk"), uraian: "Tersusunnya rencana kerja", indikator: [{ indikatorId: randomId("iki"), uraian: "Dokumen tepat waktu", target: 100, satuan: "persen" }] },
      {
        rhkId: randomId("rhk"),
        uraian: "Terlaksananya evaluasi",
        jenis: "TAMBAHAN",
        indikator: [{ indikatorId: randomId("iki"), uraian: "Waktu layanan", target: 3, satuan: "hari", polaritas: "TURUN" }],
      },
    ];
    const planId = randomId("plan");
    const plan = await store.createPlan({ actor, planId, nip: formatNip(employee.nip), tahun: 2024, rhk });
    assert.deepEqual(plan, {
      planId,
      nip: employee.nip,
      tahun: 2024,
      status: "DRAFT",
      unitId: unit.unitId,
      atasanNip: boss.nip,
      policyId: null,
      rhk: rhk.map((r) => ({ parentRhkId: null, jenis: "UTAMA", ...r, indikator: r.indikator.map((k) => ({ polaritas: "NAIK", bobot: null, ...k })) })),
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
    assert.deepEqual(await store.getPlan({ planId }), plan);
    assert.deepEqual(await store.findPlan({ nip: formatNip(employee.nip), tahun: 2024 }), plan);
    assert.equal(await store.findPlan({ nip: employee.nip, tahun: 2025 }), null);
  });

  area.test("a RENTANG indicator keeps its upper bound and every indicator its aspect; targetMaks needs RENTANG and target ≤ targetMaks", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const indikator = { indikatorId: randomId("iki"), uraian: "Waktu tunggu pasien", target: 2, targetMaks: 4, satuan: "jam", polaritas: "RENTANG" as const, aspek: "WAKTU" as const };
    const rhk: PlanRhkInput[] = [{ rhkId: randomId("rhk"), uraian: "Layanan tepat waktu", indikator: [indikator, { uraian: "Jumlah pasien", target: 10, satuan: "orang", aspek: null, targetMaks: null }] }];
    const plan = await store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk });
    assert.deepEqual(plan.rhk[0]?.indikator[0], { ...indikator, bobot: null });
    assert.deepEqual(Object.keys(plan.rhk[0]?.indikator[1] ?? {}).sort(), ["bobot", "indikatorId", "polaritas", "satuan", "target", "uraian"]);
    const other = await newEmployee(ctx, unit.unitId);
    const path = ["rhk", 0, "indikator", 0, "targetMaks"];
    await expectInputInvalid(store.createPlan({ actor, nip: other.nip, tahun: 2024, rhk: [{ uraian: "X", indikator: [{ ...indikator, indikatorId: randomId("iki"), polaritas: "NAIK" }] }] }), [path]);
    await expectInputInvalid(store.createPlan({ actor, nip: other.nip, tahun: 2024, rhk: [{ uraian: "X", indikator: [{ ...indikator, indikatorId: randomId("iki"), targetMaks: 1 }] }] }), [path]);
    await expectInputInvalid(store.createPlan({ actor, nip: other.nip, tahun: 2024, rhk: [{ uraian: "X", indikator: [{ ...indikator, aspek: "MUTU" as never }] }] }), [["rhk", 0, "indikator", 0, "aspek"]]);
    assert.equal(await store.findPlan({ nip: other.nip, tahun: 2024 }), null);
  });

  area.test("missing RHK and indicator ids are generated, unique within the plan", async (ctx) => {
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const rhk = rhkInput({ count: 3, indicators: 3 }).map(({ rhkId: _r, ...r }) => ({ ...r, indikator: r.indikator.map(({ indikatorId: _i, ...k }) => k) }));
    const plan = await ctx.store.createPlan({ actor: ctx.actor, nip: employee.nip, tahun: 2024, rhk });
    const ids = [...plan.rhk.map((r) => r.rhkId), ...plan.rhk.flatMap((r) => r.indikator.map((k) => k.indikatorId))];
    assert.equal(ids.length, 12);
    assert.equal(new Set(ids).size, 12);
    for (const id of ids) assert.ok(typeof id === "string" && id.length > 0 && id.length <= 100);
  });

  area.test("one plan per employee per year; an existing planId is a conflict; the employee must exist", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const other = await newEmployee(ctx, unit.unitId);
    const first = await store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk: rhkInput() });
    await expectStoreError(store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk: rhkInput() }), { reason: "conflict" });
    await expectStoreError(store.createPlan({ actor, planId: first.planId, nip: other.nip, tahun: 2024, rhk: rhkInput() }), { reason: "conflict" });
    assert.equal(await store.findPlan({ nip: other.nip, tahun: 2024 }), null);
    const next = await store.createPlan({ actor, nip: employee.nip, tahun: 2025, rhk: rhkInput() });
    assert.equal(next.tahun, 2025);
    await expectStoreError(store.createPlan({ actor, nip: randomNip(), tahun: 2024, rhk: rhkInput() }), { reason: "constraint", path: ["nip"] });
  });

  area.test("a parentRhkId must be an RHK of the supervisor's plan of the same year", async (ctx) => {
    const { store, actor } = ctx;
    const seeded = await org(ctx);
    const parent = seeded.supervisorPlan.rhk[0]?.rhkId as string;
    assert.deepEqual(seeded.plan.rhk.map((r) => r.parentRhkId), [parent, parent]);
    const older = await store.createPlan({ actor, nip: seeded.supervisor.nip, tahun: 2023, rhk: rhkInput({ count: 1 }) });
    const staff = await newEmployee(ctx, seeded.unit.unitId, { atasanNip: seeded.supervisor.nip });
    const cascaded = (parentRhkId: string) => [...rhkInput({ count: 1 }), ...rhkInput({ count: 1, parentRhkId })];
    await expectStoreError(store.createPlan({ actor, nip: staff.nip, tahun: 2024, rhk: cascaded(older.rhk[0]?.rhkId as string) }), { reason: "constraint", path: ["rhk", 1, "parentRhkId"] });
    await expectStoreError(store.createPlan({ actor, nip: staff.nip, tahun: 2024, rhk: cascaded(randomId("rhk")) }), { reason: "constraint", path: ["rhk", 1, "parentRhkId"] });
    await expectStoreError(store.createPlan({ actor, nip: staff.nip, tahun: 2023, rhk: cascaded(parent) }), { reason: "constraint", path: ["rhk", 1, "parentRhkId"] });
    const sibling = seeded.plan.rhk[0]?.rhkId as string;
    await expectStoreError(store.createPlan({ actor, nip: staff.nip, tahun: 2024, rhk: cascaded(sibling) }), { reason: "constraint", path: ["rhk", 1, "parentRhkId"] });
    await expectStoreError(store.createPlan({ actor, nip: seeded.supervisor.nip, tahun: 2025, rhk: cascaded(parent) }), { reason: "constraint", path: ["rhk", 1, "parentRhkId"] });
    const ok = await store.createPlan({ actor, nip: staff.nip, tahun: 2024, rhk: cascaded(parent) });
    assert.deepEqual(ok.rhk.map((r) => r.parentRhkId), [null, parent]);
  });

  area.test("weights: every indicator weighted and summing to 100, or none", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const create = (rhk: PlanRhkInput[]) => store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk });
    const weighted = rhkInput({ count: 2, indicators: 3, weighted: true });
    const withWeights = (ws: readonly (number | null)[]) => {
      let i = 0;
      return weighted.map((r) => ({ ...r, indikator: r.indikator.map((k) => ({ ...k, bobot: ws[i++] ?? null })) }));
    };
    await expectInputInvalid(create(withWeights([20, 20, 20, 20, 10, 0])), [["rhk"]]);
    await expectInputInvalid(create(withWeights([20, 20, 20, 20, 10, 20])), [["rhk"]]);
    await expectInputInvalid(create(withWeights([20, 20, 20, 20, 20, null])), [["rhk"]]);
    await expectInputInvalid(create(withWeights([120, -20, 0, 0, 0, 0])), [["rhk", 0, "indikator", 0, "bobot"]]);
    assert.equal(await store.findPlan({ nip: employee.nip, tahun: 2024 }), null);
    const plan = await create(withWeights([12.5, 12.5, 25, 16.25, 16.25, 17.5]));
    assert.deepEqual(plan.rhk.flatMap((r) => r.indikator.map((k) => k.bobot)), [12.5, 12.5, 25, 16.25, 16.25, 17.5]);
  });

  area.test("rhkId and indikatorId are unique within a plan; a plan needs RHK and every RHK an indicator", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const create = (rhk: PlanRhkInput[]) => store.createPlan({ actor, nip: employee.nip, tahun: 2024, rhk });
    const [a, b] = rhkInput({ count: 2 }) as [PlanRhkInput, PlanRhkInput];
    await expectInputInvalid(create([a, { ...b, rhkId: a.rhkId as string }]), [["rhk"]]);
    await expectInputInvalid(create([a, { ...b, indikator: [{ ...(b.indikator[0] as PlanRhkInput["indikator"][number]), indikatorId: a.indikator[0]?.indikatorId as string }] }]), [["rhk"]]);
    await expectInputInvalid(create([]), [["rhk"]]);
    await expectInputInvalid(create([{ ...a, indikator: [] }]), [["rhk", 0, "indikator"]]);
    assert.equal(await store.findPlan({ nip: employee.nip, tahun: 2024 }), null);
  });

  area.test("updatePlan replaces the RHK of a DRAFT plan and keeps the policy unless given", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await org(ctx);
    const rhk = rhkInput({ count: 1, indicators: 3 });
    const updated = await store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 1, rhk, policyId: "kebijakan-skp" });
    assert.equal(updated.rowVersion, 2);
    assert.equal(updated.policyId, "kebijakan-skp");
    assert.deepEqual(updated.rhk.map((r) => r.indikator.map((k) => k.indikatorId)), rhk.map((r) => r.indikator.map((k) => k.indikatorId)));
    assert.deepEqual([updated.status, updated.nip, updated.tahun, updated.createdAt], [plan.status, plan.nip, plan.tahun, plan.createdAt]);
    const again = await store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 2, rhk: rhkInput() });
    assert.deepEqual([again.rowVersion, again.policyId], [3, "kebijakan-skp"]);
    await expectStoreError(store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 2, rhk }), { reason: "conflict" });
    await expectStoreError(store.updatePlan({ actor, planId: randomId("plan"), expectedRowVersion: 1, rhk }), { reason: "not_found" });
  });

  area.test("lifecycle: DRAFT → AGREED → DRAFT → AGREED → EVALUATED (needs an evaluation), EVALUATED is final", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await org(ctx);
    await expectStoreError(transition(ctx, plan, "EVALUATED"), { reason: "conflict" });
    await expectStoreError(transition(ctx, plan, "DRAFT"), { reason: "conflict" });
    const agreed = await transition(ctx, plan, "AGREED");
    assert.deepEqual([agreed.status, agreed.rowVersion], ["AGREED", 2]);
    await expectStoreError(store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 2, rhk: rhkInput() }), { reason: "conflict" });
    await expectStoreError(transition(ctx, agreed, "AGREED"), { reason: "conflict" });
    const reopened = await transition(ctx, agreed, "DRAFT");
    assert.deepEqual([reopened.status, reopened.rowVersion], ["DRAFT", 3]);
    const again = await transition(ctx, reopened, "AGREED");
    await expectStoreError(transition(ctx, again, "EVALUATED"), { reason: "constraint" });
    assert.equal((await store.getPlan({ planId: plan.planId }))?.status, "AGREED");
    await evaluate(ctx, again, { periode: "2024-Q1" });
    const evaluated = await transition(ctx, again, "EVALUATED");
    assert.deepEqual([evaluated.status, evaluated.rowVersion], ["EVALUATED", 5]);
    for (const to of ["DRAFT", "AGREED", "EVALUATED"] as const) await expectStoreError(transition(ctx, evaluated, to), { reason: "conflict" });
    await expectStoreError(store.updatePlan({ actor, planId: plan.planId, expectedRowVersion: 5, rhk: rhkInput() }), { reason: "conflict" });
    assert.deepEqual(await store.getPlan({ planId: plan.planId }), evaluated);
  });

  area.test("transitionPlan of a missing plan is not_found; of a stale version a conflict", async (ctx) => {
    const { store, actor } = ctx;
    await expectStoreError(store.transitionPlan({ actor, planId: randomId("plan"), expectedRowVersion: 1, to: "AGREED" }), { reason: "not_found" });
    const { plan } = await org(ctx);
    await transition(ctx, plan, "AGREED");
    await expectStoreError(store.transitionPlan({ actor, planId: plan.planId, expectedRowVersion: 1, to: "DRAFT" }), { reason: "conflict" });
  });

  area.test("listPlans lists a year's plans, optionally of a unit, ordered by NIP", async (ctx) => {
    const { store } = ctx;
    const seeded = await org(ctx, { employees: 3, tahun: 2031 });
    const expected = sortedBy([seeded.supervisorPlan, ...seeded.plans], (p) => p.nip);
    assert.deepEqual(await store.listPlans({ tahun: 2031, unitId: seeded.unit.unitId }), { items: expected, nextCursor: null });
    assert.deepEqual((await store.listPlans({ tahun: 2030, unitId: seeded.unit.unitId })).items, []);
    const all = (await store.listPlans({ tahun: 2031, limit: 1000 })).items.map((p) => p.nip);
    assert.deepEqual(all, [...all].sort());
    for (const p of expected) assert.ok(all.includes(p.nip) || all.length === 1000);
  });
});

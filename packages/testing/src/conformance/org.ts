/**
 * Units (hierarchy without cycles), predikat organisasi per year, and employees (validated and
 * canonical NIP / NI PPPK, existing unit and supervisor, no supervision cycle).
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { formatNip } from "@kinerja/core";
import { randomNiPppk, randomNip } from "../builders/nip.js";
import { employeeInput, unitInput } from "../builders/org.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { employeeFields, newEmployee, newUnit, sortedBy } from "./fixtures.js";

/** Units, predikat and employees. */
export const org: AreaDefinition = defineArea("units and employees", (area) => {
  area.test("putUnit creates a unit (parentId null by default) that getUnit returns", async ({ store, actor, clock }) => {
    const at = clock.set("2025-01-02T03:04:05.000Z");
    const input = unitInput();
    const unit = await store.putUnit({ actor, ...input });
    assert.deepEqual(unit, { unitId: input.unitId, nama: input.nama, parentId: null, rowVersion: 1, createdAt: at, updatedAt: at });
    assert.deepEqual(await store.getUnit({ unitId: input.unitId }), unit);
    const child = await store.putUnit({ actor, ...unitInput({ parentId: unit.unitId }) });
    assert.equal(child.parentId, unit.unitId);
  });

  area.test("a unit's parent must exist (constraint at parentId)", async ({ store, actor }) => {
    const input = unitInput({ parentId: randomId("missing") });
    await expectStoreError(store.putUnit({ actor, ...input }), { reason: "constraint", path: ["parentId"] });
    assert.equal(await store.getUnit({ unitId: input.unitId }), null);
  });

  area.test("an update may not make a cycle in the unit hierarchy", async (ctx) => {
    const { store, actor } = ctx;
    const a = await newUnit(ctx);
    const b = await newUnit(ctx, { parentId: a.unitId });
    const c = await newUnit(ctx, { parentId: b.unitId });
    await expectStoreError(store.putUnit({ actor, unitId: a.unitId, nama: a.nama, parentId: c.unitId, expectedRowVersion: 1 }), { reason: "constraint", path: ["parentId"] });
    await expectStoreError(store.putUnit({ actor, unitId: a.unitId, nama: a.nama, parentId: a.unitId, expectedRowVersion: 1 }), { reason: "constraint", path: ["parentId"] });
    assert.deepEqual(await store.getUnit({ unitId: a.unitId }), a);
    const moved = await store.putUnit({ actor, unitId: c.unitId, nama: c.nama, parentId: a.unitId, expectedRowVersion: 1 });
    assert.deepEqual([moved.parentId, moved.rowVersion], [a.unitId, 2]);
  });

  area.test("listUnits lists the children of a unit ordered by id", async (ctx) => {
    const parent = await newUnit(ctx);
    const children = [];
    for (let i = 0; i < 4; i++) children.push(await newUnit(ctx, { parentId: parent.unitId }));
    await newUnit(ctx);
    const page = await ctx.store.listUnits({ parentId: parent.unitId });
    assert.deepEqual(page, { items: sortedBy(children, (u) => u.unitId), nextCursor: null });
  });

  area.test("setUnitPredikat stores a predikat per unit and year; the unit must exist; predikat is UPPER_SNAKE", async (ctx) => {
    const { store, actor, clock } = ctx;
    const unit = await newUnit(ctx);
    const at = clock.set("2025-01-15T00:00:00.000Z");
    const set = await store.setUnitPredikat({ actor, unitId: unit.unitId, tahun: 2024, predikat: "SANGAT_BAIK" });
    assert.deepEqual(set, { unitId: unit.unitId, tahun: 2024, predikat: "SANGAT_BAIK", rowVersion: 1, createdAt: at, updatedAt: at });
    assert.deepEqual(await store.getUnitPredikat({ unitId: unit.unitId, tahun: 2024 }), set);
    assert.equal(await store.getUnitPredikat({ unitId: unit.unitId, tahun: 2025 }), null);
    const changed = await store.setUnitPredikat({ actor, unitId: unit.unitId, tahun: 2024, predikat: "BAIK", expectedRowVersion: 1 });
    assert.deepEqual([changed.predikat, changed.rowVersion], ["BAIK", 2]);
    await expectStoreError(store.setUnitPredikat({ actor, unitId: randomId("missing"), tahun: 2024, predikat: "BAIK" }), { reason: "constraint", path: ["unitId"] });
    await expectInputInvalid(store.setUnitPredikat({ actor, unitId: unit.unitId, tahun: 2025, predikat: "baik" }), [["predikat"]]);
    await expectInputInvalid(store.setUnitPredikat({ actor, unitId: unit.unitId, tahun: 1999, predikat: "BAIK" }), [["tahun"]]);
  });

  area.test("putEmployee validates the NIP and stores it canonical; lookups accept either form", async (ctx) => {
    const { store, actor, clock } = ctx;
    const unit = await newUnit(ctx);
    const nip = randomNip();
    const at = clock.set("2025-01-20T00:00:00.000Z");
    const { jenjang: _j, ...input } = employeeInput({ unitId: unit.unitId, nip: formatNip(nip) });
    const employee = await store.putEmployee({ actor, ...input });
    assert.deepEqual(employee, {
      nip,
      nama: input.nama,
      jenisAsn: "PNS",
      unitId: unit.unitId,
      atasanNip: null,
      jabatan: input.jabatan,
      jenjang: null,
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
    assert.deepEqual(await store.getEmployee({ nip }), employee);
    assert.deepEqual(await store.getEmployee({ nip: formatNip(nip) }), employee);
    await expectStoreError(store.putEmployee({ actor, ...input, nip }), { reason: "conflict" });
  });

  area.test("PPPK employees are identified by a valid NI PPPK", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const ni = randomNiPppk();
    const pppk = await store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, nip: ni, jenisAsn: "PPPK" }) });
    assert.deepEqual([pppk.nip, pppk.jenisAsn], [ni, "PPPK"]);
    await expectInputInvalid(store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, nip: randomNiPppk() }) }), [["nip"]]);
    await expectInputInvalid(store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, nip: "12345", jenisAsn: "PPPK" }) }), [["nip"]]);
  });

  area.test("an invalid NIP is INPUT_INVALID at nip and nothing is written", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const nip = randomNip();
    const badDate = `${nip.slice(0, 4)}1345${nip.slice(8)}`;
    const badGender = `${nip.slice(0, 14)}3${nip.slice(15)}`;
    const badMonth = `${nip.slice(0, 12)}13${nip.slice(14)}`;
    for (const bad of [badDate, badGender, badMonth, `${nip}0`, "19860926-2015-05-1-00x"]) {
      await expectInputInvalid(store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, nip: bad }) }), [["nip"]]);
    }
    assert.deepEqual((await store.listEmployees({ unitId: unit.unitId })).items, []);
  });

  area.test("an employee's unit and supervisor must exist (constraint at unitId / atasanNip)", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    await expectStoreError(store.putEmployee({ actor, ...employeeInput({ unitId: randomId("missing") }) }), { reason: "constraint", path: ["unitId"] });
    await expectStoreError(store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, atasanNip: randomNip() }) }), { reason: "constraint", path: ["atasanNip"] });
    assert.deepEqual((await store.listEmployees({ unitId: unit.unitId })).items, []);
  });

  area.test("nobody supervises themselves and no supervision cycle forms", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await newUnit(ctx);
    const head = await newEmployee(ctx, unit.unitId);
    const middle = await newEmployee(ctx, unit.unitId, { atasanNip: head.nip });
    const staff = await newEmployee(ctx, unit.unitId, { atasanNip: middle.nip });
    const update = (atasanNip: string) => store.putEmployee({ actor, ...employeeFields(head), atasanNip, expectedRowVersion: head.rowVersion });
    await expectStoreError(update(head.nip), { reason: "constraint", path: ["atasanNip"] });
    await expectStoreError(update(staff.nip), { reason: "constraint", path: ["atasanNip"] });
    await expectStoreError(update(middle.nip), { reason: "constraint", path: ["atasanNip"] });
    const selfNew = randomNip();
    await expectStoreError(store.putEmployee({ actor, ...employeeInput({ unitId: unit.unitId, nip: selfNew, atasanNip: selfNew }) }), { reason: "constraint", path: ["atasanNip"] });
    assert.deepEqual(await store.getEmployee({ nip: head.nip }), head);
  });

  area.test("an employee is updated with expectedRowVersion (moving unit, changing supervisor given in display form)", async (ctx) => {
    const { store, actor } = ctx;
    const [a, b] = [await newUnit(ctx), await newUnit(ctx)];
    const boss = await newEmployee(ctx, b.unitId);
    const employee = await newEmployee(ctx, a.unitId);
    const moved = await store.putEmployee({ actor, nip: employee.nip, nama: employee.nama, unitId: b.unitId, atasanNip: formatNip(boss.nip), jabatan: "Kepala Seksi", expectedRowVersion: 1 });
    assert.deepEqual(moved, { ...employee, unitId: b.unitId, atasanNip: boss.nip, jabatan: "Kepala Seksi", jenjang: null, rowVersion: 2, updatedAt: moved.updatedAt });
    assert.deepEqual((await store.listEmployees({ unitId: a.unitId })).items, []);
    assert.deepEqual((await store.listEmployees({ unitId: b.unitId })).items, sortedBy([boss, moved], (e) => e.nip));
  });
});

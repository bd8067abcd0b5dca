/**
 * Values that must survive storage exactly: names in every script, numbers whose decimal form a
 * float or decimal column would change, a trace of several megabytes, and the length limits of
 * texts.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { evaluationInput } from "../builders/evaluation.js";
import { employeeInput, rhkInput } from "../builders/org.js";
import { policyDocument } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { EXACT_NUMBERS, UNICODE_NAMES } from "../builders/samples.js";
import { expectInputInvalid } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";
import { agreedOrg, indikatorIds, newEmployee, newUnit } from "./fixtures.js";

/** Exact round trips. */
export const values: AreaDefinition = defineArea("values", (area) => {
  area.test("names in many scripts (diacritics, emoji, CJK, RTL) round-trip exactly", async (ctx) => {
    const { store, actor } = ctx;
    const parent = await newUnit(ctx);
    for (const nama of UNICODE_NAMES) {
      const unit = await store.putUnit({ actor, unitId: randomId("unit"), nama, parentId: parent.unitId });
      assert.equal(unit.nama, nama);
      assert.equal((await store.getUnit({ unitId: unit.unitId }))?.nama, nama);
      const employee = await store.putEmployee({ actor, ...employeeInput({ unitId: parent.unitId, nama, jabatan: nama }) });
      const read = await store.getEmployee({ nip: employee.nip });
      assert.deepEqual([read?.nama, read?.jabatan], [nama, nama]);
    }
    const listed = (await store.listUnits({ parentId: parent.unitId })).items.map((u) => u.nama).sort();
    assert.deepEqual(listed, [...UNICODE_NAMES].sort());
  });

  area.test("identifiers and long texts outside ASCII round-trip exactly", async (ctx) => {
    const { store, actor } = ctx;
    const unitId = `unit-王-🇮🇩-é-${randomId("")}`;
    const unit = await store.putUnit({ actor, unitId, nama: "Dinas Komunikasi dan Informatika" });
    assert.deepEqual((await store.getUnit({ unitId }))?.unitId, unit.unitId);
    const { plan, supervisor } = await agreedOrg(ctx);
    const teks = `${UNICODE_NAMES.join(" | ")} `.repeat(20).slice(0, 3999);
    const feedback = await store.addFeedback({ actor, planId: plan.planId, periode: "2024", tanggal: "2024-04-04", pemberiNip: supervisor.nip, teks: `${teks}.` });
    assert.equal((await store.listFeedback({ planId: plan.planId }))[0]?.teks, feedback.teks);
    assert.equal(feedback.teks, `${teks}.`);
    const uraian = "ā".repeat(4000);
    const activity = await store.addActivity({ actor, planId: plan.planId, tanggal: "2024-04-04", uraian });
    assert.equal((await store.listActivities({ planId: plan.planId })).items[0]?.uraian, uraian);
    assert.equal(activity.uraian.length, 4000);
    const document = { ...policyDocument(), title: { id: UNICODE_NAMES[6] as string, en: UNICODE_NAMES[8] as string } };
    const policy = await store.savePolicyDraft({ actor, document });
    assert.deepEqual((await store.getPolicy({ policyId: policy.policyId, policyVersion: policy.policyVersion }))?.document, document);
  });

  area.test("texts are limited: nama 1–200 and uraian / teks 1–4000 characters", async (ctx) => {
    const { store, actor } = ctx;
    const unit = await store.putUnit({ actor, unitId: randomId("unit"), nama: "n".repeat(200) });
    assert.equal(unit.nama.length, 200);
    await expectInputInvalid(store.putUnit({ actor, unitId: randomId("unit"), nama: "n".repeat(201) }), [["nama"]]);
    await expectInputInvalid(store.putUnit({ actor, unitId: randomId("unit"), nama: "" }), [["nama"]]);
    const { plan } = await agreedOrg(ctx);
    await expectInputInvalid(store.addActivity({ actor, planId: plan.planId, tanggal: "2024-01-02", uraian: "u".repeat(4001) }), [["uraian"]]);
    await expectInputInvalid(store.putUnit({ actor, unitId: "u".repeat(101), nama: "x" }), [["unitId"]]);
    await expectInputInvalid(store.putUnit({ actor, unitId: "unit\u0007bell", nama: "x" }), [["unitId"]]);
  });

  area.test("numbers round-trip exactly (0.1, 28.125, 1e-7, 123456789.123, …)", async (ctx) => {
    const { store, actor } = ctx;
    const { plan } = await agreedOrg(ctx);
    const [indikatorId] = indikatorIds(plan);
    const months = Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`);
    const periods = ["2024", "2024-Q1", "2024-Q2", ...months];
    const numbers = EXACT_NUMBERS.slice(0, periods.length);
    for (let i = 0; i < numbers.length; i++) {
      await store.recordRealisation({ actor, planId: plan.planId, indikatorId: indikatorId as string, periode: periods[i] as string, nilai: numbers[i] as number });
    }
    const stored = new Map((await store.listRealisations({ planId: plan.planId })).map((r) => [r.periode, r.nilai]));
    numbers.forEach((n, i) => assert.ok(Object.is(stored.get(periods[i] as string), n), `${n} came back as ${stored.get(periods[i] as string)}`));
    const outputs = Object.fromEntries(EXACT_NUMBERS.map((n, i) => [`angka${i}`, n]));
    const evaluation = await store.saveEvaluation({ actor, evaluation: evaluationInput({ planId: plan.planId, outputs, trace: false }) });
    assert.deepEqual((await store.getEvaluation({ evaluationId: evaluation.evaluationId }))?.outputs, { ...evaluation.outputs });
    for (const [k, n] of Object.entries(outputs)) assert.ok(Object.is((await store.getEvaluation({ evaluationId: evaluation.evaluationId }))?.outputs[k], n));
    const unit = await newUnit(ctx);
    const employee = await newEmployee(ctx, unit.unitId);
    const targets = [0.1, 28.125, 1e-7, 123456789.123];
    const created = await store.createPlan({
      actor,
      nip: employee.nip,
      tahun: 2024,
      rhk: rhkInput({ count: 1, indicators: 4 }).map((r) => ({ ...r, indikator: r.indikator.map((k, i) => ({ ...k, target: targets[i] as number })) })),
    });
    assert.deepEqual((await store.getPlan({ planId: created.planId }))?.rhk[0]?.indikator.map((k) => k.target), targets);
    const jp = await store.addCompetency({ actor, nip: employee.nip, tanggal: "2024-05-05", nama: "Webinar", jp: 0.1 });
    assert.ok(Object.is((await store.listCompetency({ nip: employee.nip }))[0]?.jp, 0.1));
    assert.equal(jp.jp, 0.1);
  });

  area.test("a trace of about 5 MB round-trips exactly", async (ctx) => {
    const { store, actor, largeTraceBytes } = ctx;
    const { plan, unit } = await agreedOrg(ctx);
    const input = evaluationInput({ planId: plan.planId, trace: largeTraceBytes });
    const size = JSON.stringify(input.trace).length;
    assert.ok(size >= largeTraceBytes * 0.95, `trace of ${size} bytes`);
    const saved = await store.saveEvaluation({ actor, evaluation: input });
    const read = await store.getEvaluation({ evaluationId: saved.evaluationId });
    assert.equal(JSON.stringify(read?.trace), JSON.stringify(input.trace));
    assert.deepEqual(read?.trace, input.trace);
    const cohort = await store.listCohort({ unitId: unit.unitId, tahun: 2024, withTrace: true });
    assert.deepEqual(cohort.items.map((e) => e.trace), [input.trace]);
  });
});

/**
 * Bad input to every method: `INPUT_INVALID` with an issue at the offending path (every problem
 * at once), never a storage error, and nothing written.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { IssuePath, KinerjaStore, PlanRhkInput } from "@kinerja/core";
import { evaluationInput, policyRef } from "../builders/evaluation.js";
import { randomNip } from "../builders/nip.js";
import { employeeInput, rhkInput, unitInput } from "../builders/org.js";
import { policyDocument } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";

/** The ids a method's bad inputs refer to. */
interface Refs {
  readonly actor: string;
  readonly unitId: string;
  readonly nip: string;
  readonly planId: string;
}

/** One bad call and the paths its issues must include. */
type BadCall = readonly [call: (store: KinerjaStore, r: Refs) => Promise<unknown>, paths: readonly IssuePath[]];

const long = (n: number) => "x".repeat(n);
const rhk = rhkInput();
const firstRhk = rhk[0] as PlanRhkInput;
const withIndikator = (changes: Record<string, unknown>): PlanRhkInput[] => [{ ...firstRhk, indikator: [{ ...firstRhk.indikator[0], ...changes } as never] }];

/** Bad inputs by method; each method has a few. */
const BAD: Readonly<Record<string, readonly BadCall[]>> = {
  "write options (actor, idempotencyKey)": [
    [(s) => s.putUnit({ actor: "", ...unitInput() }), [["actor"]]],
    [(s) => s.putUnit({ actor: long(201), ...unitInput() }), [["actor"]]],
    [(s, r) => s.putUnit({ actor: r.actor, idempotencyKey: "", ...unitInput() }), [["idempotencyKey"]]],
    [(s, r) => s.putUnit({ actor: r.actor, idempotencyKey: long(201), ...unitInput() }), [["idempotencyKey"]]],
    [(s) => s.putUnit({ ...unitInput() } as never), [["actor"]]],
  ],
  savePolicyDraft: [
    [(s, r) => s.savePolicyDraft({ actor: r.actor, document: null }), [["document"]]],
    [(s, r) => s.savePolicyDraft({ actor: r.actor, document: { ...policyDocument(), version: "" } }), [["document"]]],
    [(s, r) => s.savePolicyDraft({ actor: r.actor, document: policyDocument(), expectedRowVersion: 0 }), [["expectedRowVersion"]]],
  ],
  publishPolicy: [
    [(s, r) => s.publishPolicy({ actor: r.actor, policyId: "", policyVersion: "1", expectedRowVersion: 1 }), [["policyId"]]],
    [(s, r) => s.publishPolicy({ actor: r.actor, policyId: "p", policyVersion: "1", expectedRowVersion: 1.5 }), [["expectedRowVersion"]]],
    [(s, r) => s.publishPolicy({ actor: r.actor, policyId: "p", policyVersion: "1" } as never), [["expectedRowVersion"]]],
  ],
  getPolicy: [
    [(s) => s.getPolicy({ policyId: "p" } as never), [["policyVersion"]]],
    [(s) => s.getPolicy({ policyId: long(101), policyVersion: "1" }), [["policyId"]]],
  ],
  getPolicyByHash: [
    [(s) => s.getPolicyByHash({ hash: "abc" }), [["hash"]]],
    [(s) => s.getPolicyByHash({ hash: "z".repeat(64) }), [["hash"]]],
  ],
  listPolicies: [
    [(s) => s.listPolicies({ status: "ARCHIVED" as never }), [["status"]]],
    [(s) => s.listPolicies({ limit: 1001 }), [["limit"]]],
  ],
  putUnit: [
    [(s, r) => s.putUnit({ actor: r.actor, unitId: "", nama: "x" }), [["unitId"]]],
    [(s, r) => s.putUnit({ actor: r.actor, unitId: "a\u0000b", nama: "x" }), [["unitId"]]],
    [(s, r) => s.putUnit({ actor: r.actor, unitId: "", nama: long(201) }), [["unitId"], ["nama"]]],
  ],
  getUnit: [[(s) => s.getUnit({ unitId: long(101) }), [["unitId"]]]],
  listUnits: [
    [(s) => s.listUnits({ limit: 0 }), [["limit"]]],
    [(s) => s.listUnits({ parentId: "" }), [["parentId"]]],
  ],
  setUnitPredikat: [
    [(s, r) => s.setUnitPredikat({ actor: r.actor, unitId: r.unitId, tahun: 2101, predikat: "BAIK" }), [["tahun"]]],
    [(s, r) => s.setUnitPredikat({ actor: r.actor, unitId: r.unitId, tahun: 2024.5, predikat: "BAIK" }), [["tahun"]]],
    [(s, r) => s.setUnitPredikat({ actor: r.actor, unitId: r.unitId, tahun: 2024, predikat: "Sangat Baik" }), [["predikat"]]],
  ],
  getUnitPredikat: [[(s, r) => s.getUnitPredikat({ unitId: r.unitId, tahun: "2024" as never }), [["tahun"]]]],
  putEmployee: [
    [(s, r) => s.putEmployee({ actor: r.actor, ...employeeInput({ unitId: r.unitId, nip: "123456789" }) }), [["nip"]]],
    [(s, r) => s.putEmployee({ actor: r.actor, ...employeeInput({ unitId: r.unitId, jenisAsn: "HONORER" as never }) }), [["jenisAsn"]]],
    [(s, r) => s.putEmployee({ actor: r.actor, ...employeeInput({ unitId: r.unitId, nama: "", jabatan: "" }) }), [["nama"], ["jabatan"]]],
  ],
  getEmployee: [[(s) => s.getEmployee({ nip: "" }), [["nip"]]]],
  listEmployees: [[(s) => s.listEmployees({ limit: 1001 }), [["limit"]]]],
  listTeam: [
    [(s, r) => s.listTeam({ atasanNip: r.nip, tahun: 1999 }), [["tahun"]]],
    [(s, r) => s.listTeam({ atasanNip: r.nip, tahun: 2024, scope: "everyone" as never }), [["scope"]]],
  ],
  createPlan: [
    [(s, r) => s.createPlan({ actor: r.actor, nip: r.nip, tahun: 2024, rhk: [] }), [["rhk"]]],
    [(s, r) => s.createPlan({ actor: r.actor, nip: r.nip, tahun: 1999, rhk }), [["tahun"]]],
    [(s, r) => s.createPlan({ actor: r.actor, nip: r.nip, tahun: 2024, rhk: withIndikator({ target: Number.NaN }) }), [["rhk", 0, "indikator", 0, "target"]]],
    [(s, r) => s.createPlan({ actor: r.actor, nip: r.nip, tahun: 2024, rhk: withIndikator({ polaritas: "NAIK_TURUN" }) }), [["rhk", 0, "indikator", 0, "polaritas"]]],
    [(s, r) => s.createPlan({ actor: r.actor, nip: r.nip, tahun: 2024, rhk: withIndikator({ bobot: 101 }) }), [["rhk", 0, "indikator", 0, "bobot"]]],
  ],
  updatePlan: [
    [(s, r) => s.updatePlan({ actor: r.actor, planId: r.planId, rhk } as never), [["expectedRowVersion"]]],
    [(s, r) => s.updatePlan({ actor: r.actor, planId: r.planId, expectedRowVersion: 1, rhk: [] }), [["rhk"]]],
  ],
  transitionPlan: [
    [(s, r) => s.transitionPlan({ actor: r.actor, planId: r.planId, expectedRowVersion: 1, to: "DONE" as never }), [["to"]]],
    [(s, r) => s.transitionPlan({ actor: r.actor, planId: "", expectedRowVersion: 0, to: "AGREED" }), [["planId"], ["expectedRowVersion"]]],
  ],
  getPlan: [[(s) => s.getPlan({ planId: "" }), [["planId"]]]],
  findPlan: [[(s, r) => s.findPlan({ nip: r.nip, tahun: 20241 }), [["tahun"]]]],
  listPlans: [
    [(s) => s.listPlans({} as never), [["tahun"]]],
    [(s) => s.listPlans({ tahun: 2024, limit: -5 }), [["limit"]]],
  ],
  recordRealisation: [
    [(s, r) => s.recordRealisation({ actor: r.actor, planId: r.planId, indikatorId: "i", periode: "2024-Q5", nilai: 1 }), [["periode"]]],
    [(s, r) => s.recordRealisation({ actor: r.actor, planId: r.planId, indikatorId: "i", periode: "2024", nilai: Number.POSITIVE_INFINITY }), [["nilai"]]],
    [(s, r) => s.recordRealisation({ actor: r.actor, planId: r.planId, indikatorId: "", periode: "2024-1", nilai: Number.NaN }), [["indikatorId"], ["periode"], ["nilai"]]],
  ],
  listRealisations: [[(s, r) => s.listRealisations({ planId: r.planId, periode: "2024-W01" }), [["periode"]]]],
  addActivity: [
    [(s, r) => s.addActivity({ actor: r.actor, planId: r.planId, tanggal: "2024-02-30", uraian: "x" }), [["tanggal"]]],
    [(s, r) => s.addActivity({ actor: r.actor, planId: r.planId, tanggal: "2024-02-01", uraian: "x", buktiUrl: "javascript:alert(1)" }), [["buktiUrl"]]],
    [(s, r) => s.addActivity({ actor: r.actor, planId: r.planId, tanggal: "2024-02-01", uraian: "", jumlah: -0.5 }), [["uraian"], ["jumlah"]]],
  ],
  listActivities: [[(s, r) => s.listActivities({ planId: r.planId, from: "2024-13-01", to: "kemarin" }), [["from"], ["to"]]]],
  addFeedback: [
    [(s, r) => s.addFeedback({ actor: r.actor, planId: r.planId, periode: "2024", tanggal: "2024-01-01", pemberiNip: r.nip, teks: "x", jenis: "TEGURAN" as never }), [["jenis"]]],
    [(s, r) => s.addFeedback({ actor: r.actor, planId: r.planId, periode: "Q1", tanggal: "1/1/2024", pemberiNip: r.nip, teks: long(4001) }), [["periode"], ["tanggal"], ["teks"]]],
  ],
  listFeedback: [[(s, r) => s.listFeedback({ planId: r.planId, periode: "2024-Q0" }), [["periode"]]]],
  putBehaviour: [
    [(s, r) => s.putBehaviour({ actor: r.actor, planId: r.planId, periode: "2024", penilaiNip: r.nip, ratings: {} }), [["ratings"]]],
    [(s, r) => s.putBehaviour({ actor: r.actor, planId: r.planId, periode: "2024", penilaiNip: r.nip, ratings: { AKUNTABEL: "LUAR_BIASA" } as never }), [["ratings"]]],
  ],
  listBehaviour: [[(s) => s.listBehaviour({ planId: "" }), [["planId"]]]],
  addCompetency: [
    [(s, r) => s.addCompetency({ actor: r.actor, nip: r.nip, tanggal: "2024-04-31", nama: "Diklat", jp: 8 }), [["tanggal"]]],
    [(s, r) => s.addCompetency({ actor: r.actor, nip: r.nip, tanggal: "2024-04-30", nama: "Diklat", jp: 1001 }), [["jp"]]],
  ],
  listCompetency: [[(s, r) => s.listCompetency({ nip: r.nip, tahun: 3000 }), [["tahun"]]]],
  saveEvaluation: [
    [(s, r) => s.saveEvaluation({ actor: r.actor, evaluation: { ...evaluationInput({ planId: r.planId }), policy: policyRef({ hash: "00" }) } }), [["evaluation", "policy", "hash"]]],
    [(s, r) => s.saveEvaluation({ actor: r.actor, evaluation: { ...evaluationInput({ planId: r.planId }), periode: "2024-Q" } }), [["evaluation", "periode"]]],
    [(s, r) => s.saveEvaluation({ actor: r.actor, evaluation: { ...evaluationInput({ planId: r.planId }), planId: "" } }), [["evaluation", "planId"]]],
  ],
  saveEvaluations: [
    [(s, r) => s.saveEvaluations({ actor: r.actor, evaluations: [] }), [["evaluations"]]],
    [
      (s, r) => s.saveEvaluations({ actor: r.actor, evaluations: [evaluationInput({ planId: r.planId }), { ...evaluationInput({ planId: r.planId, periode: "2024-Q1" }), evaluatedAt: "tomorrow" }] }),
      [["evaluations", 1, "evaluatedAt"]],
    ],
  ],
  getEvaluation: [[(s) => s.getEvaluation({ evaluationId: "" }), [["evaluationId"]]]],
  listCohort: [
    [(s, r) => s.listCohort({ unitId: r.unitId, tahun: 1800 }), [["tahun"]]],
    [(s, r) => s.listCohort({ unitId: r.unitId, tahun: 2024, periode: "2024-Q9" }), [["periode"]]],
  ],
  employeeHistory: [[(s, r) => s.employeeHistory({ nip: r.nip, periode: "TAHUN" as never }), [["periode"]]]],
  listAudit: [
    [(s) => s.listAudit({ entity: "pegawai" as never, entityKey: "x" }), [["entity"]]],
    [(s) => s.listAudit({ entity: "unit", entityKey: "" }), [["entityKey"]]],
  ],
};

/** INPUT_INVALID for every method. */
export const validation: AreaDefinition = defineArea("input validation", (area) => {
  for (const [method, calls] of Object.entries(BAD)) {
    area.test(`${method}: bad input is INPUT_INVALID with issues at the offending paths`, async ({ store, actor }) => {
      const refs: Refs = { actor, unitId: randomId("unit"), nip: randomNip(), planId: randomId("plan") };
      for (const [index, [call, paths]] of calls.entries()) {
        try {
          await expectInputInvalid(call(store, refs), paths);
        } catch (error) {
          throw new Error(`${method} case ${index}: ${(error as Error).message}`);
        }
      }
    });
  }

  area.test("bad input writes nothing", async ({ store, actor }) => {
    const unit = unitInput();
    await expectInputInvalid(store.putUnit({ actor, ...unit, nama: long(201) }), [["nama"]]);
    assert.equal(await store.getUnit({ unitId: unit.unitId }), null);
    const nip = randomNip();
    await expectInputInvalid(store.createPlan({ actor, nip, tahun: 2024, rhk: [] }), [["rhk"]]);
    assert.equal(await store.findPlan({ nip, tahun: 2024 }), null);
  });
});

/**
 * Calibrations: a unit's proposal stored as PROPOSED over its stored evaluations, decided once
 * (ACCEPTED or REJECTED) with an optimistic version, at most one ACCEPTED per unit and period.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import type { CalibrationProposal, StoredEvaluation } from "@kinerja/core";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition, type SuiteContext } from "./context.js";
import { agreedOrg, evaluate, newUnit, trail } from "./fixtures.js";

/** A proposal moving each of `moves` (NIP, from, to); the store keeps it as given. */
function proposalOf(moves: readonly (readonly [string, string, string])[]): CalibrationProposal {
  const changes = moves.map(([id, from, to]) => ({
    id,
    from,
    to,
    direction: "TURUN",
    steps: 1,
    reason: { id: `Turun dari ${from}`, en: `Down from ${from}` },
    evidence: { skor: 101.25, position: 1, of: 2 },
    flags: [],
  }));
  return { status: "PERLU_KALIBRASI", headcount: 3, changes, totalSteps: changes.length, complies: true, summary: { id: "Satu perubahan", en: "One change" } } as unknown as CalibrationProposal;
}

/** An organisation of three evaluated employees (annual 2024) and the NIP → evaluation map. */
async function evaluatedUnit(ctx: SuiteContext): Promise<{ unitId: string; evaluations: StoredEvaluation[]; byNip: Record<string, string> }> {
  const seeded = await agreedOrg(ctx, { employees: 3 });
  const evaluations = [];
  for (const plan of seeded.plans) evaluations.push(await evaluate(ctx, plan, { predikat: "SANGAT_BAIK" }));
  return { unitId: seeded.unit.unitId, evaluations, byNip: Object.fromEntries(evaluations.map((e) => [e.nip, e.evaluationId])) };
}

/** Calibration proposals and decisions. */
export const calibrations: AreaDefinition = defineArea("calibrations", (area) => {
  area.test("proposeCalibration stores a PROPOSED record as given, audited as CREATE", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { unitId, evaluations, byNip } = await evaluatedUnit(ctx);
    const nip = evaluations[0]?.nip as string;
    const proposal = proposalOf([[nip, "SANGAT_BAIK", "BAIK"]]);
    const at = clock.set("2025-01-20T08:00:00.000Z");
    const calibrationId = randomId("cal");
    const saved = await store.proposeCalibration({ actor, calibrationId, unitId, tahun: 2024, periode: "2024", proposal, evaluations: byNip });
    assert.deepEqual(saved, {
      calibrationId,
      unitId,
      tahun: 2024,
      periode: "2024",
      status: "PROPOSED",
      proposal,
      evaluations: byNip,
      decidedBy: null,
      decidedAt: null,
      catatan: null,
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
    assert.deepEqual(await store.getCalibration({ calibrationId }), saved);
    assert.equal(await store.getCalibration({ calibrationId: randomId("cal") }), null);
    const entries = await trail(ctx, "calibration", calibrationId);
    assert.deepEqual(
      entries.map((e) => [e.action, e.before, (e.after as { status: string }).status]),
      [["CREATE", null, "PROPOSED"]],
    );
  });

  area.test("a proposal's unit, period and evaluations must exist and match", async (ctx) => {
    const { store, actor } = ctx;
    const { unitId, evaluations, byNip } = await evaluatedUnit(ctx);
    const nip = evaluations[0]?.nip as string;
    const proposal = proposalOf([[nip, "SANGAT_BAIK", "BAIK"]]);
    const base = { actor, unitId, tahun: 2024, periode: "2024", proposal, evaluations: byNip };
    await expectStoreError(store.proposeCalibration({ ...base, unitId: randomId("unit") }), { reason: "constraint", path: ["unitId"] });
    await expectStoreError(store.proposeCalibration({ ...base, periode: "2023" }), { reason: "constraint", path: ["periode"] });
    await expectStoreError(store.proposeCalibration({ ...base, evaluations: {} }), { reason: "constraint", path: ["proposal", "changes", 0, "id"] });
    await expectStoreError(store.proposeCalibration({ ...base, evaluations: { ...byNip, [nip]: randomId("eval") } }), { reason: "constraint", path: ["evaluations", nip] });
    const other = await newUnit(ctx);
    await expectStoreError(store.proposeCalibration({ ...base, unitId: other.unitId }), { reason: "constraint", path: ["evaluations", nip] });
    await expectStoreError(store.proposeCalibration({ ...base, periode: "2024-Q1" }), { reason: "constraint", path: ["evaluations", nip] });
    await expectInputInvalid(store.proposeCalibration({ ...base, proposal: { status: "SESUAI" } as unknown as CalibrationProposal }), [["proposal", "changes"]]);
    await expectInputInvalid(store.proposeCalibration({ ...base, periode: "2024-13" }), [["periode"]]);
    assert.deepEqual((await store.listCalibrations({ unitId })).items, []);
  });

  area.test("decideCalibration accepts or rejects once, with the current version", async (ctx) => {
    const { store, actor, clock } = ctx;
    const { unitId, evaluations, byNip } = await evaluatedUnit(ctx);
    const nip = evaluations[0]?.nip as string;
    const base = { actor, unitId, tahun: 2024, periode: "2024", proposal: proposalOf([[nip, "SANGAT_BAIK", "BAIK"]]), evaluations: byNip };
    const first = await store.proposeCalibration(base);
    await expectStoreError(store.decideCalibration({ actor, calibrationId: first.calibrationId, expectedRowVersion: 2, decision: "ACCEPTED" }), { reason: "conflict" });
    await expectStoreError(store.decideCalibration({ actor, calibrationId: randomId("cal"), expectedRowVersion: 1, decision: "ACCEPTED" }), { reason: "not_found" });
    await expectInputInvalid(store.decideCalibration({ actor, calibrationId: first.calibrationId, expectedRowVersion: 1, decision: "APPLIED" as never }), [["decision"]]);
    const at = clock.set("2025-01-21T09:30:00.000Z");
    const accepted = await store.decideCalibration({ actor: "admin-unit", calibrationId: first.calibrationId, expectedRowVersion: 1, decision: "ACCEPTED", catatan: "Sesuai rapat kalibrasi" });
    assert.deepEqual(accepted, { ...first, status: "ACCEPTED", decidedBy: "admin-unit", decidedAt: at, catatan: "Sesuai rapat kalibrasi", rowVersion: 2, updatedAt: at });
    await expectStoreError(store.decideCalibration({ actor, calibrationId: first.calibrationId, expectedRowVersion: 2, decision: "REJECTED" }), { reason: "conflict", path: ["decision"] });
    // A second proposal for the same unit and period may be rejected, not accepted.
    const second = await store.proposeCalibration(base);
    await expectStoreError(store.decideCalibration({ actor, calibrationId: second.calibrationId, expectedRowVersion: 1, decision: "ACCEPTED" }), { reason: "conflict", path: ["decision"] });
    const rejected = await store.decideCalibration({ actor, calibrationId: second.calibrationId, expectedRowVersion: 1, decision: "REJECTED" });
    assert.deepEqual([rejected.status, rejected.catatan, rejected.decidedBy], ["REJECTED", null, actor]);
    const entries = await trail(ctx, "calibration", first.calibrationId);
    assert.deepEqual(
      entries.map((e) => [e.action, (e.before as { status: string } | null)?.status ?? null, (e.after as { status: string }).status]),
      [
        ["CREATE", null, "PROPOSED"],
        ["TRANSITION", "PROPOSED", "ACCEPTED"],
      ],
    );
  });

  area.test("listCalibrations pages a unit's calibrations by year, optionally of one year", async (ctx) => {
    const { store, actor } = ctx;
    const { unitId, byNip } = await evaluatedUnit(ctx);
    const empty = proposalOf([]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await store.proposeCalibration({ actor, unitId, tahun: 2024, periode: "2024", proposal: empty, evaluations: byNip })).calibrationId);
    const first = await store.listCalibrations({ unitId, limit: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor !== null);
    const rest = await store.listCalibrations({ unitId, limit: 2, cursor: first.nextCursor });
    assert.deepEqual([...first.items, ...rest.items].map((c) => c.calibrationId).sort(), [...ids].sort());
    assert.equal(rest.nextCursor, null);
    assert.equal((await store.listCalibrations({ unitId, tahun: 2025 })).items.length, 0);
    assert.equal((await store.listCalibrations({ unitId, tahun: 2024 })).items.length, 3);
  });

  area.test("a repeated proposal with the same idempotency key is stored once", async (ctx) => {
    const { store, actor } = ctx;
    const { unitId, byNip } = await evaluatedUnit(ctx);
    const idempotencyKey = randomId("idem");
    const input = { actor, idempotencyKey, unitId, tahun: 2024, periode: "2024", proposal: proposalOf([]), evaluations: byNip };
    const first = await store.proposeCalibration(input);
    assert.deepEqual(await store.proposeCalibration(input), first);
    assert.equal((await store.listCalibrations({ unitId })).items.length, 1);
    await expectStoreError(store.proposeCalibration({ ...input, periode: "2024-Q4" }), { reason: "conflict" });
  });
});

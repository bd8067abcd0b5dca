import Database from "better-sqlite3";
import type { KinerjaStore, RatingEkspektasi, StoredPlan, StoredRealisation } from "@kinerja/core";
import { belawanPolicy, loadUnits, scorePlans, type PlanOutcome } from "@kinerja/example-demo/demo";
import { storeDemo, TAHUN } from "@kinerja/example-demo/store";
import { createSqliteStore } from "@kinerja/store-sqlite";
import { beforeAll, describe, expect, it } from "vitest";
import { aggregate, akumulasiOf } from "./akumulasi.js";
import { buildPlanInput, feedbackForScoring } from "./plan-input.js";

// Pins the mapping from stored records to the policy input: the Belawan example, stored the way
// the demo stores it (plus the annual realisation a SIMPEG records at year end), rebuilt from the
// store, scores to the demo's own outputs.
const policy = belawanPolicy();
const outcomes = scorePlans(policy);

interface SkpFile {
  readonly ratingPerilaku: RatingEkspektasi;
  readonly indikator: readonly { readonly rhk: string; readonly realisasi?: number; readonly targetMaks?: number }[];
}

function skpOf(o: PlanOutcome): SkpFile {
  return o.plan.skp as SkpFile;
}

async function storedPlans(store: KinerjaStore): Promise<Map<string, StoredPlan>> {
  await storeDemo(store, policy, loadUnits(), outcomes);
  const plans = await store.listPlans({ tahun: TAHUN, limit: 1000 });
  return new Map(plans.items.map((p) => [p.nip, p]));
}

/** A realisation record as the store returns it (the demo's plans are EVALUATED: the store takes no more). */
function realisation(planId: string, indikatorId: string, periode: string, nilai: number): StoredRealisation {
  return { planId, indikatorId, periode, nilai, catatan: null, rowVersion: 1, createdAt: "2025-01-02T00:00:00.000Z", updatedAt: "2025-01-02T00:00:00.000Z" };
}

/** Year end: the annual realisation of every indicator (the example's `realisasi`). */
function annual(plan: StoredPlan, o: PlanOutcome): StoredRealisation[] {
  return skpOf(o).indikator.map((k, i) => realisation(plan.planId, `${k.rhk}-IKI-${i + 1}`, String(TAHUN), k.realisasi as number));
}

async function rebuild(store: KinerjaStore, plan: StoredPlan, o: PlanOutcome) {
  const [stored, behaviour, unit] = await Promise.all([
    store.listRealisations({ planId: plan.planId }),
    store.listBehaviour({ planId: plan.planId }),
    store.getUnitPredikat({ unitId: plan.unitId, tahun: plan.tahun }),
  ]);
  return buildPlanInput({
    plan,
    realisations: [...stored, ...annual(plan, o)],
    behaviour: behaviour.find((b) => b.periode === String(plan.tahun)) ?? null,
    predikatOrganisasi: unit?.predikat ?? null,
    pimpinanUnit: false,
    ratingPerilaku: skpOf(o).ratingPerilaku,
    policy,
  });
}

describe("buildPlanInput on the stored Belawan example", () => {
  let store: KinerjaStore;
  let plans: Map<string, StoredPlan>;
  const evaluated = outcomes.filter((o) => o.outcome.ok);

  beforeAll(async () => {
    store = createSqliteStore({ database: new Database(":memory:") });
    plans = await storedPlans(store);
  });

  it("scores every plan, the RENTANG range included, to exactly the demo's outputs", async () => {
    expect(evaluated.map((o) => o.file)).toEqual(["01-dishub-lalu-lintas.json", "02-dinkes-pelayanan.json", "03-kecamatan-administrasi.json", "05-dinkes-perawat.json"]);
    for (const o of evaluated) {
      const { input, realisasi } = await rebuild(store, plans.get(o.plan.pegawai.nip) as StoredPlan, o);
      expect(realisasi.every((r) => r.dari === "PERIODE" && r.periode[0] === "2024")).toBe(true);
      const demo = o.outcome.ok ? o.outcome.result.outputs : null;
      expect(policy.score(input).outputs, o.file).toEqual(demo);
    }
  });

  it("keeps the upper bound of a RENTANG target: the range 2–4 hours holds the realisation 3 (capaian 100, not the cap 120)", async () => {
    const o = evaluated.find((x) => x.file === "02-dinkes-pelayanan.json") as PlanOutcome;
    const { input } = await rebuild(store, plans.get(o.plan.pegawai.nip) as StoredPlan, o);
    const ranged = (input["indikator"] as { polaritas: string; target: number; targetMaks?: number }[]).filter((k) => k.polaritas === "RENTANG");
    expect(ranged.map((k) => [k.target, k.targetMaks])).toEqual([[2, 4]]);
    expect((policy.score(input).outputs["capaianIndikator"] as { capaian: number }[]).map((c) => c.capaian)).toContain(100);
  });

  it("lists the rated BerAKHLAK values in the regulation's order with their ratings", async () => {
    const o = evaluated[0] as PlanOutcome;
    const { input } = await rebuild(store, plans.get(o.plan.pegawai.nip) as StoredPlan, o);
    expect(input["berakhlak"]).toEqual([
      { nilaiDasar: "BERORIENTASI_PELAYANAN", rating: "DI_ATAS_EKSPEKTASI" },
      { nilaiDasar: "KOLABORATIF", rating: "DI_BAWAH_EKSPEKTASI" },
    ]);
    expect(input["predikatOrganisasi"]).toBe("BAIK");
  });

  it("carries the stored feedback on the plan's RHK into the scorer's feedback", async () => {
    const o = evaluated[0] as PlanOutcome;
    const plan = plans.get(o.plan.pegawai.nip) as StoredPlan;
    const feedback = feedbackForScoring(plan, await store.listFeedback({ planId: plan.planId }));
    expect(feedback.map((f) => [f.rhk, f.periode])).toEqual((o.plan.umpanBalik ?? []).map((f) => [f.rhk, f.periode]));
  });
});

describe("buildPlanInput without an annual realisation", () => {
  it("adds up the year's periodic realisations: counts summed, levels latest, rates averaged", async () => {
    const store = createSqliteStore({ database: new Database(":memory:") });
    const plans = await storedPlans(store);
    const o = outcomes[0] as PlanOutcome;
    const plan = plans.get(o.plan.pegawai.nip) as StoredPlan;
    const realisations = [...(await store.listRealisations({ planId: plan.planId })), realisation(plan.planId, "R2-IKI-3", "2024-05", 5)];
    const { realisasi } = buildPlanInput({ plan, realisations });
    expect(realisasi.map((r) => [r.indikatorId, r.dari, r.nilai])).toEqual([
      ["R1-IKI-1", "NILAI_TERAKHIR", 13],
      ["R1-IKI-2", "KUMULATIF", 4],
      ["R2-IKI-3", "NILAI_TERAKHIR", 5],
      ["R3-IKI-4", "KUMULATIF", 5],
    ]);
  });

  it("refuses a plan with an indicator without any realisation, naming every such indicator", async () => {
    const store = createSqliteStore({ database: new Database(":memory:") });
    const plans = await storedPlans(store);
    const plan = plans.get((outcomes[0] as PlanOutcome).plan.pegawai.nip) as StoredPlan;
    const realisations = await store.listRealisations({ planId: plan.planId });
    let error: unknown;
    try {
      buildPlanInput({ plan, realisations });
    } catch (e) {
      error = e;
    }
    expect((error as { code: string }).code).toBe("INPUT_INVALID");
    expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([["realisations", "R2-IKI-3"]]);
  });
});

describe("akumulasi", () => {
  it("reads TURUN/RENTANG as levels, percentages as rates and other NAIK indicators as counts", () => {
    expect(akumulasiOf({ polaritas: "TURUN", satuan: "menit" })).toBe("NILAI_TERAKHIR");
    expect(akumulasiOf({ polaritas: "RENTANG", satuan: "jam" })).toBe("NILAI_TERAKHIR");
    expect(akumulasiOf({ polaritas: "NAIK", satuan: "%" })).toBe("RATA_RATA");
    expect(akumulasiOf({ polaritas: "NAIK", satuan: "persen" })).toBe("RATA_RATA");
    expect(akumulasiOf({ polaritas: "NAIK", satuan: "titik" })).toBe("KUMULATIF");
  });

  it("adds decimals exactly and averages to 4 decimals", () => {
    const v = [0.1, 0.2].map((nilai, i) => ({ periode: `2024-0${i + 1}`, nilai }));
    expect(aggregate(v, "KUMULATIF")).toBe(0.3);
    expect(aggregate([1, 2, 2].map((nilai, i) => ({ periode: `2024-0${i + 1}`, nilai })), "RATA_RATA")).toBe(1.6667);
    expect(aggregate([], "KUMULATIF")).toBeNull();
  });
});

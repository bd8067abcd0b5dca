import { describe, expect, it } from "vitest";
import { loadPolicy, renderReport, scorePlans } from "./demo.js";

// The demo is the README's main job: these tests pin what it prints for the Belawan example plans.
describe("Belawan demo", () => {
  const policy = loadPolicy();
  const outcomes = scorePlans(policy);

  it("compiles the sample policy without errors or warnings", () => {
    expect(policy.id).toBe("contoh-skp-belawan");
    expect(policy.warnings).toEqual([]);
    expect(policy.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("scores the traffic officer's lower-is-better congestion indicator as an achievement above 100%", () => {
    const dishub = outcomes.find((o) => o.file.startsWith("01"));
    expect(dishub?.outcome.ok).toBe(true);
    if (!dishub?.outcome.ok) return;
    const out = dishub.outcome.result.outputs;
    // waiting time 15 → 12 minutes (TURUN): (1 + (1 − 12/15)) × 100 = 120
    expect((out["capaianIndikator"] as { capaian: number }[])[0]?.capaian).toBe(120);
    // (120×40 + 112.5×30 + 116.67×20 + 100×10) / 100 = 115.084 → 115.08 (HALF_UP, 2 dp)
    expect(out["capaianHasilKerja"]).toBe(115.08);
    expect(out["ratingHasilKerja"]).toBe("DI_ATAS_EKSPEKTASI");
    expect(out["predikat"]).toBe("BAIK");
  });

  it("gives SANGAT_BAIK only when both ratings are above expectations, and scores a range target inside the range as 100", () => {
    const dinkes = outcomes.find((o) => o.file.startsWith("02"));
    if (!dinkes?.outcome.ok) throw new Error("expected a result");
    const out = dinkes.outcome.result.outputs;
    expect((out["capaianIndikator"] as { capaian: number }[]).map((c) => c.capaian)).toEqual([115, 120, 100]);
    expect(out["capaianHasilKerja"]).toBe(113.5);
    expect(out["predikat"]).toBe("SANGAT_BAIK");
  });

  it("flags unmet indicators and caps the predikat at BUTUH_PERBAIKAN when work results are below expectations", () => {
    const kecamatan = outcomes.find((o) => o.file.startsWith("03"));
    if (!kecamatan?.outcome.ok) throw new Error("expected a result");
    const out = kecamatan.outcome.result.outputs;
    expect(out["capaianHasilKerja"]).toBe(67);
    expect(out["indikatorBelumTercapai"]).toBe(2);
    expect(out["predikat"]).toBe("BUTUH_PERBAIKAN");
  });

  it("reports every problem of an invalid plan with its path and does not stop the others", () => {
    const invalid = outcomes.find((o) => o.file.startsWith("04"));
    expect(invalid?.outcome.ok).toBe(false);
    if (invalid?.outcome.ok !== false) return;
    expect(invalid.outcome.error.code).toBe("INPUT_INVALID");
    expect(invalid.outcome.error.issues.map((i) => i.path.join("."))).toEqual(["indikator.0.realisasi", "ratingPerilaku"]);
    expect(outcomes.filter((o) => o.outcome.ok)).toHaveLength(3);
  });

  it("renders the report in Bahasa Indonesia by default and in English on request", () => {
    const id = renderReport(outcomes, "id");
    const en = renderReport(outcomes, "en");
    expect(id).toContain("Kebijakan: Contoh penilaian SKP");
    expect(id).toContain("baris 2 cocok");
    expect(id).toContain("Rencana ini tidak dapat dinilai [INPUT_INVALID]");
    expect(en).toContain("Policy: Sample SKP evaluation");
    expect(en).toContain("row 2 matched");
    expect(en).toContain("indikator.0.realisasi: Required");
  });
});

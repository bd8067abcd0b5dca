import { describe, expect, it } from "vitest";
import { belawanPolicy, checkUnits, loadUnits, renderReport, scorePlans } from "./demo.js";

// The demo is the README's main job: these tests pin what it computes and prints for the Belawan
// example plans under the PermenPANRB 6/2022 preset, and each unit's distribution check.
describe("Belawan demo", () => {
  const policy = belawanPolicy();
  const outcomes = scorePlans(policy);
  const units = checkUnits(loadUnits(), outcomes);
  const outputs = (prefix: string): Readonly<Record<string, unknown>> => {
    const found = outcomes.find((o) => o.file.startsWith(prefix));
    if (!found?.outcome.ok) throw new Error(`expected a result for ${prefix}`);
    return found.outcome.result.outputs;
  };

  it("derives the agency policy from the preset without errors or warnings", () => {
    expect([policy.id, policy.version]).toEqual(["belawan-skp", "2024.1"]);
    expect(policy.warnings).toEqual([]);
  });

  it("scores the traffic officer's lower-is-better congestion indicator above 100% and rates him through the agency mapping", () => {
    const out = outputs("01");
    // waiting time 15 → 12 minutes (TURUN): (1 + (1 − 12/15)) × 100 = 120
    expect((out["capaianIndikator"] as { capaian: number }[])[0]?.capaian).toBe(120);
    // (120×40 + 112.5×30 + 116.67×20 + 100×10) / 100 = 115.084 → 115.08 (HALF_UP, 2 dp)
    expect(out["capaianHasilKerja"]).toBe(115.08);
    expect([out["sumberRatingHasilKerja"], out["ratingHasilKerjaFinal"], out["predikat"]]).toEqual(["PEMETAAN_CAPAIAN", "DI_ATAS_EKSPEKTASI", "BAIK"]);
    expect(out["rhkTanpaAtasan"]).toEqual([]);
  });

  it("gives SANGAT_BAIK only when both ratings are above expectations; a range target inside the range scores 100", () => {
    const out = outputs("02");
    expect((out["capaianIndikator"] as { capaian: number }[]).map((c) => c.capaian)).toEqual([115, 120, 100]);
    expect([out["capaianHasilKerja"], out["predikat"]]).toEqual([113.5, "SANGAT_BAIK"]);
  });

  it("caps the predikat at BUTUH_PERBAIKAN when work results are below expectations", () => {
    const out = outputs("03");
    expect([out["capaianHasilKerja"], out["ratingHasilKerjaFinal"], out["predikat"]]).toEqual([67, "DI_BAWAH_EKSPEKTASI", "BUTUH_PERBAIKAN"]);
  });

  it("reports every problem of an invalid plan with its path and does not stop the others", () => {
    const invalid = outcomes.find((o) => o.file.startsWith("04"));
    if (invalid?.outcome.ok !== false) throw new Error("expected an error");
    expect(invalid.outcome.error.code).toBe("INPUT_INVALID");
    expect(invalid.outcome.error.issues.map((i) => i.path.join("."))).toEqual(["ratingPerilaku", "indikator.0.realisasi"]);
    expect(outcomes.filter((o) => o.outcome.ok)).toHaveLength(4);
  });

  it("checks each unit's distribution with the scored employees added: Dishub has one BAIK too many", () => {
    expect(units.map((u) => [u.unit.unitKerja, u.jumlah, u.outputs["valid"]])).toEqual([
      ["Dinas Perhubungan — Belawan", { SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 1 }, false],
      ["Dinas Kesehatan — Puskesmas Belawan", { SANGAT_BAIK: 4, BAIK: 3 }, true],
      ["Kecamatan Medan Belawan", { BAIK: 6, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 }, true],
    ]);
    expect(units[0]?.outputs["pelanggaran"]).toMatchObject([{ batas: 5, aktual: 6 }]);
  });

  it("renders the report in Bahasa Indonesia by default and in English on request", () => {
    const id = renderReport(outcomes, units, "id");
    const en = renderReport(outcomes, units, "en");
    expect(id).toContain("Kebijakan: SKP Pemerintah Kota Medan — Belawan");
    expect(id).toContain("Pengembangan kompetensi 2024: Manajemen rekayasa lalu lintas (16 JP); Keselamatan jalan untuk petugas lapangan (8 JP) — Pengembangan kompetensi 24 JP memenuhi batas minimal 20 JP per tahun (PNS)");
    expect(id).toContain("Laporan kegiatan harian: 11 (R1: 6, R3: 2, R2: 3)");
    expect(id).toContain("TIDAK sesuai pola distribusi");
    expect(id).toContain("Rencana ini tidak dapat dinilai [INPUT_INVALID]");
    expect(en).toContain("Policy: Medan city SKP — Belawan");
    expect(en).toContain("does NOT comply with the distribution");
    expect(en).toContain("indikator.0.realisasi: Required");
  });
});

import { describe, expect, it } from "vitest";
import { localize } from "@kinerja/core";
import { belawanPolicy, checkUnits, loadUnits, renderReport, runCycles, scorePlans } from "./demo.js";

// The rest of the cycle around each Belawan evaluation, as `pnpm demo` prints it: monitoring
// flags, evidence from daily reports, feedback in the trace, strengths and weaknesses with the
// catalogue's recommendations, competency records and the tindak lanjut rules.
describe("Belawan demo: monitoring, development and tindak lanjut", () => {
  const outcomes = scorePlans(belawanPolicy());
  const cycles = runCycles(outcomes);
  const cycle = (prefix: string): (typeof cycles)[number] => {
    const i = outcomes.findIndex((o) => o.file.startsWith(prefix));
    const found = cycles[i];
    if (!found) throw new Error(`no cycle for ${prefix}`);
    return found;
  };

  it("flags the traffic officer's indicators against pro-rated targets, lower-is-better included", () => {
    const m = cycle("01").pemantauan;
    expect(m?.indikator.map((i) => [i.status, i.capaian, i.targetProrata])).toEqual([
      ["ON_TRACK", 113.33, 15], // waiting minutes 13 vs 15, lower is better: (1 + (1 − 13/15)) × 100
      ["ON_TRACK", 100, 4], // 4 congestion points vs 8 × 6/12
      ["BELUM_ADA_DATA", null, 6], // no realisation yet: not 0%
      ["AT_RISK", 83.33, 6], // 5 patrol reports vs 12 × 6/12
    ]);
    expect([m?.rencana.status, m?.rencana.capaian, m?.rencana.leftOut]).toEqual(["ON_TRACK", 104.58, ["IKI-3"]]);
  });

  it("monitors quarterly too, and marks the sub-district clerk off track", () => {
    expect(cycle("02").pemantauan?.indikator.map((i) => i.status)).toEqual(["AT_RISK", "ON_TRACK", "ON_TRACK"]);
    expect([cycle("03").pemantauan?.rencana.status, cycle("03").pemantauan?.rencana.capaian]).toEqual(["OFF_TRACK", 68.77]);
  });

  it("counts daily reports per RHK and flags RHK with no activity in an ended month", () => {
    const bukti = cycle("01").bukti;
    expect(bukti?.rhk.map((r) => [r.id, r.total, r.periodsWithoutActivity])).toEqual([
      ["R1", 6, ["2024-05"]],
      ["R2", 3, ["2024-01", "2024-02", "2024-04", "2024-06"]],
      ["R3", 2, ["2024-02", "2024-04", "2024-05", "2024-06"]],
    ]);
  });

  it("puts the supervisor's feedback into the evaluation trace", () => {
    const o = outcomes.find((x) => x.file.startsWith("01"));
    expect(o?.outcome.ok && o.outcome.result.trace?.feedback?.map((f) => [f.rhk, f.jenis])).toEqual([
      ["R1", "APRESIASI"],
      ["R2", "ARAHAN"],
      ["R3", "PERBAIKAN"],
    ]);
  });

  it("maps the nurse's weak IT-service indicator to the IT-in-health-services training", () => {
    const c = cycle("05");
    expect(c.kekuatan?.kelemahan.map((k) => (k.sumber === "INDIKATOR" ? k.gap : k.nilaiDasar))).toEqual([-40, "ADAPTIF"]);
    expect(c.pengembangan?.rekomendasi.map((r) => r.entri.id)).toEqual(["PEL-TI-KES", "MENTOR-ADAPTIF"]);
  });

  it("tracks competency records per year against the 20 JP minimum", () => {
    expect(cycle("01").kompetensi?.perTahun.map((y) => [y.tahun, y.totalJp, y.compliant])).toEqual([
      [2023, 12, false],
      [2024, 24, true],
    ]);
  });

  it("fires the tindak lanjut rules with the multi-year history", () => {
    expect(cycles.map((c) => c.tindakLanjut?.events.map((e) => e.type))).toEqual([
      [], // Baik, 24 JP; kenaikan jenjang blocked only by the formasi
      ["RENCANA_SUKSESI"], // Sangat Baik in 2023 and 2024
      ["PEMBINAAN_INTENSIF", "PENGEMBANGAN_KOMPETENSI"], // Butuh Perbaikan two years running, 12 JP
      undefined, // the invalid plan is not scored
      ["PENGEMBANGAN_KOMPETENSI"], // 8 JP
    ]);
    expect(cycle("01").tindakLanjut?.syaratBelumTerpenuhi.map((e) => e.type)).toEqual(["FORMASI"]);
  });

  it("prints the cycle in both languages", () => {
    const units = checkUnits(loadUnits(), outcomes);
    const id = renderReport(outcomes, units, "id", cycles);
    const en = renderReport(outcomes, units, "en", cycles);
    expect(id).toContain("Pemantauan kinerja berjalan (BULANAN, s.d. 2024-06-30):");
    expect(id).toContain("[AT_RISK] Jumlah laporan patroli bulanan");
    expect(id).toContain("Tindak lanjut (PermenPANRB 6/2022): RENCANA_SUKSESI");
    expect(id).toContain("Umpan balik berkelanjutan dari pejabat penilai (3):");
    expect(en).toContain("Follow-up (PermenPANRB 6/2022): PEMBINAAN_INTENSIF, PENGEMBANGAN_KOMPETENSI");
    expect(en).toContain(localize(cycle("05").pengembangan?.rekomendasi[0]?.alasan ?? { id: "?", en: "?" }, "en"));
  });
});

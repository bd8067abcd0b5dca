/**
 * Daily activity reports as evidence (the Kecamatan Belawan staff report daily in an app): counts
 * per RHK per period, findings about the data (RHK without activity, unknown or missing RHK,
 * outside the plan, after asOf), and INPUT_INVALID only for malformed input.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { summariseActivities, type SummariseActivitiesInput } from "./evidence.js";

const BASE: SummariseActivitiesInput = {
  periode: { mulai: "2024-01-01", selesai: "2024-12-31" },
  frekuensi: "BULANAN",
  asOf: "2024-03-15",
  rhk: [
    { id: "RHK-1", teks: "Terlayaninya administrasi kependudukan" },
    { id: "RHK-2", teks: "Terlaksananya ronda kebersihan lingkungan" },
  ],
  laporanHarian: [
    { tanggal: "2024-01-10", rhk: "RHK-1", uraian: "Melayani 12 permohonan KTP" },
    { tanggal: "2024-01-03", rhk: "RHK-1", uraian: "Melayani 8 permohonan KK" },
    { tanggal: "2024-01-10", rhk: "RHK-1", uraian: "Verifikasi berkas pindah datang" },
    { tanggal: "2024-03-04", rhk: "RHK-1", uraian: "Melayani surat keterangan" },
    { tanggal: "2024-01-20", rhk: "RHK-2", uraian: "Ronda kebersihan pasar" },
  ],
};

describe("summariseActivities", () => {
  it("counts activities per RHK per started period, with sorted dates", () => {
    const s = summariseActivities(BASE);
    expect(s.counted).toBe(5);
    const rhk1 = s.rhk[0];
    expect(rhk1?.total).toBe(4);
    expect(rhk1?.perPeriode).toEqual([
      { periode: "2024-01", mulai: "2024-01-01", selesai: "2024-01-31", ended: true, jumlah: 3, tanggal: ["2024-01-03", "2024-01-10", "2024-01-10"] },
      { periode: "2024-02", mulai: "2024-02-01", selesai: "2024-02-29", ended: true, jumlah: 0, tanggal: [] },
      { periode: "2024-03", mulai: "2024-03-01", selesai: "2024-03-31", ended: false, jumlah: 1, tanggal: ["2024-03-04"] },
    ]);
    expect(rhk1).toMatchObject({ id: "RHK-1", teks: "Terlayaninya administrasi kependudukan", periodsWithoutActivity: ["2024-02"] });
  });

  it("flags each RHK with no activity in an ended period (not the current one), with the period list", () => {
    const s = summariseActivities(BASE);
    expect(s.findings).toEqual([
      {
        code: "RHK_TANPA_AKTIVITAS",
        severity: "warning",
        path: ["rhk", 0],
        rhk: "RHK-1",
        periods: ["2024-02"],
        message: {
          id: "RHK 'RHK-1' tidak memiliki laporan kegiatan pada periode yang sudah berakhir: 2024-02",
          en: "RHK 'RHK-1' has no activity report in these ended periods: 2024-02",
        },
      },
      expect.objectContaining({ code: "RHK_TANPA_AKTIVITAS", path: ["rhk", 1], periods: ["2024-02"] }),
    ]);
  });

  it("flags reports with an unknown RHK, without RHK, outside the plan or after asOf, and does not count them", () => {
    const s = summariseActivities({
      ...BASE,
      laporanHarian: [
        ...BASE.laporanHarian,
        { tanggal: "2024-02-05", rhk: "RHK-9", uraian: "Rapat koordinasi" },
        { tanggal: "2024-02-06", uraian: "Apel pagi" },
        { tanggal: "2023-12-29", rhk: "RHK-2", uraian: "Kerja bakti akhir tahun" },
        { tanggal: "2024-03-20", rhk: "RHK-2", uraian: "Laporan yang dikirim lebih awal" },
      ],
    });
    expect(s.counted).toBe(5);
    expect(s.findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      ["RHK_TIDAK_DIKENAL", "laporanHarian.5.rhk"],
      ["TANPA_RHK", "laporanHarian.6"],
      ["DI_LUAR_PERIODE", "laporanHarian.7.tanggal"],
      ["SESUDAH_AS_OF", "laporanHarian.8.tanggal"],
      ["RHK_TANPA_AKTIVITAS", "rhk.0"],
      ["RHK_TANPA_AKTIVITAS", "rhk.1"],
    ]);
    expect(s.findings.slice(0, 4).map((f) => f.message.en)).toEqual([
      "The daily report of 2024-02-05 refers to RHK 'RHK-9', which is not in the plan",
      "The daily report of 2024-02-06 is not linked to any RHK",
      "The daily report of 2023-12-29 is outside the plan period 2024-01-01 to 2024-12-31",
      "The daily report of 2024-03-20 is dated after the monitoring date 2024-03-15",
    ]);
  });

  it("groups by quarter", () => {
    const s = summariseActivities({ ...BASE, frekuensi: "TRIWULANAN", asOf: "2024-07-01" });
    expect(s.rhk[1]?.perPeriode.map((p) => [p.periode, p.jumlah, p.ended])).toEqual([
      ["2024-Q1", 1, true],
      ["2024-Q2", 0, true],
      ["2024-Q3", 0, false],
    ]);
    expect(s.findings.map((f) => [f.rhk, f.periods])).toEqual([
      ["RHK-1", ["2024-Q2"]],
      ["RHK-2", ["2024-Q2"]],
    ]);
  });

  it("has no period and no finding before the plan starts", () => {
    const s = summariseActivities({ ...BASE, asOf: "2023-12-31", laporanHarian: [] });
    expect(s.rhk.map((r) => r.perPeriode.length)).toEqual([0, 0]);
    expect(s.findings).toEqual([]);
  });

  it("throws INPUT_INVALID with every structural problem", () => {
    const bad = {
      ...BASE,
      asOf: "2024-02-30",
      rhk: [{ id: "RHK-1" }, { id: "RHK-1" }, { teks: "x" }],
      laporanHarian: [{ tanggal: "2024-1-5", rhk: 7, uraian: "" }, "x"],
    };
    let error: unknown;
    try {
      summariseActivities(bad as unknown as SummariseActivitiesInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KinerjaError);
    expect((error as KinerjaError).issues.map((i) => i.path.join("."))).toEqual([
      "asOf",
      "rhk.1.id",
      "rhk.2.id",
      "laporanHarian.0.tanggal",
      "laporanHarian.0.rhk",
      "laporanHarian.0.uraian",
      "laporanHarian.1",
    ]);
  });
});

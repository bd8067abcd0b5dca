/**
 * Continuous feedback (umpan balik berkelanjutan): validateFeedback (errors for malformed entries,
 * warnings for data problems, paths with an optional prefix) and groupFeedback (per RHK and per
 * period, sorted by date, findings, `sampai`).
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { groupFeedback, validateFeedback, type GroupFeedbackInput, type UmpanBalik } from "./feedback.js";

const ENTRIES: readonly UmpanBalik[] = [
  { id: "ub-2", rhk: "RHK-1", periode: "2024-03", tanggal: "2024-03-28", pemberi: "Kasi Lalu Lintas", jenis: "APRESIASI", teks: "Waktu tunggu di simpang turun" },
  { id: "ub-1", rhk: "RHK-1", periode: "2024-03", tanggal: "2024-03-05", jenis: "ARAHAN", teks: "Fokus pada jam sibuk pagi" },
  { id: "ub-3", rhk: "RHK-2", periode: "2024-01", tanggal: "2024-01-15", jenis: "PERBAIKAN", teks: "Laporan titik kemacetan belum lengkap" },
  { id: "ub-4", rhk: "RHK-1", periode: "2024-01", tanggal: "2024-01-31", teks: "Mulai pendataan simpang" },
];

const INPUT: GroupFeedbackInput = {
  periode: { mulai: "2024-01-01", selesai: "2024-12-31" },
  frekuensi: "BULANAN",
  rhk: [{ id: "RHK-1", teks: "Kemacetan di simpang berkurang" }, { id: "RHK-2" }, { id: "RHK-3" }],
  umpanBalik: ENTRIES,
};

describe("groupFeedback", () => {
  it("groups per RHK (input order) and per period (in order), sorted by date", () => {
    const g = groupFeedback(INPUT);
    expect(g.findings).toEqual([]);
    expect(g.afterSampai).toBe(0);
    expect(g.rhk.map((r) => [r.id, r.total, r.perPeriode.map((p) => [p.periode, p.entries.map((e) => e.id)])])).toEqual([
      ["RHK-1", 3, [["2024-01", ["ub-4"]], ["2024-03", ["ub-1", "ub-2"]]]],
      ["RHK-2", 1, [["2024-01", ["ub-3"]]]],
      ["RHK-3", 0, []],
    ]);
    expect(g.rhk[0]?.teks).toBe("Kemacetan di simpang berkurang");
    expect(g.rhk[0]?.perPeriode[1]?.entries[1]).toBe(ENTRIES[0]);
  });

  it("keeps same-day entries in input order", () => {
    const sameDay = [
      { rhk: "RHK-2", periode: "2024-02", tanggal: "2024-02-10", teks: "pertama" },
      { rhk: "RHK-2", periode: "2024-02", tanggal: "2024-02-10", teks: "kedua" },
    ];
    const g = groupFeedback({ ...INPUT, umpanBalik: sameDay });
    expect(g.rhk[1]?.perPeriode[0]?.entries.map((e) => e.teks)).toEqual(["pertama", "kedua"]);
  });

  it("flags an unknown RHK, a period outside the plan or of the wrong frequency (left out), and a date outside the period (kept)", () => {
    const g = groupFeedback({
      ...INPUT,
      umpanBalik: [
        { rhk: "RHK-9", periode: "2024-02", tanggal: "2024-02-10", teks: "a" },
        { rhk: "RHK-1", periode: "2025-01", tanggal: "2025-01-10", teks: "b" },
        { rhk: "RHK-1", periode: "2024-Q1", tanggal: "2024-02-10", teks: "c" },
        { rhk: "RHK-2", periode: "2024-03", tanggal: "2024-04-02", teks: "d" },
      ],
    });
    expect(g.findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      ["RHK_TIDAK_DIKENAL", "umpanBalik.0.rhk"],
      ["PERIODE_DI_LUAR_RENCANA", "umpanBalik.1.periode"],
      ["FREKUENSI_PERIODE_SALAH", "umpanBalik.2.periode"],
      ["TANGGAL_DI_LUAR_PERIODE", "umpanBalik.3.tanggal"],
    ]);
    expect(g.findings[3]?.message).toEqual({
      id: "Umpan balik bertanggal 2024-04-02 tidak jatuh dalam periode 2024-03 (2024-03-01 s.d. 2024-03-31)",
      en: "The feedback dated 2024-04-02 does not fall in the period 2024-03 (2024-03-01 to 2024-03-31)",
    });
    expect(g.rhk.map((r) => r.total)).toEqual([0, 1, 0]);
  });

  it("groups only entries up to `sampai`", () => {
    const g = groupFeedback({ ...INPUT, sampai: "2024-03-10" });
    expect(g.afterSampai).toBe(1);
    expect(g.rhk[0]?.perPeriode.map((p) => p.entries.map((e) => e.id))).toEqual([["ub-4"], ["ub-1"]]);
  });

  it("throws INPUT_INVALID with every malformed field", () => {
    const bad = {
      ...INPUT,
      sampai: "2024-13-01",
      umpanBalik: [
        { id: "x", rhk: "RHK-1", periode: "Maret", tanggal: "2024-03-05", jenis: "PUJIAN", teks: "" },
        { id: "x", rhk: "", periode: "2024-03", tanggal: "2024-03-32", teks: "ok", catatan: "?" },
      ],
    };
    let error: unknown;
    try {
      groupFeedback(bad as unknown as GroupFeedbackInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KinerjaError);
    expect((error as KinerjaError).issues.map((i) => i.path.join("."))).toEqual([
      "sampai",
      "umpanBalik.0.periode",
      "umpanBalik.0.jenis",
      "umpanBalik.0.teks",
      "umpanBalik.1.catatan",
      "umpanBalik.1.id",
      "umpanBalik.1.rhk",
      "umpanBalik.1.tanggal",
    ]);
  });
});

describe("validateFeedback", () => {
  it("returns nothing for valid entries", () => {
    expect(validateFeedback(ENTRIES)).toEqual([]);
    expect(validateFeedback(ENTRIES, { rhk: ["RHK-1", "RHK-2"], periode: INPUT.periode, frekuensi: "BULANAN" })).toEqual([]);
  });

  it("reports malformed entries as errors and data problems as warnings, under an optional path prefix", () => {
    const entries = [
      { rhk: "RHK-1", periode: "2024-03", tanggal: "2024-04-01", teks: "terlambat" },
      { rhk: "RHK-7", periode: "2024-03", tanggal: "2024-03-01", teks: "RHK lain" },
      { rhk: "RHK-1", periode: "2024-03", teks: "tanpa tanggal" },
    ];
    const issues = validateFeedback(entries, { rhk: ["RHK-1"], path: ["umpanBalik"] });
    expect(issues.map((i) => [i.severity, i.path.join("."), i.code])).toEqual([
      ["error", "umpanBalik.2.tanggal", "INPUT_INVALID"],
      ["warning", "umpanBalik.0.tanggal", "INPUT_INVALID"],
      ["warning", "umpanBalik.1.rhk", "INPUT_INVALID"],
    ]);
    expect(issues[0]?.message.en).toBe("'umpanBalik[2].tanggal' is required");
  });

  it("needs an array, and checks its context", () => {
    expect(validateFeedback({}).map((i) => i.message.en)).toEqual(["'(input)' must be a list (array), {} given"]);
    expect(validateFeedback([], { frekuensi: "HARIAN" as never, rhk: [""] }).map((i) => i.path.join("."))).toEqual(["context.frekuensi", "context.rhk.0"]);
  });
});

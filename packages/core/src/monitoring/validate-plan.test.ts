/**
 * Validation of monitorPlan input: every problem at once, each INPUT_INVALID with a path and a
 * bilingual message; realisations for periods not ended, outside the plan, repeated or of the
 * wrong frequency; targets, weights, thresholds and the cap.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError, type Issue } from "../errors.js";
import { monitorPlan } from "./progress.js";
import type { MonitorPlanInput } from "./progress-types.js";
import { validateMonitorInput } from "./validate-plan.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

const VALID: MonitorPlanInput = {
  periode: { mulai: "2024-01-01", selesai: "2024-12-31" },
  frekuensi: "BULANAN",
  asOf: "2024-06-30",
  indikator: [{ id: "a", iki: "Jumlah titik", target: 8, realisasi: [{ periode: "2024-01", nilai: 1 }] }],
};

function paths(input: unknown): string[] {
  return validateMonitorInput(input).map((i) => i.path.join("."));
}

function thrown(input: unknown): KinerjaError {
  return thrownKinerjaError(() => monitorPlan(input as MonitorPlanInput));
}

describe("validateMonitorInput", () => {
  it("accepts a valid input", () => {
    expect(validateMonitorInput(VALID)).toEqual([]);
  });

  it("rejects a non-object at the root", () => {
    for (const bad of [null, 3, "x", []]) expect(paths(bad)).toEqual([""]);
  });

  it("reports every problem of the whole input at once, with paths", () => {
    const input = {
      periode: { mulai: "2024-01-01", selesai: "2024-02-30" },
      frekuensi: "MINGGUAN",
      asOf: "30-06-2024",
      indikator: [
        { id: "", iki: 5, target: 0, polaritas: "ATAS", akumulasi: "JUMLAH", bobot: -1, realisasi: [{ periode: "2024-3", nilai: -2 }] },
        { iki: "b", target: "8", realisasi: {} },
      ],
      ambang: { onTrack: -1, atRisk: "80" },
      capaianMaks: 0,
      extra: true,
    };
    expect(paths(input)).toEqual([
      "extra",
      "periode.selesai",
      "frekuensi",
      "asOf",
      "capaianMaks",
      "ambang.onTrack",
      "ambang.atRisk",
      "indikator.0.id",
      "indikator.0.iki",
      "indikator.0.polaritas",
      "indikator.0.akumulasi",
      "indikator.0.target",
      "indikator.0.bobot",
      "indikator.0.realisasi.0.nilai",
      "indikator.0.realisasi.0.periode",
      "indikator.1.id",
      "indikator.1.target",
      "indikator.1.realisasi",
      "indikator.1.bobot",
    ]);
  });

  it("throws one KinerjaError INPUT_INVALID carrying every issue and the first path", () => {
    const e = thrown({ ...VALID, asOf: "2024-02-30", capaianMaks: -5 });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.path).toEqual(["asOf"]);
    expect(e.issues).toHaveLength(2);
    expect(e.text).toEqual({ id: "Masukan pemantauan tidak sah (2 masalah)", en: "Invalid monitoring input (2 problems)" });
    expect(e.issues.every((i: Issue) => i.code === "INPUT_INVALID" && i.severity === "error")).toBe(true);
    expect(e.issues[0]?.message).toEqual({
      id: "'asOf' harus tanggal kalender YYYY-MM-DD yang sah, diberikan \"2024-02-30\"",
      en: "'asOf' must be a real YYYY-MM-DD calendar date, \"2024-02-30\" given",
    });
  });

  it("checks realisation periods: frequency, inside the plan, ended, not repeated", () => {
    const realisasi = [
      { periode: "2024-Q1", nilai: 1 },
      { periode: "2023-12", nilai: 1 },
      { periode: "2024-07", nilai: 1 },
      { periode: "2024-02", nilai: 1 },
      { periode: "2024-02", nilai: 2 },
      { periode: "Maret", nilai: 1 },
    ];
    const issues = validateMonitorInput({ ...VALID, indikator: [{ ...VALID.indikator[0]!, realisasi }] });
    expect(issues.map((i) => [i.path.join("."), i.message.en])).toEqual([
      ["indikator.0.realisasi.0.periode", "'indikator[0].realisasi[0].periode': 2024-Q1 is a TRIWULANAN period code, but the plan's frequency is BULANAN"],
      ["indikator.0.realisasi.1.periode", "'indikator[0].realisasi[1].periode': the period 2023-12 is outside the plan period 2024-01-01 to 2024-12-31"],
      ["indikator.0.realisasi.2.periode", "'indikator[0].realisasi[2].periode': the period 2024-07 has not ended as of 2024-06-30 (it ends 2024-07-31); its realisation cannot be recorded yet"],
      ["indikator.0.realisasi.4.periode", "'indikator[0].realisasi[4].periode': duplicate realisation for the period 2024-02 (already at index 3)"],
      ["indikator.0.realisasi.5.periode", "'indikator[0].realisasi[5].periode': 'Maret' is not a period code; use YYYY-MM (monthly, e.g. 2024-03) or YYYY-Qn (quarterly, e.g. 2024-Q1)"],
    ]);
    expect(issues[0]?.message.id).toBe("'indikator[0].realisasi[0].periode': kode 2024-Q1 adalah periode TRIWULANAN, padahal frekuensi rencana BULANAN");
  });

  it("a month code is wrong in a quarterly plan", () => {
    const input = { ...VALID, frekuensi: "TRIWULANAN", asOf: "2024-12-31" };
    expect(paths(input)).toEqual(["indikator.0.realisasi.0.periode"]);
  });

  it("checks RENTANG targets", () => {
    const base = VALID.indikator[0]!;
    const input = {
      ...VALID,
      indikator: [
        { ...base, id: "r1", polaritas: "RENTANG" },
        { ...base, id: "r2", polaritas: "RENTANG", targetMaks: 7 },
        { ...base, id: "n", targetMaks: 10 },
        { ...base, id: "r3", polaritas: "RENTANG", targetMaks: 8 },
      ],
    };
    const issues = validateMonitorInput(input);
    expect(issues.map((i) => [i.path.join("."), i.message.en])).toEqual([
      ["indikator.0.targetMaks", "'indikator[0].targetMaks' is required for polarity RENTANG (the upper bound of the target range)"],
      ["indikator.1.targetMaks", "'indikator[1].targetMaks' (7) must be at least 'target' (8)"],
      ["indikator.2.targetMaks", "'indikator[2].targetMaks' only applies to polarity RENTANG, but this indicator's polarity is NAIK"],
    ]);
  });

  it("rejects duplicate ids and weights on only some indicators", () => {
    const base = VALID.indikator[0]!;
    const input = { ...VALID, indikator: [{ ...base, bobot: 2 }, { ...base }, { ...base, id: "c" }] };
    expect(validateMonitorInput(input).map((i) => [i.path.join("."), i.message.id])).toEqual([
      ["indikator.1.id", "'indikator[1].id': id 'a' ganda (sudah dipakai pada indeks 0)"],
      ["indikator.1.bobot", "'indikator[1].bobot' kosong, padahal 1 indikator lain berbobot; isi bobot pada semua indikator atau tidak sama sekali"],
      ["indikator.2.bobot", "'indikator[2].bobot' kosong, padahal 1 indikator lain berbobot; isi bobot pada semua indikator atau tidak sama sekali"],
    ]);
  });

  it("checks the thresholds against each other and the cap", () => {
    expect(validateMonitorInput({ ...VALID, ambang: { atRisk: 110 } }).map((i) => i.message.en)).toEqual([
      "The 'atRisk' threshold (110) must be at most the 'onTrack' threshold (100)",
    ]);
    expect(validateMonitorInput({ ...VALID, ambang: { onTrack: 130 } }).map((i) => i.message.en)).toEqual([
      "The 'onTrack' threshold (130) exceeds 'capaianMaks' (120); no indicator could ever be on track",
    ]);
    expect(paths({ ...VALID, ambang: null, capaianMaks: null })).toEqual(["capaianMaks", "ambang"]);
    expect(validateMonitorInput({ ...VALID, ambang: { onTrack: 90, atRisk: 90 }, capaianMaks: 90 })).toEqual([]);
  });

  it("rejects non-finite numbers and unknown keys inside indicators", () => {
    const base = VALID.indikator[0]!;
    const input = { ...VALID, indikator: [{ ...base, target: Number.POSITIVE_INFINITY, akumlasi: "KUMULATIF", realisasi: [{ periode: "2024-01", nilai: Number.NaN, note: "x" }] }] };
    expect(paths(input)).toEqual(["indikator.0.akumlasi", "indikator.0.target", "indikator.0.realisasi.0.note", "indikator.0.realisasi.0.nilai"]);
  });
});

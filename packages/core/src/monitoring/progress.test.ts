/**
 * monitorPlan on the Belawan Dinas Perhubungan example (a traffic officer: congestion minutes,
 * lower is better; congestion points handled, cumulative), the three accumulation modes, the
 * RENTANG polarity, thresholds and cap, the weighted plan progress, and date edge cases.
 */
import { describe, expect, it } from "vitest";
import { monitorPlan } from "./progress.js";
import { validateMonitorInput } from "./validate-plan.js";
import type { IndikatorInput, MonitorPlanInput } from "./progress-types.js";

const YEAR_2024 = { mulai: "2024-01-01", selesai: "2024-12-31" };

/** "Rata-rata menit kemacetan di simpang Jl. Yos Sudarso": a level, lower is better, target 15. */
const MENIT: IndikatorInput = {
  id: "IKI-1",
  iki: "Rata-rata menit kemacetan pada jam sibuk di simpang Jl. Yos Sudarso",
  rhk: "RHK-1",
  satuan: "menit",
  polaritas: "TURUN",
  akumulasi: "NILAI_TERAKHIR",
  target: 15,
  realisasi: [
    { periode: "2024-01", nilai: 22 },
    { periode: "2024-02", nilai: 20 },
    { periode: "2024-03", nilai: 18 },
    { periode: "2024-04", nilai: 16 },
    { periode: "2024-05", nilai: 14 },
    { periode: "2024-06", nilai: 12 },
  ],
};

/** "Jumlah titik kemacetan yang diurai": 8 per year, cumulative. */
const TITIK: IndikatorInput = {
  id: "IKI-2",
  iki: "Jumlah titik kemacetan yang diurai",
  rhk: "RHK-2",
  satuan: "titik",
  target: 8,
  realisasi: [
    { periode: "2024-02", nilai: 1 },
    { periode: "2024-04", nilai: 2 },
    { periode: "2024-06", nilai: 2 },
  ],
};

/** The Dishub plan as of a month's last day, with the realisations of the months ended by then. */
function dishub(asOf: string, extra: Partial<MonitorPlanInput> = {}): MonitorPlanInput {
  const upTo = (i: IndikatorInput): IndikatorInput => ({ ...i, realisasi: i.realisasi.filter((r) => r.periode <= asOf.slice(0, 7)) });
  return { periode: YEAR_2024, frekuensi: "BULANAN", asOf, indikator: [upTo(MENIT), upTo(TITIK)], ...extra };
}

describe("monitorPlan — Dinas Perhubungan, monthly", () => {
  it("at 2024-06-30: 6 of 12 months ended, titik pro-rated to 4, realised 5 → 125 capped to 120, ON_TRACK", () => {
    const r = monitorPlan(dishub("2024-06-30"));
    expect(r.elapsed.ended.length).toBe(6);
    expect(r.elapsed.fraction).toBe(0.5);
    expect(r.indikator[1]).toMatchObject({
      id: "IKI-2",
      targetProrata: 4,
      realisasi: 5,
      capaianRaw: 125,
      capaian: 120,
      capped: true,
      status: "ON_TRACK",
      missingPeriods: ["2024-01", "2024-03", "2024-05"],
    });
    expect(r.indikator[1]?.explanation.id).toBe(
      "Realisasi 5 titik vs target 4 titik (makin tinggi makin baik): capaian 120% (dibatasi dari 125%), sesuai jalur. " +
        "Kumulatif: 6 dari 12 periode telah berakhir; target tahunan 8 titik dipro-rata. Tanpa realisasi (dihitung nol): 2024-01, 2024-03, 2024-05.",
    );
  });

  it("the minutes indicator compares its latest value with the whole target: 12 vs 15 → 120%", () => {
    const menit = monitorPlan(dishub("2024-06-30")).indikator[0];
    expect(menit).toMatchObject({ targetProrata: 15, realisasi: 12, capaianRaw: 120, capaian: 120, capped: false, status: "ON_TRACK" });
    expect(menit?.explanation).toEqual({
      id: "Realisasi 12 menit vs target 15 menit (makin rendah makin baik): capaian 120%, sesuai jalur. Nilai terakhir: periode 2024-06.",
      en: "Realisation 12 menit vs target 15 menit (lower is better): progress 120%, on track. Latest value: period 2024-06.",
    });
  });

  it("the plan progress is the equal-weight mean", () => {
    expect(monitorPlan(dishub("2024-06-30")).rencana).toMatchObject({ capaian: 120, status: "ON_TRACK", included: ["IKI-1", "IKI-2"], leftOut: [], totalBobot: 2 });
  });

  it("at 2024-03-31: minutes 18 → 80% AT_RISK, titik 1 of 2 → 50% OFF_TRACK, plan 65% OFF_TRACK", () => {
    const r = monitorPlan(dishub("2024-03-31"));
    expect(r.indikator.map((i) => [i.targetProrata, i.realisasi, i.capaian, i.status])).toEqual([
      [15, 18, 80, "AT_RISK"],
      [2, 1, 50, "OFF_TRACK"],
    ]);
    expect(r.rencana).toMatchObject({ capaian: 65, status: "OFF_TRACK" });
    expect(r.rencana.explanation.en).toBe("Plan progress 65% (mean of 2 of 2 indicators), off track.");
  });

  it("weights (bobot) make a weighted mean: 60 × 80 + 40 × 50 → 68", () => {
    const input = dishub("2024-03-31");
    const weighted = { ...input, indikator: [{ ...input.indikator[0]!, bobot: 60 }, { ...input.indikator[1]!, bobot: 40 }] };
    expect(monitorPlan(weighted).rencana).toMatchObject({ capaian: 68, totalBobot: 100 });
    expect(monitorPlan(weighted).rencana.explanation.id).toBe("Capaian rencana 68% (rata-rata berbobot 2 dari 2 indikator), tertinggal.");
  });

  it("thresholds and the cap are configurable", () => {
    const r = monitorPlan(dishub("2024-03-31", { ambang: { onTrack: 75, atRisk: 50 }, capaianMaks: 110 }));
    expect(r.indikator.map((i) => i.status)).toEqual(["ON_TRACK", "AT_RISK"]);
    expect(r.ambang).toEqual({ onTrack: 75, atRisk: 50 });
    const capped = monitorPlan(dishub("2024-06-30", { capaianMaks: 110 }));
    expect(capped.indikator.map((i) => i.capaian)).toEqual([110, 110]);
  });
});

describe("monitorPlan — quarterly", () => {
  const quarterly = (asOf: string, realisasi: IndikatorInput["realisasi"]): MonitorPlanInput => ({
    periode: YEAR_2024,
    frekuensi: "TRIWULANAN",
    asOf,
    indikator: [{ ...TITIK, realisasi }],
  });

  it("at 2024-09-30: 3 of 4 quarters, target 8 → 6, realised 5 → 83.33% AT_RISK", () => {
    const r = monitorPlan(quarterly("2024-09-30", [{ periode: "2024-Q1", nilai: 1 }, { periode: "2024-Q2", nilai: 2 }, { periode: "2024-Q3", nilai: 2 }]));
    expect(r.elapsed.ended.map((p) => p.code)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
    expect(r.indikator[0]).toMatchObject({ targetProrata: 6, realisasi: 5, capaianRaw: 250 / 3, capaian: 83.33, status: "AT_RISK" });
  });

  it("mid-quarter only the ended quarters count", () => {
    const r = monitorPlan(quarterly("2024-08-15", [{ periode: "2024-Q1", nilai: 2 }, { periode: "2024-Q2", nilai: 2 }]));
    expect(r.elapsed.current?.code).toBe("2024-Q3");
    expect(r.indikator[0]).toMatchObject({ targetProrata: 4, realisasi: 4, capaian: 100, status: "ON_TRACK" });
  });
});

describe("monitorPlan — accumulation modes and polarity", () => {
  const one = (indikator: IndikatorInput, asOf = "2024-03-31"): MonitorPlanInput => ({ periode: YEAR_2024, frekuensi: "BULANAN", asOf, indikator: [indikator] });
  const months = (...values: number[]) => values.map((nilai, i) => ({ periode: `2024-0${i + 1}`, nilai }));

  it("RATA_RATA compares the mean of the periods with data with the whole target", () => {
    const r = monitorPlan(one({ id: "k", iki: "Persentase kepatuhan", target: 90, akumulasi: "RATA_RATA", realisasi: months(85, 95, 80) }));
    expect(r.indikator[0]).toMatchObject({ targetProrata: 90, realisasi: 260 / 3, capaian: 96.3, status: "AT_RISK" });
    expect(r.indikator[0]?.explanation.en).toBe(
      "Realisation 86.67 vs target 90 (higher is better): progress 96.3%, at risk. Mean of 3 periods.",
    );
  });

  it("RATA_RATA and NILAI_TERAKHIR skip ended periods without data", () => {
    const realisasi = [{ periode: "2024-01", nilai: 70 }, { periode: "2024-02", nilai: 90 }];
    const mean = monitorPlan(one({ id: "k", iki: "k", target: 80, akumulasi: "RATA_RATA", realisasi }));
    expect(mean.indikator[0]).toMatchObject({ realisasi: 80, capaian: 100, missingPeriods: ["2024-03"] });
    expect(mean.indikator[0]?.explanation.id).toContain("Tanpa realisasi (dilewati): 2024-03.");
    const latest = monitorPlan(one({ id: "k", iki: "k", target: 80, akumulasi: "NILAI_TERAKHIR", realisasi }));
    expect(latest.indikator[0]).toMatchObject({ realisasi: 90, capaian: 112.5 });
  });

  it("TURUN is floored at 0 when the realisation exceeds twice the target", () => {
    const r = monitorPlan(one({ id: "m", iki: "Menit", polaritas: "TURUN", akumulasi: "NILAI_TERAKHIR", target: 16, realisasi: months(40) }));
    expect(r.indikator[0]).toMatchObject({ capaianRaw: -50, capaian: 0, status: "OFF_TRACK" });
  });

  it("TURUN with KUMULATIF pro-rates the yearly ceiling", () => {
    const r = monitorPlan(one({ id: "a", iki: "Jumlah kecelakaan", polaritas: "TURUN", target: 12, realisasi: months(1, 0, 2) }));
    expect(r.indikator[0]).toMatchObject({ targetProrata: 3, realisasi: 3, capaian: 100, status: "ON_TRACK" });
  });

  it("RENTANG: 70 vs 80–90 → 87.5% AT_RISK; pro-rates both bounds when cumulative", () => {
    const level = monitorPlan(one({ id: "r", iki: "Okupansi", satuan: "%", polaritas: "RENTANG", akumulasi: "NILAI_TERAKHIR", target: 80, targetMaks: 90, realisasi: months(70) }));
    expect(level.indikator[0]).toMatchObject({ targetProrata: 80, targetMaksProrata: 90, capaian: 87.5, status: "AT_RISK" });
    expect(level.indikator[0]?.explanation.id).toMatch(/^Realisasi 70 % vs target 80–90 % \(target rentang\): capaian 87,5%, berisiko\./);
    const cumulative = monitorPlan(one({ id: "r", iki: "Kegiatan", polaritas: "RENTANG", target: 12, targetMaks: 24, realisasi: months(2, 2, 2) }));
    expect(cumulative.indikator[0]).toMatchObject({ targetProrata: 3, targetMaksProrata: 6, realisasi: 6, capaian: 100 });
  });

  it("pro-rating is decimal-exact (target × ended, then ÷ periods)", () => {
    const r = monitorPlan(one({ id: "d", iki: "Dokumen", target: 0.7, realisasi: months(0.1, 0.05, 0.025) }, "2024-03-31"));
    expect(r.indikator[0]).toMatchObject({ targetProrata: 0.175, realisasi: 0.175, capaianRaw: 100, capaian: 100 });
  });
});

describe("monitorPlan — no data and date edges", () => {
  it("an indicator with no realisation is BELUM_ADA_DATA, not 0%, and is left out of the plan", () => {
    const input = dishub("2024-06-30");
    const r = monitorPlan({ ...input, indikator: [...input.indikator, { id: "IKI-3", iki: "Sosialisasi", target: 4, realisasi: [] }] });
    expect(r.indikator[2]).toMatchObject({ status: "BELUM_ADA_DATA", capaian: null, capaianRaw: null, realisasi: null, targetProrata: 2 });
    expect(r.indikator[2]?.explanation.id).toBe(
      "Belum ada realisasi per 2024-06-30 (target 4, makin tinggi makin baik): belum ada data, bukan capaian 0%.",
    );
    expect(r.rencana).toMatchObject({ capaian: 120, included: ["IKI-1", "IKI-2"], leftOut: ["IKI-3"] });
    expect(r.rencana.explanation.en).toBe("Plan progress 120% (mean of 2 of 3 indicators), on track. Left out for lack of data: IKI-3.");
  });

  it("asOf before the plan starts: nothing has ended, every indicator and the plan have no data", () => {
    const r = monitorPlan({ periode: YEAR_2024, frekuensi: "BULANAN", asOf: "2023-12-15", indikator: [{ ...TITIK, realisasi: [] }] });
    expect(r.elapsed).toMatchObject({ fraction: 0, current: null, daysElapsed: 0 });
    expect(r.indikator[0]).toMatchObject({ status: "BELUM_ADA_DATA", targetProrata: null, capaian: null });
    expect(r.indikator[0]?.explanation.en).toBe("No period has ended as of 2023-12-15: no data yet.");
    expect(r.rencana).toMatchObject({ capaian: null, status: "BELUM_ADA_DATA", leftOut: ["IKI-2"] });
  });

  it("asOf after the plan ends: every period has ended and the whole target applies", () => {
    const r = monitorPlan({ periode: YEAR_2024, frekuensi: "BULANAN", asOf: "2025-02-01", indikator: [TITIK] });
    expect(r.elapsed.fraction).toBe(1);
    expect(r.indikator[0]).toMatchObject({ targetProrata: 8, realisasi: 5, capaian: 62.5, status: "OFF_TRACK" });
  });

  it("Feb 29 of a leap year ends February", () => {
    const input = { periode: YEAR_2024, frekuensi: "BULANAN" as const, indikator: [{ id: "x", iki: "x", target: 12, realisasi: [{ periode: "2024-02", nilai: 2 }] }] };
    expect(monitorPlan({ ...input, asOf: "2024-02-29" }).indikator[0]).toMatchObject({ targetProrata: 2, capaian: 100 });
    expect(validateMonitorInput({ ...input, asOf: "2024-02-28" }).map((i) => i.message.en)).toEqual([
      "'indikator[0].realisasi[0].periode': the period 2024-02 has not ended as of 2024-02-28 (it ends 2024-02-29); its realisation cannot be recorded yet",
    ]);
  });

  it("a plan whose indicators with data all weigh 0 has no plan progress", () => {
    const input = dishub("2024-06-30");
    const r = monitorPlan({ ...input, indikator: input.indikator.map((i) => ({ ...i, bobot: 0 })) });
    expect(r.rencana).toMatchObject({ capaian: null, status: "BELUM_ADA_DATA", totalBobot: 0 });
    expect(r.rencana.explanation.en).toBe("Plan progress cannot be computed: the indicators with data weigh 0 in total (IKI-1, IKI-2).");
  });

  it("an empty plan has no plan progress", () => {
    const r = monitorPlan({ periode: YEAR_2024, frekuensi: "TRIWULANAN", asOf: "2024-06-30", indikator: [] });
    expect(r.rencana).toMatchObject({ capaian: null, status: "BELUM_ADA_DATA", included: [], leftOut: [] });
  });
});

describe("monitorPlan — stale level indicators", () => {
  it("NILAI_TERAKHIR names the ended periods after its latest value", () => {
    const r = monitorPlan({ ...dishub("2024-06-30"), indikator: [{ ...MENIT, realisasi: MENIT.realisasi.slice(0, 4) }] });
    expect(r.indikator[0]).toMatchObject({ realisasi: 16, capaian: 93.33, status: "AT_RISK", missingPeriods: ["2024-05", "2024-06"] });
    expect(r.indikator[0]?.explanation.en).toBe(
      "Realisation 16 menit vs target 15 menit (lower is better): progress 93.33%, at risk. Latest value: period 2024-04. No realisation since then: 2024-05, 2024-06.",
    );
  });
});

/**
 * proposeCalibration: the fewest changes, who moves by evidence (kuadran direction, then skor,
 * then ratings, then id), every flag, the Dinas Perhubungan unit, compliant and infeasible
 * cohorts (nothing proposed), and an input that is never mutated.
 */
import { describe, expect, it } from "vitest";
import { KUADRAN, member, seConstraints } from "./fixtures/cohort-fixtures.js";
import { proposeCalibration } from "./propose.js";
import type { CohortMember, DistributionConstraints } from "./types.js";

const ATAS = "DI_ATAS_EKSPEKTASI";
const SESUAI = "SESUAI_EKSPEKTASI";
const dishub: CohortMember[] = [
  member("sb", "SANGAT_BAIK", { skor: 120 }),
  ...[104, 98, 92, 101, 95, 115.08].map((skor, i) => member(`b${i + 1}`, "BAIK", { skor })),
  member("bp", "BUTUH_PERBAIKAN", { skor: 70 }),
];

describe("proposeCalibration", () => {
  it("Dinas Perhubungan: exactly one change, the Baik employee with the lowest skor to Butuh Perbaikan", () => {
    const proposal = proposeCalibration({ members: dishub, constraints: seConstraints("BAIK", 8) });
    expect(proposal).toMatchObject({ status: "PERLU_KALIBRASI", headcount: 8, totalSteps: 1, complies: true });
    expect(proposal.changes).toEqual([
      {
        id: "b3",
        from: "BAIK",
        to: "BUTUH_PERBAIKAN",
        direction: "TURUN",
        steps: 1,
        reason: {
          id: "BAIK → BUTUH_PERBAIKAN: BAIK paling banyak 70%: 6 orang, paling banyak 5. Dipilih menurut bukti: urutan ke-6 dari 6 pegawai BAIK (1 = bukti terkuat; skor 92)",
          en: "BAIK → BUTUH_PERBAIKAN: BAIK at most 70%: 6 people, at most 5. Chosen by evidence: 6 of 6 BAIK employees (1 = strongest evidence; score 92)",
        },
        evidence: { skor: 92, position: 6, of: 6 },
        flags: [],
      },
    ]);
    expect(proposal.after.counts.map((c) => c.count)).toEqual([1, 5, 2, 0, 0]);
    expect(proposal.before.violations).toHaveLength(1);
    expect(proposal.summary.en).toBe("1 predikat change(s) — the fewest possible — make the distribution (headcount 8) comply");
  });

  it("uses the category labels in reasons, with a decimal comma in Bahasa Indonesia", () => {
    const labels = { BAIK: { id: "Baik", en: "Good" }, BUTUH_PERBAIKAN: { id: "Butuh Perbaikan", en: "Needs Improvement" } };
    const members = dishub.map((m) => (m.id === "b3" ? { ...m, skor: 91.5 } : m));
    const [change] = proposeCalibration({ members, constraints: { ...seConstraints("BAIK", 8), categoryLabels: labels } }).changes;
    expect(change?.reason.id).toMatch(/^Baik → Butuh Perbaikan: .* pegawai Baik \(1 = bukti terkuat; skor 91,5\)$/);
    expect(change?.reason.en).toMatch(/^Good → Needs Improvement: .* Good employees \(1 = strongest evidence; score 91.5\)$/);
  });

  it("demotes first the member whose own ratings point lower, whatever the skor", () => {
    const members = [
      ...[100, 101, 102, 103, 104, 105, 106].map((skor, i) => member(`s${i}`, "SANGAT_BAIK", { skor, ratingHasilKerja: ATAS, ratingPerilaku: ATAS })),
      member("s7", "SANGAT_BAIK", { skor: 150, ratingHasilKerja: SESUAI, ratingPerilaku: ATAS }),
      member("b0", "BAIK", { skor: 90 }),
      member("b1", "BAIK", { skor: 80 }),
    ];
    const constraints = seConstraints("ISTIMEWA", 10);
    const [change] = proposeCalibration({ members, constraints, kuadran: KUADRAN }).changes;
    expect(change).toMatchObject({ id: "s7", from: "SANGAT_BAIK", to: "BAIK", flags: [] });
    expect(change?.evidence).toEqual({ skor: 150, ratingHasilKerja: SESUAI, ratingPerilaku: ATAS, kuadran: "BAIK", kuadranRange: ["BAIK"], position: 8, of: 8 });
    // without the kuadran table the ratings only break ties: the lowest skor goes
    expect(proposeCalibration({ members, constraints }).changes.map((c) => c.id)).toEqual(["s0"]);
  });

  it("flags BERTENTANGAN_DENGAN_BUKTI when the ratings' kuadran is the current predikat or better", () => {
    const members = [
      ...[100, 101, 102, 103, 104, 105, 106, 107].map((skor, i) => member(`s${i}`, "SANGAT_BAIK", { skor, ratingHasilKerja: ATAS, ratingPerilaku: ATAS })),
      member("b0", "BAIK", { skor: 90 }),
      member("b1", "BAIK", { skor: 80 }),
    ];
    const [change] = proposeCalibration({ members, constraints: seConstraints("ISTIMEWA", 10), kuadran: KUADRAN }).changes;
    expect(change).toMatchObject({ id: "s0", to: "BAIK", flags: ["BERTENTANGAN_DENGAN_BUKTI"] });
    expect(change?.reason.en).toContain("kuadran SANGAT_BAIK");
  });

  it("flags DI_LUAR_KUADRAN when the move follows the ratings' direction but no combination of them gives the new predikat", () => {
    const members = [member("x", "BAIK", { skor: 80, ratingHasilKerja: ATAS }), member("y", "BAIK", { skor: 90 })];
    const [change] = proposeCalibration({ members, constraints: seConstraints("BAIK", 2), kuadran: KUADRAN }).changes;
    expect(change).toMatchObject({ id: "x", to: "BUTUH_PERBAIKAN", flags: ["DI_LUAR_KUADRAN"] });
    expect(change?.evidence.kuadranRange).toEqual(["SANGAT_BAIK", "BAIK", "KURANG_MISCONDUCT"]);
    expect(change?.reason.id).toContain("rating memungkinkan SANGAT_BAIK, BAIK, KURANG_MISCONDUCT");
  });

  it("one Baik employee alone under a Baik organisation must become Butuh Perbaikan; both violated rules are named", () => {
    const members = [member("solo", "BAIK", { skor: 100, ratingHasilKerja: SESUAI, ratingPerilaku: SESUAI })];
    const proposal = proposeCalibration({ members, constraints: seConstraints("BAIK", 1), kuadran: KUADRAN });
    expect(proposal.changes).toMatchObject([{ id: "solo", to: "BUTUH_PERBAIKAN", flags: ["BERTENTANGAN_DENGAN_BUKTI"] }]);
    expect(proposal.changes[0]?.reason.en).toContain("BAIK at most 70%: 1 people, at most 0; BUTUH_PERBAIKAN+KURANG_MISCONDUCT at least 0%: 0 people, at least 1");
  });

  it("moves several levels only when needed, flags it, and without evidence lets the id order decide (flagged)", () => {
    const members = Array.from({ length: 10 }, (_, i) => member(`b0${i}`, "BAIK"));
    const proposal = proposeCalibration({ members, constraints: seConstraints("SANGAT_KURANG", 10) });
    expect(proposal.changes.map((c) => [c.id, c.to, c.steps])).toEqual([
      ["b03", "BUTUH_PERBAIKAN", 1],
      ...["b04", "b05", "b06", "b07", "b08", "b09"].map((id) => [id, "SANGAT_KURANG", 3]),
    ]);
    expect(proposal.changes[0]?.flags).toEqual(["TANPA_SKOR", "SERI_DIPUTUS_ID"]);
    expect(proposal.changes[1]?.flags).toEqual(["LEBIH_DARI_SATU_TINGKAT", "TANPA_SKOR", "SERI_DIPUTUS_ID"]);
    expect([proposal.totalSteps, proposal.complies]).toEqual([19, true]);
  });

  it("promotes the strongest evidence: the ratings' kuadran first, then the highest skor", () => {
    const constraints: DistributionConstraints = { ...seConstraints("ISTIMEWA", 3), constraints: [{ id: "sb-min", categories: ["SANGAT_BAIK"], min: 1, label: { id: "SB ≥ 1", en: "SB ≥ 1" } }] };
    const members = [member("a", "BAIK", { skor: 110 }), member("b", "BAIK", { skor: 95, ratingHasilKerja: ATAS, ratingPerilaku: ATAS }), member("c", "BAIK", { skor: 100 })];
    expect(proposeCalibration({ members, constraints, kuadran: KUADRAN }).changes).toMatchObject([{ id: "b", to: "SANGAT_BAIK", direction: "NAIK", flags: [] }]);
    expect(proposeCalibration({ members, constraints }).changes).toMatchObject([{ id: "a", direction: "NAIK", flags: [] }]);
    const sesuai = members.map((m) => ({ ...m, ratingHasilKerja: SESUAI, ratingPerilaku: SESUAI }) as const);
    expect(proposeCalibration({ members: sesuai, constraints, kuadran: KUADRAN }).changes).toMatchObject([{ id: "a", flags: ["BERTENTANGAN_DENGAN_BUKTI"] }]);
  });

  it("a compliant cohort gets no change", () => {
    const members = dishub.map((m) => (m.id === "b3" ? { ...m, predikat: "BUTUH_PERBAIKAN" } : m));
    const proposal = proposeCalibration({ members, constraints: seConstraints("BAIK", 8) });
    expect(proposal).toMatchObject({ status: "SESUAI", changes: [], totalSteps: 0, complies: true });
    expect(proposal.after).toBe(proposal.before);
    expect(proposal.summary.id).toBe("Sebaran 8 pegawai sudah sesuai; tidak ada perubahan yang diusulkan");
  });

  it("an infeasible cohort gets no change, with the reason", () => {
    const members = [member("k1", "KURANG_MISCONDUCT"), member("k2", "KURANG_MISCONDUCT")];
    const proposal = proposeCalibration({ members, constraints: seConstraints("KURANG", 2) });
    expect(proposal).toMatchObject({ status: "TIDAK_LAYAK", changes: [], complies: false });
    expect(proposal.before.feasibility.reasons[0]?.constraints).toEqual(["BUTUH_PERBAIKAN:MIN", "KURANG_MISCONDUCT:MIN"]);
    expect(proposal.summary.en).toBe("No distribution over a headcount of 2 meets every constraint; no change is proposed");
  });

  it("never mutates its input (deeply frozen members, constraints and kuadran)", () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === "object" && value !== null) for (const v of Object.values(value)) freeze(v);
      return Object.freeze(value);
    };
    const input = freeze({ members: structuredClone(dishub), constraints: structuredClone(seConstraints("BAIK", 8)), kuadran: structuredClone(KUADRAN) });
    const copy = structuredClone(input);
    expect(proposeCalibration(input).changes).toHaveLength(1);
    expect(input).toEqual(copy);
  });
});

/**
 * calibrateAgency: per-unit proposals with each unit's own constraints (the Belawan units plus a
 * small infeasible unit), units in code-unit order, a failing unit reported in its envelope
 * without stopping the others, and INPUT_INVALID for members without a unit or with ids repeated
 * across units.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { calibrateAgency } from "./agency.js";
import { KUADRAN, member, PREDIKAT, seConstraints } from "./fixtures/cohort-fixtures.js";
import type { CohortMember } from "./types.js";

const ORG: Readonly<Record<string, string>> = {
  "Dinas Perhubungan — Belawan": "BAIK",
  "Dinas Kesehatan — Puskesmas Belawan": "ISTIMEWA",
  "Kecamatan Medan Belawan": "BAIK",
  "Unit Kecil": "KURANG",
};

const CODE: Readonly<Record<string, string>> = { "Dinas Perhubungan — Belawan": "hub", "Dinas Kesehatan — Puskesmas Belawan": "kes", "Kecamatan Medan Belawan": "kec", "Unit Kecil": "kcl" };

function unit(name: string, counts: Readonly<Record<string, number>>): CohortMember[] {
  return PREDIKAT.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, (_, i) => member(`${CODE[name] ?? "?"}-${p}-${i}`, p, { unit: name, skor: 80 + i })));
}

const members = [
  ...unit("Kecamatan Medan Belawan", { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1 }),
  ...unit("Dinas Perhubungan — Belawan", { SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 1 }),
  ...unit("Unit Kecil", { KURANG_MISCONDUCT: 1 }),
  ...unit("Dinas Kesehatan — Puskesmas Belawan", { SANGAT_BAIK: 4, BAIK: 3 }),
];
const constraintsFor = (name: string, headcount: number) => seConstraints(ORG[name] ?? "?", headcount);

describe("calibrateAgency", () => {
  it("calibrates each unit against its own organisation predikat and headcount", () => {
    const result = calibrateAgency(members, constraintsFor, { kuadran: KUADRAN });
    expect(result.units.map((u) => [u.unit, u.headcount, u.ok && u.proposal.status, u.ok && u.proposal.changes.length])).toEqual([
      ["Dinas Kesehatan — Puskesmas Belawan", 7, "SESUAI", 0],
      ["Dinas Perhubungan — Belawan", 8, "PERLU_KALIBRASI", 1],
      ["Kecamatan Medan Belawan", 9, "SESUAI", 0],
      ["Unit Kecil", 1, "TIDAK_LAYAK", 0],
    ]);
    const dishub = result.units[1];
    expect(dishub?.ok && dishub.proposal.changes[0]).toMatchObject({ id: "hub-BAIK-0", from: "BAIK", to: "BUTUH_PERBAIKAN" });
    expect(result.summary).toEqual({ units: 4, compliant: 2, needCalibration: 1, infeasible: 1, failed: 0, changes: 1 });
  });

  it("reports a unit that cannot be calibrated in its envelope and goes on with the others", () => {
    const broken = [...members, member("x1", "CUKUP", { unit: "Unit Rusak" })];
    const result = calibrateAgency(broken, (name, n) => (name === "Unit Rusak" ? seConstraints("BAIK", n) : constraintsFor(name, n)));
    const failed = result.units.find((u) => u.unit === "Unit Rusak");
    if (!failed || failed.ok) throw new Error("expected a failed unit");
    expect(failed.error).toBeInstanceOf(KinerjaError);
    expect([failed.error.code, failed.error.path, failed.error.issues.map((i) => i.path.join("."))]).toEqual(["INPUT_INVALID", ["units", "Unit Rusak"], ["members.0.predikat"]]);
    expect(failed.error.text.en).toBe("The unit 'Unit Rusak' cannot be calibrated: Invalid cohort input (1 problems)");
    const throwing = calibrateAgency(members, (name, n) => {
      if (name === "Unit Kecil") throw new Error("no organisation predikat");
      return constraintsFor(name, n);
    });
    expect(throwing.summary).toEqual({ units: 4, compliant: 2, needCalibration: 1, infeasible: 0, failed: 1, changes: 1 });
    const small = throwing.units[3];
    expect(small?.ok === false && small.error.text.id).toBe("Unit 'Unit Kecil' tidak dapat dikalibrasi: Kesalahan internal: no organisation predikat");
  });

  it("needs a unit on every member and ids unique across the agency", () => {
    const bad = [...members, member("hub-BAIK-0", "BAIK", { unit: "Unit Kecil" }), member("tanpa-unit", "BAIK")];
    try {
      calibrateAgency(bad, constraintsFor, { kuadran: { ...KUADRAN, DI_ATAS_EKSPEKTASI: {} } as never });
      throw new Error("expected a KinerjaError");
    } catch (e) {
      if (!(e instanceof KinerjaError)) throw e;
      expect(e.issues.map((i) => i.path.join("."))).toEqual([
        "members.25.id",
        "members.26.unit",
        "options.kuadran.DI_ATAS_EKSPEKTASI.DI_ATAS_EKSPEKTASI",
        "options.kuadran.DI_ATAS_EKSPEKTASI.SESUAI_EKSPEKTASI",
        "options.kuadran.DI_ATAS_EKSPEKTASI.DI_BAWAH_EKSPEKTASI",
      ]);
    }
  });
});

/**
 * Input validation of the cohort functions: one KinerjaError INPUT_INVALID listing every issue,
 * each with its path and a message in both languages — members without id, duplicate ids,
 * unknown categories, bad evidence, negative / fractional limits, min > max, constraints without
 * limits or labels, incomplete kuadran tables.
 */
import { describe, expect, it } from "vitest";
import { KinerjaError } from "../errors.js";
import { checkDistribution } from "./check.js";
import { KUADRAN, member, seConstraints } from "./fixtures/cohort-fixtures.js";
import { proposeCalibration } from "./propose.js";
import type { CohortMember, DistributionConstraints } from "./types.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

function thrown(run: () => unknown): KinerjaError {
  return thrownKinerjaError(run);
}

const paths = (e: KinerjaError): string[] => e.issues.map((i) => i.path.join("."));

describe("cohort input validation", () => {
  it("reports every member problem at once, with paths", () => {
    const members = [
      { predikat: "BAIK" },
      member("a", "BAIK"),
      member("a", "CUKUP"),
      { id: " ", predikat: "BAIK" },
      { id: "b", predikat: "BAIK", skor: Number.NaN, ratingHasilKerja: "BAGUS", unit: 7 },
      "pegawai",
    ] as unknown as CohortMember[];
    const e = thrown(() => checkDistribution(members, seConstraints("BAIK", 6)));
    expect(e.code).toBe("INPUT_INVALID");
    expect(paths(e)).toEqual(["members.0.id", "members.2.id", "members.2.predikat", "members.3.id", "members.4.skor", "members.4.ratingHasilKerja", "members.4.unit", "members.5"]);
    expect(e.issues[1]?.message).toEqual({ id: "'members[2].id': id 'a' ganda (sudah dipakai pada indeks 1)", en: "'members[2].id': duplicate id 'a' (already used at index 1)" });
    expect(e.issues[2]?.message.en).toBe("'members[2].predikat': unknown category 'CUKUP'; the known ones are: SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG_MISCONDUCT, SANGAT_KURANG");
    expect(e.text).toEqual({ id: "Masukan kohort tidak sah (8 masalah)", en: "Invalid cohort input (8 problems)" });
    expect(e.path).toEqual(["members", 0, "id"]);
  });

  it("reports every constraint problem at once: limits, unknown and repeated categories, ids, labels", () => {
    const label = { id: "x", en: "x" };
    const constraints = {
      categories: ["A", "B", "A"],
      constraints: [
        { id: "neg", categories: ["A"], min: -1, label },
        { id: "frac", categories: ["B"], max: 1.5, label },
        { id: "order", categories: ["A"], min: 3, max: 2, label },
        { id: "none", categories: ["A"], label },
        { id: "order", categories: ["C", "B", "B"], max: 1, label: { id: "x" } },
        { categories: [], max: 1 },
      ],
    } as unknown as DistributionConstraints;
    const e = thrown(() => checkDistribution([], constraints));
    expect(paths(e)).toEqual([
      "constraints.categories.2",
      "constraints.constraints.0.min",
      "constraints.constraints.1.max",
      "constraints.constraints.2",
      "constraints.constraints.3",
      "constraints.constraints.4.id",
      "constraints.constraints.4.categories.2",
      "constraints.constraints.4.label.en",
      "constraints.constraints.5.id",
      "constraints.constraints.5.categories",
      "constraints.constraints.5.label",
    ]);
    const text = e.issues.map((i) => i.message.en);
    expect(text[1]).toBe("'constraints.constraints[0].min' must be a non-negative whole number (a number of people), -1 given");
    expect(text[3]).toBe("'constraints.constraints[2]': 'min' (3) is greater than 'max' (2)");
    expect(text[4]).toBe("'constraints.constraints[3]': a constraint with neither 'min' nor 'max' limits nothing");
  });

  it("checks constraint categories against the category list when that list is usable", () => {
    const constraints = { categories: ["A", "B"], constraints: [{ id: "c", categories: ["C"], max: 1, label: { id: "x", en: "x" } }] } as DistributionConstraints;
    const e = thrown(() => checkDistribution([member("1", "A")], constraints));
    expect(e.issues.map((i) => [i.path.join("."), i.message.en])).toEqual([["constraints.constraints.0.categories.0", "'constraints.constraints[0].categories[0]': unknown category 'C'; the known ones are: A, B"]]);
  });

  it("refuses a missing or empty category list and labels of unknown categories", () => {
    expect(paths(thrown(() => checkDistribution([], { constraints: [] } as unknown as DistributionConstraints)))).toEqual(["constraints.categories"]);
    expect(paths(thrown(() => checkDistribution([], { categories: [], constraints: [] })))).toEqual(["constraints.categories"]);
    const labels = { categories: ["A"], constraints: [], categoryLabels: { B: { id: "B", en: "B" }, A: { id: "A" } } } as unknown as DistributionConstraints;
    expect(paths(thrown(() => checkDistribution([], labels)))).toEqual(["constraints.categoryLabels.B", "constraints.categoryLabels.A.en"]);
  });

  it("checks the kuadran table cell by cell, and the whole input of proposeCalibration", () => {
    const broken = { ...KUADRAN, SESUAI_EKSPEKTASI: { ...KUADRAN.SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI: "CUKUP" } };
    const e = thrown(() => proposeCalibration({ members: [member("1", "BAIK")], constraints: seConstraints("BAIK", 1), kuadran: broken }));
    expect(paths(e)).toEqual(["kuadran.SESUAI_EKSPEKTASI.SESUAI_EKSPEKTASI"]);
    expect(paths(thrown(() => proposeCalibration(null as never)))).toEqual([""]);
    expect(thrown(() => proposeCalibration({} as never)).issues.map((i) => i.path.join("."))).toEqual(["constraints", "members"]);
  });
});

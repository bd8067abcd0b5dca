import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validatePolicy } from "@kinerja/core";
import { compilePreset, PRESETS, readVectorFile, runVectors } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/pp-30-2019.js";
import { presetBasics } from "./support/preset-basics.js";

// The PP 30/2019 Pasal 41 preset: 70/30 or 60/40, the 120 ceiling, predikat with the "ide baru" condition.
const ID = "pp-30-2019";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const vectors = readVectorFile(JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8"))).filter((c) => c.kind === "pp30-predikat");
const score = (input: Record<string, unknown>) => policy.score(input).outputs;
const predikat = (x: number, ide?: boolean) => score({ nilaiSkp: x, nilaiPerilaku: x, bobot: "70/30", ...(ide === undefined ? {} : { menciptakanIdeBaru: ide }) })["predikat"];

describe("pp-30-2019 preset", () => {
  it("is in force from 1 July 2021 to 2 February 2022, the day before PermenPANRB 6/2022", () => {
    expect([policy.id, policy.document.effective]).toEqual([ID, { from: "2021-07-01", to: "2022-02-02" }]);
  });

  presetBasics(ID, 25);

  it("checks both weight groups at compile time", () => {
    const broken = { ...doc, weights: { ...doc.weights, bobotDenganRekan: { weights: { skp: 60, perilaku: 30 }, sum: 100 } } };
    expect(validatePolicy(broken).errors.map((i) => i.code)).toEqual(["WEIGHT_SUM"]);
  });
});

describe("public vectors through the adapter", () => {
  it("has the 3 pp30-predikat vectors and a golden case for each", () => {
    expect(vectors).toHaveLength(3);
    const names = (doc.cases ?? []).map((c) => c.name);
    for (const v of vectors) expect(names.some((n) => n.startsWith(`${v.id}:`))).toBe(true);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s", (_, v) => {
    const [outcome] = runVectors([v], ADAPTERS).cases;
    expect({ error: outcome?.error, differences: outcome?.differences }).toEqual({ error: undefined, differences: [] });
  });
});

describe("Pasal 41", () => {
  it("weights 70/30 without and 60/40 with peer and subordinate input", () => {
    expect(score({ nilaiSkp: 100, nilaiPerilaku: 80, bobot: "70/30" })).toMatchObject({ bobotDipakai: { skp: 70, perilaku: 30 }, nilaiKinerja: 94 });
    expect(score({ nilaiSkp: 100, nilaiPerilaku: 80, bobot: "60/40" })).toMatchObject({ bobotDipakai: { skp: 60, perilaku: 40 }, nilaiKinerja: 92 });
  });

  it("Sangat Baik needs 110–120 and a new idea; without it 110–120 is Baik", () => {
    expect([predikat(120, true), predikat(110, true), predikat(109.99, true)]).toEqual(["SANGAT_BAIK", "SANGAT_BAIK", "BAIK"]);
    expect([predikat(120, false), predikat(110, false), predikat(110)]).toEqual(["BAIK", "BAIK", "BAIK"]);
  });

  it("the 90, 70 and 50 edges belong to the higher band, with or without a new idea", () => {
    for (const ide of [true, false, undefined]) {
      expect([90, 89.99, 70, 69.99, 50, 49.99, 0].map((x) => predikat(x, ide))).toEqual(["BAIK", "CUKUP", "CUKUP", "KURANG", "KURANG", "SANGAT_KURANG", "SANGAT_KURANG"]);
    }
  });

  it("reads the predikat on the score rounded to 2 decimals (89.995 → 90.00 Baik)", () => {
    expect(score({ nilaiSkp: 89.995, nilaiPerilaku: 89.995, bobot: "70/30" })).toMatchObject({ nilaiKinerja: 90, predikat: "BAIK" });
  });

  it("refuses a score above 120, a negative one and another weighting", () => {
    for (const input of [
      { nilaiSkp: 121, nilaiPerilaku: 100, bobot: "70/30" },
      { nilaiSkp: 100, nilaiPerilaku: -1, bobot: "70/30" },
      { nilaiSkp: 100, nilaiPerilaku: 100, bobot: "80/20" },
    ]) {
      expect(policy.safeScore(input)).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    }
  });
});

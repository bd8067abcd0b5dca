import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, type PolicyDocument } from "@kinerja/core";
import { compilePreset, PRESETS, readVectorFile, runVectors } from "../src/index.js";
import { ADAPTERS } from "../src/vectors/adapters/permenpanrb-8-2021.js";
import { presetBasics } from "./support/preset-basics.js";

// The PermenPANRB 8/2021 preset: capaian IKI by polarity, with range targets.
const ID = "permenpanrb-8-2021";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const vectors = readVectorFile(JSON.parse(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8"))).filter((c) => c.kind === "capaian-iki");
type Capaian = { batasBawah: number; batasAtas: number; acuan: number; capaian: number; capaianDibatasi: number };
const capaian = (polaritas: string, target: number, realisasi: number, targetMaks?: number): Capaian =>
  (policy.score({ indikator: [{ polaritas, target, realisasi, ...(targetMaks === undefined ? {} : { targetMaks }) }] }).outputs["capaianIndikator"] as Capaian[])[0] as Capaian;

describe("permenpanrb-8-2021 preset", () => {
  it("is in force from 1 July 2021 to 2 February 2022", () => {
    expect([policy.id, policy.document.effective]).toEqual([ID, { from: "2021-07-01", to: "2022-02-02" }]);
  });

  presetBasics(ID, 15);
});

describe("public vectors through the adapter", () => {
  it("has the capaian-iki vectors and a golden case for each", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(2);
    const names = (doc.cases ?? []).map((c) => c.name);
    for (const v of vectors) expect(names.some((n) => n.startsWith(`${v.id}:`))).toBe(true);
  });

  it.each(vectors.map((v) => [v.id, v] as const))("%s", (_, v) => {
    const [outcome] = runVectors([v], ADAPTERS).cases;
    expect({ error: outcome?.error, differences: outcome?.differences }).toEqual({ error: undefined, differences: [] });
  });

  it("takes a single target and the preset's own polarity names too", () => {
    const adapter = ADAPTERS["capaian-iki"] as (input: Record<string, unknown>) => Record<string, unknown>;
    expect(adapter({ polaritas: "NORMAL", target: 600, realisasi: 420 })["capaianPersen"]).toBe(70);
    expect(adapter({ polaritas: "TURUN", target: 15, realisasi: 12 })["capaianPersen"]).toBe(120);
    expect(() => adapter({ polaritas: "SIDEWAYS", target: 1, realisasi: 1 })).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
  });
});

describe("capaian IKI", () => {
  it("normal: realisasi / target × 100; a range uses the lower bound below it and the upper bound above it", () => {
    expect(capaian("NAIK", 80, 70, 90)).toMatchObject({ acuan: 80, capaian: 87.5 });
    expect(capaian("NAIK", 80, 95, 90)).toMatchObject({ acuan: 90, capaian: 105.56 });
    expect(capaian("NAIK", 100, 92).capaian).toBe(92);
  });

  it("inside the range, bounds included, the achievement is 100", () => {
    for (const r of [80, 85, 90]) expect(capaian("NAIK", 80, r, 90).capaian).toBe(100);
    for (const r of [7, 7.5, 8]) expect(capaian("TURUN", 7, r, 8).capaian).toBe(100);
  });

  it("kondisi khusus: (1 + (1 − realisasi / target)) × 100 with the same choice of bound", () => {
    expect(capaian("TURUN", 7, 6.5, 8)).toMatchObject({ acuan: 7, capaian: 107.14 });
    expect(capaian("TURUN", 7, 9, 8)).toMatchObject({ acuan: 8, capaian: 87.5 });
    expect(capaian("TURUN", 2, 3).capaian).toBe(50);
  });

  it("capaianDibatasi clamps to 0–120; the constants change it", () => {
    expect(capaian("NAIK", 100, 130)).toMatchObject({ capaian: 130, capaianDibatasi: 120 });
    expect(capaian("TURUN", 6, 0)).toMatchObject({ capaian: 200, capaianDibatasi: 120 });
    expect(capaian("TURUN", 6, 13)).toMatchObject({ capaian: -16.67, capaianDibatasi: 0 });
    const other: PolicyDocument = { ...doc, version: "2021.1-instansi", constants: { ...doc.constants, capaianMaks: 110 } };
    const out = compilePolicy(other).score({ indikator: [{ polaritas: "NAIK", target: 100, realisasi: 130 }] }).outputs["capaianIndikator"] as Capaian[];
    expect(out[0]?.capaianDibatasi).toBe(110);
  });

  it("reads a reversed range the right way round", () => {
    expect(capaian("NAIK", 90, 70, 80)).toMatchObject({ batasBawah: 80, batasAtas: 90, capaian: 87.5 });
  });

  it("refuses a zero target, a negative realisation and an empty list", () => {
    expect(policy.safeScore({ indikator: [{ polaritas: "NAIK", target: 0, realisasi: 1 }] })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    expect(policy.safeScore({ indikator: [{ polaritas: "NAIK", target: 1, realisasi: -1 }] })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    expect(policy.safeScore({ indikator: [] })).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
  });
});

import { runGoldenCases, validatePolicy } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { NASIONAL_REGIMES, PRESETS, compilePreset } from "../src/index.js";

// Two agency tukin tables (REFERENCE.md §5.3) shipped as EXAMPLES: tukin has no national rule.
const IDS = ["contoh-tukin-klhk-2024", "contoh-tukin-bakamla-2023"] as const;
const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;
const AMOUNTS = [0, 1, 2531250, 3915950, 3915955, 5079200, 33240000];

describe.each(IDS)("%s", (id) => {
  const policy = compilePreset(id);

  it("validates and compiles without warnings and passes its golden cases", () => {
    const report = validatePolicy(PRESETS[id]);
    expect([report.ok, report.errors, report.warnings]).toEqual([true, [], []]);
    expect(policy.warnings).toEqual([]);
    const results = runGoldenCases(policy);
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it("says in both languages that it is an agency example, not a national default", () => {
    const { title, description } = policy.document;
    expect(title.id).toMatch(/^CONTOH kebijakan instansi/);
    expect(title.en).toMatch(/^EXAMPLE agency policy/);
    expect(description?.id).toContain("BUKAN ketentuan nasional");
    expect(description?.en).toContain("NOT a national rule");
    expect(NASIONAL_REGIMES).not.toContain(id);
  });

  it("pays whole rupiah, and what is paid plus what is cut is the kelas jabatan amount", () => {
    for (const predikat of PREDIKAT) {
      for (const tukinKelasJabatan of AMOUNTS) {
        const o = policy.score({ predikat, tukinKelasJabatan }).outputs;
        expect(Number.isInteger(o["tukinDibayar"]), `${predikat} ${tukinKelasJabatan}`).toBe(true);
        expect((o["tukinDibayar"] as number) + (o["pengurangan"] as number)).toBe(tukinKelasJabatan);
      }
    }
  });

  it("refuses a negative amount and an unknown predikat", () => {
    expect(() => policy.score({ predikat: "BAIK", tukinKelasJabatan: -1 })).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
    expect(() => policy.score({ predikat: "CUKUP", tukinKelasJabatan: 1 })).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
  });
});

describe("contoh-tukin-klhk-2024: Permen LHK 6/2024 Pasal 19, next year's tukin", () => {
  const klhk = compilePreset("contoh-tukin-klhk-2024");

  it.each([
    ["SANGAT_BAIK", 100, 3915950],
    ["BAIK", 100, 3915950],
    ["BUTUH_PERBAIKAN", 90, 3524355],
    ["KURANG_MISCONDUCT", 85, 3328558], // 3,328,557.5 rounded HALF_UP
    ["SANGAT_KURANG", 80, 3132760],
  ])("%s → %d%% → Rp %d of Rp 3,915,950", (predikat, persen, dibayar) => {
    expect(klhk.score({ predikat, tukinKelasJabatan: 3915950 }).outputs).toEqual({ persenTukin: persen, tukinDibayar: dibayar, pengurangan: 3915950 - dibayar });
  });
});

describe("contoh-tukin-bakamla-2023: Peraturan Bakamla 1/2023 Pasal 11, monthly cut", () => {
  const bakamla = compilePreset("contoh-tukin-bakamla-2023");

  it.each([
    ["SANGAT_KURANG", 2, 78319],
    ["KURANG_MISCONDUCT", 1, 39160], // 39,159.5 rounded HALF_UP
    ["BUTUH_PERBAIKAN", 0, 0],
    ["BAIK", 0, 0],
    ["SANGAT_BAIK", 0, 0],
  ])("%s → cut %d%% → Rp %d of Rp 3,915,950", (predikat, persen, potongan) => {
    expect(bakamla.score({ predikat, tukinKelasJabatan: 3915950 }).outputs).toEqual({
      persenPemotongan: persen,
      persenTukin: 100 - persen,
      pengurangan: potongan,
      tukinDibayar: 3915950 - potongan,
    });
  });
});

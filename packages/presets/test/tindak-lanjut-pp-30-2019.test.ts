import { renderTrace, type RuleTrace } from "@kinerja/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NASIONAL_REGIMES, PRESETS, compilePreset } from "../src/index.js";
import { presetBasics } from "./support/preset-basics.js";
import { asEvents, everyEventCovered, rulesOf } from "./support/rules-support.js";

// The PP 30/2019 Pasal 56–58 ladder for employees who miss their performance target, and the
// Sangat Baik two-years reward (REFERENCE.md §4.1, §5.4), as a `rules` decision.
const ID = "tindak-lanjut-pp-30-2019";
const policy = compilePreset(ID);
const doc = PRESETS[ID];
const BASE = { tahun: 2021, predikat: "BAIK", tanggalPenilaian: "2021-12-31", targetTercapai: true, jenisJabatan: "ADMINISTRASI" };

const out = (input: Record<string, unknown>) => policy.score({ ...BASE, ...input }).outputs;
const events = (input: Record<string, unknown>) => asEvents(out(input)["tindakLanjut"]);
const types = (input: Record<string, unknown>) => events(input).map((e) => e.type);
/** `date` plus whole months, as YYYY-MM-DD (day clamped to the month's end). */
const plusMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};
const minusDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe("tindak-lanjut-pp-30-2019: the document", () => {
  it("is in force on the dates of the pp-30-2019 preset and is not a nasional regime", () => {
    expect([policy.id, policy.document.effective]).toEqual([ID, PRESETS["pp-30-2019"].effective]);
    expect(NASIONAL_REGIMES).not.toContain(ID);
  });

  presetBasics(ID, 34);

  everyEventCovered(doc, ["tindakLanjut", "masalahDataTahapan"]);

  it("uses the predikat values of the pp-30-2019 preset, in riwayat too", () => {
    const values = ["SANGAT_BAIK", "BAIK", "CUKUP", "KURANG", "SANGAT_KURANG"];
    expect(JSON.stringify(PRESETS["pp-30-2019"].decisions["predikat"])).toContain('"CUKUP"');
    expect(doc.inputs["predikat"]).toMatchObject({ values });
    expect(doc.inputs["riwayat"]).toMatchObject({ items: { fields: { predikat: { values } } } });
  });

  it("shares the riwayat shape of the PermenPANRB 6/2022 follow-up preset (only the predikat values differ)", () => {
    const fields = (id: "tindak-lanjut-pp-30-2019" | "tindak-lanjut-permenpanrb-6-2022") => {
      const riwayat = PRESETS[id].inputs["riwayat"];
      if (riwayat?.type !== "list" || riwayat.items.type !== "object") throw new Error("riwayat is a list of records");
      return Object.fromEntries(Object.entries(riwayat.items.fields).map(([k, f]) => [k, [f.type, f.optional === true]]));
    };
    expect(fields(ID)).toEqual(fields("tindak-lanjut-permenpanrb-6-2022"));
  });
});

describe("the Pasal 56–58 ladder", () => {
  it("walks the whole ladder when each step's event becomes the next stage", () => {
    const missed = { targetTercapai: false, jenisJabatan: "FUNGSIONAL" };
    // 1. target missed with no stage in progress: six months to improve, from the assessment date.
    const [step1] = events({ ...missed, tanggalPenilaian: "2021-07-05" });
    expect(step1).toEqual({ type: "MASA_PERBAIKAN_6_BULAN", params: { mulai: "2021-07-05", lamaBulan: 6 } });
    // 2. still missed six months later: competency test.
    const perbaikan = { tahap: "MASA_PERBAIKAN", mulai: step1?.params["mulai"] };
    expect(types({ ...missed, tanggalPenilaian: "2022-01-04", tahapan: perbaikan })).toEqual([]);
    expect(types({ ...missed, tanggalPenilaian: "2022-01-05", tahapan: perbaikan })).toEqual(["UJI_KOMPETENSI"]);
    // 3. failed the test: moved to a lower or other position.
    expect(types({ ...missed, tanggalPenilaian: "2022-01-20", tahapan: { tahap: "UJI_KOMPETENSI", lulusUjiKompetensi: false } })).toEqual(["PEMINDAHAN"]);
    // 4. no suitable vacancy for a year: honourable discharge.
    const menunggu = { tahap: "MENUNGGU_PENEMPATAN", mulai: "2022-01-20" };
    expect(out({ ...missed, tanggalPenilaian: "2023-01-19", tahapan: menunggu })).toMatchObject({ tindakLanjut: [], bulanDalamTahap: 11, sisaBulanTahap: 1 });
    expect(events({ ...missed, tanggalPenilaian: "2023-01-20", tahapan: menunggu })).toEqual([
      { type: "PEMBERHENTIAN_DENGAN_HORMAT", params: { jenisJabatan: "FUNGSIONAL", mulaiMenunggu: "2022-01-20", bulanDalamTahap: 12 } },
    ]);
  });

  it("the improvement period ends after exactly six whole months (monthsBetween), for any start day 1–28", () => {
    // Days 29–31 follow date-fns' month-end rule, pinned in the next test and in the golden cases.
    const day = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const mulai = `${y}-${day(m)}-${day(d)}`;
        const due = plusMonths(mulai, 6);
        const tahapan = { tahap: "MASA_PERBAIKAN", mulai };
        expect(types({ targetTercapai: false, tanggalPenilaian: due, tahapan })).toEqual(["UJI_KOMPETENSI"]);
        expect(types({ targetTercapai: true, tanggalPenilaian: due, tahapan })).toEqual(["TAHAPAN_SELESAI"]);
        expect(types({ targetTercapai: false, tanggalPenilaian: minusDays(due, 1), tahapan })).toEqual([]);
        expect(types({ targetTercapai: false, tanggalPenilaian: plusMonths(mulai, 5), tahapan })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("date-fns month ends: 31 March + 6 months is due on 1 October, 31 December on 1 July, 31 August on 28 February", () => {
    const missed = (mulai: string, tanggalPenilaian: string) => out({ targetTercapai: false, tanggalPenilaian, tahapan: { tahap: "MASA_PERBAIKAN", mulai } });
    expect(missed("2021-03-31", "2021-09-30")).toMatchObject({ bulanDalamTahap: 5, tindakLanjut: [] });
    expect(missed("2021-03-31", "2021-10-01")).toMatchObject({ bulanDalamTahap: 6 });
    expect(missed("2021-12-31", "2022-06-30")).toMatchObject({ bulanDalamTahap: 5, tindakLanjut: [] });
    expect(missed("2021-12-31", "2022-07-01")).toMatchObject({ bulanDalamTahap: 6 });
    expect(missed("2021-08-31", "2022-02-28")).toMatchObject({ bulanDalamTahap: 6 });
  });

  it("discharges only administrative and functional officials, never a senior leader, after 12 months of waiting", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.constantFrom("PIMPINAN_TINGGI", "ADMINISTRASI", "FUNGSIONAL"), (months, jenisJabatan) => {
        const tanggalPenilaian = plusMonths("2020-01-10", months);
        const fired = types({ jenisJabatan, tanggalPenilaian, tahapan: { tahap: "MENUNGGU_PENEMPATAN", mulai: "2020-01-10" } }).includes("PEMBERHENTIAN_DENGAN_HORMAT");
        expect(fired).toBe(months >= 12 && jenisJabatan !== "PIMPINAN_TINGGI");
      }),
      { numRuns: 200 },
    );
  });

  it("a stage's rules never fire in another stage", () => {
    const byStage: Record<string, string[]> = {
      NONE: ["MASA_PERBAIKAN_6_BULAN"],
      MASA_PERBAIKAN: ["UJI_KOMPETENSI", "TAHAPAN_SELESAI"],
      UJI_KOMPETENSI: ["PEMINDAHAN", "TAHAPAN_SELESAI"],
      MENUNGGU_PENEMPATAN: ["PEMBERHENTIAN_DENGAN_HORMAT"],
    };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(byStage)), fc.boolean(), fc.option(fc.boolean(), { nil: undefined }), fc.integer({ min: 0, max: 24 }), (tahap, targetTercapai, lulus, months) => {
        const tahapan = { tahap, mulai: "2020-01-01", ...(lulus === undefined ? {} : { lulusUjiKompetensi: lulus }) };
        const fired = types({ targetTercapai, tanggalPenilaian: plusMonths("2020-01-01", months), tahapan });
        for (const type of fired) expect(byStage[tahap]).toContain(type);
        expect(fired.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("reports stage data it cannot use instead of guessing", () => {
    expect(out({ targetTercapai: false, tahapan: { tahap: "MASA_PERBAIKAN" } })).toMatchObject({
      tindakLanjut: [],
      masalahDataTahapan: [{ type: "MULAI_KOSONG", params: { tahap: "MASA_PERBAIKAN" } }],
    });
    expect(out({ tanggalPenilaian: "2021-06-30", tahapan: { tahap: "MENUNGGU_PENEMPATAN", mulai: "2022-09-01" } })).toMatchObject({
      tindakLanjut: [],
      masalahDataTahapan: [{ type: "MULAI_SETELAH_PENILAIAN", params: { mulai: "2022-09-01", tanggalPenilaian: "2021-06-30" } }],
    });
    expect(out({ tahapan: { tahap: "UJI_KOMPETENSI" } })).toMatchObject({ tindakLanjut: [], masalahDataTahapan: [] });
  });
});

describe("rencana suksesi (Sangat Baik two years running)", () => {
  const SUKSESI = [{ type: "RENCANA_SUKSESI", params: { tahun: 2021, tahunLalu: 2020 } }];
  it.each([
    ["two years running", [{ tahun: 2020, predikat: "SANGAT_BAIK" }], SUKSESI],
    ["in any order", [{ tahun: 2018, predikat: "CUKUP" }, { tahun: 2020, predikat: "SANGAT_BAIK" }, { tahun: 2019, predikat: "SANGAT_BAIK" }], SUKSESI],
    ["only this year", [], []],
    ["a missing year in between", [{ tahun: 2019, predikat: "SANGAT_BAIK" }], []],
    ["last year Baik", [{ tahun: 2020, predikat: "BAIK" }], []],
    ["last year recorded twice, conflicting", [{ tahun: 2020, predikat: "SANGAT_BAIK" }, { tahun: 2020, predikat: "KURANG" }], []],
  ])("Sangat Baik this year, %s", (_, riwayat, expected) => {
    expect(events({ predikat: "SANGAT_BAIK", riwayat })).toEqual(expected);
  });

  it("runs beside the ladder, after it (lower priority)", () => {
    expect(types({ predikat: "SANGAT_BAIK", riwayat: [{ tahun: 2020, predikat: "SANGAT_BAIK" }], tahapan: { tahap: "UJI_KOMPETENSI", lulusUjiKompetensi: false } })).toEqual([
      "PEMINDAHAN",
      "RENCANA_SUKSESI",
    ]);
  });
});

describe("explanations", () => {
  it("the trace explains the discharge with the rule's source and each condition's label and value", () => {
    const input = { ...BASE, targetTercapai: false, tanggalPenilaian: "2022-01-01", tahapan: { tahap: "MENUNGGU_PENEMPATAN", mulai: "2021-01-01" } };
    const { trace } = policy.score(input, { trace: true });
    const rules = trace?.decisions.find((d) => d.name === "tindakLanjut")?.rules ?? [];
    expect(rules.filter((r) => r.fired).map((r) => r.name)).toEqual(["pemberhentian"]);
    const rule = rules.find((r) => r.name === "pemberhentian") as RuleTrace;
    expect(rule.label?.id).toContain("[V] PP 30/2019 Pasal 58 ayat (5)");
    expect(rule.conditions.children?.map((c) => [c.label?.id, c.factResult, c.result])).toEqual([
      ["menunggu lowongan jabatan yang sesuai setelah tidak lulus uji kompetensi", "MENUNGGU_PENEMPATAN", true],
      ["sudah 1 tahun (12 bulan) menunggu (monthsBetween mulai → tanggal penilaian)", 12, true],
      ["pejabat administrasi atau fungsional (Pasal 58 ayat 5)", "ADMINISTRASI", true],
    ]);
    const text = renderTrace(trace!);
    expect(text).toContain('aturan 6 "pemberhentian" (prioritas 50): BERLAKU → PEMBERHENTIAN_DENGAN_HORMAT');
    expect(text).toContain("✓ pejabat administrasi atau fungsional (Pasal 58 ayat 5)");
  });

  it("a senior leader's trace shows the one condition that keeps the discharge from applying", () => {
    const input = { ...BASE, jenisJabatan: "PIMPINAN_TINGGI", tanggalPenilaian: "2022-01-01", tahapan: { tahap: "MENUNGGU_PENEMPATAN", mulai: "2021-01-01" } };
    const rule = policy.score(input, { trace: true }).trace?.decisions.find((d) => d.name === "tindakLanjut")?.rules?.find((r) => r.name === "pemberhentian");
    expect(rule?.fired).toBe(false);
    expect(rule?.conditions.children?.filter((c) => !c.result).map((c) => c.label?.en)).toEqual(["an administrative or functional official (Article 58(5))"]);
  });

  it("every ladder rule states its status and source", () => {
    for (const rule of rulesOf(doc, "tindakLanjut").rules) {
      expect(rule.label?.id, rule.name).toMatch(/\[(V|I)\]/);
      expect(rule.label?.en, rule.name).toMatch(/\[(V|I)\]/);
    }
  });
});

describe("invalid input", () => {
  it.each([
    ["a stage that does not exist", { tahapan: { tahap: "SKORSING", mulai: "2021-01-01" } }, ["tahapan", "tahap"]],
    ["an impossible start date", { tahapan: { tahap: "MASA_PERBAIKAN", mulai: "2021-02-29" } }, ["tahapan", "mulai"]],
    ["a PermenPANRB 6/2022 predikat", { predikat: "BUTUH_PERBAIKAN" }, ["predikat"]],
    ["a 6/2022 predikat in the history", { riwayat: [{ tahun: 2020, predikat: "KURANG_MISCONDUCT" }] }, ["riwayat", 0, "predikat"]],
    ["another kind of position", { jenisJabatan: "PELAKSANA" }, ["jenisJabatan"]],
    ["a date in another format", { tanggalPenilaian: "31/12/2021" }, ["tanggalPenilaian"]],
  ])("refuses %s", (_, input, path) => {
    const outcome = policy.safeScore({ ...BASE, ...input });
    expect(outcome).toMatchObject({ ok: false, error: { code: "INPUT_INVALID" } });
    if (!outcome.ok) expect(outcome.error.issues?.map((i) => i.path)).toContainEqual(path);
  });

  it("refuses a missing target result", () => {
    const { targetTercapai: _, ...rest } = BASE;
    const outcome = policy.safeScore(rest);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.issues?.map((i) => i.path)).toEqual([["targetTercapai"]]);
  });
});

/**
 * strengthsFromScore on the PermenPANRB 6/2022 preset and the Belawan example plans: achievements
 * from `capaianIndikator`, texts from the trace's item labels, weights and aspects from the plan,
 * per-value ratings from `berakhlak[].rating`; configurable names for another policy; errors
 * pointing into `result`, `plan` and `options`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, type PolicyDocument, type ScoreResult } from "../index.js";
import { KinerjaError } from "../errors.js";
import { strengthsFromScore, type StrengthsFromScoreOptions } from "./strengths-from-score.js";
import type { IndicatorFinding } from "./strengths-types.js";
import { thrownKinerjaError } from "../../test/support/thrown.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const preset = compilePolicy(read("../../../presets/policies/permenpanrb-6-2022.json") as PolicyDocument);
const plan = (file: string): Record<string, unknown> => (read(`../../../../examples/demo/plans/${file}`) as { skp: Record<string, unknown> }).skp;

function thrown(result: unknown, input: unknown, options?: unknown): KinerjaError {
  return thrownKinerjaError(() => strengthsFromScore(result as ScoreResult, input, options as StrengthsFromScoreOptions));
}

/** The indicator findings only (the demo plans also rate BerAKHLAK values). */
const summary = (list: readonly unknown[]): unknown[] =>
  list.filter((f) => (f as IndicatorFinding).sumber === "INDIKATOR").map((f) => {
    const x = f as IndicatorFinding;
    return [x.iki, x.capaian, x.gap, x.bobot, x.rhk, x.aspek];
  });

describe("strengthsFromScore with the PermenPANRB 6/2022 preset", () => {
  it("Kecamatan staff: three weaknesses, worst first (TURUN: 3 days against 2 is 50%)", () => {
    const skp = plan("03-kecamatan-administrasi.json");
    const r = strengthsFromScore(preset.score(skp, { trace: true }), skp);
    expect(summary(r.kelemahan)).toEqual([
      ["Rata-rata waktu layanan (hari)", 50, -50, 30, "R1", "WAKTU"],
      ["Jumlah surat keterangan diterbitkan", 70, -30, 50, "R1", "KUANTITAS"],
      ["Persentase hari kerja dengan laporan harian", 85, -15, 20, "R2", "KUALITAS"],
    ]);
    expect(r.kekuatan).toEqual([]);
    expect(r.kelemahan[0]?.message.id).toBe("IKI 'Rata-rata waktu layanan (hari)' tercapai 50% dari ekspektasi 100% (selisih \u221250 poin)");
  });

  it("Dinkes staff: two strengths, the range indicator inside its range is as expected", () => {
    const skp = plan("02-dinkes-pelayanan.json");
    const r = strengthsFromScore(preset.score(skp, { trace: true }), skp);
    expect(summary(r.kekuatan)).toEqual([
      ["Jumlah petugas yang dilatih", 120, 20, 30, "R2", "KUANTITAS"],
      ["Persentase pasien terdaftar dalam rekam medis elektronik", 115, 15, 50, "R1", "KUALITAS"],
    ]);
    expect(r.kelemahan).toEqual([]);
    expect(r.indikator[2]).toMatchObject({ iki: "Waktu pemulihan gangguan (jam)", capaian: 100, kategori: "SESUAI" });
  });

  it("reads per-value ratings from berakhlak items that carry one; the preset accepts the extra field", () => {
    const skp = {
      ...plan("01-dishub-lalu-lintas.json"),
      berakhlak: [
        { nilaiDasar: "KOLABORATIF", rating: "DI_BAWAH_EKSPEKTASI", catatan: "Koordinasi dengan Satlantas tersendat" },
        { nilaiDasar: "ADAPTIF", catatan: "Tanpa rating: hanya catatan" },
        { nilaiDasar: "BERORIENTASI_PELAYANAN", rating: "DI_ATAS_EKSPEKTASI" },
      ],
    };
    const r = strengthsFromScore(preset.score(skp), skp);
    expect(r.perilaku.map((f) => [f.nilaiDasar, f.kategori])).toEqual([
      ["BERORIENTASI_PELAYANAN", "KEKUATAN"],
      ["KOLABORATIF", "KELEMAHAN"],
    ]);
    expect(r.kelemahan.at(-1)).toMatchObject({ sumber: "PERILAKU", nilaiDasar: "KOLABORATIF", catatan: "Koordinasi dengan Satlantas tersendat" });
    // TURUN 12 min against 15 → 120%; 9 of 8 → 112.5%; 5 months against 6 → 116.67%.
    expect(summary(r.kekuatan.slice(0, 3))).toEqual([
      ["Rata-rata waktu tunggu kendaraan pada jam sibuk (menit)", 120, 20, 40, "R1", "KUALITAS"],
      ["Waktu penyelesaian rekayasa lalu lintas (bulan)", 116.67, 16.67, 20, "R2", "WAKTU"],
      ["Jumlah titik kemacetan yang ditangani", 112.5, 12.5, 30, "R1", "KUANTITAS"],
    ]);
  });

  it("prefers the trace's item labels; without a trace the plan's IKI text is used", () => {
    const skp = plan("03-kecamatan-administrasi.json");
    const result = preset.score(skp, { trace: true });
    const decisions = result.trace?.decisions.map((d) =>
      d.name === "capaianIndikator" ? { ...d, items: d.items?.map((it) => ({ ...it, label: `Label ${it.index}` })) } : d,
    );
    const relabelled = { ...result, trace: { ...result.trace, decisions } } as ScoreResult;
    expect(strengthsFromScore(relabelled, skp).indikator.map((f) => f.iki)).toEqual(["Label 2", "Label 0", "Label 1"]);
    const plain = strengthsFromScore(preset.score(skp), skp);
    expect(plain.indikator.map((f) => f.iki)).toEqual(["Persentase hari kerja dengan laporan harian", "Jumlah surat keterangan diterbitkan", "Rata-rata waktu layanan (hari)"]);
  });

  it("passes batas and jumlah on", () => {
    const skp = plan("03-kecamatan-administrasi.json");
    const r = strengthsFromScore(preset.score(skp), skp, { batas: { kelemahan: 20 }, jumlah: 1 });
    expect(summary(r.kelemahan)).toEqual([["Rata-rata waktu layanan (hari)", 50, -50, 30, "R1", "WAKTU"]]);
    // Two indicators below −20 points plus the Berorientasi Pelayanan value rated below expectation.
    expect(r.ditemukan.kelemahan).toBe(3);
  });

  it("a plan without indicators has no findings", () => {
    const r = strengthsFromScore(preset.score({ ratingHasilKerja: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" }), {});
    expect(r.indikator).toEqual([]);
  });
});

describe("strengthsFromScore with other names", () => {
  const doc: PolicyDocument = {
    id: "contoh-sasaran",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Contoh", en: "Example" },
    inputs: {
      sasaran: {
        type: "list",
        items: { type: "object", fields: { uraian: { type: "string" }, target: { type: "number", min: 1 }, realisasi: { type: "number" }, berat: { type: "number" } } },
      },
      nilaiPerilaku: { type: "list", optional: true, items: { type: "object", fields: { nilai: { type: "string" }, hasil: { type: "string" } } } },
    },
    decisions: {
      hasilSasaran: { kind: "perItem", over: "sasaran", as: "s", decisions: { persen: { kind: "formula", expr: "s.realisasi / s.target * 100" } } },
    },
  };
  const options: StrengthsFromScoreOptions = {
    output: "hasilSasaran",
    input: "sasaran",
    behaviourInput: "nilaiPerilaku",
    fields: { capaian: "persen", iki: "uraian", bobot: "berat", nilaiDasar: "nilai", rating: "hasil" },
  };

  it("reads the configured output, input and field names", () => {
    const input = {
      sasaran: [
        { uraian: "Dokumen perencanaan", target: 4, realisasi: 5, berat: 60 },
        { uraian: "Rapat koordinasi", target: 10, realisasi: 6, berat: 40 },
      ],
      nilaiPerilaku: [{ nilai: "HARMONIS", hasil: "DI_ATAS_EKSPEKTASI" }],
    };
    const r = strengthsFromScore(compilePolicy(doc).score(input), input, options);
    expect(summary(r.kekuatan.slice(0, 1))).toEqual([["Dokumen perencanaan", 125, 25, 60, undefined, undefined]]);
    expect(summary(r.kelemahan)).toEqual([["Rapat koordinasi", 60, -40, 40, undefined, undefined]]);
    expect(r.kekuatan[1]).toMatchObject({ sumber: "PERILAKU", nilaiDasar: "HARMONIS" });
  });

  it("reports wrong names and values with paths into result, plan and options", () => {
    const input = { sasaran: [{ uraian: "A", target: 4, realisasi: 5, berat: 60 }] };
    const result = compilePolicy(doc).score(input);
    expect(thrown(result, input).issues.map((i) => i.path)).toEqual([["result", "outputs", "capaianIndikator"]]);
    const e = thrown(result, { sasaran: [{ berat: "x" }, {}], nilaiPerilaku: [{ nilai: "X", hasil: "Y" }] }, { ...options, jumlah: 0, warna: "merah", fields: { ...options.fields, iki: 5 } });
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues.map((i) => i.path)).toEqual([
      ["options", "warna"],
      ["options", "fields", "iki"],
      ["options", "jumlah"],
      ["result", "outputs", "hasilSasaran"],
      ["plan", "nilaiPerilaku", 0, "nilai"],
      ["plan", "nilaiPerilaku", 0, "hasil"],
    ]);
    expect(e.issues[3]?.message.en).toBe("The output 'hasilSasaran' has 1 items but the input 'sasaran' has 2");
    const missing = thrown(result, { sasaran: [{ berat: "x" }] }, { ...options, fields: { ...options.fields, iki: "judul" } });
    expect(missing.issues.map((i) => [i.path, i.message.en])).toEqual([
      [["plan", "sasaran", 0, "judul"], "IKI number 1 has no text: 'judul' is empty and the trace holds no item label"],
      [["plan", "sasaran", 0, "berat"], "'plan.sasaran[0].berat' must be a finite, non-negative number, \"x\" given"],
    ]);
  });

  it("reports a missing achievement at its place in the output", () => {
    const result = { policy: { id: "x", version: "1", hash: "h" }, outputs: { capaianIndikator: [{ capaian: null }] } } as unknown as ScoreResult;
    expect(thrown(result, { indikator: [{ iki: "A" }] }).issues.map((i) => i.path)).toEqual([["result", "outputs", "capaianIndikator", 0, "capaian"]]);
    expect(thrown(null, null).issues.map((i) => i.path)).toEqual([["result"], ["plan"]]);
  });
});

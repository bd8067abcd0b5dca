import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRESETS } from "@kinerja/presets";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { run } from "./helpers/run.js";

/** The Belawan policy (preset with the sample achievement mapping on), before and after lowering the "Di Atas" band from 110% to 105%. */
function policies(): string {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-diff-"));
  const preset = PRESETS["permenpanrb-6-2022"];
  const before = { ...preset, id: "belawan-skp", version: "2024.1", cases: [], constants: { ...preset.constants, pemetaanCapaian: { aktif: true, batasDiAtas: 110, batasSesuai: 85 } } };
  const after = { ...before, version: "2024.2", constants: { ...before.constants, pemetaanCapaian: { aktif: true, batasDiAtas: 105, batasSesuai: 85 } } };
  writeFileSync(join(dir, "lama.json"), JSON.stringify(before, null, 2));
  writeFileSync(join(dir, "baru.yaml"), stringify(after));
  // Achievements 100, 104, 105, 107.5, 110, 115 % with the same behaviour rating.
  const rows = ["NIP;Nama;Rating Perilaku;IKI;Target;Realisasi;Bobot"];
  [100, 104, 105, 107.5, 110, 115].forEach((realisasi, i) => rows.push(`10${i};Pegawai ${i};Di Atas Ekspektasi;Jumlah layanan;100;${String(realisasi).replace(".", ",")};100`));
  writeFileSync(join(dir, "kelompok.csv"), `${rows.join("\n")}\n`);
  return dir;
}

describe("kinerja diff", () => {
  it("lists exactly the employees whose outputs change when one band threshold moves, with a summary table", async () => {
    const cwd = policies();
    const r = await run(["diff", "lama.json", "baru.yaml", "--input", "kelompok.csv", "--outputs", "ratingHasilKerjaFinal,predikat"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "Perbandingan: lama.json (belawan-skp v2024.1) → baru.yaml (belawan-skp v2024.2)",
      "",
      "102 Pegawai 2",
      "  ratingHasilKerjaFinal: SESUAI_EKSPEKTASI → DI_ATAS_EKSPEKTASI",
      "  predikat: BAIK → SANGAT_BAIK",
      "",
      "103 Pegawai 3",
      "  ratingHasilKerjaFinal: SESUAI_EKSPEKTASI → DI_ATAS_EKSPEKTASI",
      "  predikat: BAIK → SANGAT_BAIK",
      "",
      "Ringkasan: 6 pegawai, 2 berubah, 0 gagal dinilai",
      "keluaran               dari → ke                               jumlah",
      "---------------------  --------------------------------------  ------",
      "predikat               BAIK → SANGAT_BAIK                      2",
      "ratingHasilKerjaFinal  SESUAI_EKSPEKTASI → DI_ATAS_EKSPEKTASI  2",
      "",
    ]);
  });

  it("gives the same comparison as JSON (every output compared by default)", async () => {
    const cwd = policies();
    const r = await run(["diff", "lama.json", "baru.yaml", "--input", "kelompok.csv", "--format", "json"], { cwd });
    const report = JSON.parse(r.stdout) as { total: number; changed: number; employees: { id: string; changes: { output: string }[] }[]; summary: { output: string; from: string; to: string; count: number }[] };
    expect([report.total, report.changed]).toEqual([6, 2]);
    expect(report.employees.map((e) => e.id)).toEqual(["102", "103"]);
    expect(report.summary).toContainEqual({ output: "predikat", from: "BAIK", to: "SANGAT_BAIK", count: 2 });
    expect(report.summary).toContainEqual({ output: "ratingDariCapaian", from: "SESUAI_EKSPEKTASI", to: "DI_ATAS_EKSPEKTASI", count: 2 });
  });

  it("reports no change for identical policies, in English", async () => {
    const cwd = policies();
    const r = await run(["diff", "lama.json", "lama.json", "--input", "kelompok.csv", "--lang", "en"], { cwd });
    expect(r.stdout.split("\n").slice(-3)).toEqual(["Summary: 6 employees, 0 changed, 0 failed to score", "No output changes.", ""]);
  });
});

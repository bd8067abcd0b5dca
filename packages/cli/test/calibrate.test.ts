import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

describe("kinerja calibrate", () => {
  it("checks a unit scored by `kinerja score`, proposes the fewest changes and writes the SVG chart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-cal-"));
    const plans = ["SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BAIK"].map((p, i) => ({ nip: `10${i}`, ratingHasilKerja: p === "SANGAT_BAIK" ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI", ratingPerilaku: p === "SANGAT_BAIK" ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI" }));
    writeFileSync(join(dir, "unit.json"), JSON.stringify(plans));
    const scored = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "unit.json", "--format", "ndjson", "--quiet"], { cwd: dir });
    writeFileSync(join(dir, "hasil.ndjson"), scored.stdout);
    const r = await run(["calibrate", "--input", "hasil.ndjson", "--org-predikat", "BAIK", "--chart", "sebaran.svg"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Predikat organisasi: BAIK · jumlah pegawai: 5");
    expect(lines).toContain("Baik               4         80%    3");
    expect(lines.filter((l) => l.startsWith("Pelanggaran: "))).toEqual([
      "Pelanggaran: Baik paling banyak 70%: 4 orang, paling banyak 3",
      "Pelanggaran: Wajib ada Butuh Perbaikan dan/atau Kurang/Misconduct (paling sedikit 1 orang, gabungan): 0 orang, paling sedikit 1",
    ]);
    expect(lines.filter((l) => l.startsWith("  10")).length).toBe(1);
    expect(readFileSync(join(dir, "sebaran.svg"), "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it("accepts a CSV of results and exits 0 when the distribution complies (en)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-cal-"));
    writeFileSync(join(dir, "hasil.csv"), "NIP,Predikat,Skor\n1,Sangat Baik,120\n2,Baik,100\n3,Baik,98\n4,Butuh Perbaikan,70\n");
    const r = await run(["calibrate", "--input", "hasil.csv", "--org-predikat", "BAIK", "--chart", "c.svg", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Distribution chart written to c.svg");
    const bad = await run(["calibrate", "--input", "hasil.csv", "--org-predikat", "BAGUS"], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, "kinerja: Nilai --org-predikat tidak dikenal 'BAGUS': pilih ISTIMEWA | BAIK | BUTUH_PERBAIKAN | KURANG | SANGAT_KURANG\n"]);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, run } from "./helpers/run.js";

const PLAN = `${REPO}examples/demo/plans/01-dishub-lalu-lintas.json`;
const CATALOGUE = `${REPO}examples/demo/catalogue/katalog-pengembangan-belawan.json`;
const base = ["explain", "--policy", "permenpanrb-6-2022", "--input", PLAN, "--select", "skp", "--catalogue", CATALOGUE];

describe("kinerja explain", () => {
  it("explains a plan as text: indicators with contributions, deciding rows, feedback, strengths, weaknesses, recommendations", async () => {
    const r = await run(base);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Penjelasan penilaian kinerja — Pengelolaan kinerja pegawai ASN (PermenPANRB 6/2022)");
    expect(lines).toContain("  1. Rata-rata waktu tunggu kendaraan pada jam sibuk (menit) — Target 15, Realisasi 12, Bobot 40, Capaian 120, Kontribusi 48");
    expect(lines).toContain("  Capaian hasil kerja tertimbang (%): 115.08");
    expect(lines).toContain("Umpan balik:");
    expect(lines).toContain("  - IKI 'Rata-rata waktu tunggu kendaraan pada jam sibuk (menit)' tercapai 120% dari ekspektasi 100% (selisih +20 poin)");
    expect(lines).toContain("Rekomendasi pengembangan:");
    expect(r.stdout).toContain("Jejak perhitungan lengkap:");
  });

  it("renders Markdown in English", async () => {
    const r = await run([...base, "--format", "markdown", "--lang", "en"]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("# Performance evaluation explained");
    expect(lines).toContain("| # | Indicator | Target | Actual | Weight | Achievement | Contribution |");
    expect(lines).toContain("## Weaknesses");
  });

  it("renders a self-contained, escaped HTML page readable on a phone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-explain-"));
    const plan = { nip: "1", nama: "<script>alert(1)</script> & Co", ratingHasilKerja: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", indikator: [{ iki: "Laporan <b>tepat</b> waktu", target: 10, realisasi: 10, bobot: 100 }] };
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
    const r = await run(["explain", "--policy", "permenpanrb-6-2022", "--input", "plan.json", "--format", "html", "--output", "laporan.html"], { cwd: dir });
    expect(r.code).toBe(0);
    const html = (await import("node:fs")).readFileSync(join(dir, "laporan.html"), "utf8");
    expect(html.startsWith("<!doctype html>\n<html lang=\"id\">")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    expect(html).toContain("Laporan &lt;b&gt;tepat&lt;/b&gt; waktu");
    expect(html).toContain("<dd>BAIK</dd>");
  });

  it("picks a plan by NIP from a batch and exits 2 when it is absent", async () => {
    const r = await run(["explain", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--id", "199203142019032005", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Name: Siti Nurhaliza");
    const none = await run(["explain", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--id", "9", "--lang", "en"]);
    expect([none.code, none.stderr]).toEqual([2, "kinerja: No plan NIP 9 in the input\n"]);
  });
});

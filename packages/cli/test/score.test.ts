import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, run } from "./helpers/run.js";

describe("kinerja score", () => {
  it("scores a CSV with Indonesian headers, ';' and decimal commas, grouped by NIP; a bad cell fails only its plan", async () => {
    const r = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--outputs", "capaianHasilKerja"]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      "#  NIP                 nama            status  capaianHasilKerja  kesalahan",
      "-  ------------------  --------------  ------  -----------------  ------------------------------------------------------------",
      "1  198609262015051001  Rahmat Siregar  OK      115.08",
      "2  199203142019032005  Siti Nurhaliza  OK      94.34",
      `3  198801012010011002  Budi Santoso    GAGAL                      [RECORD_INVALID] baris 8, kolom "Realisasi": '51O' bukan an…`,
      "",
    ]);
    expect(r.stderr.split("\n")[0]).toBe(`kinerja: baris 8–9 (NIP 198801012010011002): [RECORD_INVALID] baris 8, kolom "Realisasi": '51O' bukan angka`);
    expect(r.stderr).toMatch(/^2 dari 3 rencana dinilai dengan permenpanrb-6-2022 v1\.0\.0, 1 gagal/m);
  });

  it("names the CSV cell of a scoring error (a value outside the declared enum)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-cli-"));
    writeFileSync(join(dir, "a.csv"), "NIP,IKI,Target,Realisasi,Bobot,Polaritas\n1,Jumlah laporan,10,\"12,5\",100,Naik\n2,Waktu,10,8,100,Sideways\n");
    const r = await run(["score", "-p", "permenpanrb-6-2022", "-i", "a.csv", "--format", "ndjson", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(1);
    const [ok, bad] = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect((ok?.["outputs"] as Record<string, unknown>)["capaianHasilKerja"]).toBe(120);
    expect(bad?.["ok"]).toBe(false);
    expect(r.stderr).toContain(`  - line 3, column "Polaritas" (indikator[0].polaritas): `);
  });

  it("scores a JSON plan with --select and emits JSON envelopes with the policy identity", async () => {
    const r = await run(["score", "--policy", "permenpanrb-6-2022", "--input", `${REPO}examples/demo/plans/01-dishub-lalu-lintas.json`, "--select", "skp", "--format", "json", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const [item] = JSON.parse(r.stdout) as { id: string; name: string; ok: boolean; policy: { id: string }; outputs: Record<string, unknown> }[];
    expect([item?.id, item?.name, item?.ok, item?.policy.id, item?.outputs["capaianHasilKerja"]]).toEqual(["198609262015051001", "Rahmat Siregar", true, "permenpanrb-6-2022", 115.08]);
  });

  it("reads NDJSON from stdin and writes CSV", async () => {
    const stdin = ['{"nip":"1","ratingHasilKerja":"DI_ATAS_EKSPEKTASI","ratingPerilaku":"DI_ATAS_EKSPEKTASI"}', "not json", '{"nip":"3","ratingHasilKerja":"SESUAI_EKSPEKTASI","ratingPerilaku":"DI_BAWAH_EKSPEKTASI"}'].join("\n");
    const r = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "-", "--format", "csv", "--outputs", "predikat", "--quiet"], { stdin });
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(["#,NIP,nama,status,predikat,kesalahan", "1,1,,OK,SANGAT_BAIK,"]);
    expect(r.stdout.split("\n")[3]).toBe("3,3,,OK,KURANG_MISCONDUCT,");
    expect(r.stderr).toMatch(/^kinerja: baris 2: \[RECORD_INVALID\] JSON tidak sah/);
  });

  it("uses the version in force on --date from several policy files", async () => {
    const r = await run(["score", "--policy", "nasional", "--date", "2023-06-30", "--input", "-", "--format", "ndjson", "--quiet"], { stdin: "{}" });
    expect((JSON.parse(r.stdout) as { policy: { id: string } }).policy.id).toBe("permenpanrb-6-2022");
    const old = await run(["score", "--policy", "nasional", "--date", "2015-06-30", "--input", "-", "--format", "ndjson", "--quiet"], { stdin: "{}" });
    expect(old.stderr).toContain("[INPUT_INVALID]");
    expect(old.stderr).toContain("  - kegiatan: Wajib diisi");
    const none = await run(["score", "--policy", "permenpanrb-6-2022", "--policy", "pp-46-2011", "--input", "-", "--lang", "en"], { stdin: "{}" });
    expect([none.code, none.stderr]).toEqual([2, "kinerja: Several --policy files need --date to pick the version in force\n"]);
  });

  it("exits 2 for an unknown preset with the closest id, and for an invalid policy with located issues", async () => {
    const r = await run(["score", "--policy", "permenpanrb-6-2O22", "--input", "skp-belawan.csv", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Neither a file nor a known preset: 'permenpanrb-6-2O22'. Did you mean 'permenpanrb-6-2022'?");
    const bad = await run(["score", "--policy", "broken.yaml", "--input", "skp-belawan.csv", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n")[0]).toBe("broken.yaml:17:23: error [UNKNOWN_NAME] Unknown name 'nilia'");
    expect(bad.stderr).toContain("kinerja: The policy broken.yaml is invalid: 3 error(s) (check it with `kinerja validate broken.yaml`)");
  });

  it("draws the progress bar on a terminal (final frame 100%) and stays quiet with --quiet", async () => {
    const tty = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--format", "csv"], { isTTY: true });
    const frames = tty.stderr.split("\r");
    expect(frames.at(-1)?.split("\n")[0]).toBe("Menilai [##############################] 100% · 3 rencana · 1 gagal");
    const quiet = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--format", "csv", "--quiet"], { isTTY: true });
    expect(quiet.stderr).not.toContain("Menilai");
    const piped = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "skp-belawan.csv", "--format", "csv"]);
    expect(piped.stderr).not.toContain("Menilai");
  });

  it("scores a 100,000-row CSV (25,000 employees × 4 indicators) with a progress bar", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-cli-100k-"));
    const lines = ["NIP;Nama;Rating Hasil Kerja;Rating Perilaku;RHK;IKI;Aspek;Polaritas;Target;Realisasi;Bobot"];
    const ratings = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];
    for (let e = 0; e < 25_000; e++) {
      const nip = `1980010120050${String(e).padStart(5, "0")}`;
      for (let k = 0; k < 4; k++) lines.push(`${nip};Pegawai ${e};${ratings[e % 3]};${ratings[(e >> 1) % 3]};R${k};Indikator ${k};Kuantitas;Naik;10;${8 + ((e + k) % 5)},5;25`);
    }
    writeFileSync(join(dir, "besar.csv"), `${lines.join("\n")}\n`);
    const started = Date.now();
    const r = await run(["score", "--policy", "permenpanrb-6-2022", "--input", "besar.csv", "--format", "csv", "--outputs", "predikat,capaianHasilKerja"], { cwd: dir, isTTY: true });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n");
    expect(rows.length).toBe(25_001);
    expect(rows[1]).toBe("1,198001012005000000,Pegawai 0,OK,SANGAT_BAIK,100,");
    expect(rows[25_000]).toBe("25000,198001012005024999,Pegawai 24999,OK,BAIK,101.25,");
    const frames = r.stderr.split("\r");
    expect(frames.at(-1)?.split("\n")[0]).toBe("Menilai [##############################] 100% · 25.000 rencana · 0 gagal");
    expect(frames.length).toBeGreaterThan(20);
    expect(seconds).toBeLessThan(20);
  }, 30_000);
});

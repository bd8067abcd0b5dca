/**
 * Usage texts of every command, in Bahasa Indonesia and English (`kinerja <command> --help`).
 * @module
 */
import { localize, type LocalizedText } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import type { ParsedArgs } from "./args.js";

/** The command names, in the order the overview lists them. */
export const COMMAND_NAMES: readonly string[] = ["validate", "score", "explain", "diff", "calibrate", "test", "schema", "init"];

const EXIT = {
  id: "Kode keluar: 0 berhasil, 1 ada masalah, 2 masukan tidak dapat dipakai.",
  en: "Exit codes: 0 ok, 1 problems found, 2 unusable input.",
};

/** Usage of each command. */
export const HELP: Readonly<Record<string, LocalizedText>> = {
  overview: {
    id: `kinerja — mesin aturan penilaian kinerja ASN untuk staf kebijakan

Pemakaian: kinerja <perintah> [opsi]   (--lang en untuk bahasa Inggris)

Perintah:
  validate <kebijakan>     periksa kebijakan JSON/YAML: semua masalah dengan berkas:baris:kolom
  score                    nilai satu rencana atau sekumpulan (JSON, NDJSON, CSV)
  explain                  penjelasan satu penilaian: teks, Markdown atau HTML
  diff <lama> <baru>       dampak perubahan kebijakan pada sekelompok pegawai
  calibrate                periksa sebaran predikat dan usulan kalibrasi (SE MenPANRB 3/2023)
  test <kebijakan>         jalankan kasus emas dan hukum properti kebijakan
  schema                   tulis JSON Schema dokumen kebijakan
  init <preset>            buat kebijakan instansi dari preset

Bantuan tiap perintah: kinerja <perintah> --help
${EXIT.id}`,
    en: `kinerja — rules engine for scoring Indonesian civil servants (ASN), for policy staff

Usage: kinerja <command> [options]   (--lang id|en, Bahasa Indonesia by default)

Commands:
  validate <policy>        check a JSON/YAML policy: every problem with file:line:column
  score                    score one plan or a batch (JSON, NDJSON, CSV)
  explain                  explain one scoring as text, Markdown or HTML
  diff <old> <new>         what a policy change does to a cohort
  calibrate                distribution check and calibration proposal (SE MenPANRB 3/2023)
  test <policy>            run the policy's golden cases and property laws
  schema                   write the JSON Schema of policy documents
  init <preset>            scaffold an agency policy from a preset

Help on a command: kinerja <command> --help
${EXIT.en}`,
  },
  validate: {
    id: `Pemakaian: kinerja validate <kebijakan.json|kebijakan.yaml> … [--format text|json] [--strict] [--lang id|en]
  Melaporkan semua masalah sekaligus: berkas:baris:kolom, cuplikan sumber, pesan dan saran.
  --strict   peringatan juga dihitung sebagai masalah
${EXIT.id}`,
    en: `Usage: kinerja validate <policy.json|policy.yaml> … [--format text|json] [--strict] [--lang id|en]
  Reports every problem at once: file:line:column, the source snippet, a message and a hint.
  --strict   warnings count as problems too
${EXIT.en}`,
  },
  score: {
    id: `Pemakaian: kinerja score --policy <berkas|preset> --input <berkas|-> [opsi]
  --date YYYY-MM-DD          pilih versi yang berlaku pada tanggal itu (--policy boleh diulang; preset 'nasional')
  --format table|json|ndjson|csv   (bawaan table)
  --input-format json|ndjson|csv   (bawaan menurut ekstensi; stdin ditebak)
  --explain                  sertakan penjelasan tiap penilaian
  --select <jalur>           nilai bagian rekaman ini (mis. skp), identitas dari rekaman
  --outputs a,b,c            keluaran yang ditampilkan
  --columns <peta.json>      peta kolom CSV → jalur masukan; --delimiter ';' ; --group consecutive|all
  --quiet | --progress       matikan / paksa bilah kemajuan di stderr
${EXIT.id} (1: ada baris yang gagal dinilai)`,
    en: `Usage: kinerja score --policy <file|preset> --input <file|-> [options]
  --date YYYY-MM-DD          use the version in force on that date (--policy may repeat; preset 'nasional')
  --format table|json|ndjson|csv   (default table)
  --input-format json|ndjson|csv   (default by extension; stdin is sniffed)
  --explain                  include each scoring's explanation
  --select <path>            score this part of each record (e.g. skp); identity read from the record
  --outputs a,b,c            outputs to show
  --columns <mapping.json>   CSV column → input path mapping; --delimiter ';' ; --group consecutive|all
  --quiet | --progress       turn the progress bar on stderr off / force it on
${EXIT.en} (1: some rows failed)`,
  },
  explain: {
    id: `Pemakaian: kinerja explain --policy <berkas|preset> --input <berkas|-> [--format text|markdown|html] [--output berkas]
  [--id NIP | --index n] [--select jalur] [--catalogue katalog.json] [--date YYYY-MM-DD] [--lang id|en]
  Laporan yang dapat dibaca pegawai: tiap indikator, target, realisasi, kontribusi, baris tabel yang
  menentukan predikat, umpan balik, kekuatan dan kelemahan, rekomendasi pengembangan.
${EXIT.id}`,
    en: `Usage: kinerja explain --policy <file|preset> --input <file|-> [--format text|markdown|html] [--output file]
  [--id NIP | --index n] [--select path] [--catalogue catalogue.json] [--date YYYY-MM-DD] [--lang id|en]
  A report an employee can read: each indicator, target, realisation, contribution, the table row
  that decided the predikat, feedback, strengths and weaknesses, development recommendations.
${EXIT.en}`,
  },
  diff: {
    id: `Pemakaian: kinerja diff <kebijakan-lama> <kebijakan-baru> --input <kelompok> [--outputs a,b] [--format text|json] [--select jalur] [--columns peta.json]
  Setiap pegawai yang keluarannya berubah (dari → ke) dan tabel ringkasan.
${EXIT.id} (1: ada rencana yang gagal dinilai)`,
    en: `Usage: kinerja diff <old-policy> <new-policy> --input <cohort> [--outputs a,b] [--format text|json] [--select path] [--columns mapping.json]
  Every employee whose outputs change (from → to) and a summary table.
${EXIT.en} (1: some plans failed)`,
  },
  calibrate: {
    id: `Pemakaian: kinerja calibrate --input <hasil> --org-predikat ISTIMEWA|BAIK|BUTUH_PERBAIKAN|KURANG|SANGAT_KURANG
  [--chart sebaran.svg] [--format text|json] [--lang id|en]
  Masukan: hasil 'kinerja score --format json|ndjson' atau rekaman {id|nip, predikat, skor?, ratingHasilKerja?, ratingPerilaku?} (JSON, NDJSON, CSV).
${EXIT.id} (1: sebaran tidak sesuai)`,
    en: `Usage: kinerja calibrate --input <results> --org-predikat ISTIMEWA|BAIK|BUTUH_PERBAIKAN|KURANG|SANGAT_KURANG
  [--chart distribution.svg] [--format text|json] [--lang id|en]
  Input: the output of 'kinerja score --format json|ndjson', or records {id|nip, predikat, skor?, ratingHasilKerja?, ratingPerilaku?} (JSON, NDJSON, CSV).
${EXIT.en} (1: the distribution does not comply)`,
  },
  test: {
    id: `Pemakaian: kinerja test <kebijakan|preset> [--runs N] [--seed S] [--format text|json] [--lang id|en]
  Menjalankan kasus emas ('cases') dan hukum properti (@kinerja/testing).
${EXIT.id} (1: ada kasus atau hukum yang gagal)`,
    en: `Usage: kinerja test <policy|preset> [--runs N] [--seed S] [--format text|json] [--lang id|en]
  Runs the golden cases ('cases') and the property laws (@kinerja/testing).
${EXIT.en} (1: a case or a law failed)`,
  },
  schema: {
    id: `Pemakaian: kinerja schema [--output policy.schema.json]
  JSON Schema dokumen kebijakan, untuk pelengkapan otomatis editor lewat "$schema".
${EXIT.id}`,
    en: `Usage: kinerja schema [--output policy.schema.json]
  The JSON Schema of policy documents, for editor autocompletion through "$schema".
${EXIT.en}`,
  },
  init: {
    id: `Pemakaian: kinerja init <preset> [--id id-kebijakan] [--output berkas.json|berkas.yaml] [--force]
  Membuat kebijakan instansi dari preset (dengan "$schema" dan kasus emasnya).
${EXIT.id}`,
    en: `Usage: kinerja init <preset> [--id policy-id] [--output file.json|file.yaml] [--force]
  Scaffolds an agency policy from a preset (with "$schema" and its golden cases).
${EXIT.en}`,
  },
};

/** Writes the command's usage and returns 0 when `--help` was given; undefined otherwise. */
export function helpOr(command: string, args: ParsedArgs, io: CliIo): ExitCode | undefined {
  if (args.values["help"] !== true) return undefined;
  io.stdout.write(`${localize(HELP[command] ?? (HELP["overview"] as LocalizedText), args.lang)}\n`);
  return 0;
}

/**
 * `kinerja calibrate --input <results> --org-predikat <P>`: checks a unit's predikat distribution
 * against SE MenPANRB 3/2023 (through `calibrateUnit` of `@kinerja/presets`) and proposes the
 * fewest predikat changes, chosen by evidence; writes the distribution chart as SVG. Exit 0 when
 * the distribution complies, 1 when it needs calibration or cannot comply, 2 for unusable input.
 * @module
 */
import { writeFileSync } from "node:fs";
import { distributionStats, distributionSvg, isKinerjaError, localize, type CalibrationProposal, type CohortMember, type FieldType, type Lang, type RatingEkspektasi } from "@kinerja/core";
import { calibrateUnit, distributionConstraints, PREDIKAT_LABELS, type PredikatOrganisasi } from "@kinerja/presets";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, parseCommandArgs, requiredOption, stringOption } from "../internal/args.js";
import { INPUT_OPTIONS, readOptions } from "../internal/batch-options.js";
import { CliError } from "../internal/cli-error.js";
import { resolveFile } from "../internal/files.js";
import { helpOr } from "../internal/help.js";
import { pathText } from "../internal/issue-report.js";
import { Output } from "../internal/output.js";
import { readRecords, type InputRecord } from "../internal/records.js";
import { fill, formatCount, say } from "../internal/text.js";
import { table } from "./score.js";

const ORG: readonly PredikatOrganisasi[] = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];
const RATINGS: string[] = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"];
/** How CSV cells of a results sheet are read. */
const CALIBRATE_INPUTS: Readonly<Record<string, FieldType>> = {
  skor: { type: "number" },
  predikat: { type: "enum", values: Object.keys(PREDIKAT_LABELS) },
  ratingHasilKerja: { type: "enum", values: RATINGS },
  ratingPerilaku: { type: "enum", values: RATINGS },
};

/** Runs `kinerja calibrate`. */
export async function calibrateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const spec = { ...INPUT_OPTIONS, "org-predikat": { type: "string" }, chart: { type: "string" }, format: { type: "string", short: "f" }, unit: { type: "string" } } as const;
  const args = parseCommandArgs(argv, spec, { min: 0, max: 0, names: "--input <hasil> --org-predikat <P>" });
  const help = helpOr("calibrate", args, io);
  if (help !== undefined) return help;
  const lang = args.lang;
  const org = choiceOption(args, "org-predikat", ORG, "BAIK");
  requiredOption(args, "org-predikat");
  const format = choiceOption(args, "format", ["text", "json"] as const, "text");
  const source = await readRecords(io, requiredOption(args, "input"), readOptions(args, io, CALIBRATE_INPUTS));
  const members: CohortMember[] = [];
  for await (const record of source.records) {
    const r = record.record as Record<string, unknown> | undefined;
    if (r && r["ok"] === false) {
      io.stderr.write(`kinerja: ${say(lang, { id: "{where} dilewati: rekaman ini gagal dinilai", en: "{where} skipped: this record failed to score" }, { where: localize(record.where, lang) })}\n`);
      continue;
    }
    members.push(memberOf(record));
  }
  if (members.length === 0) throw new CliError("INPUT_INVALID", { id: "Masukan tidak memuat satu pegawai pun", en: "The input holds no employee" });
  const proposal = guarded(() => calibrateUnit({ predikatOrganisasi: org, members }));
  const unit = stringOption(args, "unit");
  const stats = guarded(() => distributionStats(members, distributionConstraints(org, members.length), unit === undefined ? {} : { unit }));
  const chart = stringOption(args, "chart") ?? "sebaran-predikat.svg";
  writeFileSync(resolveFile(io, chart), distributionSvg(stats, { lang }));
  const out = new Output(io.stdout);
  if (format === "json") out.line(JSON.stringify({ predikatOrganisasi: org, chart, ...proposal }, null, 2));
  else render(out, proposal, org, chart, lang);
  await out.flush();
  return proposal.status === "SESUAI" ? 0 : 1;
}

/** A cohort member from a record: a `kinerja score` envelope (`outputs.predikat`, …) or a plain record. */
function memberOf(record: InputRecord): CohortMember {
  if (record.error) throw new CliError("INPUT_INVALID", fill({ id: "{where}: {m}", en: "{where}: {m}" }, { where: localize(record.where, "id"), m: record.error.id }));
  const r = (record.record ?? {}) as Record<string, unknown>;
  const outputs = (r["outputs"] !== null && typeof r["outputs"] === "object" ? r["outputs"] : r) as Record<string, unknown>;
  const id = record.id ?? String(record.index + 1);
  const skor = numberOf(outputs["capaianHasilKerja"] ?? outputs["skor"] ?? r["skor"]);
  const hasil = rating(outputs["ratingHasilKerjaFinal"] ?? outputs["ratingHasilKerja"] ?? r["ratingHasilKerja"]);
  const perilaku = rating(outputs["ratingPerilaku"] ?? r["ratingPerilaku"]);
  const unit = typeof r["unitKerja"] === "string" ? r["unitKerja"] : undefined;
  return {
    id,
    predikat: String(outputs["predikat"] ?? r["predikat"] ?? ""),
    ...(skor === undefined ? {} : { skor }),
    ...(hasil ? { ratingHasilKerja: hasil } : {}),
    ...(perilaku ? { ratingPerilaku: perilaku } : {}),
    ...(unit ? { unit } : {}),
  };
}

function render(out: Output, p: CalibrationProposal, org: string, chart: string, lang: Lang): void {
  const t = (id: string, en: string, params: Record<string, unknown> = {}): string => say(lang, { id, en }, params);
  out.line(t("Predikat organisasi: {org} · jumlah pegawai: {n}", "Organisation predikat: {org} · headcount: {n}", { org, n: formatCount(p.headcount, lang) }));
  out.line("");
  const rows = p.before.counts.map((c) => [localize(PREDIKAT_LABELS[c.category] ?? { id: c.category, en: c.category }, lang), String(c.count), `${formatCount(Math.round(c.share * 1000) / 10, lang)}%`, String(p.after.counts.find((a) => a.category === c.category)?.count ?? c.count)]);
  for (const line of table([t("predikat", "predikat"), t("sekarang", "now"), t("porsi", "share"), t("usulan", "proposed")], rows)) out.line(line);
  out.line("");
  for (const v of p.before.violations) out.line(`${t("Pelanggaran", "Violation")}: ${localize(v.message, lang)}`);
  for (const r of p.before.feasibility.reasons) out.line(`${t("Tidak layak", "Infeasible")}: ${localize(r.message, lang)}`);
  if (p.changes.length > 0) {
    out.line("");
    out.line(t("Usulan perubahan (untuk ditinjau, tidak diterapkan):", "Proposed changes (to review, not applied):"));
    for (const c of p.changes) out.line(`  ${c.id}: ${c.from} → ${c.to}${c.flags.length > 0 ? ` [${c.flags.join(", ")}]` : ""} — ${localize(c.reason, lang)}`);
  }
  out.line("");
  out.line(localize(p.summary, lang));
  out.line(t("Grafik sebaran ditulis ke {chart}", "Distribution chart written to {chart}", { chart }));
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isKinerjaError(error)) throw error;
    throw new CliError("INPUT_INVALID", error.text, { cause: error, details: (lang) => error.issues.map((i) => `  - ${pathText(i.path)}: ${localize(i.message, lang)}`) });
  }
}

function rating(v: unknown): RatingEkspektasi | undefined {
  return typeof v === "string" && RATINGS.includes(v) ? (v as RatingEkspektasi) : undefined;
}

function numberOf(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

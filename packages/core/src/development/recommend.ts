/**
 * Development recommendations: each weakness (from `analyseStrengths`) is matched against the
 * entries of a development catalogue. An entry matches when every criterion it gives matches;
 * matches are ranked by `prioritas` (1 first, none last), then specificity (more criteria first),
 * then entry id, and the first `maks` are kept. Each recommendation says, in both languages,
 * which weakness it answers and which criteria matched.
 * @module
 */
import type { Issue } from "../errors.js";
import { DV, JENIS_TEXT, NILAI_DASAR_TEXT, RATING_TEXT } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { decAdd } from "../internal/decimal.js";
import { KRITERIA, validateCatalogue, type DevelopmentCatalogue, type EntriKatalog, type KriteriaEntri } from "./catalogue.js";
import { fillBoth, joinBoth, signedText } from "./format.js";
import { absent, checkDict, checkKnownKeys, checkList, checkOptionalText, checkPositiveInteger, fail, own, throwIfIssues } from "./input-checks.js";
import { checkWeakness } from "./strengths-checks.js";
import type { Finding } from "./strengths-types.js";
import { matchingKeywords, matchingValues } from "./text-match.js";

/** The employee, for the `unitKerja` and `jabatan` criteria (other fields, e.g. of a plan's `pegawai`, are ignored). */
export interface PegawaiProfil {
  readonly unitKerja?: string;
  readonly jabatan?: string;
}

/** Input of {@link recommendDevelopment}. */
export interface RecommendInput {
  /** A catalogue document; validated with `validateCatalogue`. */
  readonly catalogue: DevelopmentCatalogue;
  /** The weaknesses to answer, e.g. `analyseStrengths(…).kelemahan`. */
  readonly weaknesses: readonly Finding[];
  readonly pegawai?: PegawaiProfil;
  /** Most entries recommended per weakness; whole number ≥ 1, default 3. */
  readonly maks?: number;
}

/** A criterion that matched, with the values that made it match. */
export interface CriterionMatch {
  readonly kriteria: keyof KriteriaEntri;
  readonly cocok: readonly string[];
}

/** One catalogue entry recommended for one weakness. */
export interface Recommendation {
  readonly kelemahan: Finding;
  readonly entri: EntriKatalog;
  /** 1 for the best match of this weakness. */
  readonly peringkat: number;
  readonly kriteria: readonly CriterionMatch[];
  readonly alasan: LocalizedText;
}

/** Output of {@link recommendDevelopment}. */
export interface DevelopmentRecommendations {
  readonly katalog: { readonly id: string; readonly version: string };
  /** By weakness (in the given order), then by rank. */
  readonly rekomendasi: readonly Recommendation[];
  /** The weaknesses no entry matches. */
  readonly tanpaPadanan: readonly Finding[];
  /** The distinct entries recommended, in order of first recommendation. */
  readonly entri: readonly EntriKatalog[];
  /** Total JP of {@link DevelopmentRecommendations.entri} (decimal-exact). */
  readonly totalJp: number;
}

const INPUT_KEYS = ["catalogue", "weaknesses", "pegawai", "maks"];

/**
 * Maps each weakness to the matching catalogue entries. Throws `KinerjaError` `INPUT_INVALID`
 * listing every problem (catalogue issues keep their own code, under the path `catalogue`).
 *
 * @example
 * ```ts
 * const { kelemahan } = analyseStrengths({ indikator });
 * const plan = recommendDevelopment({ catalogue, weaknesses: kelemahan, pegawai: { unitKerja: "Dinas Kesehatan" } });
 * plan.rekomendasi[0]?.alasan.id;
 * ```
 */
export function recommendDevelopment(input: RecommendInput): DevelopmentRecommendations {
  const issues: Issue[] = [];
  const record = checkDict(input, [], issues);
  if (!record) fail(issues);
  checkKnownKeys(record, INPUT_KEYS, [], issues);
  const checked = validateCatalogue(own(record, "catalogue"));
  issues.push(...checked.issues.map((i) => ({ ...i, path: ["catalogue", ...i.path] })));
  const list = checkList(own(record, "weaknesses"), ["weaknesses"], issues) ?? [];
  const weaknesses = list.map((w, i) => checkWeakness(w, ["weaknesses", i], issues));
  const rawPegawai = own(record, "pegawai");
  const pegawai = absent(rawPegawai) ? {} : (checkDict(rawPegawai, ["pegawai"], issues) ?? {});
  const unitKerja = checkOptionalText(own(pegawai, "unitKerja"), ["pegawai", "unitKerja"], issues);
  const jabatan = checkOptionalText(own(pegawai, "jabatan"), ["pegawai", "jabatan"], issues);
  const rawMaks = own(record, "maks");
  const maks = absent(rawMaks) ? 3 : (checkPositiveInteger(rawMaks, ["maks"], issues) ?? 3);
  throwIfIssues(issues);
  if (!checked.ok) fail(issues);
  const profile = { ...(unitKerja === undefined ? {} : { unitKerja }), ...(jabatan === undefined ? {} : { jabatan }) };
  return recommend(checked.catalogue, weaknesses as Finding[], profile, maks);
}

function recommend(catalogue: DevelopmentCatalogue, weaknesses: readonly Finding[], pegawai: PegawaiProfil, maks: number): DevelopmentRecommendations {
  const rekomendasi: Recommendation[] = [];
  const tanpaPadanan: Finding[] = [];
  const entri: EntriKatalog[] = [];
  for (const w of weaknesses) {
    const found = catalogue.entries
      .map((e) => ({ entri: e, kriteria: matchEntry(e.untuk, w, pegawai) }))
      .filter((m): m is { entri: EntriKatalog; kriteria: CriterionMatch[] } => m.kriteria !== null)
      .sort((a, b) => compareEntries(a.entri, b.entri))
      .slice(0, maks);
    if (found.length === 0) tanpaPadanan.push(w);
    found.forEach((m, i) => {
      rekomendasi.push({ kelemahan: w, entri: m.entri, peringkat: i + 1, kriteria: m.kriteria, alasan: reason(m.entri, w, m.kriteria) });
      if (!entri.includes(m.entri)) entri.push(m.entri);
    });
  }
  const totalJp = entri.reduce((sum, e) => decAdd(sum, e.jp), 0);
  return { katalog: { id: catalogue.id, version: catalogue.version }, rekomendasi, tanpaPadanan, entri, totalJp };
}

/** The matched criteria of an entry, or `null` when any criterion it gives does not match. */
function matchEntry(untuk: KriteriaEntri, w: Finding, pegawai: PegawaiProfil): CriterionMatch[] | null {
  const matched: CriterionMatch[] = [];
  for (const kriteria of KRITERIA) {
    const values = untuk[kriteria];
    if (values === undefined) continue;
    const cocok = matchCriterion(kriteria, values, w, pegawai);
    if (cocok.length === 0) return null;
    matched.push({ kriteria, cocok });
  }
  return matched;
}

function matchCriterion(kriteria: keyof KriteriaEntri, values: readonly string[], w: Finding, pegawai: PegawaiProfil): string[] {
  switch (kriteria) {
    case "sumber":
      return values.includes(w.sumber) ? [w.sumber] : [];
    case "nilaiDasar":
      return w.sumber === "PERILAKU" && values.includes(w.nilaiDasar) ? [w.nilaiDasar] : [];
    case "aspek":
      return w.sumber === "INDIKATOR" && w.aspek !== undefined ? matchingValues([w.aspek], values) : [];
    case "kataKunci":
      return matchingKeywords(weaknessText(w), values);
    case "tags":
      return w.sumber === "INDIKATOR" ? matchingValues(w.tags, values) : [];
    case "unitKerja":
      return pegawai.unitKerja === undefined ? [] : matchingKeywords(pegawai.unitKerja, values);
    case "jabatan":
      return pegawai.jabatan === undefined ? [] : matchingKeywords(pegawai.jabatan, values);
  }
}

/** The text keywords are looked for in: the indicator text, or a value's names and its note. */
function weaknessText(w: Finding): string {
  if (w.sumber === "INDIKATOR") return w.iki;
  const name = NILAI_DASAR_TEXT[w.nilaiDasar];
  return [w.nilaiDasar, name.id, name.en, w.catatan ?? ""].join(" \n ");
}

function compareEntries(a: EntriKatalog, b: EntriKatalog): number {
  const pa = a.prioritas ?? Infinity;
  const pb = b.prioritas ?? Infinity;
  if (pa !== pb) return pa < pb ? -1 : 1;
  const sa = specificity(a.untuk);
  const sb = specificity(b.untuk);
  if (sa !== sb) return sb - sa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function specificity(untuk: KriteriaEntri): number {
  return KRITERIA.filter((k) => untuk[k] !== undefined).length;
}

function reason(entry: EntriKatalog, w: Finding, matched: readonly CriterionMatch[]): LocalizedText {
  const weakness =
    w.sumber === "INDIKATOR"
      ? fillBoth(DV.weaknessIndicator, { label: w.iki, gap: signedText(w.gap) })
      : fillBoth(DV.weaknessBehaviour, { value: NILAI_DASAR_TEXT[w.nilaiDasar], rating: RATING_TEXT[w.rating] });
  const criteria = joinBoth(matched.map(criterionText), DV.and);
  return fillBoth(DV.reason, { judul: entry.judul, jenis: JENIS_TEXT[entry.jenis], jp: entry.jp, weakness, criteria });
}

const CRITERION_TEXT: Readonly<Record<keyof KriteriaEntri, LocalizedText>> = {
  sumber: DV.criterionSumber,
  nilaiDasar: DV.criterionNilaiDasar,
  aspek: DV.criterionAspek,
  kataKunci: DV.criterionKataKunci,
  tags: DV.criterionTags,
  unitKerja: DV.criterionUnitKerja,
  jabatan: DV.criterionJabatan,
};

function criterionText(m: CriterionMatch): LocalizedText {
  const values =
    m.kriteria === "nilaiDasar"
      ? m.cocok.map((v) => NILAI_DASAR_TEXT[v as keyof typeof NILAI_DASAR_TEXT])
      : m.kriteria === "sumber"
        ? m.cocok
        : m.cocok.map((v) => `'${v}'`);
  return fillBoth(CRITERION_TEXT[m.kriteria], { values });
}

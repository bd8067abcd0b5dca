/**
 * Strengths and weaknesses: which indicators (IKI) and BerAKHLAK core values lie furthest above
 * and below expectation. An indicator's gap is `capaian − ekspektasi` (decimal-exact, percentage
 * points); it is a strength at `gap ≥ batas.kekuatan` and a weakness at `gap ≤ −batas.kelemahan`.
 * A core value is a strength when rated DI_ATAS_EKSPEKTASI and a weakness when DI_BAWAH_EKSPEKTASI.
 * The ranking is a total order on everything a finding shows, so it never depends on input order.
 * @module
 */
import type { Issue } from "../errors.js";
import { DV, NILAI_DASAR_TEXT } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import { decSub } from "../internal/decimal.js";
import { fillBoth, signedText } from "./format.js";
import { absent, checkDict, checkKnownKeys, checkList, fail, own, throwIfIssues } from "./input-checks.js";
import { checkBehaviour, checkIndicator, checkSettings, checkUniqueIds, checkUniqueValues, type Settings } from "./strengths-checks.js";
import {
  NILAI_DASAR,
  type BehaviourFinding,
  type IndicatorFinding,
  type IndikatorCapaian,
  type KategoriTemuan,
  type PerilakuRating,
  type StrengthsInput,
  type StrengthsResult,
} from "./strengths-types.js";
import { compareAscending } from "../internal/order.js";

const INPUT_KEYS = ["indikator", "perilaku", "batas", "jumlah"];

/**
 * Ranks the indicators and BerAKHLAK values furthest above (strengths) and below (weaknesses)
 * expectation and keeps the top `jumlah` (default 3) of each source per side. Every finding
 * carries the numbers that put it there and a bilingual sentence. Throws `KinerjaError`
 * `INPUT_INVALID` listing every problem with its path.
 *
 * @example
 * ```ts
 * const { kelemahan } = analyseStrengths({
 *   indikator: [{ iki: "Persentase layanan kesehatan berbasis teknologi informasi", capaian: 62.5, bobot: 40 }],
 * });
 * kelemahan[0]?.message.id; // "IKI 'Persentase layanan …' tercapai 62,5% dari ekspektasi 100% (selisih −37,5 poin)"
 * ```
 */
export function analyseStrengths(input: StrengthsInput): StrengthsResult {
  const issues: Issue[] = [];
  const record = checkDict(input, [], issues);
  if (!record) fail(issues);
  checkKnownKeys(record, INPUT_KEYS, [], issues);
  const list = checkList(own(record, "indikator"), ["indikator"], issues) ?? [];
  const indicatorAt = (i: number) => (field: string | null) => (field === null ? ["indikator", i] : ["indikator", i, field]);
  const indicators = list.map((item, i) => checkIndicator(item, indicatorAt(i), issues));
  checkUniqueIds(list, indicatorAt, issues);
  const rawPerilaku = own(record, "perilaku");
  const perilaku = absent(rawPerilaku) ? [] : (checkList(rawPerilaku, ["perilaku"], issues) ?? []);
  const behaviourAt = (i: number) => (field: string | null) => (field === null ? ["perilaku", i] : ["perilaku", i, field]);
  const behaviours = perilaku.map((item, i) => checkBehaviour(item, behaviourAt(i), issues));
  checkUniqueValues(perilaku, behaviourAt, issues);
  const settings = checkSettings(own(record, "batas"), own(record, "jumlah"), [], issues);
  throwIfIssues(issues);
  return rankFindings(indicators as IndikatorCapaian[], behaviours as PerilakuRating[], settings);
}

/** Ranks already validated data (no checks); shared with `strengthsFromScore`. */
export function rankFindings(indicators: readonly IndikatorCapaian[], behaviours: readonly PerilakuRating[], settings: Settings): StrengthsResult {
  const { batas, jumlah } = settings;
  const all = indicators.map((item) => indicatorFinding(item, batas)).sort((a, b) => compareIndicators(a, b, "desc"));
  const strong = all.filter((f) => f.kategori === "KEKUATAN");
  const weak = all.filter((f) => f.kategori === "KELEMAHAN").sort((a, b) => compareIndicators(a, b, "asc"));
  const values = behaviours.map(behaviourFinding).sort((a, b) => NILAI_DASAR.indexOf(a.nilaiDasar) - NILAI_DASAR.indexOf(b.nilaiDasar));
  const strongValues = values.filter((f) => f.kategori === "KEKUATAN");
  const weakValues = values.filter((f) => f.kategori === "KELEMAHAN");
  return {
    kekuatan: [...strong.slice(0, jumlah), ...strongValues.slice(0, jumlah)],
    kelemahan: [...weak.slice(0, jumlah), ...weakValues.slice(0, jumlah)],
    indikator: all,
    perilaku: values,
    ditemukan: { kekuatan: strong.length + strongValues.length, kelemahan: weak.length + weakValues.length },
    batas: { ...batas },
    jumlah,
  };
}

function indicatorFinding(item: IndikatorCapaian, batas: Settings["batas"]): IndicatorFinding {
  const capaian = item.capaian + 0;
  const ekspektasi = (item.ekspektasi ?? 100) + 0;
  const gap = decSub(capaian, ekspektasi);
  const kategori: KategoriTemuan = gap >= batas.kekuatan ? "KEKUATAN" : gap <= -batas.kelemahan ? "KELEMAHAN" : "SESUAI";
  return {
    sumber: "INDIKATOR",
    kategori,
    ...(item.id === undefined ? {} : { id: item.id }),
    iki: item.iki,
    ...(item.rhk === undefined ? {} : { rhk: item.rhk }),
    ...(item.aspek === undefined ? {} : { aspek: item.aspek }),
    tags: [...(item.tags ?? [])],
    capaian,
    ekspektasi,
    gap,
    ...(item.bobot === undefined ? {} : { bobot: item.bobot + 0 }),
    message: fillBoth(DV.indicatorSentence, { label: item.iki, capaian, ekspektasi, gap: signedText(gap) }),
  };
}

function behaviourFinding(item: PerilakuRating): BehaviourFinding {
  const kategori: KategoriTemuan = item.rating === "DI_ATAS_EKSPEKTASI" ? "KEKUATAN" : item.rating === "DI_BAWAH_EKSPEKTASI" ? "KELEMAHAN" : "SESUAI";
  const template = kategori === "KEKUATAN" ? DV.behaviourAbove : kategori === "KELEMAHAN" ? DV.behaviourBelow : DV.behaviourAsExpected;
  const sentence: LocalizedText = fillBoth(template, { value: NILAI_DASAR_TEXT[item.nilaiDasar] });
  return {
    sumber: "PERILAKU",
    kategori,
    nilaiDasar: item.nilaiDasar,
    rating: item.rating,
    ...(item.catatan === undefined ? {} : { catatan: item.catatan }),
    message: item.catatan === undefined ? sentence : fillBoth(DV.withNote, { sentence, note: item.catatan }),
  };
}

/**
 * The ranking order: gap (largest first for `desc`, most negative first for `asc`), then weight
 * (heavier first; no weight after weight 0), then the indicator text, id, RHK, aspect, achievement,
 * expectation and tags — code-unit order, independent of locale.
 */
function compareIndicators(a: IndicatorFinding, b: IndicatorFinding, gapOrder: "asc" | "desc"): number {
  const byGap = compareAscending(a.gap, b.gap);
  if (byGap !== 0) return gapOrder === "asc" ? byGap : -byGap;
  return (
    -compareAscending(a.bobot ?? -1, b.bobot ?? -1) ||
    compareAscending(a.iki, b.iki) ||
    compareAscending(a.id ?? "", b.id ?? "") ||
    compareAscending(a.rhk ?? "", b.rhk ?? "") ||
    compareAscending(a.aspek ?? "", b.aspek ?? "") ||
    compareAscending(a.capaian, b.capaian) ||
    compareAscending(a.ekspektasi, b.ekspektasi) ||
    compareLists(a.tags, b.tags)
  );
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareAscending(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

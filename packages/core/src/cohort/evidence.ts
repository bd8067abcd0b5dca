/**
 * The evidence behind a member's predikat, the order in which members of one category are chosen
 * to move, and the flags of a move. Category indexes count from 0 = best.
 *
 * Evidence order within a category, strongest first (promotions take from the front, demotions
 * from the back):
 * 1. the kuadran direction: members whose own ratings only allow better categories than the
 *    current one come first, members whose ratings allow the current one (or give no evidence)
 *    next, members whose ratings only allow worse categories last;
 * 2. `skor`, higher first; members without a skor after every member with one;
 * 3. `ratingHasilKerja`, then `ratingPerilaku` (Di Atas > Sesuai > Di Bawah > none);
 * 4. `id`, in code-unit order (the smaller id counts as stronger).
 *
 * The flags of a change, and what each one means in both languages, are listed here too.
 * @module
 */
import { fillBoth } from "../development/format.js";
import { RATING_EKSPEKTASI, type RatingEkspektasi } from "../development/strengths-types.js";
import { CM, FLAG_TEXT, RATING_TEXT } from "../i18n/cohort-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import type { CountModel } from "./count-model.js";
import type { CalibrationFlag, ChangeEvidence, CohortMember, KuadranTable } from "./types.js";

/** Every calibration flag, in report order. */
export const CALIBRATION_FLAGS: readonly CalibrationFlag[] = Object.freeze([
  "BERTENTANGAN_DENGAN_BUKTI",
  "DI_LUAR_KUADRAN",
  "LEBIH_DARI_SATU_TINGKAT",
  "TANPA_SKOR",
  "SERI_DIPUTUS_ID",
] as const);

/**
 * What each flag means:
 * - `BERTENTANGAN_DENGAN_BUKTI` — the new predikat is beyond what the member's own ratings allow
 *   in the direction of the move (a demotion below the worst category the kuadran gives for the
 *   given ratings, or a promotion above the best);
 * - `DI_LUAR_KUADRAN` — the move is not against the ratings' direction, but no combination of the
 *   given ratings yields the new predikat, so a rating must be reviewed too;
 * - `LEBIH_DARI_SATU_TINGKAT` — the move skips a category;
 * - `TANPA_SKOR` — the member has no skor, so ranks after every scored member of the same class;
 * - `SERI_DIPUTUS_ID` — another member of the same category has identical evidence but is not
 *   moved the same way; the id order decided.
 */
export const CALIBRATION_FLAG_TEXT: Readonly<Record<CalibrationFlag, LocalizedText>> = Object.freeze({ ...FLAG_TEXT });

/** A member with its evidence, read once. */
export interface EvidenceView {
  readonly member: CohortMember;
  /** Current category index. */
  readonly category: number;
  readonly skor: number | undefined;
  readonly hasil: RatingEkspektasi | undefined;
  readonly perilaku: RatingEkspektasi | undefined;
  /** Category indexes the given ratings allow in the kuadran table (ascending), when known. */
  readonly allowed: readonly number[] | undefined;
  /** The category both ratings give, when known. */
  readonly kuadran: number | undefined;
  /** 0: the ratings point to a better category; 1: to this one or unknown; 2: to a worse one. */
  readonly direction: 0 | 1 | 2;
}

/** Reads a validated member's evidence. */
export function evidenceOf(member: CohortMember, model: CountModel, table: KuadranTable | undefined): EvidenceView {
  const category = model.index.get(member.predikat) as number;
  const skor = typeof member.skor === "number" ? member.skor : undefined;
  const hasil = member.ratingHasilKerja ?? undefined;
  const perilaku = member.ratingPerilaku ?? undefined;
  const allowed = table && (hasil || perilaku) ? allowedBy(table, model, hasil, perilaku) : undefined;
  const kuadran = table && hasil && perilaku ? model.index.get(table[hasil][perilaku]) : undefined;
  const direction = !allowed ? 1 : (allowed[allowed.length - 1] as number) < category ? 0 : (allowed[0] as number) > category ? 2 : 1;
  return { member, category, skor, hasil, perilaku, allowed, kuadran, direction };
}

/** Strongest evidence first (see the module documentation). */
export function compareEvidence(a: EvidenceView, b: EvidenceView): number {
  const byEvidence = compareWithoutId(a, b);
  if (byEvidence !== 0) return byEvidence;
  return a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0;
}

/** True when only the id tells the two members apart in the evidence order. */
export function sameEvidence(a: EvidenceView, b: EvidenceView): boolean {
  return compareWithoutId(a, b) === 0;
}

/** The flags of moving the member to category index `to` (all but `SERI_DIPUTUS_ID`). */
export function flagsOf(view: EvidenceView, to: number): CalibrationFlag[] {
  const flags: CalibrationFlag[] = [];
  const from = view.category;
  const allowed = view.allowed;
  if (allowed) {
    const against = (to > from && to > (allowed[allowed.length - 1] as number)) || (to < from && to < (allowed[0] as number));
    if (against) flags.push("BERTENTANGAN_DENGAN_BUKTI");
    else if (!allowed.includes(to)) flags.push("DI_LUAR_KUADRAN");
  }
  if (Math.abs(to - from) > 1) flags.push("LEBIH_DARI_SATU_TINGKAT");
  if (view.skor === undefined) flags.push("TANPA_SKOR");
  return flags;
}

/** The evidence record of a change. */
export function changeEvidence(view: EvidenceView, model: CountModel, position: number, of: number): ChangeEvidence {
  return {
    ...(view.skor !== undefined ? { skor: view.skor } : {}),
    ...(view.hasil ? { ratingHasilKerja: view.hasil } : {}),
    ...(view.perilaku ? { ratingPerilaku: view.perilaku } : {}),
    ...(view.kuadran !== undefined ? { kuadran: model.categories[view.kuadran] as string } : {}),
    ...(view.allowed ? { kuadranRange: view.allowed.map((i) => model.categories[i] as string) } : {}),
    position,
    of,
  };
}

/** The evidence in words: "skor 78,5; rating hasil kerja Sesuai Ekspektasi, perilaku …; kuadran Baik". */
export function evidenceText(view: EvidenceView, model: CountModel): LocalizedText {
  const parts: LocalizedText[] = [view.skor !== undefined ? fillBoth(CM.evidenceSkor, { skor: view.skor }) : CM.evidenceNoSkor];
  if (view.hasil || view.perilaku) {
    const text = (r: RatingEkspektasi | undefined): LocalizedText => (r ? RATING_TEXT[r] : CM.ratingMissing);
    parts.push(fillBoth(CM.evidenceRatings, { hasil: text(view.hasil), perilaku: text(view.perilaku) }));
  }
  if (view.kuadran !== undefined) parts.push(fillBoth(CM.evidenceKuadran, { kuadran: model.labels[view.kuadran] as LocalizedText }));
  else if (view.allowed) parts.push(fillBoth(CM.evidenceRange, { range: view.allowed.map((i) => model.labels[i] as LocalizedText) }));
  return { id: parts.map((p) => p.id).join("; "), en: parts.map((p) => p.en).join("; ") };
}

function compareWithoutId(a: EvidenceView, b: EvidenceView): number {
  if (a.direction !== b.direction) return a.direction - b.direction;
  if (a.skor !== b.skor) {
    if (a.skor === undefined) return 1;
    if (b.skor === undefined) return -1;
    return b.skor - a.skor;
  }
  const hasil = ratingValue(b.hasil) - ratingValue(a.hasil);
  return hasil !== 0 ? hasil : ratingValue(b.perilaku) - ratingValue(a.perilaku);
}

/** Di Atas 2, Sesuai 1, Di Bawah 0, none −1. */
function ratingValue(rating: RatingEkspektasi | undefined): number {
  return rating === undefined ? -1 : RATING_EKSPEKTASI.length - 1 - RATING_EKSPEKTASI.indexOf(rating);
}

function allowedBy(table: KuadranTable, model: CountModel, hasil: RatingEkspektasi | undefined, perilaku: RatingEkspektasi | undefined): number[] {
  const found = new Set<number>();
  for (const h of hasil ? [hasil] : RATING_EKSPEKTASI) {
    for (const p of perilaku ? [perilaku] : RATING_EKSPEKTASI) found.add(model.index.get(table[h][p]) as number);
  }
  return [...found].sort((x, y) => x - y);
}

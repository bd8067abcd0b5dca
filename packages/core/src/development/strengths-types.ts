/**
 * Data shapes of the strengths-and-weaknesses analysis: the BerAKHLAK core values and expectation
 * ratings (REFERENCE.md §1.3–1.4), the analysis input and the findings it returns.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";

/** The seven BerAKHLAK core values (SE MenPANRB 20/2021), in their official order. */
export const NILAI_DASAR: readonly NilaiDasar[] = Object.freeze([
  "BERORIENTASI_PELAYANAN",
  "AKUNTABEL",
  "KOMPETEN",
  "HARMONIS",
  "LOYAL",
  "ADAPTIF",
  "KOLABORATIF",
] as const);

/** A BerAKHLAK core value. */
export type NilaiDasar = "BERORIENTASI_PELAYANAN" | "AKUNTABEL" | "KOMPETEN" | "HARMONIS" | "LOYAL" | "ADAPTIF" | "KOLABORATIF";

/** The three ratings of PermenPANRB 6/2022, best first. */
export const RATING_EKSPEKTASI: readonly RatingEkspektasi[] = Object.freeze(["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] as const);

/** A rating against expectation. */
export type RatingEkspektasi = "DI_ATAS_EKSPEKTASI" | "SESUAI_EKSPEKTASI" | "DI_BAWAH_EKSPEKTASI";

/** One indicator (IKI) and its achievement. */
export interface IndikatorCapaian {
  /** Your reference for the indicator (unique when given). */
  readonly id?: string;
  /** The indicator text; also its label in messages and the text catalogue keywords search. */
  readonly iki: string;
  /** Code of the RHK the indicator measures. */
  readonly rhk?: string;
  /** Aspect: KUANTITAS, KUALITAS, WAKTU, BIAYA (any text is accepted). */
  readonly aspek?: string;
  /** Achievement in percent (e.g. the `capaian` of the preset's `capaianIndikator`). */
  readonly capaian: number;
  /** The expected achievement in percent; default 100. */
  readonly ekspektasi?: number;
  /** The indicator's weight (≥ 0); breaks ties, heavier first. */
  readonly bobot?: number;
  /** Free tags a development catalogue can match. */
  readonly tags?: readonly string[];
}

/** One BerAKHLAK core value and its rating. */
export interface PerilakuRating {
  readonly nilaiDasar: NilaiDasar;
  readonly rating: RatingEkspektasi;
  /** Feedback or evidence; quoted in the finding's sentence. */
  readonly catatan?: string;
}

/** The thresholds, in percentage points of `capaian − ekspektasi`. */
export interface BatasTemuan {
  /** A gap ≥ this is a strength; > 0, default 10. */
  readonly kekuatan?: number;
  /** A gap ≤ −this is a weakness; > 0, default 10. */
  readonly kelemahan?: number;
}

/** Input of `analyseStrengths`. Extra fields of indicator and behaviour items are ignored. */
export interface StrengthsInput {
  readonly indikator: readonly IndikatorCapaian[];
  readonly perilaku?: readonly PerilakuRating[];
  readonly batas?: BatasTemuan;
  /** How many findings of each source to keep per side; whole number ≥ 1, default 3. */
  readonly jumlah?: number;
}

/** Where a finding comes from. */
export type SumberTemuan = "INDIKATOR" | "PERILAKU";

/** What a finding is: a strength, a weakness, or neither (within the thresholds). */
export type KategoriTemuan = "KEKUATAN" | "KELEMAHAN" | "SESUAI";

/** An indicator, with the numbers that put it where it is. */
export interface IndicatorFinding {
  readonly sumber: "INDIKATOR";
  readonly kategori: KategoriTemuan;
  readonly id?: string;
  readonly iki: string;
  readonly rhk?: string;
  readonly aspek?: string;
  readonly tags: readonly string[];
  readonly capaian: number;
  readonly ekspektasi: number;
  /** `capaian − ekspektasi`, decimal-exact, in percentage points. */
  readonly gap: number;
  readonly bobot?: number;
  /** E.g. "IKI '…' tercapai 62,5% dari ekspektasi 100% (selisih −37,5 poin)". */
  readonly message: LocalizedText;
}

/** A BerAKHLAK core value and its rating. */
export interface BehaviourFinding {
  readonly sumber: "PERILAKU";
  readonly kategori: KategoriTemuan;
  readonly nilaiDasar: NilaiDasar;
  readonly rating: RatingEkspektasi;
  readonly catatan?: string;
  readonly message: LocalizedText;
}

/** A strength, a weakness or a neutral item. */
export type Finding = IndicatorFinding | BehaviourFinding;

/** Output of `analyseStrengths`. */
export interface StrengthsResult {
  /** The top `jumlah` indicator strengths (largest gap first), then the top `jumlah` behaviour strengths. */
  readonly kekuatan: readonly Finding[];
  /** The top `jumlah` indicator weaknesses (most negative gap first), then the top `jumlah` behaviour weaknesses. */
  readonly kelemahan: readonly Finding[];
  /** Every indicator, ranked by gap (largest first). */
  readonly indikator: readonly IndicatorFinding[];
  /** Every rated behaviour value, in BerAKHLAK order. */
  readonly perilaku: readonly BehaviourFinding[];
  /** How many strengths and weaknesses there are before keeping the top `jumlah`. */
  readonly ditemukan: { readonly kekuatan: number; readonly kelemahan: number };
  /** The thresholds applied. */
  readonly batas: { readonly kekuatan: number; readonly kelemahan: number };
  /** The `jumlah` applied. */
  readonly jumlah: number;
}

/** Default thresholds: ±10 percentage points. */
export const DEFAULT_BATAS: { readonly kekuatan: number; readonly kelemahan: number } = Object.freeze({ kekuatan: 10, kelemahan: 10 });

/** Default number of findings kept per source and side. */
export const DEFAULT_JUMLAH: number = 3;

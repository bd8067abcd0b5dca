/**
 * Validation of the strengths-and-weaknesses input. Each checker reports every problem with the
 * path given by the caller (so `strengthsFromScore` can point into the score result or the plan)
 * and returns a clean copy: `null` optional fields dropped, tags copied. Also validates the
 * weaknesses given to `recommendDevelopment`: they normally come from `analyseStrengths`, but
 * hand-made ones need only the fields matching reads (`sumber`; `iki` and `gap`, plus optional
 * `aspek` and `tags`, for an indicator; `nilaiDasar` and `rating`, plus optional `catatan`, for a
 * BerAKHLAK value). A `kategori`, when given, must be `KELEMAHAN`, so strengths are not passed
 * by mistake.
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import { DV } from "../i18n/development-messages.js";
import type { LocalizedText } from "../i18n/text.js";
import {
  absent,
  checkDict,
  checkEnum,
  checkKnownKeys,
  checkNumber,
  checkOptionalText,
  checkPositiveInteger,
  checkText,
  checkTextList,
  isDict,
  own,
  pathText,
  pushIssue,
} from "./input-checks.js";
import { DEFAULT_BATAS, DEFAULT_JUMLAH, NILAI_DASAR, RATING_EKSPEKTASI, type Finding, type IndikatorCapaian, type PerilakuRating } from "./strengths-types.js";

/** Maps a field of an item (or `null` for the item itself) to where it came from. */
export type FieldPath = (field: string | null) => IssuePath;

/** The thresholds and count after validation and defaults. */
export interface Settings {
  readonly batas: { readonly kekuatan: number; readonly kelemahan: number };
  readonly jumlah: number;
}

/** Validates `batas` and `jumlah` (both optional) found under `at`. */
export function checkSettings(batas: unknown, jumlah: unknown, at: IssuePath, issues: Issue[]): Settings {
  let kekuatan = DEFAULT_BATAS.kekuatan;
  let kelemahan = DEFAULT_BATAS.kelemahan;
  if (!absent(batas)) {
    const record = checkDict(batas, [...at, "batas"], issues);
    if (record) {
      checkKnownKeys(record, ["kekuatan", "kelemahan"], [...at, "batas"], issues);
      const k = own(record, "kekuatan");
      const w = own(record, "kelemahan");
      if (!absent(k)) kekuatan = checkNumber(k, [...at, "batas", "kekuatan"], issues, "positive") ?? kekuatan;
      if (!absent(w)) kelemahan = checkNumber(w, [...at, "batas", "kelemahan"], issues, "positive") ?? kelemahan;
    }
  }
  const n = absent(jumlah) ? DEFAULT_JUMLAH : (checkPositiveInteger(jumlah, [...at, "jumlah"], issues) ?? DEFAULT_JUMLAH);
  return { batas: { kekuatan, kelemahan }, jumlah: n };
}

/** Validates one indicator; returns the clean copy when it is valid. */
export function checkIndicator(item: unknown, at: FieldPath, issues: Issue[]): IndikatorCapaian | undefined {
  const record = checkDict(item, at(null), issues);
  if (!record) return undefined;
  const before = issues.length;
  const id = checkOptionalText(own(record, "id"), at("id"), issues);
  const iki = checkText(own(record, "iki"), at("iki"), issues);
  const rhk = checkOptionalText(own(record, "rhk"), at("rhk"), issues);
  const aspek = checkOptionalText(own(record, "aspek"), at("aspek"), issues);
  const capaian = checkNumber(own(record, "capaian"), at("capaian"), issues);
  const rawEkspektasi = own(record, "ekspektasi");
  const ekspektasi = absent(rawEkspektasi) ? undefined : checkNumber(rawEkspektasi, at("ekspektasi"), issues);
  const rawBobot = own(record, "bobot");
  const bobot = absent(rawBobot) ? undefined : checkNumber(rawBobot, at("bobot"), issues, "nonNegative");
  const tags = checkTextList(own(record, "tags"), at("tags"), issues);
  if (issues.length > before || iki === undefined || capaian === undefined) return undefined;
  return {
    iki,
    capaian,
    tags: [...tags],
    ...(id === undefined ? {} : { id }),
    ...(rhk === undefined ? {} : { rhk }),
    ...(aspek === undefined ? {} : { aspek }),
    ...(ekspektasi === undefined ? {} : { ekspektasi }),
    ...(bobot === undefined ? {} : { bobot }),
  };
}

/** Validates one rated BerAKHLAK value; returns the clean copy when it is valid. */
export function checkBehaviour(item: unknown, at: FieldPath, issues: Issue[]): PerilakuRating | undefined {
  const record = checkDict(item, at(null), issues);
  if (!record) return undefined;
  const before = issues.length;
  const nilaiDasar = checkEnum(own(record, "nilaiDasar"), NILAI_DASAR, at("nilaiDasar"), issues);
  const rating = checkEnum(own(record, "rating"), RATING_EKSPEKTASI, at("rating"), issues);
  const catatan = checkOptionalText(own(record, "catatan"), at("catatan"), issues);
  if (issues.length > before || nilaiDasar === undefined || rating === undefined) return undefined;
  return { nilaiDasar, rating, ...(catatan === undefined ? {} : { catatan }) };
}

/** Reports every repeated indicator id (after the first) with the path of its first use; reads the raw items. */
export function checkUniqueIds(items: readonly unknown[], at: (index: number) => FieldPath, issues: Issue[]): void {
  repeated(items, "id", at, issues, DV.duplicateId);
}

/** Reports every BerAKHLAK value rated more than once; reads the raw items. */
export function checkUniqueValues(items: readonly unknown[], at: (index: number) => FieldPath, issues: Issue[]): void {
  repeated(items, "nilaiDasar", at, issues, DV.duplicateNilaiDasar);
}

function repeated(items: readonly unknown[], field: string, at: (index: number) => FieldPath, issues: Issue[], template: LocalizedText): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = isDict(item) ? own(item, field) : undefined;
    if (typeof value !== "string") return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else pushIssue(issues, at(i)(field), template, { value, first: pathText(at(first)(field)) });
  });
}

const SUMBER = ["INDIKATOR", "PERILAKU"] as const;

/** Validates one weakness; returns a copy with `tags` always present when it is valid. */
export function checkWeakness(value: unknown, path: IssuePath, issues: Issue[]): Finding | undefined {
  const record = checkDict(value, path, issues);
  if (!record) return undefined;
  const before = issues.length;
  const kategori = own(record, "kategori");
  if (!absent(kategori)) checkEnum(kategori, ["KELEMAHAN"], [...path, "kategori"], issues);
  const sumber = checkEnum(own(record, "sumber"), SUMBER, [...path, "sumber"], issues);
  if (sumber === "INDIKATOR") {
    const iki = checkText(own(record, "iki"), [...path, "iki"], issues);
    const gap = checkNumber(own(record, "gap"), [...path, "gap"], issues);
    checkOptionalText(own(record, "aspek"), [...path, "aspek"], issues);
    const tags = checkTextList(own(record, "tags"), [...path, "tags"], issues);
    if (issues.length > before || iki === undefined || gap === undefined) return undefined;
    return { ...(record as unknown as Finding), tags: [...tags] } as Finding;
  }
  if (sumber === "PERILAKU") {
    checkEnum(own(record, "nilaiDasar"), NILAI_DASAR, [...path, "nilaiDasar"], issues);
    checkEnum(own(record, "rating"), RATING_EKSPEKTASI, [...path, "rating"], issues);
    checkOptionalText(own(record, "catatan"), [...path, "catatan"], issues);
    if (issues.length > before) return undefined;
    return record as unknown as Finding;
  }
  return undefined;
}

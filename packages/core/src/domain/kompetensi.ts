/**
 * The yearly minimum of competency development (pengembangan kompetensi), in jam pelajaran (JP).
 * @module
 */
import { KinerjaError, issue, type Issue } from "../errors.js";
import { DM } from "../i18n/domain-messages.js";
import { fill, type LocalizedText } from "../i18n/text.js";
import { decSub, toPlainString } from "../internal/decimal.js";
import { show } from "../internal/describe-value.js";

/** The kind of civil servant (ASN): PNS or PPPK. */
export type JenisAsn = "PNS" | "PPPK";

/**
 * Minimum JP of competency development per year.
 *
 * - `PNS`: 20 — PP 11/2017 Pasal 203(4) as amended by PP 17/2020: "paling sedikit 20 (dua puluh)
 *   jam pelajaran dalam 1 (satu) tahun" [V].
 * - `PPPK`: 24 — the figure commonly cited for Peraturan LAN 15/2020 on PPPK competency
 *   development; inferred, not read in the regulation [I]. Pass `minimum` to override.
 */
export const JP_MINIMUM: Readonly<Record<JenisAsn, number>> = Object.freeze({ PNS: 20, PPPK: 24 });

/** Input of {@link checkJpMinimum}. */
export interface JpMinimumInput {
  /** JP completed in the year (finite, ≥ 0; fractions allowed). */
  readonly jamPelajaran: number;
  /** Default `"PNS"`. */
  readonly jenisAsn?: JenisAsn;
  /** Overrides {@link JP_MINIMUM} (e.g. an agency's higher target); finite, ≥ 0. */
  readonly minimum?: number;
}

/** Outcome of {@link checkJpMinimum}. */
export interface JpMinimumResult {
  readonly compliant: boolean;
  /** The minimum applied. */
  readonly minimum: number;
  /** JP still missing (decimal-exact), 0 when compliant. */
  readonly kekurangan: number;
  /** The verdict, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/**
 * Checks a year's competency-development hours against the minimum for the kind of ASN.
 * Throws `KinerjaError` `INPUT_INVALID` (with every issue and the path of the first) for a
 * negative, non-finite or non-number `jamPelajaran` / `minimum`, or an unknown `jenisAsn`.
 *
 * @example
 * ```ts
 * checkJpMinimum({ jamPelajaran: 18 }); // { compliant: false, minimum: 20, kekurangan: 2, message }
 * ```
 */
export function checkJpMinimum(input: JpMinimumInput): JpMinimumResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new KinerjaError("INPUT_INVALID", fill(DM.jpNotObject), { path: [] });
  }
  const issues: Issue[] = [];
  checkAmount(input.jamPelajaran, "jamPelajaran", issues);
  const jenisAsn: unknown = input.jenisAsn ?? "PNS";
  if (jenisAsn !== "PNS" && jenisAsn !== "PPPK") {
    issues.push(issue("INPUT_INVALID", ["jenisAsn"], fill(DM.jpJenisAsn, { actual: show(input.jenisAsn) })));
  }
  if (input.minimum !== undefined) checkAmount(input.minimum, "minimum", issues);
  const first = issues[0];
  if (first) throw new KinerjaError("INPUT_INVALID", fill(DM.jpInvalid, { count: issues.length }), { path: first.path, issues });

  const jenis = jenisAsn as JenisAsn;
  const minimum = input.minimum ?? JP_MINIMUM[jenis];
  const jp = input.jamPelajaran;
  const compliant = jp >= minimum;
  const kekurangan = compliant ? 0 : decSub(minimum, jp);
  return {
    compliant,
    minimum,
    kekurangan,
    message: compliant
      ? localizedNumbers(DM.jpCompliant, { jp, minimum }, jenis)
      : localizedNumbers(DM.jpShort, { jp, minimum, kekurangan }, jenis),
  };
}

function checkAmount(value: unknown, name: string, issues: Issue[]): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    issues.push(issue("INPUT_INVALID", [name], fill(DM.jpNotNumber, { name, actual: show(value) })));
  }
}


/** Fills a template with numbers written the Indonesian way (decimal comma) in `id`. */
function localizedNumbers(template: LocalizedText, numbers: Readonly<Record<string, number>>, jenis: JenisAsn): LocalizedText {
  const id: Record<string, string> = { jenis };
  const en: Record<string, string> = { jenis };
  for (const [key, n] of Object.entries(numbers)) {
    en[key] = toPlainString(n);
    id[key] = toPlainString(n).replace(".", ",");
  }
  return { id: fill(template, id).id, en: fill(template, en).en };
}

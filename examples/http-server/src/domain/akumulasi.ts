/**
 * How the periodic realisations of a stored indicator add up. A stored plan does not say whether an
 * indicator is a count (the months add up), a level (the latest month counts) or a rate (the
 * months average), so the service decides it the same way everywhere — for in-year progress and
 * for the annual input when no annual realisation was recorded:
 *
 * - `TURUN` and `RENTANG` indicators are levels (waiting minutes, recovery hours): `NILAI_TERAKHIR`;
 * - percentages (`satuan` `%`, `persen`, `persentase`) are rates: `RATA_RATA`;
 * - every other `NAIK` indicator is a count: `KUMULATIF` (core monitoring's default).
 * @module
 */
import { parsePeriodCode, roundDecimal, type Akumulasi, type Frekuensi, type StoredIndikator, type StoredRealisation } from "@kinerja/core";

/** A realisation of one period. */
export interface PeriodicValue {
  readonly periode: string;
  readonly nilai: number;
}

/** The periodic realisations of one indicator in one frequency, in period order. */
export interface PeriodicSeries {
  readonly frekuensi: Frekuensi;
  readonly values: readonly PeriodicValue[];
}

/** How the periodic realisations of `indikator` add up (see the module notes). */
export function akumulasiOf(indikator: Pick<StoredIndikator, "polaritas" | "satuan">): Akumulasi {
  if (indikator.polaritas !== "NAIK") return "NILAI_TERAKHIR";
  return PERCENT.test(indikator.satuan.trim()) ? "RATA_RATA" : "KUMULATIF";
}

/**
 * The monthly or quarterly realisations of one indicator in `tahun`, in period order. When both
 * frequencies were recorded, the monthly ones are used; `null` when there are none.
 */
export function periodicSeries(realisations: readonly StoredRealisation[], indikatorId: string, tahun: number): PeriodicSeries | null {
  const own = realisations.filter((r) => r.indikatorId === indikatorId && r.periode.startsWith(`${tahun}-`));
  for (const frekuensi of ["BULANAN", "TRIWULANAN"] as const) {
    const values = own.filter((r) => parsePeriodCode(r.periode)?.frekuensi === frekuensi).map((r) => ({ periode: r.periode, nilai: r.nilai }));
    if (values.length > 0) return { frekuensi, values: values.sort((a, b) => (a.periode < b.periode ? -1 : a.periode > b.periode ? 1 : 0)) };
  }
  return null;
}

/**
 * The realisation to date of periodic values (in period order): their sum (`KUMULATIF`), the
 * latest (`NILAI_TERAKHIR`) or their mean (`RATA_RATA`, 4 decimals HALF_UP); `null` for none.
 * Sums are rounded to 10 decimals so binary floating point leaves no trace (0.1 + 0.2 = 0.3).
 */
export function aggregate(values: readonly PeriodicValue[], akumulasi: Akumulasi): number | null {
  if (values.length === 0) return null;
  if (akumulasi === "NILAI_TERAKHIR") return (values[values.length - 1] as PeriodicValue).nilai;
  const sum = roundDecimal(values.reduce((a, v) => a + v.nilai, 0), 10, "HALF_EVEN");
  return akumulasi === "KUMULATIF" ? sum : roundDecimal(sum / values.length, 4, "HALF_UP");
}

const PERCENT = /^(%|persen|persentase|percent)$/i;

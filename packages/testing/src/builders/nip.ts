/**
 * Random valid civil-servant identifiers: the NIP of a PNS and the NI PPPK, built field by field
 * so that `parseNip` / `parseNiPppk` of `@kinerja/core` accept them.
 * @module
 */
import { pad, randomInt } from "./random.js";

/** Options of {@link randomNip}. */
export interface RandomNipOptions {
  /** Birth year, 1950–1995; default random in 1965–1995. */
  readonly birthYear?: number;
  /** Digit 15: 1 (pria) or 2 (wanita); default random. */
  readonly gender?: 1 | 2;
}

/** Options of {@link randomNiPppk}. */
export interface RandomNiPppkOptions {
  /** Birth year, 1960–2000; default random in 1970–2000. */
  readonly birthYear?: number;
  /** Digit 15: 1 (pria) or 2 (wanita); default random. */
  readonly gender?: 1 | 2;
}

const issued = new Set<string>();

/**
 * A random valid 18-digit NIP PNS, never returned twice in this process: birth date (8 digits),
 * TMT CPNS year and month (6 digits, 20–30 years after birth and not after 2023), gender digit,
 * nomor urut 001–999.
 *
 * @example
 * ```ts
 * parseNip(randomNip()).valid; // true
 * ```
 */
export function randomNip(options: RandomNipOptions = {}): string {
  const birthYear = checkYear(options.birthYear, 1950, 1995, "birthYear") ?? randomInt(1965, 1995);
  return unique(() => {
    const tmtYear = randomInt(birthYear + 20, Math.min(birthYear + 30, 2023));
    return `${birthDate(birthYear)}${tmtYear}${pad(randomInt(1, 12), 2)}${gender(options.gender)}${pad(randomInt(1, 999), 3)}`;
  });
}

/**
 * A random valid 18-digit NI PPPK, never returned twice in this process: birth date, year of
 * appointment (2019–2024, at least 18 years after birth), a 2-digit code 13–99 (so it is never
 * also a valid NIP PNS, whose digits 13–14 are a month), gender digit, nomor urut.
 *
 * @example
 * ```ts
 * parseNiPppk(randomNiPppk()).valid; // true
 * ```
 */
export function randomNiPppk(options: RandomNiPppkOptions = {}): string {
  const birthYear = checkYear(options.birthYear, 1960, 2000, "birthYear") ?? randomInt(1970, 2000);
  return unique(() => {
    const year = randomInt(Math.max(2019, birthYear + 18), 2024);
    return `${birthDate(birthYear)}${year}${pad(randomInt(13, 99), 2)}${gender(options.gender)}${pad(randomInt(1, 999), 3)}`;
  });
}

function birthDate(year: number): string {
  const month = randomInt(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}${pad(month, 2)}${pad(randomInt(1, days), 2)}`;
}

function gender(chosen: 1 | 2 | undefined): string {
  if (chosen !== undefined && chosen !== 1 && chosen !== 2) throw new RangeError("gender must be 1 or 2");
  return String(chosen ?? randomInt(1, 2));
}

function checkYear(value: number | undefined, min: number, max: number, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer in ${min}–${max}`);
  return value;
}

function unique(make: () => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const nip = make();
    if (issued.has(nip)) continue;
    issued.add(nip);
    return nip;
  }
  throw new Error("randomNip: could not find an unused number");
}

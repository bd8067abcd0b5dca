/**
 * fast-check arbitraries of civil-servant identifiers, built field by field like the `randomNip`
 * builders, so `parseNip` / `parseNiPppk` of `@kinerja/core` accept every value (and shrinking
 * stays valid).
 * @module
 */
import * as fc from "fast-check";

/**
 * A valid 18-digit NIP PNS: birth date (born 1965–1995), TMT CPNS year and month (20–30 years
 * after birth, not after 2023), gender digit 1 or 2, nomor urut 001–999.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(nipArbitrary(), (nip) => parseNip(nip).valid));
 * ```
 */
export function nipArbitrary(): fc.Arbitrary<string> {
  return birthDate(1965, 1995).chain(({ year, text }) =>
    fc
      .record({ tmt: fc.integer({ min: year + 20, max: Math.min(year + 30, 2023) }), month: fc.integer({ min: 1, max: 12 }), gender: fc.constantFrom(1, 2), urut: fc.integer({ min: 1, max: 999 }) })
      .map(({ tmt, month, gender, urut }) => `${text}${tmt}${pad(month, 2)}${gender}${pad(urut, 3)}`),
  );
}

/**
 * A valid 18-digit NI PPPK: birth date (born 1970–2000), year of appointment (2019–2024, at least
 * 18 years after birth), a code 13–99 (never a month, so never also a NIP PNS), gender digit,
 * nomor urut.
 */
export function niPppkArbitrary(): fc.Arbitrary<string> {
  return birthDate(1970, 2000).chain(({ year, text }) =>
    fc
      .record({ appointed: fc.integer({ min: Math.max(2019, year + 18), max: 2024 }), code: fc.integer({ min: 13, max: 99 }), gender: fc.constantFrom(1, 2), urut: fc.integer({ min: 1, max: 999 }) })
      .map(({ appointed, code, gender, urut }) => `${text}${appointed}${code}${gender}${pad(urut, 3)}`),
  );
}

function birthDate(from: number, to: number): fc.Arbitrary<{ year: number; text: string }> {
  return fc.record({ year: fc.integer({ min: from, max: to }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).map(({ year, month, day }) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, text: `${year}${pad(month, 2)}${pad(Math.min(day, last), 2)}` };
  });
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * An exact decimal reference for the arithmetic and rounding property suites: a BigInt mantissa
 * and a power-of-ten exponent, generated independently of the code under test.
 */
import * as fc from "fast-check";

/** An exact decimal `mant × 10^exp`. */
export interface RefDecimal {
  readonly mant: bigint;
  readonly exp: number;
}

/** Decimals with up to `maxDigits` significant digits and an exponent in `[minExp, maxExp]`. */
export function refDecimal(maxDigits: number, minExp: number, maxExp: number): fc.Arbitrary<RefDecimal> {
  const bound = 10n ** BigInt(maxDigits) - 1n;
  return fc.record({ mant: fc.bigInt({ min: -bound, max: bound }), exp: fc.integer({ min: minExp, max: maxExp }) });
}

/** The double nearest to `d` (`Number` parses decimal strings with correct rounding). */
export function toDouble(d: RefDecimal): number {
  return Number(`${d.mant}e${d.exp}`);
}

// Laws of decimal-exact arithmetic: for decimals a and b (at most 15 significant digits, so each
// is exactly the decimal its double stands for), decAdd/decSub/decMul equal the double nearest to
// the exact BigInt sum/difference/product; decDiv recovers terminating quotients exactly;
// decimalPlaces counts the places of the decimal; toPlainString round-trips every finite double.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decAdd, decDiv, decimalPlaces, decMul, decSub, toPlainString } from "./decimal.js";
import { refDecimal, toDouble, type RefDecimal } from "../../test/support/ref-decimal.js";


const RUNS = { numRuns: 2000 };


/** Scoring-sized decimals, decimals up to 15 places, and decimals far beyond 2^53 or below 1e-15. */
const decimalArb: fc.Arbitrary<RefDecimal> = fc.oneof(
  refDecimal(9, -6, 2),
  refDecimal(15, -15, 0),
  refDecimal(15, -30, 12),
);


function align(a: RefDecimal, b: RefDecimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.mant * 10n ** BigInt(a.exp - exp), b.mant * 10n ** BigInt(b.exp - exp), exp];
}

function refAdd(a: RefDecimal, b: RefDecimal): RefDecimal {
  const [x, y, exp] = align(a, b);
  return { mant: x + y, exp };
}

function refSub(a: RefDecimal, b: RefDecimal): RefDecimal {
  const [x, y, exp] = align(a, b);
  return { mant: x - y, exp };
}

function refMul(a: RefDecimal, b: RefDecimal): RefDecimal {
  return { mant: a.mant * b.mant, exp: a.exp + b.exp };
}

/** `d` without trailing zeros in its mantissa. */
function normalise(d: RefDecimal): RefDecimal {
  let { mant, exp } = d;
  while (mant !== 0n && mant % 10n === 0n) [mant, exp] = [mant / 10n, exp + 1];
  return mant === 0n ? { mant, exp: 0 } : { mant, exp };
}

/** Independent plain positional formatting of a normalised decimal. */
function refPlain(d: RefDecimal): string {
  const { mant, exp } = normalise(d);
  const digits = String(mant < 0n ? -mant : mant);
  const sign = mant < 0n ? "-" : "";
  if (exp >= 0) return sign + digits + "0".repeat(mant === 0n ? 0 : exp);
  const padded = digits.padStart(-exp + 1, "0");
  return `${sign}${padded.slice(0, padded.length + exp)}.${padded.slice(padded.length + exp)}`;
}

describe("decimal arithmetic agrees with exact BigInt arithmetic", () => {
  it("decAdd(a, b) is the double nearest to a + b", () => {
    fc.assert(fc.property(decimalArb, decimalArb, (a, b) => decAdd(toDouble(a), toDouble(b)) === toDouble(refAdd(a, b))), RUNS);
  });

  it("decSub(a, b) is the double nearest to a − b", () => {
    fc.assert(fc.property(decimalArb, decimalArb, (a, b) => decSub(toDouble(a), toDouble(b)) === toDouble(refSub(a, b))), RUNS);
  });

  it("decMul(a, b) is the double nearest to a × b", () => {
    fc.assert(fc.property(decimalArb, decimalArb, (a, b) => decMul(toDouble(a), toDouble(b)) === toDouble(refMul(a, b))), RUNS);
  });

  it("decDiv(q × y, y) is exactly q for terminating quotients", () => {
    const small = refDecimal(6, -3, 0);
    const nonZero = small.filter((d) => d.mant !== 0n);
    fc.assert(fc.property(small, nonZero, (q, y) => decDiv(toDouble(refMul(q, y)), toDouble(y)) === toDouble(q)), RUNS);
  });
});

describe("decimal arithmetic laws on any doubles", () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

  it("decAdd and decMul are commutative", () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, (a, b) => decAdd(a, b) === decAdd(b, a) && decMul(a, b) === decMul(b, a)),
    );
  });

  it("is deterministic and never returns -0", () => {
    fc.assert(
      fc.property(anyDouble, anyDouble, (a, b) => {
        for (const op of [decAdd, decSub, decMul, decDiv]) {
          const r = op(a, b);
          expect(Object.is(r, op(a, b))).toBe(true);
          expect(Object.is(r, -0)).toBe(false);
        }
      }),
    );
  });
});

describe("decimalPlaces and toPlainString", () => {
  it("decimalPlaces counts the places of a decimal (or is -1 beyond 15 places or 2^53)", () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        const { mant, exp } = normalise(d);
        const places = exp < 0 ? -exp : 0;
        const x = toDouble(d);
        const expected = places <= 15 && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? places : -1;
        return decimalPlaces(x) === (mant === 0n ? 0 : expected);
      }),
      RUNS,
    );
  });

  it("toPlainString writes a decimal out in plain notation", () => {
    fc.assert(fc.property(decimalArb, (d) => toPlainString(toDouble(d)) === refPlain(d)), RUNS);
  });

  it("toPlainString round-trips every finite double without an exponent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = toPlainString(x);
        return /^-?\d+(\.\d*[1-9])?$/.test(s) && Number(s) === x;
      }),
      RUNS,
    );
  });
});

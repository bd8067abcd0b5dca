// Laws of roundDecimal(x, scale, mode): (a) the result has at most `scale` decimals; (b) it is the
// double nearest to the exact BigInt rounding of the decimal x stands for, for every mode;
// (c) FLOOR ≤ x ≤ CEILING, CEILING − FLOOR is 0 or 10^−scale, and DOWN/UP bracket x by its sign;
// (d) rounding is idempotent; (e) rounding is deterministic and never yields -0.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalPlaces, decSub } from "./internal/decimal.js";
import { ROUNDING_MODES, roundDecimal, type RoundingMode } from "./rounding.js";
import { refDecimal, toDouble, type RefDecimal } from "../test/support/ref-decimal.js";


const RUNS = { numRuns: 2000 };


/** Decimals of at most 15 significant digits: scoring-sized, up to 15 places, and far out. */
const decimalArb: fc.Arbitrary<RefDecimal> = fc.oneof(
  refDecimal(6, -4, 2),
  refDecimal(9, -6, 2),
  refDecimal(15, -15, 0),
  refDecimal(15, -30, 12),
);
const scaleArb = fc.integer({ min: 0, max: 10 });
const fullScaleArb = fc.integer({ min: 0, max: 15 });
const modeArb: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);
/** Any finite double, including ones with no short decimal (like 2 / 3). */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Doubles with no short decimal, like the quotients a scoring formula produces. */
const quotientArb = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 9999 }))
  .map(([n, d]) => n / d);
const valueArb: fc.Arbitrary<number> = fc.oneof(
  decimalArb.map(toDouble),
  anyDouble,
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  quotientArb,
);

/** Independent parse of a double's shortest round-trip string (`String(x)`). */
function shortestDecimal(x: number): RefDecimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (match === null) throw new Error(`unexpected numeral ${String(x)}`);
  const [, sign = "", int = "", frac = "", exp = "0"] = match;
  return { mant: BigInt(`${sign}${int}${frac}`), exp: Number(exp) - frac.length };
}


/** Floor division of BigInts (BigInt `/` truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** Reference rounding, phrased through floor/ceiling rather than sign and magnitude. */
function refRound(d: RefDecimal, scale: number, mode: RoundingMode): number {
  if (d.exp >= -scale) return toDouble(d);
  const p = 10n ** BigInt(-d.exp - scale);
  const lo = floorDiv(d.mant, p);
  const rest = d.mant - lo * p; // 0 ≤ rest < p
  const hi = rest === 0n ? lo : lo + 1n;
  const towardZero = d.mant >= 0n ? lo : hi;
  const awayFromZero = d.mant >= 0n ? hi : lo;
  const tie = 2n * rest === p;
  const nearest = 2n * rest < p ? lo : hi;
  const pick: Record<RoundingMode, bigint> = {
    FLOOR: lo,
    CEILING: hi,
    DOWN: towardZero,
    UP: awayFromZero,
    HALF_UP: tie ? awayFromZero : nearest,
    HALF_EVEN: tie ? (lo % 2n === 0n ? lo : hi) : nearest,
  };
  return Number(`${pick[mode]}e${-scale}`) + 0;
}

describe("roundDecimal laws", () => {
  it("(a) the result has at most `scale` decimals", () => {
    fc.assert(
      fc.property(decimalArb, scaleArb, modeArb, (d, scale, mode) => {
        const r = roundDecimal(toDouble(d), scale, mode);
        const places = Number.isInteger(r) ? 0 : decimalPlaces(r);
        return places >= 0 && places <= scale;
      }),
      RUNS,
    );
  });

  it("(b) agrees with an exact BigInt reference for every mode", () => {
    fc.assert(
      fc.property(decimalArb, fullScaleArb, (d, scale) =>
        ROUNDING_MODES.every((mode) => roundDecimal(toDouble(d), scale, mode) === refRound(d, scale, mode)),
      ),
      RUNS,
    );
  });

  it("(b) agrees with the BigInt reference on the shortest decimal string of any double", () => {
    fc.assert(
      fc.property(valueArb, fullScaleArb, (x, scale) =>
        ROUNDING_MODES.every((mode) => roundDecimal(x, scale, mode) === refRound(shortestDecimal(x), scale, mode)),
      ),
      RUNS,
    );
  });

  it("(c) FLOOR ≤ x ≤ CEILING, and DOWN/UP bracket x by its sign", () => {
    fc.assert(
      fc.property(valueArb, fullScaleArb, (x, scale) => {
        const floor = roundDecimal(x, scale, "FLOOR");
        const ceiling = roundDecimal(x, scale, "CEILING");
        const down = roundDecimal(x, scale, "DOWN");
        const up = roundDecimal(x, scale, "UP");
        const bracketed = x >= 0 ? 0 <= down && down <= x && x <= up : up <= x && x <= down && down <= 0;
        return floor <= x && x <= ceiling && bracketed;
      }),
      RUNS,
    );
  });

  it("(c) CEILING − FLOOR of a decimal is exactly 0 or 10^−scale", () => {
    fc.assert(
      fc.property(decimalArb, scaleArb, (d, scale) => {
        const x = toDouble(d);
        const gap = decSub(roundDecimal(x, scale, "CEILING"), roundDecimal(x, scale, "FLOOR"));
        return gap === 0 || gap === Number(`1e-${scale}`);
      }),
      RUNS,
    );
  });

  it("(d) rounding twice at the same scale changes nothing", () => {
    fc.assert(
      fc.property(valueArb, fullScaleArb, modeArb, modeArb, (x, scale, first, second) => {
        const once = roundDecimal(x, scale, first);
        return roundDecimal(once, scale, second) === once;
      }),
      RUNS,
    );
  });

  it("(e) is deterministic and never returns -0", () => {
    fc.assert(
      fc.property(valueArb, fullScaleArb, modeArb, (x, scale, mode) => {
        const r = roundDecimal(x, scale, mode);
        expect(Object.is(r, roundDecimal(x, scale, mode))).toBe(true);
        expect(Object.is(r, -0)).toBe(false);
      }),
      RUNS,
    );
  });
});

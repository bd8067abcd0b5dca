/**
 * Decimal rounding of plain numbers to a fixed number of decimal places, with the rounding modes
 * of `java.math.BigDecimal`. Works on the decimal a double stands for (see `internal/decimal.ts`),
 * so `1.005` rounds HALF_UP to `1.01` and `2.675` to `2.68`.
 * @module
 */
import { type BigDecimal, parseDecimalString, toNumber } from "./internal/decimal-bigint.js";
import { decimalPlaces, pow10, scaledInteger } from "./internal/decimal.js";

/**
 * How to round: HALF_UP (ties away from zero), HALF_EVEN (ties to even), DOWN (toward zero),
 * UP (away from zero), FLOOR (toward −∞) or CEILING (toward +∞), as in `java.math.RoundingMode`.
 */
export type RoundingMode = "HALF_UP" | "HALF_EVEN" | "DOWN" | "UP" | "FLOOR" | "CEILING";

/** Every rounding mode, in documentation order. */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  "HALF_UP",
  "HALF_EVEN",
  "DOWN",
  "UP",
  "FLOOR",
  "CEILING",
] as const);

/** Largest supported scale (decimal places kept). */
const MAX_SCALE = 15;

/** Whether `v` is one of the {@link ROUNDING_MODES} strings. */
export function isRoundingMode(v: unknown): v is RoundingMode {
  return typeof v === "string" && (ROUNDING_MODES as readonly string[]).includes(v);
}

/**
 * Rounds `value` to `scale` decimal places (an integer in 0..15) with `mode`, never returning `-0`.
 * @throws RangeError when `scale` is out of range or `value` is NaN or ±Infinity.
 * @example
 * roundDecimal(28.125, 2, "HALF_UP"); // 28.13
 * roundDecimal(1.045, 2, "HALF_EVEN"); // 1.04
 * roundDecimal(-2.5, 0, "HALF_UP"); // -3
 */
export function roundDecimal(value: number, scale: number, mode: RoundingMode): number {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new RangeError(`Rounding scale must be an integer in 0..${MAX_SCALE}, got ${scale}`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round a non-finite number: ${value}`);
  const k = decimalPlaces(value);
  if (k >= 0 && k <= scale) return value + 0;
  return k > scale ? roundScaled(value, k, scale, mode) : roundShortest(value, scale, mode);
}

/** Rounds `value = ±A / 10^k` (A a safe integer, `k > scale`) with exact double arithmetic. */
function roundScaled(value: number, k: number, scale: number, mode: RoundingMode): number {
  const negative = value < 0;
  const a = negative ? -scaledInteger(value, k) : scaledInteger(value, k);
  const p = pow10(k - scale);
  // a ≤ 2^53 − 1 and a / p is never within half an ulp below the next integer, so trunc is exact.
  const q = Math.trunc(a / p);
  const r = a - q * p;
  const half = p / 2;
  const away = roundsAway(mode, negative, r !== 0, r > half ? 1 : r === half ? 0 : -1, q % 2 === 1);
  const m = away ? q + 1 : q;
  return (negative ? -m : m) / pow10(scale) + 0;
}

/**
 * Rounds `value` through its shortest round-trip decimal string: digit-string arithmetic when
 * the kept digits fit in a safe integer, else BigInt arithmetic.
 */
function roundShortest(value: number, scale: number, mode: RoundingMode): number {
  const s = String(value);
  if (s.includes("e")) return roundBig(value, parseDecimalString(s), scale, mode);
  const dot = s.indexOf(".");
  const cut = dot + 1 + scale; // index of the first discarded digit
  if (dot < 0 || cut >= s.length) return value + 0;
  const negative = value < 0;
  const kept = s.slice(negative ? 1 : 0, dot) + s.slice(dot + 1, cut);
  if (kept.length > 15) return roundBig(value, parseDecimalString(s), scale, mode);
  // A shortest string has no trailing zeros: anything after a discarded 5 makes it above one half.
  const first = s.charCodeAt(cut) - 48;
  const vsHalf = first === 5 ? (cut + 1 < s.length ? 1 : 0) : first > 5 ? 1 : -1;
  const q = Number(kept);
  const m = roundsAway(mode, negative, true, vsHalf, q % 2 === 1) ? q + 1 : q;
  return (negative ? -m : m) / pow10(scale) + 0;
}

/** Rounds the exact decimal `d` that `value` stands for with BigInt arithmetic. */
function roundBig(value: number, d: BigDecimal, scale: number, mode: RoundingMode): number {
  if (d.exp >= -scale) return value + 0;
  const negative = d.mant < 0n;
  const a = negative ? -d.mant : d.mant;
  const p = 10n ** BigInt(-d.exp - scale);
  const q = a / p;
  const twice = (a % p) * 2n;
  const away = roundsAway(mode, negative, twice !== 0n, twice > p ? 1 : twice === p ? 0 : -1, q % 2n === 1n);
  const m = away ? q + 1n : q;
  return toNumber(negative ? -m : m, -scale);
}

/**
 * Whether to move the truncated magnitude one unit away from zero, given the sign, whether
 * anything was discarded, how the discarded part compares with one half, and the parity of the
 * truncated last digit.
 */
function roundsAway(mode: RoundingMode, negative: boolean, inexact: boolean, vsHalf: -1 | 0 | 1, odd: boolean): boolean {
  switch (mode) {
    case "DOWN":
      return false;
    case "UP":
      return inexact;
    case "FLOOR":
      return negative && inexact;
    case "CEILING":
      return !negative && inexact;
    case "HALF_UP":
      return vsHalf >= 0;
    case "HALF_EVEN":
      return vsHalf > 0 || (vsHalf === 0 && odd);
    default:
      throw new RangeError(`Unknown rounding mode: ${String(mode)}`);
  }
}

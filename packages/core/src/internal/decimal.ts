/**
 * Decimal-exact arithmetic on plain JS numbers.
 *
 * Invariant: every value is "the double nearest to a decimal". {@link decimalPlaces} recovers
 * that decimal as a safe integer `A` scaled by `10^k` (`k` ≤ {@link MAX_DECIMAL_PLACES}); sums,
 * differences and products are then computed exactly on the scaled integers and turned back into
 * a double by one correctly rounded IEEE division by an exact power of ten (or, when an
 * intermediate leaves the safe-integer range, by exact BigInt arithmetic and the correctly
 * rounded `Number(decimalString)`). So `90 * 0.7` is exactly `63` and `0.1 + 0.2` is `0.3`.
 * Operands outside that range (like `1e-20` or `1e21`) use their shortest round-trip decimal
 * when it has at most 15 significant digits; only operands with no such short decimal (`2 / 3`)
 * fall back to plain float arithmetic.
 *
 * Limitation: a quotient that does not terminate (`2 / 3`) is the correctly rounded double of the
 * true quotient, which is no short decimal; rounding then works on its shortest round-trip decimal
 * string (`0.6666666666666666`). Division is exact only while both scaled operands are safe
 * integers, else it is the float quotient. Results are never `-0`.
 * @module
 */
import { type BigDecimal, bigProduct, bigSum, parseShortest, plainString, shortDecimal } from "./decimal-bigint.js";

/**
 * Most decimal places {@link decimalPlaces} looks for: 15, the digits every double round-trips
 * (DBL_DIG) and the largest rounding scale. So `2 / 3` (0.6666666666666666) has no short decimal.
 */
export const MAX_DECIMAL_PLACES: number = 15;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** `POW10[k]` is `10^k`; every entry (up to `10^22`) is an exact double. */
const POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
  1e19, 1e20, 1e21, 1e22,
];
/** Largest exponent whose power of ten is an exact double. */
const MAX_EXACT_POW10 = 22;

/** `10^k` for an integer `k` in 0..22 (exact). */
export function pow10(k: number): number {
  return POW10[k] as number;
}

/**
 * The smallest `k` in 0..15 such that `x` is the double nearest to `A / 10^k` for a safe integer
 * `A`, or -1 when there is none (`2 / 3`, `1e-20`, integers beyond 2^53, NaN, ±Infinity).
 */
export function decimalPlaces(x: number): number {
  const m = x < 0 ? -x : x; // Math.round(-2.5) is -2: work on the magnitude
  if (Number.isInteger(m)) return m <= MAX_SAFE ? 0 : -1;
  // NaN never matches and Infinity is never safe, so both end as -1 without a special case.
  for (let k = 1; k <= MAX_DECIMAL_PLACES; k++) {
    const p = POW10[k] as number;
    const a = Math.round(m * p);
    if (a > MAX_SAFE) return -1;
    if (a / p === m) return k;
  }
  return -1;
}

/**
 * True when `decimalPlaces(x)` is at most `scale` (so rounding `x` to `scale` places keeps it),
 * testing only `k` up to `scale`: a cheap first check for rounding hot paths. False for NaN and
 * ±Infinity.
 */
export function placesAtMost(x: number, scale: number): boolean {
  const m = x < 0 ? -x : x;
  if (Number.isInteger(m)) return m <= MAX_SAFE;
  for (let k = 1; k <= scale; k++) {
    const p = POW10[k] as number;
    const a = Math.round(m * p);
    if (a > MAX_SAFE) return false;
    if (a / p === m) return true;
  }
  return false;
}

/** The signed scaled integer `A` of `x` at `k = decimalPlaces(x)` (requires `k >= 0`). */
export function scaledInteger(x: number, k: number): number {
  const a = Math.round((x < 0 ? -x : x) * (POW10[k] as number));
  return x < 0 ? -a : a;
}

function isSafe(v: number): boolean {
  return v <= MAX_SAFE && v >= -MAX_SAFE;
}

/** The exact decimal of `x` (scaled integer, or short shortest-string decimal), else `null`. */
function exactDecimal(x: number): BigDecimal | null {
  const k = decimalPlaces(x);
  if (k >= 0) return { mant: BigInt(scaledInteger(x, k)), exp: -k };
  // In [0.1, 1e15) a decimal of ≤ 15 significant digits has ≤ 15 places, so decimalPlaces would
  // have found it: such an x (a quotient like 0.8333333333333334) has no short decimal. Skipping
  // the string conversion keeps this common case fast.
  const m = x < 0 ? -x : x;
  return m >= 0.1 && m < 1e15 ? null : shortDecimal(x);
}

/** Decimal-exact `a + b`: the double nearest to the sum of the decimals `a` and `b` stand for. */
export function decAdd(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a + b + 0;
  return sum(a, b, 1);
}

/** Decimal-exact `a − b`: the double nearest to the difference of the decimals. */
export function decSub(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a - b + 0;
  return sum(a, b, -1);
}

function sum(a: number, b: number, sign: 1 | -1): number {
  const da = decimalPlaces(a);
  const db = decimalPlaces(b);
  if (da < 0 || db < 0) return sumFallback(a, b, sign);
  const d = da > db ? da : db;
  const x = scaledInteger(a, da) * (POW10[d - da] as number);
  const y = sign * scaledInteger(b, db) * (POW10[d - db] as number);
  const s = x + y;
  if (isSafe(x) && isSafe(y) && isSafe(s)) return s / (POW10[d] as number) + 0;
  return sumFallback(a, b, sign);
}

function sumFallback(a: number, b: number, sign: 1 | -1): number {
  const x = exactDecimal(a);
  const y = x === null ? null : exactDecimal(b);
  if (x === null || y === null) return (sign === 1 ? a + b : a - b) + 0;
  return bigSum(x, y, sign);
}

/** Decimal-exact `a × b`: the double nearest to the product of the decimals (`90 × 0.7` is 63). */
export function decMul(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a * b + 0;
  const da = decimalPlaces(a);
  const db = decimalPlaces(b);
  if (da >= 0 && db >= 0) {
    const p = scaledInteger(a, da) * scaledInteger(b, db);
    if (isSafe(p) && da + db <= MAX_EXACT_POW10) return p / (POW10[da + db] as number) + 0;
  }
  const x = exactDecimal(a);
  const y = x === null ? null : exactDecimal(b);
  if (x === null || y === null) return a * b + 0;
  return bigProduct(x, y);
}

/**
 * `a / b` (the caller guarantees `b !== 0`): the correctly rounded quotient of the decimals while
 * both scaled operands are safe integers, else the float quotient.
 */
export function decDiv(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a / b + 0;
  const da = decimalPlaces(a);
  const db = decimalPlaces(b);
  if (da < 0 || db < 0) return a / b + 0;
  // a / b = (A · 10^db) / (B · 10^da); scale only the side with fewer places.
  const n = scaledInteger(a, da) * (da < db ? (POW10[db - da] as number) : 1);
  const d = scaledInteger(b, db) * (db < da ? (POW10[da - db] as number) : 1);
  return isSafe(n) && isSafe(d) ? n / d + 0 : a / b + 0;
}

/** `x` as a plain decimal string without exponent (`1e-7` → `"0.0000001"`), for display. */
export function toPlainString(x: number): string {
  const s = String(x);
  if (!Number.isFinite(x) || !s.includes("e")) return s;
  return plainString(parseShortest(x));
}

/**
 * BigInt slow paths of the decimal arithmetic in `decimal.ts`: decimals written as an exact
 * integer mantissa times a power of ten, exact sums and products of them, and the conversion
 * back to the nearest double through `Number(decimalString)` (which is correctly rounded).
 * @module
 */

/** A decimal `mant × 10^exp` with an exact BigInt mantissa. */
export interface BigDecimal {
  readonly mant: bigint;
  readonly exp: number;
}

/** Significant digits that every double round-trips exactly (DBL_DIG): such a decimal is "short". */
const SHORT_DIGITS = 15;

/** Splits a finite decimal numeral (`"-12.5"`, `"1e-7"`, `"1.2345e+21"`) into mantissa and exponent. */
export function parseDecimalString(s: string): BigDecimal {
  const e = s.search(/e/i);
  const body = e < 0 ? s : s.slice(0, e);
  const dot = body.indexOf(".");
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const fractionDigits = dot < 0 ? 0 : body.length - dot - 1;
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  return { mant: BigInt(digits), exp: exponent - fractionDigits };
}

/** The shortest round-trip decimal of a finite double (`String(x)`) as mantissa and exponent. */
export function parseShortest(x: number): BigDecimal {
  return parseDecimalString(String(x));
}

/**
 * The shortest round-trip decimal of `x` when it has at most 15 significant digits (so it is
 * unambiguously the decimal `x` stands for), else `null` (also for NaN and ±Infinity).
 */
export function shortDecimal(x: number): BigDecimal | null {
  if (!Number.isFinite(x)) return null;
  const d = parseShortest(x);
  const significant = String(d.mant < 0n ? -d.mant : d.mant).replace(/0+$/, "");
  return significant.length <= SHORT_DIGITS ? d : null;
}

/** The double nearest to `mant × 10^exp` (never `-0`). */
export function toNumber(mant: bigint, exp: number): number {
  return Number(`${mant}e${exp}`) + 0;
}

/** The double nearest to the exact `a + b` (`sign` 1) or `a − b` (`sign` −1). */
export function bigSum(a: BigDecimal, b: BigDecimal, sign: 1 | -1): number {
  const exp = Math.min(a.exp, b.exp);
  const x = a.mant * 10n ** BigInt(a.exp - exp);
  const y = b.mant * 10n ** BigInt(b.exp - exp);
  return toNumber(sign === 1 ? x + y : x - y, exp);
}

/** The double nearest to the exact `a × b`. */
export function bigProduct(a: BigDecimal, b: BigDecimal): number {
  return toNumber(a.mant * b.mant, a.exp + b.exp);
}

/** `d` written out in plain positional notation, without an exponent (`1e-7` → `"0.0000001"`). */
export function plainString(d: BigDecimal): string {
  const negative = d.mant < 0n;
  const digits = String(negative ? -d.mant : d.mant);
  const sign = negative ? "-" : "";
  if (digits === "0") return "0";
  if (d.exp >= 0) return sign + digits + "0".repeat(d.exp);
  const point = digits.length + d.exp;
  const body = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
  return sign + body.replace(/\.?0+$/, "");
}

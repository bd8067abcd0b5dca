// Law: the declared numeric rounding is what the outputs obey. For a policy with a random
// `numeric.rounding` (any of the 6 modes, scale 0..6) and a formula `a * b / c`:
//   (a) every numeric output has at most `scale` decimals;
//   (b) apply "decisions": each output equals roundDecimal(unrounded, scale, mode) where
//       `unrounded` is the value the trace shows (present exactly when rounding changed the
//       value), and `unrounded` is what the same formula gives with no automatic rounding;
//       apply "outputs": each output is roundDecimal of the unrounded decision value in the trace;
//   (c) with apply "decisions", a later decision sees the rounded value (trace input = output);
//   (d) independent oracle: whenever |numerator| · 10^scale < 1e14 (so the double error of the
//       quotient cannot cross a rounding boundary), the output equals the exact BigInt rounding of
//       the rational a·b/c. Beyond that bound the engine rounds the double quotient's shortest
//       string (documented in internal/decimal.ts), so e.g. HALF_UP of −78106 · −12546.9378 / 0.11
//       at scale 5 gives 8909010216.42546, while the exact rational rounds to 8909010216.42545.
//       Operands are kept ≥ 1e-6 in magnitude: a quotient that underflows (0.5 · 5e-324 / 2) becomes
//       0, so CEILING gives 0 where the exact rational 1.25e-324 would give 1.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUNDING_MODES, compilePolicy, roundDecimal, type PolicyDocument, type RoundingMode, type RoundingApply, type Value } from "./index.js";

const RUNS = { numRuns: 400 };

function policyOf(mode: RoundingMode, scale: number, apply: RoundingApply): PolicyDocument {
  return {
    id: "pembulatan",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Pembulatan", en: "Rounding" },
    numeric: { rounding: { mode, scale }, apply },
    inputs: { a: { type: "number" }, b: { type: "number" }, c: { type: "number" } },
    decisions: { r: { kind: "formula", expr: "a * b / c" }, s: { kind: "formula", expr: "r * 3 / 7 + a" } },
  };
}

/** Decimal places of a double's shortest string (`1.5e-7` → 8, `1e21` → 0). */
function decimalsOf(x: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new Error(`not a finite number: ${x}`);
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

const numberArb = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 10_000),
  fc.constantFrom(0, 0.5, 1.005, 2.675, 0.125, -0.125, 1 / 3, 2 / 3),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const caseArb = fc.record({
  mode: fc.constantFrom(...ROUNDING_MODES),
  scale: fc.integer({ min: 0, max: 6 }),
  a: numberArb,
  b: numberArb,
  c: numberArb.filter((c) => Math.abs(c) >= 1e-4),
});

describe("declared rounding of outputs", () => {
  it("apply decisions: at most `scale` decimals, output = roundDecimal(trace.unrounded), unrounded = raw value", () => {
    fc.assert(
      fc.property(caseArb, ({ mode, scale, a, b, c }) => {
        const rounded = compilePolicy(policyOf(mode, scale, "decisions")).score({ a, b, c }, { trace: true });
        const raw = compilePolicy(policyOf(mode, scale, "explicit")).score({ a, b, c }, { trace: true });
        const r = rounded.outputs.r as number;
        const rTrace = rounded.trace?.decisions.find((d) => d.name === "r");
        expect(decimalsOf(r)).toBeLessThanOrEqual(scale);
        expect(decimalsOf(rounded.outputs.s as number)).toBeLessThanOrEqual(scale);
        expect(rTrace?.output).toBe(r);
        const unrounded = rTrace?.unrounded ?? r;
        expect(unrounded).toBe(raw.outputs.r);
        expect(r).toBe(roundDecimal(unrounded as number, scale, mode));
        if (rTrace?.unrounded !== undefined) {
          expect(rTrace.unrounded).not.toBe(r);
          expect(rTrace.rounding).toEqual({ mode, scale });
        }
      }),
      RUNS,
    );
  });

  it("apply decisions: a later decision reads the rounded value", () => {
    fc.assert(
      fc.property(caseArb, ({ mode, scale, a, b, c }) => {
        const { outputs, trace } = compilePolicy(policyOf(mode, scale, "decisions")).score({ a, b, c }, { trace: true });
        const sTrace = trace?.decisions.find((d) => d.name === "s");
        expect(sTrace?.inputs.r).toBe(outputs.r);
        const unrounded = (sTrace?.unrounded ?? sTrace?.output) as number;
        expect(outputs.s).toBe(roundDecimal(unrounded, scale, mode));
      }),
      RUNS,
    );
  });

  it("apply outputs: outputs are roundDecimal of the unrounded decision values in the trace", () => {
    fc.assert(
      fc.property(caseArb, ({ mode, scale, a, b, c }) => {
        const { outputs, trace } = compilePolicy(policyOf(mode, scale, "outputs")).score({ a, b, c }, { trace: true });
        for (const d of trace?.decisions ?? []) {
          expect(d.unrounded).toBeUndefined();
          const out = outputs[d.name] as number;
          expect(decimalsOf(out)).toBeLessThanOrEqual(scale);
          expect(out).toBe(roundDecimal(d.output as number, scale, mode));
        }
        expect(trace?.outputs).toEqual(outputs);
      }),
      RUNS,
    );
  });
});

/** An exact decimal `mant · 10^exp` from a double's shortest string (independent of the engine). */
function exact(x: number): { mant: bigint; exp: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new Error(`not a finite number: ${x}`);
  const [, sign = "", int = "", frac = "", exp = "0"] = match;
  return { mant: BigInt(`${sign}${int}${frac}`), exp: Number(exp) - frac.length };
}

/** Rounds the rational n / d (d > 0) to `scale` decimals with `mode`, exactly. */
function roundRational(n: bigint, d: bigint, scale: number, mode: RoundingMode): number {
  const scaled = n * 10n ** BigInt(scale);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const q = magnitude / d;
  const twice = 2n * (magnitude % d);
  const inexact = twice !== 0n;
  const vsHalf = twice > d ? 1 : twice === d ? 0 : -1;
  const away = {
    UP: inexact,
    DOWN: false,
    FLOOR: negative && inexact,
    CEILING: !negative && inexact,
    HALF_UP: vsHalf >= 0,
    HALF_EVEN: vsHalf > 0 || (vsHalf === 0 && q % 2n === 1n),
  }[mode];
  return Number(`${negative ? "-" : ""}${away ? q + 1n : q}e-${scale}`) + 0;
}

describe("independent oracle", () => {
  it("within the exactness bound the output is the exact rounding of the rational a·b/c", () => {
    const shortArb = fc.oneof(numberArb.filter((x) => String(x).length <= 12 && (x === 0 || Math.abs(x) >= 1e-6)), fc.constantFrom(0.005, 0.015, 2.5, -2.5, 0.25, 7));
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...ROUNDING_MODES), fc.integer({ min: 0, max: 6 }), shortArb, shortArb, shortArb.filter((c) => c !== 0), (mode, scale, a, b, c) => {
        const [x, y, z] = [exact(a), exact(b), exact(c)];
        const e = x.exp + y.exp - z.exp;
        let n = x.mant * y.mant * (e > 0 ? 10n ** BigInt(e) : 1n);
        let d = z.mant * (e < 0 ? 10n ** BigInt(-e) : 1n);
        if (d < 0n) [n, d] = [-n, -d];
        fc.pre((n < 0n ? -n : n) * 10n ** BigInt(scale) < 10n ** 14n);
        compared++;
        const out: Value | undefined = compilePolicy(policyOf(mode, scale, "decisions")).score({ a, b, c }).outputs.r;
        expect(out).toBe(roundRational(n, d, scale, mode));
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(250);
  });
});

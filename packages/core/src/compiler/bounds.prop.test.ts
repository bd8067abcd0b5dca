// Laws of bounds and input validation for the weighted SKP policy:
//   (a) range — every capaian and nilai lies in [0, 120] (capaian is clamped, and a weighted
//       average with non-negative weights stays within the range of its values);
//   (b) scale — every number in the outputs (and every decision output in the trace) has at most
//       2 decimals: Number.isInteger(Math.round(x·100)), Math.round(x·100)/100 === x, and
//       String(x) shows at most 2 decimals;
//   (c) totality of validation — an input with invalid values (target ≤ 0, negative realisasi or
//       bobot, missing fields, strings for numbers, NaN, ±Infinity, null, unknown polaritas,
//       non-object elements, an empty or absent list, a non-object input) makes safeScore return
//       { ok: false } with code INPUT_INVALID, reporting every corrupted path, and never throws;
//       score throws that same KinerjaError; anything at all (fc.anything) never throws.
//   (d) any finite doubles in the declared ranges: safeScore never throws, and a failure is
//       NON_FINITE (overflow) or DIVISION_BY_ZERO, never INTERNAL.
// Regressions, each with its deterministic counterexample:
//   (e) subnormal weights (bobot 9e-323) once pushed nilai above 120;
//   (f) a sparse `indikator` list (a hole, possible from JS callers, not from JSON) once passed input
//       validation and failed later with NULL_VALUE instead of INPUT_INVALID.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, isKinerjaError } from "../index.js";
import type { Value } from "./types.js";
import { WEIGHTED_SKP, inputArb, skpOutputs, type SkpInput } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 400 };
const policy = compilePolicy(WEIGHTED_SKP);

/** Every number inside a value. */
function numbersIn(value: Value | undefined): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap((v: Value) => numbersIn(v));
  if (value !== null && typeof value === "object") return Object.values(value).flatMap((v) => numbersIn(v));
  return [];
}

function expectAtMost2Decimals(x: number): void {
  expect(Number.isFinite(x)).toBe(true);
  expect(Number.isInteger(Math.round(x * 100))).toBe(true);
  expect(Math.round(x * 100) / 100).toBe(x);
  const decimals = /^-?\d+(?:\.(\d+))?$/.exec(String(x))?.[1]?.length ?? (Number.isInteger(x) ? 0 : Infinity);
  expect(decimals).toBeLessThanOrEqual(2);
}

describe("range and scale of the outputs", () => {
  it("capaian and nilai lie in [0, 120]", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const out = skpOutputs(policy.score(input).outputs);
        for (const { capaian } of out.capaianIndikator) expect(capaian >= 0 && capaian <= 120).toBe(true);
        expect(out.nilai).toBeGreaterThanOrEqual(Math.min(...out.capaianIndikator.map((c) => c.capaian)));
        expect(out.nilai).toBeLessThanOrEqual(Math.max(...out.capaianIndikator.map((c) => c.capaian)));
        expect(out.nilai >= 0 && out.nilai <= 120).toBe(true);
      }),
      RUNS,
    );
  });

  it("every numeric output, and every decision output in the trace, has at most 2 decimals", () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const { outputs, trace } = policy.score(input, { trace: true });
        const numbers = [...numbersIn(outputs as Value), ...(trace?.decisions ?? []).flatMap((d) => numbersIn(d.output))];
        expect(numbers.length).toBeGreaterThanOrEqual(2);
        numbers.forEach(expectAtMost2Decimals);
      }),
      RUNS,
    );
  });
});

type Field = "target" | "realisasi" | "bobot" | "polaritas";
const NOT_A_NUMBER: readonly unknown[] = [Number.NaN, Infinity, -Infinity, "12", "", null, true, {}, [], 10n];

/** Invalid values of one field (undefined = the field is deleted). */
function badValue(field: Field): fc.Arbitrary<unknown> {
  switch (field) {
    case "target":
      return fc.oneof(fc.constant(0), fc.double({ min: -1e9, max: 0.0099, noNaN: true }), fc.constantFrom(...NOT_A_NUMBER, undefined));
    case "realisasi":
    case "bobot":
      return fc.oneof(fc.double({ min: -1e9, max: -Number.MIN_VALUE, noNaN: true }), fc.integer({ min: -1000, max: -1 }), fc.constantFrom(...NOT_A_NUMBER, undefined));
    case "polaritas":
      return fc.oneof(fc.constantFrom("naik", "turun", "", "NAIK ", "NAIKK", 1, null, true, undefined), fc.string().filter((s) => s !== "NAIK" && s !== "TURUN"));
  }
}

/** A valid input with 1–3 corrupted fields, and the paths of the corrupted fields. */
const corruptedArb: fc.Arbitrary<{ input: unknown; paths: (string | number)[][] }> = inputArb(6).chain((valid) => {
  const n = valid.indikator.length;
  const spot = fc.tuple(fc.nat({ max: n - 1 }), fc.constantFrom<Field>("target", "realisasi", "bobot", "polaritas"));
  return fc.uniqueArray(spot, { minLength: 1, maxLength: 3, selector: ([i, f]) => `${i}.${f}` }).chain((spots) =>
    fc.tuple(...spots.map(([, f]) => badValue(f))).map((values) => {
      const indikator = valid.indikator.map((x) => ({ ...x }) as Record<string, unknown>);
      spots.forEach(([i, f], k) => {
        const element = indikator[i] as Record<string, unknown>;
        if (values[k] === undefined) delete element[f];
        else element[f] = values[k];
      });
      return { input: { indikator }, paths: spots.map(([i, f]) => ["indikator", i, f]) };
    }),
  );
});

/** Inputs broken at the top level or at the list / element level. */
const brokenShapeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 42, "indikator", [], true, { indikator: [] }, { indikator: null }, { indikator: {} }, {}, { indikator: "[]" }),
  inputArb(4).chain((valid: SkpInput) =>
    fc.record({ at: fc.nat({ max: valid.indikator.length }), bad: fc.constantFrom<unknown>(null, 1, "x", [], [valid.indikator[0]], Number.NaN) }).map(({ at, bad }) => {
      const indikator: unknown[] = [...valid.indikator];
      indikator.splice(at, 0, bad);
      return { indikator };
    }),
  ),
);

function expectInputInvalid(input: unknown): readonly { path: readonly (string | number)[] }[] {
  const outcome = policy.safeScore(input);
  if (outcome.ok) throw new Error(`accepted an invalid input: ${String(JSON.stringify(input))}`);
  expect(outcome.error.code).toBe("INPUT_INVALID");
  expect(outcome.error.issues.length).toBeGreaterThan(0);
  for (const i of outcome.error.issues) expect(i.code).toBe("INPUT_INVALID");
  let thrown: unknown;
  try {
    policy.score(input);
  } catch (error) {
    thrown = error;
  }
  expect(isKinerjaError(thrown) && thrown.code === "INPUT_INVALID").toBe(true);
  return outcome.error.issues;
}

describe("invalid inputs", () => {
  it("corrupted fields → INPUT_INVALID naming every corrupted path, never a throw from safeScore", () => {
    fc.assert(
      fc.property(corruptedArb, ({ input, paths }) => {
        const issues = expectInputInvalid(input);
        const reported = issues.map((i) => JSON.stringify(i.path));
        for (const path of paths) expect(reported).toContain(JSON.stringify(path));
      }),
      RUNS,
    );
  });

  it("broken shapes (non-object input, absent/empty/non-list indikator, bad elements) → INPUT_INVALID", () => {
    fc.assert(fc.property(brokenShapeArb, (input) => void expectInputInvalid(input)), RUNS);
  });

  it("safeScore never throws on anything, and never reports an INTERNAL error", () => {
    const anyInput = fc.oneof(fc.anything(), fc.record({ indikator: fc.array(fc.anything(), { maxLength: 3 }) }));
    fc.assert(
      fc.property(anyInput, (input) => {
        const outcome = policy.safeScore(input);
        if (!outcome.ok) expect(outcome.error.code).not.toBe("INTERNAL");
      }),
      RUNS,
    );
  });
});

describe("extreme but valid numbers (any finite double in the declared ranges)", () => {
  const d = (min: number): fc.Arbitrary<number> => fc.double({ min, noNaN: true, noDefaultInfinity: true });
  const extremeArb = fc
    .array(fc.record({ target: d(0.01), realisasi: d(0), bobot: d(0), polaritas: fc.constantFrom<"NAIK" | "TURUN">("NAIK", "TURUN") }), { minLength: 1, maxLength: 4 })
    .map((indikator): SkpInput => ({ indikator }));

  // Σ bobot = 2e308 overflows: reported as NON_FINITE (it was INTERNAL before aggregates checked finiteness).
  const overflow: SkpInput = { indikator: [1, 2].map(() => ({ target: 1, realisasi: 1, bobot: 1e308, polaritas: "NAIK" as const })) };
  it("safeScore never throws; overflow is NON_FINITE (never INTERNAL), all-zero weights DIVISION_BY_ZERO", () => {
    fc.assert(
      fc.property(extremeArb, (input) => {
        const outcome = policy.safeScore(input);
        if (!outcome.ok) expect(["NON_FINITE", "DIVISION_BY_ZERO"]).toContain(outcome.error.code);
      }),
      { ...RUNS, examples: [[overflow]] },
    );
    expect(policy.safeScore(overflow)).toMatchObject({ ok: false, error: { code: "NON_FINITE", path: ["decisions", "nilai"] } });
  });

  const subnormal: SkpInput = { indikator: [{ target: 1, realisasi: 2, bobot: 9e-323, polaritas: "NAIK" }] };
  it("regression: subnormal weights keep nilai within [0, 120] (capaian 120, bobot 9e-323 once gave 121.44)", () => {
    fc.assert(
      fc.property(extremeArb, (input) => {
        const outcome = policy.safeScore(input);
        if (outcome.ok) expect(skpOutputs(outcome.result.outputs).nilai).toBeLessThanOrEqual(120);
      }),
      { ...RUNS, examples: [[subnormal]] },
    );
  });

  it("regression: a sparse indikator list (a hole) is INPUT_INVALID", () => {
    const holed = inputArb(4).chain((valid) =>
      fc.nat({ max: valid.indikator.length }).map((at) => {
        const indikator: unknown[] = [...valid.indikator];
        indikator.splice(at, 0, undefined);
        delete indikator[at]; // a hole: `at in indikator` is false
        return { indikator };
      }),
    );
    fc.assert(fc.property(holed, (input) => void expectInputInvalid(input)), { numRuns: 50 });
  });
});

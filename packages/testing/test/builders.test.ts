/**
 * The builders of @kinerja/testing produce what they promise: NIPs and NI PPPKs that core's
 * parsers accept, weights that sum to 100, policies that do (or do not) validate, traces of the
 * size asked for.
 */
import { formatNip, parseNiPppk, parseNip, validatePolicy, compilePolicy } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import {
  evaluationInput,
  EXACT_NUMBERS,
  invalidPolicyDocument,
  policyDocument,
  policyHash,
  policyRef,
  randomId,
  randomNiPppk,
  randomNip,
  rhkInput,
  traceOf,
  UNICODE_NAMES,
} from "../src/index.js";

describe("NIP builders", () => {
  it("randomNip is always a valid, unique NIP PNS (500 samples)", () => {
    const nips = Array.from({ length: 500 }, () => randomNip());
    expect(new Set(nips).size).toBe(500);
    for (const nip of nips) {
      const parsed = parseNip(nip, { today: "2025-01-01" });
      expect(parsed.valid, nip).toBe(true);
      expect(parseNip(formatNip(nip)).valid).toBe(true);
    }
    const fixed = randomNip({ birthYear: 1980, gender: 2 });
    expect(fixed.slice(0, 4)).toBe("1980");
    expect(fixed[14]).toBe("2");
  });

  it("randomNiPppk is a valid NI PPPK that is never a valid NIP PNS (500 samples)", () => {
    for (let i = 0; i < 500; i++) {
      const ni = randomNiPppk();
      expect(parseNiPppk(ni, { today: "2025-01-01" }).valid, ni).toBe(true);
      expect(parseNip(ni, { today: "2025-01-01" }).valid, ni).toBe(false);
    }
  });

  it("randomNip refuses a birth year outside its range", () => {
    expect(() => randomNip({ birthYear: 2010 })).toThrow(RangeError);
  });
});

describe("data builders", () => {
  it("randomId gives distinct ids of valid length", () => {
    const ids = Array.from({ length: 1000 }, () => randomId("unit"));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^unit-[0-9a-v]{16}$/);
  });

  it("rhkInput weights are whole numbers summing to exactly 100", () => {
    for (const [count, indicators] of [[1, 1], [2, 3], [3, 3], [7, 1], [5, 4]] as const) {
      const weights = rhkInput({ count, indicators, weighted: true }).flatMap((r) => r.indikator.map((k) => k.bobot));
      expect(weights).toHaveLength(count * indicators);
      expect(weights.reduce((a: number, b) => a + (b ?? 0), 0)).toBe(100);
    }
    expect(rhkInput().flatMap((r) => r.indikator.map((k) => k.bobot))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("policyDocument validates and policyHash equals the compiled hash; invalidPolicyDocument does not validate", () => {
    const doc = policyDocument({ $schema: "x" });
    expect(validatePolicy(doc).ok).toBe(true);
    expect(policyHash(doc)).toBe(compilePolicy(doc).hash);
    expect(validatePolicy(invalidPolicyDocument()).ok).toBe(false);
  });

  it("evaluationInput carries a 64-hex policy hash, a predikat and a trace of about the size asked for", () => {
    expect(policyRef().hash).toMatch(/^[0-9a-f]{64}$/);
    const small = evaluationInput({ planId: "p", tahun: 2025 });
    expect(small.periode).toBe("2025");
    expect(typeof small.outputs["predikat"]).toBe("string");
    expect(small.trace?.outputs).toEqual(small.outputs);
    const size = JSON.stringify(traceOf({ policy: policyRef(), outputs: {}, approxBytes: 1_000_000 })).length;
    expect(size).toBeGreaterThan(950_000);
    expect(size).toBeLessThan(1_100_000);
    expect(evaluationInput({ planId: "p", trace: false }).trace).toBeNull();
  });

  it("samples are valid names (1–200 characters, no control characters) and finite numbers", () => {
    for (const name of UNICODE_NAMES) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(200);
      expect(/[\u0000-\u001f\u007f]/.test(name)).toBe(false);
      expect(name.trim()).toBe(name);
    }
    for (const n of EXACT_NUMBERS) expect(JSON.parse(JSON.stringify(n))).toBe(n);
  });
});

/**
 * W2: rule-count scaling. The same rules JSON (json-rules-engine's condition format) in a Kinerja
 * `rules` decision and in json-rules-engine; the result is the list of fired rules.
 */
import { compilePolicy } from "@kinerja/core";
import { Engine, type RuleProperties } from "json-rules-engine";
import { createRandom } from "../prng.js";
import type { Runner, Workload } from "../types.js";

const GOLONGAN = ["I", "II", "III", "IV"] as const;
const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;

interface Facts {
  nilai: number;
  masaKerja: number;
  golongan: string;
  predikat: string;
}

export const w2: Workload = {
  id: "w2",
  title: "W2 — rule-count scaling (Kinerja rules decision vs json-rules-engine)",
  cases: (options) => {
    const sizes = options.quick ? [10, 100, 1000] : [10, 100, 1000, 10000];
    const factCount = (size: number) => (options.quick ? 20 : size >= 10000 ? 10 : 50);
    return sizes.map((size) => ({
      id: `w2-${size}`,
      label: `${size.toLocaleString("en-US")} rules, ${factCount(size)} fact sets`,
      engines: [
        { engine: "Kinerja", make: () => kinerjaRules(generateRules(size), generateFacts(factCount(size))) },
        { engine: "json-rules-engine", make: () => jreRules(generateRules(size), generateFacts(factCount(size))) },
      ],
    }));
  },
};

/** `count` rules of three leaves each (a threshold, a bound, an `any` of `in` / `equal`). */
export function generateRules(count: number): RuleProperties[] {
  const rnd = createRandom(7 + count);
  return Array.from({ length: count }, (_, k) => ({
    name: `r${k}`,
    conditions: {
      all: [
        { fact: "nilai", operator: "greaterThanInclusive", value: rnd.int(0, 100) },
        { fact: "masaKerja", operator: "lessThan", value: rnd.int(0, 35) },
        {
          any: [
            { fact: "golongan", operator: "in", value: [rnd.pick(GOLONGAN), rnd.pick(GOLONGAN)] },
            { fact: "predikat", operator: "equal", value: rnd.pick(PREDIKAT) },
          ],
        },
      ],
    },
    event: { type: `T${k % 10}`, params: { rule: k } },
  }));
}

function generateFacts(count: number): Facts[] {
  const rnd = createRandom(99);
  return Array.from({ length: count }, () => ({
    nilai: rnd.int(0, 120),
    masaKerja: rnd.int(0, 35),
    golongan: rnd.pick(GOLONGAN),
    predikat: rnd.pick(PREDIKAT),
  }));
}

function kinerjaRules(rules: RuleProperties[], facts: Facts[]): Runner {
  const policy = compilePolicy({
    id: "bench-w2-rules",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Benchmark W2", en: "Benchmark W2" },
    inputs: {
      nilai: { type: "number" },
      masaKerja: { type: "number" },
      golongan: { type: "enum", values: GOLONGAN },
      predikat: { type: "enum", values: PREDIKAT },
    },
    decisions: { tindakan: { kind: "rules", rules } },
  });
  return {
    n: facts.length,
    run: () => facts.map((f) => firedRules(policy.score(f).outputs["tindakan"] as { params: { rule: number } }[])),
  };
}

function jreRules(rules: RuleProperties[], facts: Facts[]): Runner {
  const engine = new Engine(rules, { allowUndefinedFacts: false });
  return {
    n: facts.length,
    run: async () => {
      const out: number[][] = [];
      for (const f of facts) out.push(firedRules((await engine.run({ ...f })).events as unknown as { params: { rule: number } }[]));
      return out;
    },
  };
}

/** The fired rules' numbers in ascending order (json-rules-engine lists them in completion order). */
function firedRules(events: readonly { params: { rule: number } }[]): number[] {
  return events.map((e) => e.params.rule).sort((a, b) => a - b);
}

/**
 * fast-check arbitraries of policy documents: small valid policies (an indicator list with
 * weights, per-item formulas, a weighted average and a UNIQUE rating table) that always compile,
 * and near-valid ones with exactly one deliberate mistake and the issue code the compiler must
 * report for it.
 * @module
 */
import * as fc from "fast-check";
import { ROUNDING_MODES, type KinerjaErrorCode, type PolicyDocument, type Severity, type TableDecision } from "@kinerja/core";

/** The knobs of a generated valid policy. */
interface Knobs {
  readonly id: string;
  readonly cap: number;
  readonly bawah: number;
  readonly atas: number;
  readonly mode: (typeof ROUNDING_MODES)[number];
  readonly scale: number;
  readonly withUnit: boolean;
}

const knobsArb: fc.Arbitrary<Knobs> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
  cap: fc.integer({ min: 100, max: 150 }),
  bawah: fc.integer({ min: 40, max: 89 }),
  atas: fc.integer({ min: 90, max: 130 }),
  mode: fc.constantFrom(...ROUNDING_MODES),
  scale: fc.integer({ min: 0, max: 4 }),
  withUnit: fc.boolean(),
});

/**
 * Valid small policies: `indikator` (target, realisasi, bobot summing to 100, polaritas NAIK /
 * TURUN), per-item capaian clamped to [0, cap], `nilai` = weighted average, a UNIQUE `rating`
 * table on nilai with generated thresholds, random rounding, sometimes an enum input. Every one
 * compiles without warnings.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(policyArbitrary(), (doc) => validatePolicy(doc).ok));
 * ```
 */
export function policyArbitrary(): fc.Arbitrary<PolicyDocument> {
  return knobsArb.map(buildPolicy);
}

/** A mistake {@link nearValidPolicyArbitrary} can make. */
export type PolicyMistake = "unknown-name" | "type-mismatch" | "weight-sum" | "table-gap" | "unique-overlap" | "expr-syntax";

/** A near-valid policy: the document, its one mistake, and the issue the compiler must report. */
export interface NearValidPolicy {
  readonly document: PolicyDocument;
  readonly mistake: PolicyMistake;
  readonly expectedCode: KinerjaErrorCode;
  /** `warning` for a table gap (the policy still compiles), `error` for everything else. */
  readonly severity: Severity;
}

/**
 * Policies with exactly one mistake — an unknown name, a type mismatch, weights that do not add
 * up, a table gap, an overlap in a UNIQUE table, a formula syntax error — and the code the
 * compiler reports for it (`validatePolicy(document).issues` holds an issue with that code).
 */
export function nearValidPolicyArbitrary(mistakes: readonly PolicyMistake[] = MISTAKES): fc.Arbitrary<NearValidPolicy> {
  return fc.tuple(knobsArb, fc.constantFrom(...mistakes)).map(([knobs, mistake]) => breakPolicy(buildPolicy(knobs), mistake));
}

const MISTAKES: readonly PolicyMistake[] = ["unknown-name", "type-mismatch", "weight-sum", "table-gap", "unique-overlap", "expr-syntax"];

function buildPolicy(k: Knobs): PolicyDocument {
  return {
    id: k.id,
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Kebijakan uji", en: "Test policy" },
    numeric: { rounding: { mode: k.mode, scale: k.scale }, apply: "decisions" },
    inputs: {
      indikator: {
        type: "list",
        minItems: 1,
        items: {
          type: "object",
          fields: {
            target: { type: "number", min: 0.01 },
            realisasi: { type: "number", min: 0 },
            bobot: { type: "number", min: 0, weight: { sum: 100 } },
            polaritas: { type: "enum", values: ["NAIK", "TURUN"] },
          },
        },
      },
      ...(k.withUnit ? { unit: { type: "enum", values: ["DISHUB", "DINKES", "KECAMATAN"], optional: true } } : {}),
    },
    weights: { komposisi: { weights: { hasil: 70, perilaku: 30 }, sum: 100 } },
    decisions: {
      capaianIndikator: {
        kind: "perItem",
        over: "indikator",
        as: "i",
        decisions: { capaian: { kind: "formula", type: "number", expr: `clamp(if i.polaritas = "NAIK" then i.realisasi / i.target * 100 else (2 - i.realisasi / i.target) * 100, 0, ${k.cap})` } },
      },
      nilai: { kind: "formula", type: "number", expr: "wavg(capaianIndikator.capaian, indikator.bobot)" },
      rating: ratingTable(k.bawah, k.atas),
    },
    outputs: ["capaianIndikator", "nilai", "rating"],
  };
}

function ratingTable(bawah: number, atas: number): TableDecision {
  return {
    kind: "table",
    hitPolicy: "UNIQUE",
    inputs: ["nilai"],
    outputs: ["rating"],
    rules: [
      { when: [`>= ${atas}`], then: ["DI_ATAS_EKSPEKTASI"] },
      { when: [`[${bawah}..${atas})`], then: ["SESUAI_EKSPEKTASI"] },
      { when: [`< ${bawah}`], then: ["DI_BAWAH_EKSPEKTASI"] },
    ],
  };
}

function breakPolicy(doc: PolicyDocument, mistake: PolicyMistake): NearValidPolicy {
  const decisions = { ...doc.decisions };
  const table = decisions["rating"] as TableDecision;
  const bound = (row: number): string => String((table.rules[row]?.when[0] as string).match(/-?\d+/)?.[0]);
  switch (mistake) {
    case "unknown-name":
      return near({ ...doc, decisions: { ...decisions, nilai: { kind: "formula", type: "number", expr: "wavg(capaianIndikatorr.capaian, indikator.bobot)" } } }, mistake, "UNKNOWN_NAME");
    case "type-mismatch":
      return near({ ...doc, decisions: { ...decisions, nilai: { kind: "formula", type: "number", expr: 'wavg(capaianIndikator.capaian, indikator.bobot) + "poin"' } } }, mistake, "TYPE_MISMATCH");
    case "weight-sum":
      return near({ ...doc, weights: { komposisi: { weights: { hasil: 70, perilaku: 20 }, sum: 100 } } }, mistake, "WEIGHT_SUM");
    case "table-gap":
      return near({ ...doc, decisions: { ...decisions, rating: { ...table, rules: [table.rules[0], { ...table.rules[1], when: [`(${bound(1)}..${bound(0)})`] }, table.rules[2]] as TableDecision["rules"] } } }, mistake, "TABLE_GAP", "warning");
    case "unique-overlap":
      return near({ ...doc, decisions: { ...decisions, rating: { ...table, rules: [table.rules[0], { ...table.rules[1], when: [`[${bound(1)}..${bound(0)}]`] }, table.rules[2]] as TableDecision["rules"] } } }, mistake, "TABLE_OVERLAP");
    case "expr-syntax":
      return near({ ...doc, decisions: { ...decisions, nilai: { kind: "formula", type: "number", expr: "wavg(capaianIndikator.capaian, indikator.bobot" } } }, mistake, "EXPR_SYNTAX");
  }
}

function near(document: PolicyDocument, mistake: PolicyMistake, expectedCode: KinerjaErrorCode, severity: Severity = "error"): NearValidPolicy {
  return { document, mistake, expectedCode, severity };
}

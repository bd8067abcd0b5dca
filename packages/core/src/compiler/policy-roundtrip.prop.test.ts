// Law: serialise/parse round-trip of policies preserves identity and meaning.
//   (a) document level — JSON.parse(JSON.stringify(doc)), JSON.parse(canonicalJson(doc)) and any
//       reordering of object keys compile to the same `hash` and score identically (results and
//       traces deep-equal), for the weighted SKP fixture and for generated variants (random clamp,
//       thresholds, rounding and golden cases with random weights);
//   (b) expression level — replacing every formula by printExpression(parseExpression(formula))
//       changes no result: for generated numeric formulas over inputs a, b, c (with redundant
//       parentheses, odd spacing and literal spellings) and for fully parenthesised random trees
//       of arbitraryExpression(), both versions have the same compile issues (codes, paths) and,
//       when they compile, the same outputs — or the same error code and path (DIVISION_BY_ZERO
//       included) — on random inputs.
// Regression: the declared order of `decisions` once decided the trace order although canonicalJson
// sorts keys, so two documents with one hash gave differently ordered traces. Evaluation order is now
// dependencies first, then by name.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUNDING_MODES, canonicalJson, compilePolicy, parseExpression, printExpression, validatePolicy } from "../index.js";
import { arbitraryExpression } from "../../test/support/arbitrary-expression.js";
import type { Expression } from "../expr/ast.js";
import type { JsonValue, PolicyDocument } from "../schema/policy-types.js";
import type { CompiledPolicy, ScoreOutcome } from "./scorer.js";
import { WEIGHTED_SKP, buildWeightedSkp, capaianExpr, inputArb, type WeightedSkpOptions } from "./fixtures/weighted-skp.js";

const RUNS = { numRuns: 200 };

/** A copy of a JSON value with every object's keys in an order drawn from `rng`. */
function shuffleKeys(value: unknown, rng: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rng));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value).sort(() => rng() - 0.5);
  return Object.fromEntries(keys.map((k) => [k, shuffleKeys((value as Record<string, unknown>)[k], rng)]));
}

/** A small deterministic generator in [0, 1) (an LCG), so a fast-check seed fixes the key order. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const knobsArb: fc.Arbitrary<WeightedSkpOptions> = fc.record({
  cap: fc.integer({ min: 100, max: 150 }),
  bawah: fc.integer({ min: 40, max: 89 }),
  atas: fc.integer({ min: 90, max: 130 }),
  rounding: fc.record({ mode: fc.constantFrom(...ROUNDING_MODES), scale: fc.integer({ min: 0, max: 4 }) }),
});
const variantArb: fc.Arbitrary<PolicyDocument> = fc
  .tuple(knobsArb, fc.array(inputArb(3), { maxLength: 2 }))
  .map(([knobs, inputs]) => ({ ...buildWeightedSkp(knobs), cases: inputs.map((input, i) => ({ name: `kasus ${i}`, input: { ...input } as unknown as Record<string, JsonValue>, expected: {} })) }));
const docArb = fc.oneof(fc.constant(WEIGHTED_SKP), variantArb);

function expectSameScores(a: CompiledPolicy, b: CompiledPolicy, inputs: readonly unknown[]): void {
  for (const input of inputs) expect(b.score(input, { trace: true })).toEqual(a.score(input, { trace: true }));
}

describe("document round-trip", () => {
  it("JSON, canonical JSON and shuffled keys give the same hash and identical scores", () => {
    fc.assert(
      fc.property(docArb, fc.integer(), fc.array(inputArb(), { minLength: 1, maxLength: 3 }), (doc, seed, inputs) => {
        const original = compilePolicy(doc);
        expect(original.warnings).toEqual([]);
        const copies = [JSON.parse(JSON.stringify(doc)), JSON.parse(canonicalJson(doc)), shuffleKeys(doc, lcg(seed))];
        for (const copy of copies) {
          const compiled = compilePolicy(copy);
          expect(compiled.hash).toBe(original.hash);
          expectSameScores(original, compiled, inputs);
        }
        expect(canonicalJson(JSON.parse(canonicalJson(doc)))).toBe(canonicalJson(doc));
      }),
      RUNS,
    );
  });

  it("with independent decisions, canonical key order gives the same trace under the same hash", () => {
    // bobotTotal is independent of the other decisions and declared last; canonicalJson sorts it first.
    const withIndependent = (doc: PolicyDocument): PolicyDocument => ({
      ...doc,
      decisions: { ...doc.decisions, bobotTotal: { kind: "formula", expr: "sum(indikator, x => x.bobot)" } },
      outputs: [...(doc.outputs ?? []), "bobotTotal"],
    });
    fc.assert(
      fc.property(docArb.map(withIndependent), inputArb(), (doc, input) => {
        const canonical = JSON.parse(canonicalJson(doc)) as unknown;
        expect(compilePolicy(canonical).hash).toBe(compilePolicy(doc).hash);
        expectSameScores(compilePolicy(doc), compilePolicy(canonical), [input]);
      }),
      { numRuns: 20 },
    );
  });
});

// ---- expression level ---------------------------------------------------------------------

/** Reprints one formula text canonically. */
function reprint(text: string): string {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`does not parse: ${text}`);
  return printExpression(parsed.expression);
}

function formulaPolicy(expr: string, rounded: boolean): PolicyDocument {
  return {
    id: "rumus",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Rumus", en: "Formula" },
    ...(rounded ? { numeric: { rounding: { mode: "HALF_EVEN", scale: 3 } } } : {}),
    inputs: { a: { type: "number" }, b: { type: "number" }, c: { type: "number" }, xs: { type: "list", items: { type: "number" } } },
    decisions: { r: { kind: "formula", expr } },
  };
}

/** The comparable part of an outcome: outputs, or the error's code and path (messages quote source text). */
function settle(outcome: ScoreOutcome): unknown {
  return outcome.ok ? { outputs: outcome.result.outputs } : { code: outcome.error.code, path: outcome.error.path };
}

function issueKeys(doc: PolicyDocument): unknown[] {
  return validatePolicy(doc).issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path }));
}

const numberArb = fc.oneof(fc.constantFrom(0, 0.5, -2.25, 3, 100, 1e-3), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100));
const abcArb = fc.record({ a: numberArb, b: numberArb, c: numberArb, xs: fc.array(numberArb, { maxLength: 3 }) });

let divisionsByZero = 0;

/** Checks that `source` and its reprint behave the same; returns whether it compiled. */
function checkReprint(source: string, rounded: boolean, inputs: readonly unknown[]): boolean {
  const before = formulaPolicy(source, rounded);
  const after = formulaPolicy(reprint(source), rounded);
  expect(issueKeys(after)).toEqual(issueKeys(before));
  if (!validatePolicy(before).ok) return false;
  const [p, q] = [compilePolicy(before), compilePolicy(after)];
  for (const input of inputs) {
    const outcome = p.safeScore(input);
    if (!outcome.ok && outcome.error.code === "DIVISION_BY_ZERO") divisionsByZero++;
    expect(settle(q.safeScore(input))).toEqual(settle(outcome));
  }
  return true;
}

interface Src {
  readonly text: string;
  /** Binding strength: 0 if/else, 1 comparison, 2 additive, 3 multiplicative, 4 unary, 5 atom. */
  readonly prec: number;
}
const sp = fc.constantFrom(" ", "", "  ");
const paren = (s: Src, need: boolean, extra: boolean): string => (need || extra ? `(${s.text})` : s.text);
const literalArb: fc.Arbitrary<Src> = fc
  .oneof(fc.constantFrom("0", "0.0", "1", "2.50", ".5", "1e2", "1E-1", "100", "0.70", "3"), fc.nat(999).map(String))
  .map((text) => ({ text, prec: 5 }));
const leafArb: fc.Arbitrary<Src> = fc.oneof(literalArb, fc.constantFrom("a", "b", "c").map((text) => ({ text, prec: 5 })));

/** Numeric formula source text over a, b, c with redundant parentheses and irregular spacing. */
const numericSourceArb: fc.Arbitrary<string> = fc.letrec<{ e: Src }>((tie) => {
  const e = tie("e");
  const ops = [["+", 2], ["-", 2], ["*", 3], ["/", 3]] as const;
  return {
    e: fc.oneof(
      { maxDepth: 5, depthSize: "small" },
      leafArb,
      fc.tuple(fc.constantFrom(...ops), e, e, sp, fc.boolean(), fc.boolean()).map(([[op, prec], l, r, s, x, y]) => ({
        text: `${paren(l, l.prec < prec, x)}${s}${op}${s}${paren(r, r.prec <= prec, y)}`,
        prec,
      })),
      fc.tuple(e, fc.boolean()).map(([x, extra]) => ({ text: `- ${paren(x, x.prec < 4, extra)}`, prec: 4 })),
      fc.tuple(fc.constantFrom("<", ">=", "=", "!="), e, e, e, e).map(([op, l, r, t, f]) => ({
        text: `if ${paren(l, l.prec < 2, false)} ${op} ${paren(r, r.prec < 2, false)} then ${t.text} else ${f.text}`,
        prec: 0,
      })),
      fc.tuple(fc.constantFrom("min", "max", "abs", "clamp", "round"), e, e, e).map(([fn, x, y, z]) => ({
        text: fn === "abs" ? `abs(${x.text})` : fn === "clamp" ? `clamp(${x.text},${y.text} , ${z.text})` : fn === "round" ? `round(${x.text}, 2)` : `${fn}( ${x.text}, ${y.text} )`,
        prec: 5,
      })),
    ),
  };
}).e.map((s) => s.text);

/** Renames identifiers to declared inputs and callees to built-ins, so more random trees compile. */
function tame(node: Expression): Expression {
  const pick = (xs: readonly string[], s: string): string => xs[[...s].reduce((h, ch) => h + ch.charCodeAt(0), 0) % xs.length] as string;
  const isNode = (v: unknown): v is Expression => typeof v === "object" && v !== null && "type" in v;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) out[key] = Array.isArray(v) ? v.map((x: Expression) => tame(x)) : isNode(v) ? tame(v) : v;
  if (node.type === "identifier") out.name = pick(["a", "b", "c", "xs"], node.name);
  if (node.type === "call") out.callee = pick(["min", "max", "abs", "sum", "count", "coalesce", "round", "clamp"], node.callee);
  return out as unknown as Expression;
}

/** Prints a tree with every composite node parenthesised (so it differs from the canonical text). */
function printFull(e: Expression): string {
  const p = printFull;
  switch (e.type) {
    case "binary": return `(${p(e.left)} ${e.operator} ${p(e.right)})`;
    case "unary": return e.operator === "not" ? `(not ${p(e.operand)})` : `(-${p(e.operand)})`;
    case "if": return `(if ${p(e.test)} then ${p(e.consequent)} else ${p(e.alternate)})`;
    case "lambda": return `(${e.param} => ${p(e.body)})`;
    case "member": return `(${p(e.object)}).${e.property}`;
    case "index": return `(${p(e.object)})[${p(e.index)}]`;
    case "list": return `[${e.items.map(p).join(", ")}]`;
    case "call": return `${e.callee}(${e.args.map(p).join(", ")})`;
    default: return printExpression(e);
  }
}

describe("formula round-trip through printExpression(parseExpression(…))", () => {
  it("the fixture's formulas are canonical; a verbose spelling reprints to them and scores identically", () => {
    const withFormulas = (capaianText: string, nilaiText: string): PolicyDocument => {
      const doc = structuredClone(WEIGHTED_SKP);
      const [perItem, nilai] = [doc.decisions.capaianIndikator, doc.decisions.nilai];
      const capaian = perItem?.kind === "perItem" ? perItem.decisions.capaian : undefined;
      if (capaian?.kind !== "formula" || nilai?.kind !== "formula") throw new Error("unexpected fixture shape");
      capaian.expr = capaianText;
      nilai.expr = nilaiText;
      return doc;
    };
    const [capaianText, nilaiText] = [capaianExpr(), "wavg(capaianIndikator.capaian, indikator.bobot)"];
    expect([reprint(capaianText), reprint(nilaiText)]).toEqual([capaianText, nilaiText]);
    const verboseCapaian = `clamp( (if (i.polaritas = "NAIK") then ((i.realisasi / i.target) * 100.0) else ((2 - (i.realisasi / i.target)) * 1e2)) ,0, 120.00 )`;
    const verboseNilai = "wavg( (capaianIndikator).capaian ,(indikator.bobot) )";
    const verbose = compilePolicy(withFormulas(verboseCapaian, verboseNilai));
    const reprinted = compilePolicy(withFormulas(reprint(verboseCapaian), reprint(verboseNilai)));
    expect(reprint(verboseNilai)).toBe(nilaiText);
    expect([verbose.warnings, reprinted.warnings]).toEqual([[], []]);
    const original = compilePolicy(WEIGHTED_SKP);
    fc.assert(
      fc.property(inputArb(), (input) => {
        const expected = original.score(input).outputs;
        expect(verbose.score(input).outputs).toEqual(expected);
        expect(reprinted.score(input).outputs).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("generated numeric formulas over a, b, c: same issues, same outputs or same error (DIVISION_BY_ZERO too)", () => {
    let compiled = 0;
    fc.assert(
      fc.property(numericSourceArb, fc.boolean(), fc.array(abcArb, { minLength: 1, maxLength: 5 }), (source, rounded, inputs) => {
        if (checkReprint(source, rounded, inputs)) compiled++;
      }),
      { numRuns: 500 },
    );
    expect(compiled).toBeGreaterThan(450);
    expect(divisionsByZero).toBeGreaterThan(0); // the DIVISION_BY_ZERO path was exercised
  });

  it("fully parenthesised random trees of arbitraryExpression(): same issues, same outcomes", () => {
    let compiled = 0; // about 15% of the tamed trees type-check; the rest compare their issues
    fc.assert(
      fc.property(arbitraryExpression({ maxDepth: 3 }).map(tame), fc.array(abcArb, { minLength: 1, maxLength: 3 }), (tree, inputs) => {
        if (checkReprint(printFull(tree), false, inputs)) compiled++;
      }),
      { numRuns: 500 },
    );
    expect(compiled).toBeGreaterThan(20);
  });
});

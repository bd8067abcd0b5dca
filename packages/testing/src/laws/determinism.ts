/**
 * Laws `determinism` and `round-trip`. Determinism: scoring the same input twice, and on a
 * policy compiled again from the same document, gives deep-equal results and traces.
 * Round-trip: the document written as JSON text, parsed and compiled again has the same hash and
 * gives the same results and traces on generated inputs.
 * @module
 */
import { canonicalJson, compilePolicy, type CompiledPolicy } from "@kinerja/core";
import { inputArbitrary } from "../arbitraries/input.js";
import { LawViolation, runProperty, type LawContext, type LawDefinition } from "./context.js";
import type { LawResult } from "./types.js";

/** The determinism law. */
export const determinismLaw: LawDefinition = {
  id: "determinism",
  notApplicable: () => undefined,
  run(ctx: LawContext): LawResult {
    const again = compilePolicy(ctx.policy.document, ctx.compileOptions);
    const passed = { id: "Skor dan jejak sama pada penilaian ulang dan pada kebijakan yang dikompilasi ulang.", en: "Results and traces are equal when scored again and on a recompiled policy." };
    return runProperty("determinism", ctx, inputArbitrary(ctx.policy), (input) => {
      const first = ctx.policy.score(input, { trace: true });
      same(first, ctx.policy.score(input, { trace: true }), { id: "penilaian kedua", en: "the second scoring" });
      same(first, again.score(input, { trace: true }), { id: "kebijakan yang dikompilasi ulang", en: "the recompiled policy" });
    }, passed);
  },
};

/** The round-trip law. */
export const roundTripLaw: LawDefinition = {
  id: "round-trip",
  notApplicable: () => undefined,
  run(ctx: LawContext): LawResult {
    const text = JSON.stringify(ctx.policy.document);
    let parsed: CompiledPolicy;
    try {
      parsed = compilePolicy(JSON.parse(text) as unknown, ctx.compileOptions);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { law: "round-trip", status: "failed", runs: 0, message: { id: `Dokumen dari teks JSON tidak dapat dikompilasi: ${reason}`, en: `The document read back from JSON text does not compile: ${reason}` } };
    }
    if (parsed.hash !== ctx.policy.hash) {
      return { law: "round-trip", status: "failed", runs: 0, message: { id: `Hash berubah: ${ctx.policy.hash} → ${parsed.hash}.`, en: `The hash changed: ${ctx.policy.hash} → ${parsed.hash}.` }, path: [] };
    }
    const passed = { id: "Dokumen → teks JSON → dokumen memberi hash, skor dan jejak yang sama.", en: "Document → JSON text → document gives the same hash, results and traces." };
    return runProperty("round-trip", ctx, inputArbitrary(ctx.policy), (input) => {
      same(ctx.policy.score(input, { trace: true }), parsed.score(input, { trace: true }), { id: "kebijakan dari teks JSON", en: "the policy read back from JSON" });
    }, passed);
  },
};

function same(a: unknown, b: unknown, what: { id: string; en: string }): void {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  if (x === y) return;
  const at = [...x].findIndex((c, i) => c !== y[i]);
  const context = `…${x.slice(Math.max(0, at - 60), at + 60)}… ≠ …${y.slice(Math.max(0, at - 60), at + 60)}…`;
  throw new LawViolation({ id: `Hasil berbeda pada ${what.id}: ${context}`, en: `The result differs on ${what.en}: ${context}` });
}

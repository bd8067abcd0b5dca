/**
 * Law `permutation`: permuting the indicator list leaves every output unchanged, except that
 * per-indicator lists are permuted the same way; other list outputs are compared as multisets.
 * @module
 */
import * as fc from "fast-check";
import { canonicalJson } from "@kinerja/core";
import { LawViolation, runProperty, type LawContext, type LawDefinition } from "./context.js";
import { indicatorList, inputsWithIndicators, itemsOf, withItems, type Item } from "./indicators.js";
import type { IndicatorProfile, LawResult } from "./types.js";

/** The permutation law. */
export const permutationLaw: LawDefinition = {
  id: "permutation",
  notApplicable(ctx) {
    if (!ctx.profile.indicators || !indicatorList(ctx)) return { id: "Kebijakan tidak memiliki daftar indikator.", en: "The policy has no indicator list." };
    const max = indicatorList(ctx)?.maxItems;
    if (max !== undefined && max < 2) return { id: "Daftar indikator paling banyak berisi 1 butir.", en: "The indicator list holds at most 1 item." };
    return undefined;
  },
  run(ctx: LawContext): LawResult {
    const profile = ctx.profile.indicators as IndicatorProfile;
    const caseArb = inputsWithIndicators(ctx, 2).chain((input) => {
      const indexes = itemsOf(input, profile).map((_, i) => i);
      return fc.record({ input: fc.constant(input), perm: fc.shuffledSubarray(indexes, { minLength: indexes.length, maxLength: indexes.length }) });
    });
    const itemOutputs = new Set(profile.itemOutputs ?? []);
    const passed = {
      id: `Urutan ${profile.list} tidak mengubah keluaran (${[...itemOutputs].join(", ") || "-"} ikut dipermutasi; daftar lain dibandingkan sebagai multiset).`,
      en: `The order of ${profile.list} changes no output (${[...itemOutputs].join(", ") || "-"} permuted alike; other lists compared as multisets).`,
    };
    return runProperty("permutation", ctx, caseArb, ({ input, perm }) => {
      const items = itemsOf(input, profile);
      const before = ctx.policy.score(input).outputs;
      const after = ctx.policy.score(withItems(input, profile, perm.map((i) => items[i] as Item))).outputs;
      for (const name of Object.keys(before)) {
        const b = before[name] ?? null;
        const a = after[name] ?? null;
        const expected = itemOutputs.has(name) && Array.isArray(b) ? perm.map((i) => b[i]) : b;
        const same = Array.isArray(expected) && Array.isArray(a) && !itemOutputs.has(name) ? sameMultiset(expected, a) : canonicalJson(expected) === canonicalJson(a);
        if (!same) {
          throw new LawViolation(
            {
              id: `Permutasi [${perm.join(", ")}] dari ${profile.list} mengubah ${name}: ${canonicalJson(expected).slice(0, 120)} → ${canonicalJson(a).slice(0, 120)}.`,
              en: `Permutation [${perm.join(", ")}] of ${profile.list} changed ${name}: ${canonicalJson(expected).slice(0, 120)} → ${canonicalJson(a).slice(0, 120)}.`,
            },
            ["decisions", name],
          );
        }
      }
    }, passed);
  },
};

function sameMultiset(a: readonly unknown[], b: readonly unknown[]): boolean {
  const key = (xs: readonly unknown[]): string => xs.map((x) => canonicalJson(x ?? null)).sort().join("\n");
  return a.length === b.length && key(a) === key(b);
}

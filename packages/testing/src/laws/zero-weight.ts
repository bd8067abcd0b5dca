/**
 * Law `zero-weight`: inserting indicators whose weight is 0 (anywhere in the list; the declared
 * weight sum is unchanged, so no re-normalisation is needed) leaves every output unchanged:
 * per-indicator lists lose the inserted elements before the comparison, and the profile's
 * presence outputs (counts of indicators) are left out.
 * @module
 */
import * as fc from "fast-check";
import { canonicalJson, type ListField } from "@kinerja/core";
import { LawViolation, runProperty, type LawContext, type LawDefinition } from "./context.js";
import { indicatorList, inputsWithIndicators, itemArbitrary, itemField, itemsOf, withItems, type Item } from "./indicators.js";
import { omitPaths } from "./output-paths.js";
import type { IndicatorProfile, LawResult } from "./types.js";

/** The zero-weight law. */
export const zeroWeightLaw: LawDefinition = {
  id: "zero-weight",
  notApplicable(ctx) {
    const profile = ctx.profile.indicators;
    const list = indicatorList(ctx);
    if (!profile || !list) return { id: "Kebijakan tidak memiliki daftar indikator.", en: "The policy has no indicator list." };
    if (profile.weight === undefined) return { id: `Indikator di ${profile.list} tidak memiliki bobot.`, en: `The indicators in ${profile.list} have no weight.` };
    const weight = itemField(list, profile.weight);
    if (weight?.type !== "number" || (weight.min ?? 0) > 0 || (weight.max ?? 0) < 0) return { id: `Bobot ${profile.weight} tidak boleh 0.`, en: `The weight ${profile.weight} cannot be 0.` };
    if (list.maxItems !== undefined && list.maxItems < 2) return { id: `${profile.list} menampung paling banyak ${list.maxItems} indikator.`, en: `${profile.list} holds at most ${list.maxItems} indicator.` };
    return undefined;
  },
  run(ctx: LawContext): LawResult {
    const profile = ctx.profile.indicators as IndicatorProfile;
    const list = indicatorList(ctx) as ListField;
    const weight = profile.weight as string;
    const room = (list.maxItems ?? Infinity) - 1;
    const zero = itemArbitrary(list).map((item): Item => ({ ...item, [weight]: 0 }));
    const caseArb = inputsWithIndicators(ctx, 1, true)
      .filter((input) => itemsOf(input, profile).length <= room)
      .chain((input) => {
        const n = itemsOf(input, profile).length;
        const extra = Math.max(1, Math.min(2, (list.maxItems ?? Infinity) - n));
        return fc.record({ input: fc.constant(input), extra: fc.array(zero, { minLength: 1, maxLength: extra }), at: fc.nat({ max: n }) });
      });
    const ignored = profile.presenceOutputs ?? [];
    const passed = {
      id: `Menyisipkan indikator berbobot 0 tidak mengubah keluaran${ignored.length ? ` (kecuali ${ignored.join(", ")}, yang menghitung indikator)` : ""}.`,
      en: `Inserting indicators of weight 0 changes no output${ignored.length ? ` (except ${ignored.join(", ")}, which count indicators)` : ""}.`,
    };
    return runProperty("zero-weight", ctx, caseArb, ({ input, extra, at }) => {
      const items = itemsOf(input, profile);
      const before = ctx.policy.score(input).outputs;
      const after = ctx.policy.score(withItems(input, profile, [...items.slice(0, at), ...extra, ...items.slice(at)])).outputs;
      const trimmed: Record<string, unknown> = { ...after };
      for (const name of profile.itemOutputs ?? []) {
        const value = after[name];
        if (Array.isArray(value)) trimmed[name] = [...value.slice(0, at), ...value.slice(at + extra.length)];
      }
      compare(omitPaths(before, ignored), omitPaths(trimmed, ignored), at, extra.length);
    }, passed);
  },
};

function compare(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, at: number, count: number): void {
  for (const name of Object.keys(before)) {
    if (canonicalJson(before[name] ?? null) === canonicalJson(after[name] ?? null)) continue;
    throw new LawViolation(
      {
        id: `Menyisipkan ${count} indikator berbobot 0 di posisi ${at} mengubah ${name}: ${canonicalJson(before[name] ?? null).slice(0, 120)} → ${canonicalJson(after[name] ?? null).slice(0, 120)}.`,
        en: `Inserting ${count} indicator(s) of weight 0 at position ${at} changed ${name}: ${canonicalJson(before[name] ?? null).slice(0, 120)} → ${canonicalJson(after[name] ?? null).slice(0, 120)}.`,
      },
      ["decisions", name],
    );
  }
}

/**
 * Law `monotonicity`: with every other input fixed, raising the realisation of one
 * higher-is-better (NAIK) indicator never lowers a monotone output (the indicator's capaian, the
 * weighted achievement, an ordered rating), and raising the realisation of a lower-is-better
 * (TURUN) indicator never raises one (its mirror: lowering never lowers).
 * @module
 */
import * as fc from "fast-check";
import type { ListField, NumberField } from "@kinerja/core";
import { numberArbitrary } from "../arbitraries/input.js";
import { LawViolation, runProperty, show, type LawContext, type LawDefinition } from "./context.js";
import { indicatorList, inputsWithIndicators, itemField, itemsOf, setField, withItems, type Input } from "./indicators.js";
import { outputName, valueAtItem } from "./output-paths.js";
import type { IndicatorProfile, LawResult, MonotoneOutput } from "./types.js";

/** The monotonicity law. */
export const monotonicityLaw: LawDefinition = {
  id: "monotonicity",
  notApplicable(ctx) {
    const profile = ctx.profile.indicators;
    const list = indicatorList(ctx);
    if (!profile || !list) return { id: "Kebijakan tidak memiliki daftar indikator dengan realisasi.", en: "The policy has no indicator list with a realisation." };
    if ((ctx.profile.monotone ?? []).length === 0) return { id: "Profil tidak menyebut keluaran yang monoton terhadap realisasi.", en: "The profile names no output that is monotone in the realisation." };
    if (itemField(list, profile.realisation)?.type !== "number") return { id: `Realisasi ${profile.realisation} bukan bidang bilangan.`, en: `The realisation ${profile.realisation} is not a number field.` };
    return undefined;
  },
  run(ctx: LawContext): LawResult {
    const profile = ctx.profile.indicators as IndicatorProfile;
    const field = itemField(indicatorList(ctx) as ListField, profile.realisation) as NumberField;
    const directions = directionsOf(profile);
    const caseArb = inputsWithIndicators(ctx, 1).chain((input) =>
      fc.record({
        input: fc.constant(input),
        at: fc.nat({ max: itemsOf(input, profile).length - 1 }),
        direction: fc.constantFrom(...directions),
        values: fc.tuple(numberArbitrary(field), numberArbitrary(field)).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
      }),
    );
    const outputs = ctx.profile.monotone ?? [];
    const passed = {
      id: `Keluaran ${outputs.map((o) => o.path).join(", ")} monoton terhadap ${profile.realisation} (${directions.join(", ")}).`,
      en: `Outputs ${outputs.map((o) => o.path).join(", ")} are monotone in ${profile.realisation} (${directions.join(", ")}).`,
    };
    return runProperty("monotonicity", ctx, caseArb, ({ input, at, direction, values }) => {
      const [low, high] = values;
      const before = ctx.policy.score(edit(input, profile, at, direction, low)).outputs;
      const after = ctx.policy.score(edit(input, profile, at, direction, high)).outputs;
      for (const output of outputs) checkOne(output, before, after, at, direction, [low, high]);
    }, passed);
  },
};

type Direction = "NAIK" | "TURUN";

function directionsOf(profile: IndicatorProfile): Direction[] {
  const p = profile.polarity;
  if (!p) return ["NAIK"];
  if ("constant" in p) return [p.constant === "up" ? "NAIK" : "TURUN"];
  return p.down === undefined ? ["NAIK"] : ["NAIK", "TURUN"];
}

function edit(input: Input, profile: IndicatorProfile, at: number, direction: Direction, realisation: number): Input {
  const p = profile.polarity;
  const items = itemsOf(input, profile).map((item, i) => {
    if (i !== at) return item;
    const polar = p && "field" in p ? setField(item, p.field, direction === "NAIK" ? p.up : p.down) : item;
    return setField(polar, profile.realisation, realisation);
  });
  return withItems(input, profile, items);
}

function checkOne(output: MonotoneOutput, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, at: number, direction: Direction, [low, high]: readonly [number, number]): void {
  const a = valueAtItem(before, output.path, at);
  const b = valueAtItem(after, output.path, at);
  const ra = rank(a, output);
  const rb = rank(b, output);
  const ok = direction === "NAIK" ? rb >= ra : rb <= ra;
  if (ok) return;
  const where = output.path.replace("[]", `[${at}]`);
  throw new LawViolation(
    {
      id: `Indikator ${at} (${direction}): realisasi ${low} → ${high} mengubah ${where} dari ${show(a)} menjadi ${show(b)} (${direction === "NAIK" ? "turun" : "naik"}).`,
      en: `Indicator ${at} (${direction}): realisation ${low} → ${high} changed ${where} from ${show(a)} to ${show(b)} (${direction === "NAIK" ? "down" : "up"}).`,
    },
    ["decisions", outputName(output.path)],
  );
}

/** A comparable rank: the number itself, the position in `order`, and -Infinity for null. */
function rank(value: unknown, output: MonotoneOutput): number {
  if (value === null || value === undefined) return -Infinity;
  if (output.order) return output.order.indexOf(value as string);
  return typeof value === "number" ? value : Number.NaN;
}

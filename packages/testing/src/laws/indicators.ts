/**
 * Helpers of the indicator laws (monotonicity, zero-weight, permutation): the declared item
 * fields of the indicator list, generated inputs with enough indicators, and immutable edits of
 * one indicator.
 * @module
 */
import * as fc from "fast-check";
import type { FieldType, ListField } from "@kinerja/core";
import { fieldArbitrary, inputArbitrary } from "../arbitraries/input.js";
import type { LawContext } from "./context.js";
import type { IndicatorProfile } from "./types.js";

/** An indicator item as generated. */
export type Item = Record<string, unknown>;
/** A scoring input as generated. */
export type Input = Record<string, unknown>;

/** The declared list field of the indicators, or undefined when the profile names no list input. */
export function indicatorList(ctx: LawContext): ListField | undefined {
  const list = ctx.profile.indicators?.list;
  const field = list === undefined ? undefined : ctx.policy.document.inputs[list];
  return field?.type === "list" ? field : undefined;
}

/** The declared type of a (dotted) field of an indicator item. */
export function itemField(list: ListField, dotted: string): FieldType | undefined {
  let field: FieldType | undefined = list.items;
  for (const part of dotted.split(".")) field = field?.type === "object" ? field.fields[part] : undefined;
  return field;
}

/** A valid indicator item of the list. */
export function itemArbitrary(list: ListField): fc.Arbitrary<Item> {
  return fieldArbitrary(list.items) as fc.Arbitrary<Item>;
}

/** Valid inputs with at least `minItems` indicators (and a positive total weight when asked). */
export function inputsWithIndicators(ctx: LawContext, minItems: number, positiveWeight = false): fc.Arbitrary<Input> {
  const profile = ctx.profile.indicators as IndicatorProfile;
  return inputArbitrary(ctx.policy).filter((input) => {
    const items = itemsOf(input, profile);
    if (items.length < minItems) return false;
    return !positiveWeight || profile.weight === undefined || items.some((x) => typeof x[profile.weight as string] === "number" && (x[profile.weight as string] as number) > 0);
  });
}

/** The indicator items of an input (empty when absent). */
export function itemsOf(input: Input, profile: IndicatorProfile): Item[] {
  const list = input[profile.list];
  return Array.isArray(list) ? (list as Item[]) : [];
}

/** A copy of the input with the indicator list replaced. */
export function withItems(input: Input, profile: IndicatorProfile, items: readonly Item[]): Input {
  return { ...input, [profile.list]: items };
}

/** A copy of `item` with the (dotted) field set to `value`. */
export function setField(item: Item, dotted: string, value: unknown): Item {
  const [head, ...rest] = dotted.split(".");
  if (head === undefined) return item;
  if (rest.length === 0) return { ...item, [head]: value };
  const inner = item[head];
  return { ...item, [head]: setField(inner !== null && typeof inner === "object" ? (inner as Item) : {}, rest.join("."), value) };
}

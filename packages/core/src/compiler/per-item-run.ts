/**
 * The untraced run of a per-item decision: every element in turn is bound to the item (and index)
 * slot, the sub-decisions run in order, and their values form the element's record (a fixed-shape
 * copy of a template). A failure gets the path of the element and sub-decision it came from.
 * A plain array is walked with an index loop (holes stay holes, as with `map`).
 * @module
 */
import { withPath, type Step } from "./compile-decision.js";
import { recordMaker } from "./records.js";
import type { Env } from "./scope.js";
import type { Value } from "./types.js";

/** What the run needs of a per-item decision. */
export interface PerItemShape {
  readonly name: string;
  readonly over: (env: Env) => Value;
  readonly itemSlot: number;
  /** Slot of the element's position, or -1 when the decision does not name it. */
  readonly indexSlot: number;
  readonly subs: readonly { readonly step: Step; readonly slot: number }[];
}

/** The list of records of a per-item decision (null when `over` is not a list). */
export function perItemRun(shape: PerItemShape): (env: Env) => Value {
  const { name, over, itemSlot, indexSlot, subs } = shape;
  const runs = subs.map((s) => s.step.run);
  const slots = subs.map((s) => s.slot);
  const names = subs.map((s) => s.step.name);
  const count = subs.length;
  const fresh = recordMaker(names);
  const element = (env: Env, item: Value, index: number): Value => {
    const l = env.l;
    l[itemSlot] = item;
    if (indexSlot >= 0) l[indexSlot] = index;
    for (let sub = 0; sub < count; sub++) {
      try {
        l[slots[sub] as number] = (runs[sub] as Step["run"])(env);
      } catch (error) {
        throw withPath(error, ["decisions", name, index, names[sub] as string]);
      }
    }
    const out = fresh();
    for (let i = 0; i < count; i++) out[names[i] as string] = l[slots[i] as number] ?? null;
    return out;
  };
  return (env) => {
    const list = over(env);
    if (!Array.isArray(list)) return null;
    // `map` would build the result through the list's species: only a plain array takes the loop.
    if (Object.getPrototypeOf(list) !== Array.prototype) return list.map((item: Value, index: number) => element(env, item, index));
    const length = list.length;
    const result = new Array<Value>(length);
    // Holes stay holes, as with `map`.
    for (let index = 0; index < length; index++) if (index in list) result[index] = element(env, list[index] as Value, index);
    return result;
  };
}

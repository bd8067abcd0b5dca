/**
 * The one step the adapters share: score a preset with the fields a vector gives, leaving out
 * those it does not (so the preset's optional inputs and defaults apply).
 * @module
 */
import { compilePreset, type PresetId } from "../../index.js";

/** Scores preset `id` with `input` minus its `undefined` fields and returns the outputs. */
export function scorePreset(id: PresetId, input: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return compilePreset(id).score(defined).outputs;
}

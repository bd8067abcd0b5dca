/**
 * Strengths and weaknesses straight from a score result: reads the per-indicator achievement
 * output (`capaianIndikator` of the PermenPANRB 6/2022 preset), the scored input's indicators
 * (text, RHK, aspect, weight, tags) and its BerAKHLAK list (items carrying a `rating`), then ranks
 * them like `analyseStrengths`. Every name read is configurable, so other policies work too.
 * @module
 */
import type { Issue, IssuePath } from "../errors.js";
import type { ScoreResult } from "../compiler/scorer.js";
import { DV } from "../i18n/development-messages.js";
import { absent, checkDict, checkKnownKeys, checkList, checkOptionalText, isDict, own, pushIssue, throwIfIssues, type Dict } from "./input-checks.js";
import { checkBehaviour, checkIndicator, checkSettings, checkUniqueIds, checkUniqueValues, type FieldPath } from "./strengths-checks.js";
import { rankFindings } from "./strengths.js";
import type { BatasTemuan, IndikatorCapaian, PerilakuRating, StrengthsResult } from "./strengths-types.js";

/** Field names read from the output records, the indicator items and the behaviour items. */
export interface StrengthsFieldNames {
  /** Achievement in each output record; default `"capaian"`. */
  readonly capaian?: string;
  /** In each indicator item (defaults are the same names): */
  readonly iki?: string;
  readonly rhk?: string;
  readonly aspek?: string;
  /** Read from the indicator item, else from the output record. */
  readonly bobot?: string;
  readonly tags?: string;
  readonly id?: string;
  readonly ekspektasi?: string;
  /** In each behaviour item (defaults are the same names): */
  readonly nilaiDasar?: string;
  readonly rating?: string;
  readonly catatan?: string;
}

/** Options of {@link strengthsFromScore}. */
export interface StrengthsFromScoreOptions {
  /** The per-item output holding each indicator's achievement; default `"capaianIndikator"`. */
  readonly output?: string;
  /** The input list of indicators, in the same order; default `"indikator"`. */
  readonly input?: string;
  /** The input list of BerAKHLAK values; default `"berakhlak"` (only items with a rating count). */
  readonly behaviourInput?: string;
  readonly fields?: StrengthsFieldNames;
  readonly batas?: BatasTemuan;
  readonly jumlah?: number;
}

const FIELD_DEFAULTS: Readonly<Record<keyof StrengthsFieldNames, string>> = {
  capaian: "capaian",
  iki: "iki",
  rhk: "rhk",
  aspek: "aspek",
  bobot: "bobot",
  tags: "tags",
  id: "id",
  ekspektasi: "ekspektasi",
  nilaiDasar: "nilaiDasar",
  rating: "rating",
  catatan: "catatan",
};
const OPTION_KEYS = ["output", "input", "behaviourInput", "fields", "batas", "jumlah"];

/**
 * Ranks the strengths and weaknesses of a scored plan. `result` comes from
 * `compilePolicy(preset).score(plan, { trace: true })` (the trace is optional; its item labels
 * are preferred as indicator texts), `plan` is the input that was scored (an object). Throws `KinerjaError`
 * `INPUT_INVALID` listing every problem, with paths starting at `result`, `plan` or `options`.
 *
 * @example
 * ```ts
 * const result = compilePolicy(preset).score(plan, { trace: true });
 * const { kekuatan, kelemahan } = strengthsFromScore(result, plan, { jumlah: 2 });
 * ```
 */
export function strengthsFromScore(result: ScoreResult, plan: unknown, options: StrengthsFromScoreOptions = {}): StrengthsResult {
  const issues: Issue[] = [];
  const opts = checkDict(options, ["options"], issues) ?? {};
  checkKnownKeys(opts, OPTION_KEYS, ["options"], issues);
  const name = (key: string, fallback: string): string => checkOptionalText(own(opts, key), ["options", key], issues) ?? fallback;
  const output = name("output", "capaianIndikator");
  const input = name("input", "indikator");
  const behaviourInput = name("behaviourInput", "berakhlak");
  const f = fieldNames(own(opts, "fields"), issues);
  const settings = checkSettings(own(opts, "batas"), own(opts, "jumlah"), ["options"], issues);
  const res = checkDict(result, ["result"], issues);
  const outputs = res ? checkDict(own(res, "outputs"), ["result", "outputs"], issues) : undefined;
  const source = checkDict(plan, ["plan"], issues);
  let indicators: (IndikatorCapaian | undefined)[] = [];
  let behaviours: (PerilakuRating | undefined)[] = [];
  if (res && outputs && source) {
    indicators = readIndicators(outputs, source, { output, input, f, labels: traceLabels(own(res, "trace"), output) }, issues);
    behaviours = readBehaviours(source, behaviourInput, f, issues);
  }
  throwIfIssues(issues);
  return rankFindings(indicators as IndikatorCapaian[], behaviours as PerilakuRating[], settings);
}

function fieldNames(value: unknown, issues: Issue[]): Readonly<Record<keyof StrengthsFieldNames, string>> {
  if (absent(value)) return FIELD_DEFAULTS;
  const record = checkDict(value, ["options", "fields"], issues);
  if (!record) return FIELD_DEFAULTS;
  const keys = Object.keys(FIELD_DEFAULTS) as (keyof StrengthsFieldNames)[];
  checkKnownKeys(record, keys, ["options", "fields"], issues);
  const names = { ...FIELD_DEFAULTS };
  for (const key of keys) names[key] = checkOptionalText(own(record, key), ["options", "fields", key], issues) ?? names[key];
  return names;
}

interface Where {
  readonly output: string;
  readonly input: string;
  readonly f: Readonly<Record<keyof StrengthsFieldNames, string>>;
  readonly labels: ReadonlyMap<number, string>;
}

function readIndicators(outputs: Dict, source: Dict, where: Where, issues: Issue[]): (IndikatorCapaian | undefined)[] {
  const { output, input, f, labels } = where;
  const outPath: IssuePath = ["result", "outputs", output];
  if (!Object.hasOwn(outputs, output)) {
    pushIssue(issues, outPath, DV.outputMissing, { output });
    return [];
  }
  const rawOut = own(outputs, output);
  const rawIn = own(source, input);
  const outList = absent(rawOut) ? [] : checkList(rawOut, outPath, issues);
  const inList = absent(rawIn) ? [] : checkList(rawIn, ["plan", input], issues);
  if (!outList || !inList) return [];
  if (outList.length !== inList.length) {
    pushIssue(issues, outPath, DV.lengthMismatch, { output, input, outputs: outList.length, inputs: inList.length });
    return [];
  }
  const at = (i: number): FieldPath => (field) => {
    if (field === "capaian") return [...outPath, i, f.capaian];
    if (field === null) return ["plan", input, i];
    return ["plan", input, i, f[field as keyof StrengthsFieldNames]];
  };
  const candidates: unknown[] = [];
  const found = outList.map((out, i) => {
    const record = checkDict(out, [...outPath, i], issues);
    const item = checkDict(inList[i], ["plan", input, i], issues);
    if (!record || !item) return undefined;
    let iki = labels.get(i) ?? own(item, f.iki);
    if (absent(iki)) {
      pushIssue(issues, at(i)("iki"), DV.labelMissing, { position: i + 1, field: f.iki });
      iki = "?"; // the issue is recorded; the item's other fields are still checked
    }
    const bobot = own(item, f.bobot) ?? own(record, f.bobot);
    const candidate = {
      iki,
      capaian: own(record, f.capaian),
      id: own(item, f.id),
      rhk: own(item, f.rhk),
      aspek: own(item, f.aspek),
      ekspektasi: own(item, f.ekspektasi),
      bobot,
      tags: own(item, f.tags),
    };
    candidates[i] = candidate;
    const bobotFromOutput = absent(own(item, f.bobot)) && !absent(bobot);
    return checkIndicator(candidate, (field) => (field === "bobot" && bobotFromOutput ? [...outPath, i, f.bobot] : at(i)(field)), issues);
  });
  checkUniqueIds(candidates, at, issues);
  return found;
}

function readBehaviours(source: Dict, input: string, f: Where["f"], issues: Issue[]): (PerilakuRating | undefined)[] {
  const raw = own(source, input);
  const list = absent(raw) ? [] : (checkList(raw, ["plan", input], issues) ?? []);
  const at = (i: number): FieldPath => (field) => (field === null ? ["plan", input, i] : ["plan", input, i, f[field as keyof StrengthsFieldNames]]);
  const candidates: unknown[] = [];
  const found = list.map((element, i) => {
    const item = checkDict(element, at(i)(null), issues);
    if (!item || absent(own(item, f.rating))) return undefined;
    const candidate = { nilaiDasar: own(item, f.nilaiDasar), rating: own(item, f.rating), catatan: own(item, f.catatan) };
    candidates[i] = candidate;
    return checkBehaviour(candidate, at(i), issues);
  });
  checkUniqueValues(candidates, at, issues);
  return found.filter((b) => b !== undefined);
}

/** The item labels of the per-item decision `output` in a trace (lenient: odd shapes give none). */
function traceLabels(trace: unknown, output: string): ReadonlyMap<number, string> {
  const labels = new Map<number, string>();
  if (!isDict(trace) || !Array.isArray(own(trace, "decisions"))) return labels;
  const decision = (own(trace, "decisions") as unknown[]).find((d) => isDict(d) && own(d, "name") === output && own(d, "kind") === "perItem");
  const items = isDict(decision) ? own(decision, "items") : undefined;
  if (!Array.isArray(items)) return labels;
  for (const item of items) {
    if (!isDict(item)) continue;
    const index = own(item, "index");
    const label = own(item, "label");
    if (typeof index === "number" && typeof label === "string" && label.trim() !== "") labels.set(index, label);
  }
  return labels;
}

/**
 * `detectProfile`: infers where the indicators, the monotone scores, the predikat and a
 * distribution (kuota) decision are, from the policy document's names and declared types.
 * @module
 */
import { parseExpression, type CompiledPolicy, type Expression, type FieldType, type ObjectField, type PerItemDecision } from "@kinerja/core";
import type { DistributionProfile, IndicatorProfile, LawProfile, MonotoneOutput } from "./types.js";

const REALISATION = ["realisasi", "realisation", "actual"];
const TARGET = ["target"];
const POLARITY = ["polaritas", "polarity"];
const WEIGHT = ["bobot", "weight"];

/**
 * Infers a {@link LawProfile} from the document: a list input whose items have a number
 * `realisasi` (with `target`, an enum `polaritas` holding `NAIK` / `TURUN`, and a weight field:
 * one with the `weight` annotation or named `bobot`); the per-item decisions over that list; the
 * outputs named `capaian…` / `nilai…` computed per indicator or as their (weighted) average; a
 * `predikat` output; and a `kuota` output with `predikatOrganisasi` / `headcount` inputs and
 * `aturan` / `daftarPredikat` constants (SE MenPANRB 3/2023 shape).
 *
 * @example
 * ```ts
 * detectProfile(compilePolicy(doc)).indicators?.list; // "indikator"
 * ```
 */
export function detectProfile(policy: CompiledPolicy): LawProfile {
  const indicators = detectIndicators(policy);
  const monotone = indicators ? detectMonotone(policy, indicators.list) : [];
  const predikat = Object.keys(policy.outputTypes).find((name) => /^(predikat|sebutan)$/i.test(name));
  const distribution = detectDistribution(policy);
  return {
    ...(indicators ? { indicators } : {}),
    ...(monotone.length > 0 ? { monotone } : {}),
    ...(predikat ? { predikat } : {}),
    ...(distribution ? { distribution } : {}),
  };
}

function detectIndicators(policy: CompiledPolicy): IndicatorProfile | undefined {
  for (const [name, field] of Object.entries(policy.document.inputs)) {
    if (field.type !== "list" || field.items.type !== "object") continue;
    const fields = field.items.fields;
    const realisation = findField(fields, REALISATION, (f) => f.type === "number");
    if (!realisation) continue;
    const target = findField(fields, TARGET, (f) => f.type === "number");
    const polarity = polarityOf(fields);
    const weight = Object.entries(fields).find(([, f]) => f.type === "number" && f.weight)?.[0] ?? findField(fields, WEIGHT, (f) => f.type === "number");
    const itemOutputs = perItemOutputs(policy, name).map(([n]) => n);
    return {
      list: name,
      realisation,
      ...(target ? { target } : {}),
      polarity: polarity ?? { constant: "up" },
      ...(weight ? { weight } : {}),
      ...(itemOutputs.length > 0 ? { itemOutputs } : {}),
    };
  }
  return undefined;
}

function findField(fields: ObjectField["fields"], names: readonly string[], ok: (f: FieldType) => boolean): string | undefined {
  return Object.keys(fields).find((k) => names.includes(k.toLowerCase()) && ok(fields[k] as FieldType));
}

function polarityOf(fields: ObjectField["fields"]): IndicatorProfile["polarity"] | undefined {
  const name = findField(fields, POLARITY, (f) => f.type === "enum");
  const field = name ? fields[name] : undefined;
  if (!name || field?.type !== "enum") return undefined;
  const up = field.values.find((v) => /^(NAIK|UP|HIGHER)/i.test(v));
  const down = field.values.find((v) => /^(TURUN|DOWN|LOWER)/i.test(v));
  return up ? { field: name, up, ...(down ? { down } : {}) } : undefined;
}

/** The output per-item decisions whose `over` is exactly the list input. */
function perItemOutputs(policy: CompiledPolicy, list: string): [string, PerItemDecision][] {
  return Object.entries(policy.document.decisions).flatMap(([name, d]) =>
    d.kind === "perItem" && d.over.trim() === list && Object.hasOwn(policy.outputTypes, name) ? [[name, d] as [string, PerItemDecision]] : [],
  );
}

function detectMonotone(policy: CompiledPolicy, list: string): MonotoneOutput[] {
  const scoreName = /^(capaian|nilai)/i;
  const out: MonotoneOutput[] = [];
  const perItem = perItemOutputs(policy, list);
  for (const [name, decision] of perItem) {
    for (const sub of Object.keys(decision.decisions)) if (scoreName.test(sub)) out.push({ path: `${name}[].${sub}` });
  }
  const itemNames = new Set(perItem.map(([n]) => n));
  for (const [name, decision] of Object.entries(policy.document.decisions)) {
    if (decision.kind !== "formula" || !scoreName.test(name) || policy.outputTypes[name]?.k !== "number") continue;
    const parsed = parseExpression(decision.expr);
    if (parsed.ok && averagesOver(parsed.expression, itemNames)) out.push({ path: name });
  }
  return out;
}

/** True when the expression is `wavg(…)` / `avg(…)` whose first argument reads one of the per-item decisions. */
function averagesOver(node: Expression, itemNames: ReadonlySet<string>): boolean {
  if (node.type !== "call" || !["wavg", "avg"].includes(node.callee)) return false;
  let root: Expression | undefined = node.args[0];
  while (root?.type === "member") root = root.object;
  return root?.type === "identifier" && itemNames.has(root.name);
}

function detectDistribution(policy: CompiledPolicy): DistributionProfile | undefined {
  const { inputs, constants = {} } = policy.document;
  const ok =
    inputs["predikatOrganisasi"]?.type === "enum" &&
    inputs["headcount"]?.type === "number" &&
    policy.outputTypes["kuota"]?.k === "list" &&
    Array.isArray(constants["aturan"]) &&
    Array.isArray(constants["daftarPredikat"]);
  return ok ? { organisation: "predikatOrganisasi", headcount: "headcount", quota: "kuota", rules: "aturan", categories: "daftarPredikat" } : undefined;
}

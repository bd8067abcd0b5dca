/**
 * Where the decision tables of a policy are (top level, or inside a per-item decision) and the
 * static type of each of their input columns, read by compiling a probe copy of the policy that
 * also outputs every column expression as a formula (so the types are exactly the compiler's).
 * @module
 */
import { compilePolicy, type CompiledPolicy, type CompileOptions, type Decision, type PerItemDecision, type PolicyDocument, type TableDecision, type Type } from "@kinerja/core";

/** One decision table of the policy. */
export interface TableSite {
  /** `decisions.<name>` or `decisions.<perItem>.decisions.<name>`. */
  readonly path: readonly (string | number)[];
  /** A readable name (`predikat`, `capaianIndikator.rating`). */
  readonly label: string;
  readonly table: TableDecision;
  /** The per-item decision around it, when nested. */
  readonly perItem?: { readonly name: string; readonly decision: PerItemDecision };
}

/** Every decision table of the policy, top level first then nested ones, in document order. */
export function tableSites(policy: CompiledPolicy): TableSite[] {
  const sites: TableSite[] = [];
  for (const [name, d] of Object.entries(policy.document.decisions)) {
    if (d.kind === "table") sites.push({ path: ["decisions", name], label: name, table: d });
    if (d.kind === "perItem") {
      for (const [inner, sub] of Object.entries(d.decisions)) {
        if (sub.kind === "table") sites.push({ path: ["decisions", name, "decisions", inner], label: `${name}.${inner}`, table: sub, perItem: { name, decision: d } });
      }
    }
  }
  return sites;
}

const PREFIX = "__hukumKolom";
const ITEM = "__hukumItem";

/** The text of a table input column. */
export function columnText(input: TableDecision["inputs"][number]): string {
  return typeof input === "string" ? input : input.expr;
}

/** The static type of each input column of the table (throws the compiler's error when the probe does not compile). */
export function columnTypes(policy: CompiledPolicy, site: TableSite, options: CompileOptions): Type[] {
  const formulas: Record<string, Decision> = {};
  site.table.inputs.forEach((input, k) => {
    formulas[`${PREFIX}${k}`] = { kind: "formula", expr: columnText(input) };
  });
  // Column types do not depend on hit policies: UNIQUE / ANY tables become FIRST in the probe, so a
  // document with an overlap the compiler would refuse can still be probed (and the overlap found).
  const document = { ...policy.document, decisions: firstOnly(policy.document.decisions) };
  const base: PolicyDocument = { ...document, cases: [] };
  if (!site.perItem) {
    const probe: PolicyDocument = { ...base, decisions: { ...document.decisions, ...formulas }, outputs: Object.keys(formulas) };
    const types = compilePolicy(probe, options).outputTypes;
    return Object.keys(formulas).map((name) => types[name] ?? { k: "any", nullable: true });
  }
  const around = document.decisions[site.perItem.name] as PerItemDecision;
  const probe: PolicyDocument = { ...base, decisions: { ...document.decisions, [ITEM]: { ...around, decisions: { ...around.decisions, ...(formulas as Record<string, PerItemDecision["decisions"][string]>) } } }, outputs: [ITEM] };
  const list = compilePolicy(probe, options).outputTypes[ITEM];
  const fields = list?.k === "list" && list.of.k === "object" ? list.of.fields : {};
  return Object.keys(formulas).map((name) => fields[name] ?? { k: "any", nullable: true });
}

function firstOnly(decisions: PolicyDocument["decisions"]): PolicyDocument["decisions"] {
  const out: PolicyDocument["decisions"] = {};
  for (const [name, d] of Object.entries(decisions)) {
    if (d.kind === "table" && (d.hitPolicy === "UNIQUE" || d.hitPolicy === "ANY")) out[name] = { ...d, hitPolicy: "FIRST" };
    else if (d.kind === "perItem") out[name] = { ...d, decisions: firstOnly(d.decisions) as PerItemDecision["decisions"] };
    else out[name] = d;
  }
  return out;
}

/**
 * Laws `table-completeness` and `table-exclusivity`, decided exhaustively on the points of each
 * table's input domain (see `table-points.ts`). Each table is evaluated by the engine itself: a
 * probe policy holds the table's own rows (cells unchanged, with the policy's constants) under
 * hit policy COLLECT with one input per column typed as the column expression, and returns the
 * indexes of every row that matches a point. Completeness: at least one row matches every point
 * (tables with a `default`, multi-result hit policies and tables the profile declares partial are
 * not applicable). Exclusivity (UNIQUE tables): at most one row matches every point.
 * @module
 */
import { compilePolicy, type CompiledPolicy, type FieldType, type TableDecision, type LocalizedText, type PolicyDocument, type Type } from "@kinerja/core";
import { notApplicableResult, show, type LawContext, type LawDefinition } from "./context.js";
import { columnPoints, type Point } from "./table-points.js";
import { columnText, columnTypes, tableSites, type TableSite } from "./table-sites.js";
import type { LawId, LawResult } from "./types.js";

/** The most points evaluated per table; larger domains are sampled (and the message says so). */
export const MAX_TABLE_POINTS = 20_000;

/** The table-completeness law. */
export const tableCompletenessLaw: LawDefinition = {
  id: "table-completeness",
  notApplicable: (ctx) => noTables(ctx, "table-completeness"),
  run: (ctx) => runTables(ctx, "table-completeness"),
};

/** The table-exclusivity law. */
export const tableExclusivityLaw: LawDefinition = {
  id: "table-exclusivity",
  notApplicable: (ctx) => noTables(ctx, "table-exclusivity"),
  run: (ctx) => runTables(ctx, "table-exclusivity"),
};

const MULTI = new Set(["COLLECT", "RULE_ORDER", "OUTPUT_ORDER"]);

/** Why a table is outside the law (undefined when the law applies to it). */
function exemption(ctx: LawContext, site: TableSite, law: LawId): LocalizedText | undefined {
  if (law === "table-exclusivity") {
    return site.table.hitPolicy === "UNIQUE" ? undefined : { id: `${site.label}: hit policy ${site.table.hitPolicy}, bukan UNIQUE`, en: `${site.label}: hit policy ${site.table.hitPolicy}, not UNIQUE` };
  }
  if (site.table.default !== undefined) return { id: `${site.label}: memiliki default`, en: `${site.label}: declares a default` };
  if (MULTI.has(site.table.hitPolicy)) return { id: `${site.label}: hit policy ${site.table.hitPolicy} boleh tanpa baris cocok`, en: `${site.label}: hit policy ${site.table.hitPolicy} may match no row` };
  const partial = ctx.profile.partialTables?.[site.label];
  return partial ? { id: `${site.label}: sengaja parsial (${partial.id})`, en: `${site.label}: partial by design (${partial.en})` } : undefined;
}

function noTables(ctx: LawContext, law: LawId): LocalizedText | undefined {
  const sites = tableSites(ctx.policy);
  if (sites.length === 0) return { id: "Kebijakan tidak memiliki tabel keputusan.", en: "The policy has no decision table." };
  const reasons = sites.map((s) => exemption(ctx, s, law));
  if (reasons.every((r) => r !== undefined)) return joinReasons("Tidak ada tabel yang berlaku", "No table applies", reasons as LocalizedText[]);
  return undefined;
}

interface Probe {
  readonly names: readonly string[];
  readonly points: readonly (readonly Point[])[];
  readonly policy: CompiledPolicy;
}

function runTables(ctx: LawContext, law: LawId): LawResult {
  const skipped: LocalizedText[] = [];
  const checked: string[] = [];
  let runs = 0;
  for (const site of tableSites(ctx.policy)) {
    const reason = exemption(ctx, site, law);
    if (reason) {
      skipped.push(reason);
      continue;
    }
    const probe = buildProbe(ctx, site);
    if ("reason" in probe) {
      skipped.push(probe.reason);
      continue;
    }
    const { count, sampled, failure } = evaluate(probe, law, ctx.seed);
    runs += count;
    if (failure) return failed(law, site, failure, runs);
    checked.push(`${site.label} (${count}${sampled ? ", sampel" : ""})`);
  }
  if (checked.length === 0) return notApplicableResult(law, joinReasons("Tidak ada tabel yang dapat diperiksa", "No table could be checked", skipped));
  const what = law === "table-completeness" ? { id: "setiap titik cocok dengan paling sedikit satu baris", en: "every point matches at least one row" } : { id: "tidak ada titik yang cocok dengan dua baris", en: "no point matches two rows" };
  const rest = skipped.length > 0 ? joinReasons("; dilewati", "; skipped", skipped) : { id: "", en: "" };
  return { law, status: "passed", runs, message: { id: `Tabel ${checked.join(", ")}: ${what.id}${rest.id}`, en: `Tables ${checked.join(", ")}: ${what.en}${rest.en}` } };
}

function buildProbe(ctx: LawContext, site: TableSite): Probe | { reason: LocalizedText } {
  let types: Type[];
  try {
    types = columnTypes(ctx.policy, site, ctx.compileOptions);
  } catch (error) {
    return { reason: { id: `${site.label}: tipe kolom tidak dapat dibaca (${message(error)})`, en: `${site.label}: column types could not be read (${message(error)})` } };
  }
  const constants = ctx.policy.document.constants ?? {};
  const points = types.map((t, k) => columnPoints(site.table, k, t, constants));
  const bad = points.findIndex((p) => p === undefined);
  if (bad >= 0) {
    const text = columnText(site.table.inputs[bad] as TableDecision["inputs"][number]);
    return { reason: { id: `${site.label}: kolom ${text} bertipe ${types[bad]?.k}, tidak dapat dienumerasi`, en: `${site.label}: column ${text} has type ${types[bad]?.k}, which cannot be enumerated` } };
  }
  const names = types.map((_, k) => `__kolom${k}`);
  const document: PolicyDocument = {
    id: ctx.policy.document.id,
    version: ctx.policy.document.version,
    effective: ctx.policy.document.effective,
    title: ctx.policy.document.title,
    inputs: Object.fromEntries(types.map((t, k) => [names[k] as string, fieldOf(t)])),
    ...(ctx.policy.document.constants ? { constants: ctx.policy.document.constants } : {}),
    decisions: {
      __baris: { kind: "table", hitPolicy: "COLLECT", inputs: [...names], outputs: ["__baris"], rules: site.table.rules.map((r, i) => ({ when: r.when, then: [i] })) },
    },
  };
  try {
    return { names: site.table.inputs.map(columnText), points: points as Point[][], policy: compilePolicy(document, ctx.compileOptions) };
  } catch (error) {
    return { reason: { id: `${site.label}: tabel uji tidak dapat dikompilasi (${message(error)})`, en: `${site.label}: the probe table does not compile (${message(error)})` } };
  }
}

/** A declared field accepting every value of the static type (and null when nullable). */
function fieldOf(type: Type): FieldType {
  const optional = type.nullable === true || type.k === "null" ? { optional: true } : {};
  switch (type.k) {
    case "number":
      return { type: "number", ...optional, ...(type.min === undefined ? {} : { min: type.min }), ...(type.max === undefined ? {} : { max: type.max }), ...(type.integer === true ? { integer: true } : {}) };
    case "enum":
      return { type: "enum", values: [...type.values], ...optional };
    case "boolean":
      return { type: "boolean", ...optional };
    case "date":
      return { type: "date", ...optional };
    default:
      return { type: "string", ...optional };
  }
}

interface Failure {
  readonly point: Readonly<Record<string, Point>>;
  readonly rows: readonly number[];
}

function evaluate(probe: Probe, law: LawId, seed: number): { count: number; sampled: boolean; failure?: Failure } {
  const total = probe.points.reduce((n, p) => n * p.length, 1);
  const sampled = total > MAX_TABLE_POINTS;
  const next = lcg(seed);
  const count = Math.min(total, MAX_TABLE_POINTS);
  for (let i = 0; i < count; i++) {
    const values = sampled ? probe.points.map((p) => p[Math.floor(next() * p.length)] as Point) : nth(probe.points, i);
    const input: Record<string, Point> = {};
    values.forEach((v, k) => {
      if (v !== null) input[`__kolom${k}`] = v;
    });
    const rows = probe.policy.score(input).outputs["__baris"] as readonly number[];
    const bad = law === "table-completeness" ? rows.length === 0 : rows.length > 1;
    if (bad) return { count: i + 1, sampled, failure: { point: Object.fromEntries(values.map((v, k) => [probe.names[k] as string, v])), rows: rows.map((r) => r + 1) } };
  }
  return { count, sampled };
}

/** The i-th combination of the column points (mixed radix). */
function nth(points: readonly (readonly Point[])[], i: number): Point[] {
  const out: Point[] = [];
  let rest = i;
  for (let k = points.length - 1; k >= 0; k--) {
    const column = points[k] as readonly Point[];
    out[k] = column[rest % column.length] as Point;
    rest = Math.floor(rest / column.length);
  }
  return out;
}

function failed(law: LawId, site: TableSite, failure: Failure, runs: number): LawResult {
  const at = Object.entries(failure.point).map(([k, v]) => `${k} = ${show(v)}`).join(", ");
  const message =
    law === "table-completeness"
      ? { id: `Tabel ${site.label}: tidak ada baris yang cocok untuk ${at}.`, en: `Table ${site.label}: no row matches ${at}.` }
      : { id: `Tabel UNIQUE ${site.label}: baris ${failure.rows.join(" dan ")} sama-sama cocok untuk ${at}.`, en: `UNIQUE table ${site.label}: rows ${failure.rows.join(" and ")} both match ${at}.` };
  return { law, status: "failed", runs, message, counterexample: { decision: site.label, point: failure.point, rows: failure.rows }, path: site.path };
}

function joinReasons(id: string, en: string, reasons: readonly LocalizedText[]): LocalizedText {
  return { id: `${id}: ${reasons.map((r) => r.id).join("; ")}.`, en: `${en}: ${reasons.map((r) => r.en).join("; ")}.` };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Bounds the policy document itself declares for its outputs: the static output types (enum
 * values, number min/max, booleans), a formula whose whole expression is `clamp(x, lo, hi)`, and a
 * single-result table whose outputs are all number literals. The bounds law adds the profile's.
 * @module
 */
import { parseExpression, type CompiledPolicy, type Decision, type Expression, type JsonValue, type TableDecision, type Type } from "@kinerja/core";
import type { OutputBounds, OutputPath } from "./types.js";

/** A static type at an output path (from `policy.outputTypes`). */
export interface TypedPath {
  readonly path: OutputPath;
  readonly type: Type;
}

/** Every leaf type under the policy's outputs, with its path (`list[]`, `object.field`). */
export function typedPaths(policy: CompiledPolicy): TypedPath[] {
  const out: TypedPath[] = [];
  const visit = (path: string, type: Type): void => {
    out.push({ path, type });
    if (type.k === "list") visit(`${path}[]`, type.of);
    else if (type.k === "object") for (const [name, field] of Object.entries(type.fields)) visit(`${path}.${name}`, field);
  };
  for (const [name, type] of Object.entries(policy.outputTypes)) visit(name, type);
  return out;
}

/** The bounds written in the document: clamps of formulas and literal number outputs of tables. */
export function documentBounds(policy: CompiledPolicy): Record<OutputPath, OutputBounds> {
  const constants = policy.document.constants ?? {};
  const bounds: Record<OutputPath, OutputBounds> = {};
  const outputs = new Set(Object.keys(policy.outputTypes));
  for (const [name, decision] of Object.entries(policy.document.decisions)) {
    if (!outputs.has(name)) continue;
    for (const [path, b] of decisionBounds(name, decision, constants)) bounds[path] = b;
  }
  return bounds;
}

function decisionBounds(path: string, decision: Decision, constants: Readonly<Record<string, JsonValue>>): [string, OutputBounds][] {
  if (decision.kind === "formula") {
    const clamp = clampBounds(decision.expr, constants);
    return clamp ? [[path, { ...clamp, source: `clamp(…) in decisions.${path}` }]] : [];
  }
  if (decision.kind === "table") return tableBounds(path, decision);
  if (decision.kind === "perItem") return Object.entries(decision.decisions).flatMap(([name, d]) => decisionBounds(`${path}[].${name}`, d, constants));
  return [];
}

/** `{ min, max }` when the whole expression is `clamp(x, lo, hi)` with constant bounds. */
function clampBounds(expr: string, constants: Readonly<Record<string, JsonValue>>): { min: number; max: number } | undefined {
  const parsed = parseExpression(expr);
  if (!parsed.ok || parsed.expression.type !== "call" || parsed.expression.callee !== "clamp" || parsed.expression.args.length !== 3) return undefined;
  const [, lo, hi] = parsed.expression.args;
  const min = constantNumber(lo, constants);
  const max = constantNumber(hi, constants);
  return min !== undefined && max !== undefined && min <= max ? { min, max } : undefined;
}

function constantNumber(node: Expression | undefined, constants: Readonly<Record<string, JsonValue>>): number | undefined {
  if (!node) return undefined;
  if (node.type === "number") return node.value;
  if (node.type === "unary" && node.operator === "-") {
    const inner = constantNumber(node.operand, constants);
    return inner === undefined ? undefined : -inner;
  }
  if (node.type === "identifier") {
    const value = constants[node.name];
    return typeof value === "number" ? value : undefined;
  }
  if (node.type === "member") {
    const parent = node.object.type === "identifier" ? constants[node.object.name] : undefined;
    const value = parent !== null && typeof parent === "object" && !Array.isArray(parent) ? parent[node.property] : undefined;
    return typeof value === "number" ? value : undefined;
  }
  return undefined;
}

const SINGLE = new Set(["UNIQUE", "FIRST", "PRIORITY", "ANY"]);

/** For a single-result table: each output column whose entries (and default) are all number literals. */
function tableBounds(path: string, table: TableDecision): [string, OutputBounds][] {
  if (!SINGLE.has(table.hitPolicy)) return [];
  const names = table.outputs.map((o) => (typeof o === "string" ? o : o.name));
  const out: [string, OutputBounds][] = [];
  names.forEach((name, column) => {
    const entries = table.rules.map((r) => r.then[column]);
    if (table.default !== undefined) entries.push(names.length === 1 ? table.default : undefined);
    if (!entries.every((e) => typeof e === "number")) return;
    const numbers = entries as number[];
    const at = names.length === 1 ? path : `${path}.${name}`;
    out.push([at, { min: Math.min(...numbers), max: Math.max(...numbers), source: `the literal outputs of decisions.${path}` }]);
  });
  return out;
}

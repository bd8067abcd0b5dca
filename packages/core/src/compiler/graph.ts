/**
 * Dependency analysis: the names an expression reads, and a topological order of decisions with
 * every cycle reported.
 * @module
 */
import type { Expression } from "../expr/ast.js";
import { compareAscending } from "../internal/order.js";

/** The free names of an expression: identifiers not bound by one of its own lambdas. */
export function freeNames(node: Expression, bound: ReadonlySet<string> = new Set(), out: Set<string> = new Set()): Set<string> {
  switch (node.type) {
    case "identifier":
      if (!bound.has(node.name)) out.add(node.name);
      break;
    case "member":
      freeNames(node.object, bound, out);
      break;
    case "index":
      freeNames(node.object, bound, out);
      freeNames(node.index, bound, out);
      break;
    case "list":
      for (const item of node.items) freeNames(item, bound, out);
      break;
    case "unary":
      freeNames(node.operand, bound, out);
      break;
    case "binary":
      freeNames(node.left, bound, out);
      freeNames(node.right, bound, out);
      break;
    case "if":
      for (const part of [node.test, node.consequent, node.alternate]) freeNames(part, bound, out);
      break;
    case "call":
      for (const arg of node.args) freeNames(arg, bound, out);
      break;
    case "lambda":
      freeNames(node.body, new Set([...bound, node.param]), out);
      break;
    default:
      break;
  }
  return out;
}

/** The result of ordering a dependency graph. */
export interface GraphOrder {
  /** Every node, dependencies first (nodes on a cycle are left out). */
  readonly order: readonly string[];
  /** Each cycle found, as the list of its nodes in order (`a → b → a` is `[a, b]`). */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Orders `nodes` so that each comes after the nodes it depends on and reports every cycle. Ties are
 * broken by name (code-unit order), not by the order the document lists them in: the content hash
 * is taken over canonical JSON, whose keys are sorted, so the evaluation order (and with it the
 * trace) must follow from that canonical content alone.
 */
export function topologicalOrder(nodes: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): GraphOrder {
  const { ok, cycles } = findCycles(nodes, deps);
  return { order: kahn([...ok], deps), cycles };
}

/** Nodes neither on nor depending on a cycle, and each cycle found (by depth-first search). */
function findCycles(nodes: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): { ok: Set<string>; cycles: string[][] } {
  const state = new Map<string, "visiting" | "done" | "cyclic">();
  const ok = new Set<string>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const known = new Set(nodes);
  const visit = (node: string): boolean => {
    const s = state.get(node);
    if (s === "done") return true;
    if (s === "cyclic") return false;
    if (s === "visiting") {
      cycles.push(stack.slice(stack.indexOf(node)));
      return false;
    }
    state.set(node, "visiting");
    stack.push(node);
    let good = true;
    for (const dep of deps.get(node) ?? []) if (known.has(dep) && !visit(dep)) good = false;
    stack.pop();
    state.set(node, good ? "done" : "cyclic");
    if (good) ok.add(node);
    return good;
  };
  for (const node of [...nodes].sort(compareAscending)) visit(node);
  return { ok, cycles };
}

/** Kahn's algorithm over an acyclic set, always taking the smallest ready name next. */
function kahn(nodes: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const set = new Set(nodes);
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of nodes) {
    const own = [...(deps.get(node) ?? [])].filter((d) => set.has(d) && d !== node);
    waiting.set(node, own.length);
    for (const d of own) dependents.set(d, [...(dependents.get(d) ?? []), node]);
  }
  const ready = nodes.filter((n) => waiting.get(n) === 0).sort(compareAscending);
  const order: string[] = [];
  while (ready.length > 0) {
    const next = ready.shift() as string;
    order.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const left = (waiting.get(dependent) as number) - 1;
      waiting.set(dependent, left);
      if (left === 0) insertSorted(ready, dependent);
    }
  }
  return order;
}

function insertSorted(list: string[], name: string): void {
  let i = 0;
  while (i < list.length && compareAscending(list[i] as string, name) < 0) i++;
  list.splice(i, 0, name);
}


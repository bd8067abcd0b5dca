/**
 * Dependency analysis: the names an expression reads, and a topological order of decisions with
 * every cycle reported.
 * @module
 */
import type { Expression } from "../expr/ast.js";

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
 * Orders `nodes` so that each comes after the nodes it depends on, keeping the declared order
 * where dependencies allow (deterministic), and reports every cycle.
 */
export function topologicalOrder(nodes: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): GraphOrder {
  const state = new Map<string, "visiting" | "done" | "cyclic">();
  const order: string[] = [];
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
    let ok = true;
    for (const dep of deps.get(node) ?? []) if (known.has(dep) && !visit(dep)) ok = false;
    stack.pop();
    state.set(node, ok ? "done" : "cyclic");
    if (ok) order.push(node);
    return ok;
  };
  for (const node of nodes) visit(node);
  return { order, cycles };
}

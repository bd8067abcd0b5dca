/**
 * Name resolution for the expression compiler: global slots (inputs, constants, weight groups,
 * decisions) and local slots (lambda parameters, the current element and sub-decisions of a
 * per-item decision).
 * @module
 */
import type { Type, Value } from "./types.js";

/** Where a name's value lives at run time. */
export interface Binding {
  readonly name: string;
  readonly kind: "global" | "local";
  readonly slot: number;
  readonly type: Type;
  /** What the name is, for explanations and the dependency graph. */
  readonly role: "input" | "constant" | "weights" | "decision" | "item" | "param";
  /** The value of a policy constant, fixed once compiled (its slot is never written). */
  readonly known?: { readonly value: Value };
}

/** The run-time environment of one scoring call: global slots, local slots and the trace sink. */
export interface Env {
  readonly g: Value[];
  readonly l: Value[];
  trace: TraceSink | null;
}

/** Receives aggregate contributions while a decision is traced. */
export interface TraceSink {
  aggregate(entry: AggregateTrace): void;
}

/** How each element of a collection contributed to an aggregate (`sum`, `avg`, `wavg`, …). */
export interface AggregateTrace {
  /** The function: `sum`, `avg`, `wavg`, `count`, `min`, `max`. */
  readonly fn: string;
  /** The aggregate's source text in the formula. */
  readonly expr: string;
  readonly result: Value;
  readonly items: readonly AggregateItem[];
}

/** One element's part in an aggregate. */
export interface AggregateItem {
  readonly index: number;
  readonly value: Value;
  readonly weight?: number;
  /** The element's share of the result (for `sum`/`avg`/`wavg`), 1/0 for `count`, selected for `min`/`max`. */
  readonly contribution: number;
}

/** The value of every name a decision read (lambda parameters aside), for its trace. */
export function readBindings(refs: ReadonlyMap<string, Binding>, env: Env): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [name, b] of refs) if (b.role !== "param") out[name] = (b.kind === "global" ? env.g[b.slot] : env.l[b.slot]) ?? null;
  return out;
}

/** Resolves names; child scopes add locals on top of their parent. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();
  private readonly parent: Scope | undefined;
  private readonly counter: { next: number };

  constructor(parent?: Scope) {
    this.parent = parent;
    this.counter = parent ? parent.counter : { next: 0 };
  }

  /** Looks a name up here, then in the parents. */
  lookup(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }

  /** Declares a global name at a fixed slot. */
  defineGlobal(name: string, slot: number, type: Type, role: Binding["role"], known?: { readonly value: Value }): Binding {
    const binding: Binding = { name, kind: "global", slot, type, role, ...(known === undefined ? {} : { known }) };
    this.bindings.set(name, binding);
    return binding;
  }

  /** Declares a local name in a fresh local slot. */
  defineLocal(name: string, type: Type, role: Binding["role"]): Binding {
    const binding: Binding = { name, kind: "local", slot: this.counter.next++, type, role };
    this.bindings.set(name, binding);
    return binding;
  }

  /** Re-declares a local name at an existing slot (to give it its type once known). */
  defineLocalAt(name: string, slot: number, type: Type, role: Binding["role"]): Binding {
    const binding: Binding = { name, kind: "local", slot, type, role };
    this.bindings.set(name, binding);
    return binding;
  }

  /** Every name visible from here (for "did you mean" hints). */
  names(): string[] {
    return [...this.bindings.keys(), ...(this.parent?.names() ?? [])];
  }

  /** How many local slots the whole scope tree uses. */
  localCount(): number {
    return this.counter.next;
  }
}

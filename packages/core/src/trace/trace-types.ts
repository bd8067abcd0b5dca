/**
 * The explanation trace of one scoring: data first (every decision's inputs, output, the formula
 * or the table rows that produced it, and each element's contribution to aggregates), rendered to
 * text by `renderTrace`.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { AggregateTrace } from "../compiler/scope.js";
import type { Value } from "../compiler/types.js";
import type { UmpanBalik } from "../monitoring/feedback.js";
import type { CollectAggregation, HitPolicy, Rounding } from "../schema/policy-types.js";

export type { AggregateItem, AggregateTrace } from "../compiler/scope.js";

/** Identity of the policy version that produced a result. */
export interface PolicyRef {
  readonly id: string;
  readonly version: string;
  /** SHA-256 (hex) of the policy's canonical JSON. */
  readonly hash: string;
}

/** A matched decision-table row. */
export interface MatchedRow {
  /** 1-based row number, as policy staff count rows. */
  readonly row: number;
  /** The row's cells as written. */
  readonly when: readonly string[];
  readonly note?: LocalizedText;
}

/** How a decision table decided. */
export interface TableTrace {
  readonly hitPolicy: HitPolicy;
  readonly aggregation?: CollectAggregation;
  readonly columns: readonly { readonly expr: string; readonly value: Value; readonly label?: LocalizedText }[];
  readonly matched: readonly MatchedRow[];
  /** True when no row matched under a single-result hit policy, so the declared default (or null) was returned. */
  readonly usedDefault: boolean;
}

/** One element of a per-item decision. */
export interface ItemTrace {
  readonly index: number;
  /** The element itself. */
  readonly item: Value;
  /** The element's name from the decision's `itemLabel`, when declared. */
  readonly label?: string;
  readonly decisions: readonly DecisionTrace[];
}

/**
 * How one condition of a rule evaluated: for a fact leaf the fact's value, the compared value and
 * the result (json-rules-engine's `factResult` / `valueResult` / `result`); for a group its
 * children. `reference` names the named condition a `{ condition }` reference expanded to.
 */
export interface ConditionTrace {
  readonly kind: "all" | "any" | "not" | "fact";
  readonly name?: string;
  readonly label?: LocalizedText;
  readonly reference?: string;
  readonly result: boolean;
  readonly children?: readonly ConditionTrace[];
  readonly fact?: string;
  readonly path?: string;
  readonly operator?: string;
  /** The compared value as written (a literal or `{ fact, path }`). */
  readonly value?: Value;
  readonly factResult?: Value;
  readonly valueResult?: Value;
}

/** How one rule of a rules decision evaluated. */
export interface RuleTrace {
  /** 1-based position in the document. */
  readonly index: number;
  readonly name?: string;
  readonly label?: LocalizedText;
  readonly priority: number;
  /** True when the conditions held and the event was emitted. */
  readonly fired: boolean;
  readonly event: { readonly type: string; readonly params: Readonly<Record<string, Value>> };
  readonly conditions: ConditionTrace;
}

/** How one decision produced its output. */
export interface DecisionTrace {
  readonly name: string;
  readonly kind: "formula" | "table" | "perItem" | "rules";
  readonly label?: LocalizedText;
  /** The formula text (formula decisions) or the list expression (per-item decisions). */
  readonly expr?: string;
  /** The value of every name the decision read. */
  readonly inputs: Readonly<Record<string, Value>>;
  readonly output: Value;
  /** The value before automatic rounding, when rounding changed it. */
  readonly unrounded?: Value;
  readonly rounding?: Rounding;
  readonly table?: TableTrace;
  readonly aggregates?: readonly AggregateTrace[];
  readonly items?: readonly ItemTrace[];
  /** Rules decisions: every rule, in evaluation order (priority, then document order). */
  readonly rules?: readonly RuleTrace[];
}

/** The full trace of one scoring. */
export interface Trace {
  readonly policy: PolicyRef;
  readonly title: LocalizedText;
  readonly decisions: readonly DecisionTrace[];
  readonly outputs: Readonly<Record<string, Value>>;
  /** The continuous feedback given with `score(input, { trace: true, feedback })`, by RHK then date. */
  readonly feedback?: readonly UmpanBalik[];
}

/**
 * The explanation trace of one scoring: data first (every decision's inputs, output, the formula
 * or the table rows that produced it, and each element's contribution to aggregates), rendered to
 * text by `renderTrace`.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { AggregateTrace } from "../compiler/scope.js";
import type { Value } from "../compiler/types.js";
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

/** How one decision produced its output. */
export interface DecisionTrace {
  readonly name: string;
  readonly kind: "formula" | "table" | "perItem";
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
}

/** The full trace of one scoring. */
export interface Trace {
  readonly policy: PolicyRef;
  readonly title: LocalizedText;
  readonly decisions: readonly DecisionTrace[];
  readonly outputs: Readonly<Record<string, Value>>;
}

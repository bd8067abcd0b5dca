/**
 * The TypeScript shape of a Kinerja policy document. The zod schemas in `policy-schema.ts`
 * validate exactly this shape.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { RoundingMode } from "../rounding.js";
import type { RulesDecision } from "./rule-types.js";

export type * from "./rule-types.js";

/** A JSON value (constants, literal table outputs, golden cases). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

interface FieldCommon {
  /** When true the field may be absent or null; expressions then see `null`. */
  optional?: boolean;
  /** A human label shown in explanations. */
  label?: LocalizedText;
}

/** A number field, optionally bounded, integer, or a weight whose values over a list add up to `sum`. */
export interface NumberField extends FieldCommon {
  type: "number";
  min?: number;
  max?: number;
  integer?: boolean;
  /** Declares this field a weight: over the enclosing list its values must add up to `sum` (± tolerance). */
  weight?: { sum: number; tolerance?: number };
}
/** A string field. */
export interface StringField extends FieldCommon {
  type: "string";
  minLength?: number;
  maxLength?: number;
}
/** A boolean field. */
export interface BooleanField extends FieldCommon {
  type: "boolean";
}
/** A calendar date `YYYY-MM-DD`. */
export interface DateField extends FieldCommon {
  type: "date";
}
/** One of a closed set of values (`DI_ATAS_EKSPEKTASI`, …). */
export interface EnumField extends FieldCommon {
  type: "enum";
  values: string[];
}
/** A record with named fields. */
export interface ObjectField extends FieldCommon {
  type: "object";
  fields: Record<string, FieldType>;
}
/** A list of elements of one type (e.g. the indicators of a plan). */
export interface ListField extends FieldCommon {
  type: "list";
  items: FieldType;
  minItems?: number;
  maxItems?: number;
}
/** The declared type of an input field. */
export type FieldType = NumberField | StringField | BooleanField | DateField | EnumField | ObjectField | ListField;

/** A rounding rule: a mode and a number of decimals (0–15). */
export interface Rounding {
  mode: RoundingMode;
  scale: number;
}

/** Where automatic rounding happens. */
export type RoundingApply = "decisions" | "outputs" | "explicit";

/**
 * The policy-wide numeric rules. `apply` says where `rounding` is used: `decisions` (default)
 * rounds every numeric decision result when produced, so later decisions see the rounded value;
 * `outputs` rounds only what is returned; `explicit` rounds only in `round()` calls and decisions
 * with their own `rounding`.
 */
export interface NumericPolicy {
  rounding: Rounding;
  apply?: RoundingApply;
}

interface DecisionCommon {
  label?: LocalizedText;
  description?: LocalizedText;
  /** Overrides the policy rounding for this decision; `"none"` turns automatic rounding off. */
  rounding?: Rounding | "none";
}

/** A formula decision: one expression of the Kinerja expression language. */
export interface FormulaDecision extends DecisionCommon {
  kind: "formula";
  expr: string;
  /** The declared result type; the compiler checks the expression against it. */
  type?: "number" | "string" | "boolean" | "date";
}

/** An input column of a decision table: an expression, optionally labelled. */
export type TableInput = string | { expr: string; label?: LocalizedText };

/** An output column: a name, plus for PRIORITY / OUTPUT_ORDER its values in priority order (highest first). */
export type TableOutput = string | { name: string; values?: JsonValue[]; label?: LocalizedText };

/** A rule cell: a unary test text (`>= 91`, `[76..90]`, `"A","B"`, `-`) or a literal to equal. */
export type RuleCell = string | number | boolean | null;

/** An output entry: a literal JSON value, or `{ expr }` evaluated in the decision's scope. */
export type OutputEntry = JsonValue | { expr: string };

/** One rule row of a decision table. */
export interface TableRule {
  when: RuleCell[];
  then: OutputEntry[];
  /** Why this row exists, shown in explanations. */
  note?: LocalizedText;
}

/** The DMN hit policies. */
export type HitPolicy = "UNIQUE" | "FIRST" | "PRIORITY" | "ANY" | "RULE_ORDER" | "OUTPUT_ORDER" | "COLLECT";

/** The COLLECT aggregations. */
export type CollectAggregation = "SUM" | "MIN" | "MAX" | "COUNT";

/** A decision table with DMN semantics. */
export interface TableDecision extends DecisionCommon {
  kind: "table";
  hitPolicy: HitPolicy;
  aggregation?: CollectAggregation;
  inputs: TableInput[];
  outputs: TableOutput[];
  rules: TableRule[];
  /** The result when no rule matches (single-result hit policies); null when absent. */
  default?: OutputEntry;
}

/** A decision allowed inside a per-item decision. */
export type ItemDecision = FormulaDecision | TableDecision | RulesDecision;

/** Sub-decisions evaluated for every element of a list; the result is a list of records. */
export interface PerItemDecision {
  kind: "perItem";
  /** An expression giving the list (usually an input such as `indikator`). */
  over: string;
  /** The name of the current element inside the sub-decisions. */
  as: string;
  decisions: Record<string, ItemDecision>;
  /** An expression naming each element in explanations, evaluated with the element in scope (e.g. `i.iki`). */
  itemLabel?: string;
  /** The name of the element's zero-based position, usable in the sub-decisions (e.g. `k`). */
  index?: string;
  label?: LocalizedText;
  description?: LocalizedText;
}

/** Any decision. */
export type Decision = FormulaDecision | TableDecision | RulesDecision | PerItemDecision;

/** A named group of constant weights that must add up to `sum` (e.g. SKP 70 + perilaku 30 = 100). */
export interface WeightGroup {
  weights: Record<string, number>;
  sum: number;
  tolerance?: number;
  label?: LocalizedText;
}

/** A golden case: an input and (some of) the outputs it must produce. */
export interface GoldenCase {
  name: string;
  input: Record<string, JsonValue>;
  expected: Record<string, JsonValue>;
  date?: string;
}

/** A complete policy document. */
export interface PolicyDocument {
  $schema?: string;
  /** Lower-case id shared by every version of the policy. */
  id: string;
  version: string;
  /** The dates the version is in force: from `from` to `to` inclusive (open-ended without `to`). */
  effective: { from: string; to?: string };
  title: LocalizedText;
  description?: LocalizedText;
  numeric?: NumericPolicy;
  inputs: Record<string, FieldType>;
  constants?: Record<string, JsonValue>;
  weights?: Record<string, WeightGroup>;
  decisions: Record<string, Decision>;
  /** The decisions returned in a result; all when absent. */
  outputs?: string[];
  cases?: GoldenCase[];
}

/**
 * zod schemas of a Kinerja policy document. They validate exactly the shape declared in
 * `policy-types.ts`; the JSON Schema published for editors is generated from them.
 * @module
 */
import * as z from "zod";
import type { FieldType, JsonValue, PolicyDocument, RuleCondition } from "./policy-types.js";

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A name usable in expressions: letters, digits and `_`, not starting with a digit. */
const NameSchema = z.string().regex(NAME_PATTERN, {
  message: "kinerja:name",
});

/** A calendar date `YYYY-MM-DD`. */
const DateSchema = z.string().regex(DATE_PATTERN, { message: "kinerja:date" });

/** A text in Bahasa Indonesia (`id`) and English (`en`). */
const LocalizedTextSchema = z
  .object({ id: z.string().min(1), en: z.string().min(1) })
  .strict();

/** The rounding modes of java.math.BigDecimal that policies may declare. */
const RoundingModeSchema = z.enum(["HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR", "CEILING"]);

/** A rounding rule: mode and number of decimals (0–15). */
const RoundingSchema = z
  .object({ mode: RoundingModeSchema, scale: z.number().int().min(0).max(15) })
  .strict();

/** The policy-wide numeric rules: the default rounding and where it is applied automatically. */
const NumericPolicySchema = z
  .object({
    rounding: RoundingSchema,
    /**
     * `decisions`: every numeric decision result is rounded when produced (later decisions see the
     * rounded value); `outputs`: only the returned outputs are rounded; `explicit`: only `round()`
     * calls and per-decision `rounding` round.
     */
    apply: z.enum(["decisions", "outputs", "explicit"]).optional(),
  })
  .strict();

const common = { optional: z.boolean().optional(), label: LocalizedTextSchema.optional() };

/** Schema of a declared field type (recursive: objects and lists nest). */
/** Schema of a declared field type (recursive: objects and lists nest). */
export const FieldTypeSchema: z.ZodType<FieldType> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z
      .object({
        type: z.literal("number"),
        min: z.number().optional(),
        max: z.number().optional(),
        integer: z.boolean().optional(),
        /** Declares this field a weight: over a list, the values must add up to `sum` (± tolerance). */
        weight: z.object({ sum: z.number(), tolerance: z.number().min(0).optional() }).strict().optional(),
        ...common,
      })
      .strict(),
    z
      .object({
        type: z.literal("string"),
        minLength: z.number().int().min(0).optional(),
        maxLength: z.number().int().min(0).optional(),
        ...common,
      })
      .strict(),
    z.object({ type: z.literal("boolean"), ...common }).strict(),
    z.object({ type: z.literal("date"), ...common }).strict(),
    z.object({ type: z.literal("enum"), values: z.array(z.string().min(1)).min(1), ...common }).strict(),
    z.object({ type: z.literal("object"), fields: z.record(z.string(), FieldTypeSchema), ...common }).strict(),
    z
      .object({
        type: z.literal("list"),
        items: FieldTypeSchema,
        minItems: z.number().int().min(0).optional(),
        maxItems: z.number().int().min(0).optional(),
        ...common,
      })
      .strict(),
  ]),
) as z.ZodType<FieldType>;

/** Schema of any JSON value. */
const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
) as z.ZodType<JsonValue>;

const decisionCommon = {
  label: LocalizedTextSchema.optional(),
  description: LocalizedTextSchema.optional(),
  /** Overrides the policy rounding for this decision; `"none"` disables automatic rounding. */
  rounding: z.union([RoundingSchema, z.literal("none")]).optional(),
};

/** A formula decision: one expression. */
const FormulaDecisionSchema = z
  .object({
    kind: z.literal("formula"),
    expr: z.string().min(1),
    /** Optional declared result type; the compiler checks the expression against it. */
    type: z.enum(["number", "string", "boolean", "date"]).optional(),
    ...decisionCommon,
  })
  .strict();

/** An input column of a decision table: an expression and an optional label. */
const TableInputSchema = z.union([
  z.string().min(1),
  z.object({ expr: z.string().min(1), label: LocalizedTextSchema.optional() }).strict(),
]);

/** An output column: its name, and for PRIORITY / OUTPUT ORDER the output values in priority order. */
const TableOutputSchema = z.union([
  NameSchema,
  z
    .object({ name: NameSchema, values: z.array(JsonValueSchema).min(1).optional(), label: LocalizedTextSchema.optional() })
    .strict(),
]);

/** A cell of a rule's input entries: a unary test text, or a number / boolean / null literal to equal. */
const RuleCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** An output entry: a literal JSON value, or `{ expr }` computed in the decision's scope. */
const OutputEntrySchema = z.union([
  z.object({ expr: z.string().min(1) }).strict(),
  JsonValueSchema,
]);

/** One rule row of a decision table. */
const TableRuleSchema = z
  .object({
    when: z.array(RuleCellSchema),
    then: z.array(OutputEntrySchema),
    /** Why this row exists, shown in explanations. */
    note: LocalizedTextSchema.optional(),
  })
  .strict();

/** The DMN hit policies. */
const HitPolicySchema = z.enum([
  "UNIQUE",
  "FIRST",
  "PRIORITY",
  "ANY",
  "RULE_ORDER",
  "OUTPUT_ORDER",
  "COLLECT",
]);

/** A decision table with DMN semantics. */
const TableDecisionSchema = z
  .object({
    kind: z.literal("table"),
    hitPolicy: HitPolicySchema,
    /** For COLLECT: combine the matched outputs with SUM, MIN, MAX or COUNT. */
    aggregation: z.enum(["SUM", "MIN", "MAX", "COUNT"]).optional(),
    inputs: z.array(TableInputSchema).min(1),
    outputs: z.array(TableOutputSchema).min(1),
    rules: z.array(TableRuleSchema).min(1),
    /** Result when no rule matches (single-result hit policies); null when absent. */
    default: OutputEntrySchema.optional(),
    ...decisionCommon,
  })
  .strict();

const conditionCommon = {
  name: z.string().min(1).optional(),
  label: LocalizedTextSchema.optional(),
  priority: z.number().int().min(1).optional(),
};

/** A condition in json-rules-engine's format: a fact leaf, `all` / `any` / `not`, or a named reference. */
const RuleConditionSchema: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    z
      .object({
        fact: z.string().min(1),
        operator: z.string().min(1),
        value: JsonValueSchema,
        path: z.string().min(1).optional(),
        params: z.record(z.string(), JsonValueSchema).optional(),
        ...conditionCommon,
      })
      .strict(),
    ...groupSchemas(),
  ]),
) as z.ZodType<RuleCondition>;

function groupSchemas() {
  return [
    z.object({ all: z.array(RuleConditionSchema).min(1), ...conditionCommon }).strict(),
    z.object({ any: z.array(RuleConditionSchema).min(1), ...conditionCommon }).strict(),
    z.object({ not: RuleConditionSchema, ...conditionCommon }).strict(),
    z.object({ condition: NameSchema, ...conditionCommon }).strict(),
  ] as const;
}

/** One rule: conditions (a group or a reference at the top), a priority and the event it emits. */
const RuleSchema = z
  .object({
    name: z.string().min(1).optional(),
    label: LocalizedTextSchema.optional(),
    priority: z.number().int().min(1).optional(),
    conditions: z.union(groupSchemas()),
    event: z.object({ type: z.string().min(1), params: z.record(z.string(), JsonValueSchema).optional() }).strict(),
  })
  .strict();

/** A rules decision: json-rules-engine rules whose fired events, by priority, are the decision's value. */
const RulesDecisionSchema = z
  .object({
    kind: z.literal("rules"),
    rules: z.array(RuleSchema).min(1),
    /** Named conditions the rules reference with `{ "condition": "name" }`. */
    conditions: z.record(NameSchema, RuleConditionSchema).optional(),
    label: LocalizedTextSchema.optional(),
    description: LocalizedTextSchema.optional(),
  })
  .strict();

/** A decision evaluated for one element of a collection (formula, table or rules). */
const ItemDecisionSchema = z.discriminatedUnion("kind", [FormulaDecisionSchema, TableDecisionSchema, RulesDecisionSchema]);

/** A per-item decision: sub-decisions evaluated for every element of a list. */
const PerItemDecisionSchema = z
  .object({
    kind: z.literal("perItem"),
    /** An expression giving the list (usually an input such as `indikator`). */
    over: z.string().min(1),
    /** The name the current element has inside the sub-decisions. */
    as: NameSchema,
    decisions: z.record(NameSchema, ItemDecisionSchema),
    /** An expression naming each element in explanations (e.g. `i.iki`). */
    itemLabel: z.string().min(1).optional(),
    /** The name of the element's zero-based position inside the sub-decisions (e.g. `k`). */
    index: NameSchema.optional(),
    label: LocalizedTextSchema.optional(),
    description: LocalizedTextSchema.optional(),
  })
  .strict();

/** Any decision. */
const DecisionSchema = z.discriminatedUnion("kind", [
  FormulaDecisionSchema,
  TableDecisionSchema,
  RulesDecisionSchema,
  PerItemDecisionSchema,
]);

/** A named group of weights the compiler checks add up to `sum` (e.g. SKP 70 + perilaku 30 = 100). */
const WeightGroupSchema = z
  .object({
    weights: z.record(NameSchema, z.number()),
    sum: z.number(),
    tolerance: z.number().min(0).optional(),
    label: LocalizedTextSchema.optional(),
  })
  .strict();

/** A golden case: an input and the outputs it must produce (checked by tests and the CLI). */
const GoldenCaseSchema = z
  .object({
    name: z.string().min(1),
    input: z.record(z.string(), JsonValueSchema),
    expected: z.record(z.string(), JsonValueSchema),
    date: DateSchema.optional(),
  })
  .strict();

/** A complete policy document. */
const PolicyDocumentObject = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { message: "kinerja:policyId" }),
    version: z.string().min(1).max(64),
    effective: z.object({ from: DateSchema, to: DateSchema.optional() }).strict(),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    numeric: NumericPolicySchema.optional(),
    inputs: z.record(NameSchema, FieldTypeSchema),
    constants: z.record(NameSchema, JsonValueSchema).optional(),
    weights: z.record(NameSchema, WeightGroupSchema).optional(),
    decisions: z.record(NameSchema, DecisionSchema),
    /** Which decisions are returned; all of them when absent. */
    outputs: z.array(NameSchema).optional(),
    cases: z.array(GoldenCaseSchema).optional(),
  })
  .strict();


/** The zod schema of a complete {@link PolicyDocument}. */
export const PolicyDocumentSchema: z.ZodType<PolicyDocument> = PolicyDocumentObject as z.ZodType<PolicyDocument>;

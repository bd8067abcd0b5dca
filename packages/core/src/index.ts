/**
 * `@kinerja/core` — the Kinerja policy engine: policy schemas, a safe expression language,
 * DMN decision tables, a compiler that checks a whole policy at once, a synchronous scorer with an
 * explanation trace, decimal-exact rounding, policy sets with effective dates, and bilingual
 * (Bahasa Indonesia / English) messages. No I/O; runs under a strict Content-Security-Policy.
 * @module
 */
export { compilePolicy, validatePolicy, DEFAULT_ROUNDING, type CompileOptions, type ValidationResult } from "./compiler/compile-policy.js";
export { createOperatorRegistry, type OperatorRegistry, type OperatorDefinition, type OperandKind, type OperandValue } from "./compiler/rules/registry.js";
export type { CompiledPolicy, ScoreOptions, ScoreResult, ScoreOutcome } from "./compiler/scorer.js";
export type { Type, Value } from "./compiler/types.js";
export { createPolicySet, selectVersion, scoreOn, inForce, type PolicySet, type PolicySetOptions } from "./policy-set.js";
export { runGoldenCases, type CaseMismatch, type CaseResult } from "./golden-cases.js";
export { renderTrace, formatValue, type RenderOptions } from "./trace/render.js";
export type {
  AggregateItem,
  AggregateTrace,
  ConditionTrace,
  DecisionTrace,
  RuleTrace,
  ItemTrace,
  MatchedRow,
  PolicyRef,
  TableTrace,
  Trace,
} from "./trace/trace-types.js";
export {
  KinerjaError,
  isKinerjaError,
  type KinerjaErrorOptions,
  toKinerjaError,
  type Issue,
  type IssuePath,
  type KinerjaErrorCode,
  type Severity,
} from "./errors.js";
export { localize, DEFAULT_LANG, type Lang, type LocalizedText } from "./i18n/text.js";
export { roundDecimal, isRoundingMode, ROUNDING_MODES, type RoundingMode } from "./rounding.js";
export { canonicalJson, contentHash } from "./canonical-json.js";
export { pathText } from "./internal/describe-value.js";
export { parseNip, parseNiPppk, formatNip, type NipResult, type NipValid, type NipInvalid, type NiPppkResult, type NiPppkValid, type NipProblem, type NipProblemCode, type NipOptions, type JenisKelamin } from "./domain/nip.js";
export { checkJpMinimum, JP_MINIMUM, type JenisAsn, type JpMinimumInput, type JpMinimumResult } from "./domain/kompetensi.js";
export { parseExpression, type ParseResult, type SyntaxProblem } from "./expr/parser.js";
export { printExpression } from "./expr/printer.js";
export type * from "./expr/ast.js";
export { PolicyDocumentSchema, FieldTypeSchema } from "./schema/policy-schema.js";
export { policyJsonSchema, POLICY_SCHEMA_ID } from "./schema/json-schema.js";
export type * from "./schema/policy-types.js";
export * from "./monitoring/index.js";
export * from "./development/index.js";
export * from "./batch/index.js";
export * from "./cohort/index.js";
export * from "./store/index.js";

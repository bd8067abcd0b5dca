/**
 * `@kinerja/testing` — the test kit of Kinerja: the KinerjaStore conformance suite every storage
 * adapter runs (test functions injected, so any runner works), its assertions, and builders of
 * realistic test data (valid NIP / NI PPPK, organisations with plans, evaluations with traces).
 * @module
 */
export { runStoreConformance, CONFORMANCE_AREAS } from "./run-store-conformance.js";
export {
  skipsFor,
  type ConformanceCapability,
  type ConformanceIt,
  type ConformanceRunner,
  type ConformanceSetup,
  type ConformanceSkips,
  type ConformanceStoreOptions,
  type ConformanceTestBody,
  type StoreConformanceOptions,
} from "./conformance/options.js";
export { collectPages, expectInputInvalid, expectStoreError, type CollectPagesOptions, type ExpectedStoreError } from "./conformance/assertions.js";
export { randomId, randomInt, pick } from "./builders/random.js";
export { randomNip, randomNiPppk, type RandomNipOptions, type RandomNiPppkOptions } from "./builders/nip.js";
export {
  randomName,
  unitInput,
  employeeInput,
  rhkInput,
  seedOrg,
  type UnitInput,
  type EmployeeInput,
  type PlanInput,
  type RhkInputOptions,
  type SeedOrgOptions,
  type SeededOrg,
} from "./builders/org.js";
export { evaluationInput, policyRef, traceOf, PREDIKAT_VALUES, type EvaluationInputOptions, type TraceOptions } from "./builders/evaluation.js";
export { policyDocument, invalidPolicyDocument, policyHash, type PolicyDocumentOptions } from "./builders/policy.js";
export { UNICODE_NAMES, EXACT_NUMBERS } from "./builders/samples.js";
export {
  inputArbitrary,
  fieldArbitrary,
  numberArbitrary,
  type InputArbitraryOptions,
} from "./arbitraries/input.js";
export { nipArbitrary, niPppkArbitrary } from "./arbitraries/nip.js";
export {
  indicatorArbitrary,
  realisationArbitrary,
  targetArbitrary,
  behaviourRatingsArbitrary,
  planArbitrary,
  cohortArbitrary,
  PREDIKAT_KINERJA,
  type BehaviourRating,
  type CohortArbitraryOptions,
  type IndicatorArbitraryOptions,
  type IndicatorValue,
  type PlanArbitraryOptions,
  type PlanValue,
  type Polaritas,
} from "./arbitraries/domain.js";
export { policyArbitrary, nearValidPolicyArbitrary, type NearValidPolicy, type PolicyMistake } from "./arbitraries/policy.js";
export {
  LAW_IDS,
  type DistributionProfile,
  type IndicatorProfile,
  type LawId,
  type LawProfile,
  type LawResult,
  type MonotoneOutput,
  type OutputBounds,
  type OutputPath,
  type PolicyLawOptions,
} from "./laws/types.js";
export { runPolicyLaws, describePolicyLaws, type LawRunner } from "./laws/run.js";
export { detectProfile } from "./laws/profile.js";
export { PRESET_LAW_PROFILES } from "./laws/preset-profiles.js";
export { seedAgreedPlans, evaluationsFor, periodsOf, inParallel, type SeedAgreedPlansOptions } from "./builders/bulk.js";

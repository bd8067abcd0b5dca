/**
 * `runStoreConformance`: registers the KinerjaStore conformance suite with any test runner, so
 * every storage adapter proves it obeys the same rules (packages/core/src/store/SEMANTICS.md).
 * @module
 */
import { audit } from "./conformance/audit.js";
import { basics } from "./conformance/basics.js";
import { bulk } from "./conformance/bulk.js";
import { capabilities } from "./conformance/capabilities.js";
import { concurrency } from "./conformance/concurrency.js";
import { registerArea, type AreaDefinition } from "./conformance/context.js";
import { evaluations } from "./conformance/evaluations.js";
import { idempotency } from "./conformance/idempotency.js";
import type { StoreConformanceOptions } from "./conformance/options.js";
import { calibrations } from "./conformance/calibrations.js";
import { org } from "./conformance/org.js";
import { pagination } from "./conformance/pagination.js";
import { plans } from "./conformance/plans.js";
import { policies } from "./conformance/policies.js";
import { progress } from "./conformance/progress.js";
import { queries } from "./conformance/queries.js";
import { review } from "./conformance/review.js";
import { team } from "./conformance/team.js";
import { validation } from "./conformance/validation.js";
import { values } from "./conformance/values.js";
import { versions } from "./conformance/versions.js";

/** Every area of the suite, in the order they are registered. */
const AREAS: readonly AreaDefinition[] = [
  basics,
  validation,
  policies,
  org,
  team,
  plans,
  progress,
  review,
  evaluations,
  calibrations,
  bulk,
  queries,
  idempotency,
  versions,
  audit,
  pagination,
  values,
  concurrency,
  capabilities,
];

/** The names of the suite's areas (one `describe` each). */
export const CONFORMANCE_AREAS: readonly string[] = Object.freeze(AREAS.map((a) => a.name));

/**
 * Registers the KinerjaStore conformance suite: one `describe` per area (policies, units and
 * employees, plans, records, evaluations, idempotency, versions, audit, pagination, values,
 * concurrency, capabilities, …), each building its store once with `setup` and every test
 * working on fresh random ids. Assertions use `node:assert/strict`, so any runner that provides
 * `describe`, `it`, `beforeAll` and `afterAll` works.
 *
 * @example
 * ```ts
 * import { afterAll, beforeAll, describe, it } from "vitest";
 * import { runStoreConformance, skipsFor } from "@kinerja/testing";
 * import { createMemoryBackend, createMemoryStore } from "@kinerja/store-memory";
 *
 * runStoreConformance({
 *   name: "memory",
 *   test: { describe, it, beforeAll, afterAll },
 *   setup: async (options) => ({ store: createMemoryStore(options) }),
 *   skip: skipsFor(createMemoryBackend().capabilities),
 * });
 * ```
 */
export function runStoreConformance(options: StoreConformanceOptions): void {
  checkOptions(options);
  options.test.describe(`KinerjaStore conformance: ${options.name}`, () => {
    for (const area of AREAS) registerArea(area, options);
  });
}

function checkOptions(options: StoreConformanceOptions): void {
  const problems: string[] = [];
  if (typeof options !== "object" || options === null) throw new TypeError("runStoreConformance: options must be an object");
  if (typeof options.name !== "string" || options.name.length === 0) problems.push("name must be a non-empty string");
  const t = options.test as Partial<StoreConformanceOptions["test"]> | undefined;
  for (const fn of ["describe", "it", "beforeAll", "afterAll"] as const) {
    if (typeof t?.[fn] !== "function") problems.push(`test.${fn} must be a function`);
  }
  if (typeof options.setup !== "function") problems.push("setup must be a function");
  for (const [name, min] of [["timeoutMs", 1], ["bulkSize", 2], ["largeTraceBytes", 1]] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= min)) problems.push(`${name} must be an integer of at least ${min}`);
  }
  if (options.skip !== undefined) {
    for (const [key, value] of Object.entries(options.skip)) {
      if (!["persistent", "multiProcess", "parallelWriters"].includes(key) || typeof value !== "boolean") problems.push(`skip.${key} must be a known capability set to a boolean`);
    }
  }
  if (problems.length > 0) throw new TypeError(`runStoreConformance: ${problems.join("; ")}`);
}

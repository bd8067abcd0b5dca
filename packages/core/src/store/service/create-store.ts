/**
 * `createStore`: a full {@link KinerjaStore} on an adapter's {@link StoreBackend}, with every
 * domain rule (validation, lifecycle, cascading, optimistic versions, audit, idempotency) in one
 * place so every adapter behaves the same.
 * @module
 */
import type { StoreBackend } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import { auditOperations } from "./audit.js";
import { calibrationOperations } from "./calibrations.js";
import { competencyOperations } from "./competency.js";
import { employeeOperations } from "./employees.js";
import { evaluationOperations } from "./evaluations.js";
import { planRecordOperations } from "./plan-records.js";
import { planOperations } from "./plans.js";
import { policyOperations } from "./policies.js";
import { unitOperations } from "./units.js";
import { servicesOf, type StoreOptions } from "./write.js";

/**
 * Builds a `KinerjaStore` on a backend. Adapters call it (`createSqliteStore` =
 * `createStore(sqliteBackend, options)`); applications normally use an adapter's factory.
 *
 * @example
 * ```ts
 * const store = createStore(createMemoryBackend(), { clock: () => new Date("2026-01-05T00:00:00Z") });
 * await store.migrate();
 * await store.putUnit({ actor: "admin", unitId: "BLW", nama: "Balai Belawan" });
 * ```
 */
export function createStore(backend: StoreBackend, options: StoreOptions = {}): KinerjaStore {
  const services = servicesOf(backend, options);
  return Object.freeze({
    name: backend.name,
    capabilities: backend.capabilities,
    migrate: () => backend.migrate(),
    ...policyOperations(services),
    ...unitOperations(services),
    ...employeeOperations(services),
    ...planOperations(services),
    ...planRecordOperations(services),
    ...competencyOperations(services),
    ...evaluationOperations(services),
    ...calibrationOperations(services),
    ...auditOperations(services),
  });
}

/**
 * Storage: the `KinerjaStore` contract, its records and errors, the backend primitives adapters
 * implement, and `createStore`, which builds a full store with every domain rule on a backend.
 * @module
 */
export type * from "./records.js";
export type * from "./contract.js";
export {
  ENTITY_KINDS,
  ENTITY_TABLES,
  type AuditDraft,
  type AuditRow,
  type BackendTransaction,
  type ColumnValue,
  type Condition,
  type EntityRow,
  type EntityTable,
  type FindQuery,
  type IdempotencyRow,
  type StoreBackend,
} from "./backend.js";
export {
  StoreError,
  isStoreError,
  isRetryable,
  STORE_ERROR_REASONS,
  type StoreErrorOptions,
  type StoreErrorReason,
} from "./store-error.js";
export { createStore } from "./service/create-store.js";
export type { StoreOptions } from "./service/write.js";
export { createSerialQueue, type SerialQueue } from "./serial-queue.js";
export { STORE_ERROR_CODES } from "./store-error.js";

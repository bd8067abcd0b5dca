/**
 * `@kinerja/store-memory` — the in-memory `KinerjaStore`: the reference storage adapter of
 * Kinerja, for tests, demos and short-lived tools.
 * @module
 */
export { createMemoryStore, type MemoryStoreOptions } from "./create-memory-store.js";
export { createMemoryBackend, MEMORY_CAPABILITIES } from "./memory-backend.js";

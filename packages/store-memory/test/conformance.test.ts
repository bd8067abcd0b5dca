/**
 * The memory store passes the KinerjaStore conformance suite of @kinerja/testing (its missing
 * capabilities — persistence, several processes, parallel writers — skipped explicitly).
 */
import { runStoreConformance, skipsFor } from "@kinerja/testing";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createMemoryBackend, createMemoryStore } from "../src/index.js";

runStoreConformance({
  name: "memory",
  test: { describe, it, beforeAll, afterAll },
  setup: async (options) => ({ store: createMemoryStore(options) }),
  skip: skipsFor(createMemoryBackend().capabilities),
});

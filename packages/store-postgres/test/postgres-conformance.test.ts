/**
 * The KinerjaStore conformance suite on the real PostgreSQL server, in a schema
 * `kinerja_test_<random>` of its own (dropped afterwards). Every area opens its own pool; peers
 * (the persistence and multi-process tests) open another pool on the same schema.
 */
import { runStoreConformance, type ConformanceSetup, type ConformanceStoreOptions } from "@kinerja/testing";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createPostgresStore } from "../src/index.js";
import { createSchema, dropSchema, newPool, testSchemaName } from "./support/postgres.js";

const schema = testSchemaName();

beforeAll(() => createSchema(schema));
afterAll(() => dropSchema(schema));

async function open(options: ConformanceStoreOptions): Promise<ConformanceSetup> {
  const pool = newPool(6);
  const store = createPostgresStore({ pool, schema, ...options });
  await store.migrate();
  return { store, teardown: () => pool.end(), openPeer: open };
}

runStoreConformance({ name: "postgres", test: { describe, it, beforeAll, afterAll }, setup: open });

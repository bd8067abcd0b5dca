/**
 * The KinerjaStore conformance suite on the real MariaDB / MySQL server, in a database
 * `kinerja_test_<random>` of its own (dropped afterwards). Every area opens its own pool; peers
 * (the persistence and multi-process tests) open another pool on the same database.
 */
import { runStoreConformance, type ConformanceSetup, type ConformanceStoreOptions } from "@kinerja/testing";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createMysqlStore } from "../src/index.js";
import { createDatabase, dropDatabase, newPool, testDatabaseName } from "./support/mysql.js";

const database = testDatabaseName();

beforeAll(() => createDatabase(database));
afterAll(() => dropDatabase(database));

async function open(options: ConformanceStoreOptions): Promise<ConformanceSetup> {
  const pool = newPool(database, 6);
  const store = createMysqlStore({ pool, ...options });
  await store.migrate();
  return { store, teardown: () => pool.end(), openPeer: open };
}

runStoreConformance({ name: "mysql", test: { describe, it, beforeAll, afterAll }, setup: open });

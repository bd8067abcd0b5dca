/**
 * The KinerjaStore conformance suite on SQLite: an in-memory database (persistence and
 * multi-process tests skipped, as its capabilities say) and a temporary file in WAL mode, whose
 * peers (the persistence and multi-process tests) open a second connection on the same file.
 */
import Database from "better-sqlite3";
import { runStoreConformance, skipsFor, type ConformanceSetup, type ConformanceStoreOptions } from "@kinerja/testing";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createSqliteStore } from "../src/index.js";
import { tempDir } from "./support.js";

runStoreConformance({
  name: "sqlite :memory:",
  test: { describe, it, beforeAll, afterAll },
  setup: async (options) => {
    const database = new Database(":memory:");
    const store = createSqliteStore({ database, ...options });
    await store.migrate();
    return { store, teardown: closing(database) };
  },
  skip: skipsFor(createSqliteStore({ database: new Database(":memory:") }).capabilities),
});

const dir = tempDir();
afterAll(() => dir.remove());
let files = 0;

/** A store on `file`, and a peer on a new connection to the same file. */
async function openFile(file: string, options: ConformanceStoreOptions): Promise<ConformanceSetup> {
  const database = new Database(file);
  database.pragma("journal_mode = WAL");
  const store = createSqliteStore({ database, ...options });
  await store.migrate();
  return { store, teardown: closing(database), openPeer: (peerOptions) => openFile(file, peerOptions) };
}

function closing(database: Database.Database): () => Promise<void> {
  return async () => {
    database.close();
  };
}

runStoreConformance({
  name: "sqlite file",
  test: { describe, it, beforeAll, afterAll },
  setup: (options) => openFile(dir.path(`conformance-${++files}.db`), options),
  skip: { parallelWriters: true },
});

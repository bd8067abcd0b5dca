import { isKinerjaError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import type { Pool } from "pg";
import { createPostgresBackend, createPostgresDriver, createPostgresStore, postgresDialect, quotePostgresIdentifier } from "../src/index.js";

const fakePool = { connect: async () => undefined } as unknown as Pool;

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isKinerjaError(error) && error.code === "INPUT_INVALID") return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  throw new Error("expected INPUT_INVALID");
}

describe("options", () => {
  it("reports every invalid option at once", () => {
    const bad = { pool: {}, schema: "", tablePrefix: "Bad-Prefix", isolationLevel: "snapshot", clock: 1, newId: "x", maxRetries: -1 };
    expect(issuesOf(() => createPostgresStore(bad as never))).toEqual(["pool", "schema", "tablePrefix", "isolationLevel", "clock", "newId", "maxRetries"]);
  });

  it("rejects a missing options object and a schema past 63 bytes or with control characters", () => {
    expect(issuesOf(() => createPostgresBackend(undefined as never))).toEqual([""]);
    expect(issuesOf(() => createPostgresDriver({ pool: fakePool, schema: "é".repeat(32) }))).toEqual(["schema"]);
    expect(issuesOf(() => createPostgresStore({ pool: fakePool, schema: "a\nb" }))).toEqual(["schema"]);
  });

  it("builds a store without touching the pool", () => {
    const store = createPostgresStore({ pool: fakePool, schema: "Kinerja \"Prod\"", tablePrefix: "simpeg_", isolationLevel: "serializable" });
    expect(store.name).toBe("postgres");
    expect(store.capabilities).toEqual({ persistent: true, multiProcess: true, parallelWriters: true });
  });
});

describe("postgresDialect", () => {
  it("spells placeholders, identifiers and byte-order text types", () => {
    expect([0, 1, 41].map(postgresDialect.placeholder)).toEqual(["$1", "$2", "$42"]);
    expect(quotePostgresIdentifier('we"ird')).toBe('"we""ird"');
    expect(() => quotePostgresIdentifier("")).toThrow(TypeError);
    expect(postgresDialect.types.key).toBe('varchar(700) COLLATE "C"');
    expect(postgresDialect.maxParameters).toBeLessThan(65_535);
  });
});

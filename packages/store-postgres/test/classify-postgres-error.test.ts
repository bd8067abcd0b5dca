import { StoreError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { classifyPostgresError } from "../src/index.js";

/** An error shaped like pg's DatabaseError (a SQLSTATE `code`) or a Node socket error. */
function pgError(message: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), fields);
}

describe("classifyPostgresError", () => {
  it.each([
    ["23505", "constraint", false], // unique_violation
    ["23503", "constraint", false], // foreign_key_violation
    ["23502", "constraint", false], // not_null_violation
    ["23514", "constraint", false], // check_violation
    ["40001", "serialization", true], // serialization_failure
    ["40P01", "serialization", true], // deadlock_detected
    ["55P03", "serialization", true], // lock_not_available
    ["08006", "connection", true], // connection_failure
    ["08003", "connection", true], // connection_does_not_exist
    ["57P01", "connection", true], // admin_shutdown (pg_terminate_backend)
    ["57P02", "connection", true], // crash_shutdown
    ["57P03", "connection", true], // cannot_connect_now
    ["53300", "connection", true], // too_many_connections
    ["ECONNRESET", "connection", true],
    ["ECONNREFUSED", "connection", true],
    ["42P01", "unknown", false], // undefined_table
    ["57014", "unknown", false], // query_canceled (statement_timeout)
    ["25006", "unknown", false], // read_only_sql_transaction
  ] as const)("SQLSTATE / code %s → %s (retryable %s)", (code, reason, retryable) => {
    const error = classifyPostgresError(pgError("boom", { code }));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.reason).toBe(reason);
    expect(error.isRetryable).toBe(retryable);
    expect(error.text.en).toContain(code);
    expect(error.text.id.length).toBeGreaterThan(0);
  });

  it.each([
    "Connection terminated unexpectedly",
    "Connection terminated",
    "Client has encountered a connection error and is not queryable",
    "Client was closed and is not queryable",
    "timeout exceeded when trying to connect",
  ])("pg's message %j (no code) → connection", (message) => {
    const error = classifyPostgresError(new Error(message));
    expect(error.reason).toBe("connection");
    expect(error.isRetryable).toBe(true);
  });

  it("keeps the driver error as the cause and names the constraint", () => {
    const raw = pgError('duplicate key value violates unique constraint "kinerja_plan_nip_tahun_key"', { code: "23505", constraint: "kinerja_plan_nip_tahun_key" });
    const error = classifyPostgresError(raw);
    expect(error.cause).toBe(raw);
    expect(error.code).toBe("STORE_CONSTRAINT");
    expect(error.text.en).toContain("kinerja_plan_nip_tahun_key");
  });

  it("returns a StoreError unchanged and classifies non-errors as unknown", () => {
    const original = new StoreError("conflict", { id: "x", en: "x" });
    expect(classifyPostgresError(original)).toBe(original);
    expect(classifyPostgresError("weird").reason).toBe("unknown");
    expect(classifyPostgresError(undefined).reason).toBe("unknown");
    expect(classifyPostgresError(pgError("Cannot use a pool after calling end on the pool")).reason).toBe("unknown");
  });
});

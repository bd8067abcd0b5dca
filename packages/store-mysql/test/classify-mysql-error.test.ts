import { StoreError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { classifyMysqlError } from "../src/index.js";

/** An error shaped like mysql2's: `errno`, `code`, `sqlState`, `fatal`. */
function mysqlError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), fields);
}

describe("classifyMysqlError", () => {
  it.each([
    [1062, "ER_DUP_ENTRY", "constraint", false],
    [1451, "ER_ROW_IS_REFERENCED_2", "constraint", false],
    [1452, "ER_NO_REFERENCED_ROW_2", "constraint", false],
    [1048, "ER_BAD_NULL_ERROR", "constraint", false],
    [4025, "ER_CONSTRAINT_FAILED", "constraint", false],
    [1213, "ER_LOCK_DEADLOCK", "serialization", true],
    [1205, "ER_LOCK_WAIT_TIMEOUT", "serialization", true],
    [2006, "CR_SERVER_GONE_ERROR", "connection", true],
    [2013, "CR_SERVER_LOST", "connection", true],
    [1927, "ER_CONNECTION_KILLED", "connection", true],
    [1053, "ER_SERVER_SHUTDOWN", "connection", true],
    [1146, "ER_NO_SUCH_TABLE", "unknown", false],
    [1064, "ER_PARSE_ERROR", "unknown", false],
  ] as const)("errno %d (%s) → %s (retryable %s)", (errno, code, reason, retryable) => {
    const error = classifyMysqlError(mysqlError("boom", { errno, code }));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.reason).toBe(reason);
    expect(error.isRetryable).toBe(retryable);
    expect(error.text.en).toContain(code);
  });

  it.each(["PROTOCOL_CONNECTION_LOST", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"])("client code %s → connection", (code) => {
    const error = classifyMysqlError(mysqlError("lost", { code, errno: -104, fatal: true }));
    expect(error.reason).toBe("connection");
    expect(error.isRetryable).toBe(true);
  });

  it("treats mysql2's closed-state errors and any fatal error as a lost connection", () => {
    expect(classifyMysqlError(mysqlError("Can't add new command when connection is in closed state", { fatal: true })).reason).toBe("connection");
    expect(classifyMysqlError(new Error("Can't add new command when connection is in closed state")).reason).toBe("connection");
    expect(classifyMysqlError(mysqlError("odd packet", { fatal: true })).reason).toBe("connection");
  });

  it("falls back on the SQLSTATE", () => {
    expect(classifyMysqlError(mysqlError("x", { errno: 9999, sqlState: "23000" })).reason).toBe("constraint");
    expect(classifyMysqlError(mysqlError("x", { errno: 9999, sqlState: "40001" })).reason).toBe("serialization");
    expect(classifyMysqlError(mysqlError("x", { errno: 9999, sqlState: "08S01" })).reason).toBe("connection");
  });

  it("keeps the cause and returns a StoreError unchanged", () => {
    const raw = mysqlError("Duplicate entry 'x' for key 'PRIMARY'", { errno: 1062, code: "ER_DUP_ENTRY", sqlState: "23000" });
    expect(classifyMysqlError(raw).cause).toBe(raw);
    const original = new StoreError("not_found", { id: "x", en: "x" });
    expect(classifyMysqlError(original)).toBe(original);
    expect(classifyMysqlError(42).reason).toBe("unknown");
  });
});

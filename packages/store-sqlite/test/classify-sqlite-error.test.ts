import { StoreError } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { classifySqliteError } from "../src/internal/classify-sqlite-error.js";

function sqliteError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe("classifySqliteError", () => {
  it.each([
    ["SQLITE_CONSTRAINT_UNIQUE", "constraint", false],
    ["SQLITE_CONSTRAINT_PRIMARYKEY", "constraint", false],
    ["SQLITE_CONSTRAINT_NOTNULL", "constraint", false],
    ["SQLITE_BUSY", "serialization", true],
    ["SQLITE_BUSY_SNAPSHOT", "serialization", true],
    ["SQLITE_LOCKED", "serialization", true],
    ["SQLITE_ERROR", "unknown", false],
    ["SQLITE_CORRUPT", "unknown", false],
  ])("classifies %s as %s", (code, reason, retryable) => {
    const error = sqliteError(code);
    const classified = classifySqliteError(error, true);
    expect(classified).toMatchObject({ reason, isRetryable: retryable });
    expect(classified.cause).toBe(error);
    expect(classified.text.id.length).toBeGreaterThan(0);
  });

  it("classifies a closed database as a connection failure", () => {
    expect(classifySqliteError(new TypeError("The database connection is not open"), true).reason).toBe("connection");
    expect(classifySqliteError(new Error("anything"), false).reason).toBe("connection");
  });

  it("returns a StoreError as it is, and classifies non-errors as unknown", () => {
    const original = new StoreError("conflict", { id: "x", en: "x" });
    expect(classifySqliteError(original, true)).toBe(original);
    expect(classifySqliteError("text", true).reason).toBe("unknown");
  });
});

/**
 * Waiting for another connection's lock without blocking the event loop. SQLite's own busy handler
 * (better-sqlite3's `timeout` option) sleeps synchronously: while it waits, nothing else in the
 * process runs — not even the transaction, on another connection of the same process, that holds
 * the lock. So the statements that take or keep the write lock (`BEGIN IMMEDIATE`, `COMMIT`) run
 * with the busy timeout set to 0 and are retried asynchronously, with backoff, until the
 * connection's configured busy timeout has passed.
 * @module
 */
import type { StatementCache } from "./statement-cache.js";

/** Longest pause between two attempts, in ms. */
const MAX_PAUSE_MS = 50;

/** Runs `sql` (no parameters, no rows), retrying asynchronously while SQLite answers `SQLITE_BUSY`. */
export async function runWaitingForLock(statements: StatementCache, sql: string): Promise<void> {
  const started = Date.now();
  let pause = 1;
  for (;;) {
    const timeout = busyTimeout(statements);
    try {
      withoutBusyHandler(statements, timeout, () => statements.run(sql, []));
      return;
    } catch (error) {
      const left = timeout - (Date.now() - started);
      if (!isBusy(error) || left <= 0) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }
}

/** True for `SQLITE_BUSY` and its extended codes. */
export function isBusy(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** The connection's busy timeout in ms (better-sqlite3's `timeout` option, default 5000). */
function busyTimeout(statements: StatementCache): number {
  const row = statements.run("PRAGMA busy_timeout", []).rows[0];
  const value = row === undefined ? 0 : Number(Object.values(row)[0]);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

function withoutBusyHandler<T>(statements: StatementCache, timeout: number, run: () => T): T {
  if (timeout === 0) return run();
  statements.run("PRAGMA busy_timeout = 0", []);
  try {
    return run();
  } finally {
    statements.run(`PRAGMA busy_timeout = ${timeout}`, []);
  }
}

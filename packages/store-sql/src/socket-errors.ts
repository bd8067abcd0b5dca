/**
 * Node's socket error codes that mean the database could not be reached or the link dropped:
 * every driver classifies them as `connection` (retryable).
 * @module
 */

/** `ECONNRESET`, `ECONNREFUSED`, `EPIPE`, `ETIMEDOUT`, … — a lost or refused connection. */
export const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

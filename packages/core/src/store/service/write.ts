/**
 * How every write runs: one backend transaction holding the change, its audit entries and its
 * idempotency record; replay of a repeated idempotent call; retry of serialization failures.
 * @module
 */
import { sortedJson } from "./sorted-json.js";
import { sha256Hex } from "../../internal/sha256.js";
import type { AuditDraft, BackendTransaction, StoreBackend } from "../backend.js";
import type { AuditAction, EntityKind } from "../records.js";
import { isStoreError, StoreError } from "../store-error.js";

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** The clock of `createdAt`, `updatedAt`, audit `at` and default `evaluatedAt`; default `() => new Date()`. */
  readonly clock?: () => Date;
  /** Generates ids the caller did not give; default `crypto.randomUUID()`. */
  readonly newId?: () => string;
  /** How often a write that failed with a serialization failure (or deadlock) is retried; default 3. */
  readonly maxRetries?: number;
}

/** What the store's operations share. */
export interface Services {
  readonly backend: StoreBackend;
  readonly now: () => string;
  readonly newId: () => string;
  readonly maxRetries: number;
}

/** The context of one write inside its transaction. */
export interface WriteScope {
  readonly tx: BackendTransaction;
  /** The instant of this write (all its timestamps). */
  readonly at: string;
  /** Records an audit entry (written with the change, in the same transaction). */
  audit(action: AuditAction, entity: EntityKind, entityKey: string, before: unknown, after: unknown): void;
  /** Same as {@link WriteScope.audit} with `before` / `after` already as JSON text (bulk writes reuse the row's). */
  auditJson(action: AuditAction, entity: EntityKind, entityKey: string, before: string | null, after: string | null): void;
}

/** Builds the shared services from the options. */
export function servicesOf(backend: StoreBackend, options: StoreOptions): Services {
  const clock = options.clock ?? (() => new Date());
  return {
    backend,
    now: () => clock().toISOString(),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
    maxRetries: options.maxRetries ?? 3,
  };
}

/**
 * Runs `work` as one audited, idempotent write. `input` is the validated input without the
 * idempotency key: its canonical JSON is the fingerprint a repeated call must match.
 */
export async function runWrite<T>(
  services: Services,
  operation: string,
  meta: { readonly actor: string; readonly idempotencyKey?: string | undefined },
  input: unknown,
  work: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const key = meta.idempotencyKey === undefined ? undefined : `${operation}:${meta.idempotencyKey}`;
  // The digest runs off the event-loop thread (WebCrypto) while the transaction starts and the
  // work runs; it is awaited only where it is compared or stored.
  const fingerprint = key === undefined ? Promise.resolve("") : fingerprintOf(operation, input);
  fingerprint.catch(() => undefined); // a failed digest is reported where it is awaited
  for (let attempt = 0; ; attempt++) {
    try {
      return await services.backend.transaction((tx) => attemptWrite(services, tx, meta, key, fingerprint, work), { readOnly: false });
    } catch (error) {
      if (key !== undefined && mayBeRace(error)) {
        const prior = await services.backend.transaction((tx) => tx.getIdempotency(key), { readOnly: true });
        if (prior) return replay<T>(prior.fingerprint, prior.response, await fingerprint, key);
        if (error instanceof IdempotencyRace) throw raceLost();
      }
      if (isStoreError(error) && error.reason === "serialization" && attempt < services.maxRetries) continue;
      throw error;
    }
  }
}

/**
 * A concurrent call with the same idempotency key may have committed first: this one then fails
 * on a unique key (the entity it creates, or the idempotency record) and returns that call's result.
 */
function mayBeRace(error: unknown): boolean {
  return error instanceof IdempotencyRace || (isStoreError(error) && (error.reason === "conflict" || error.reason === "constraint" || error.reason === "serialization"));
}

function raceLost(): StoreError {
  return new StoreError("serialization", { id: "Penulisan bersamaan dengan kunci idempotensi yang sama; ulangi", en: "A concurrent write used the same idempotency key; retry" });
}

async function attemptWrite<T>(
  services: Services,
  tx: BackendTransaction,
  meta: { readonly actor: string; readonly idempotencyKey?: string | undefined },
  key: string | undefined,
  fingerprint: Promise<string>,
  work: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  if (key !== undefined) {
    const prior = await tx.getIdempotency(key);
    if (prior) return replay<T>(prior.fingerprint, prior.response, await fingerprint, key);
  }
  const at = services.now();
  const entries: AuditDraft[] = [];
  const idempotencyKey = meta.idempotencyKey ?? null;
  const auditJson: WriteScope["auditJson"] = (action, entity, entityKey, before, after) => {
    entries.push({ at, actor: meta.actor, action, entity, entityKey, before, after, idempotencyKey });
  };
  const scope: WriteScope = {
    tx,
    at,
    audit: (action, entity, entityKey, before, after) => auditJson(action, entity, entityKey, jsonOrNull(before), jsonOrNull(after)),
    auditJson,
  };
  const result = await work(scope);
  if (entries.length > 0) await tx.appendAudit(entries);
  if (key !== undefined) await putKey(tx, { key, fingerprint: await fingerprint, response: JSON.stringify(result), createdAt: at });
  return result;
}

async function putKey(tx: BackendTransaction, row: Parameters<BackendTransaction["putIdempotency"]>[0]): Promise<void> {
  try {
    await tx.putIdempotency(row);
  } catch (error) {
    // Another call with the same key committed first: this one rolls back and returns its result.
    if (isStoreError(error) && error.reason === "constraint") throw new IdempotencyRace();
    throw error;
  }
}

function replay<T>(stored: string, response: string, fingerprint: string, key: string): T {
  if (stored === fingerprint) return JSON.parse(response) as T;
  const shown = key.slice(key.indexOf(":") + 1);
  throw new StoreError(
    "conflict",
    {
      id: `Kunci idempotensi '${shown}' sudah dipakai untuk masukan lain; gunakan kunci baru untuk permintaan baru`,
      en: `The idempotency key '${shown}' was already used with another input; use a new key for a new request`,
    },
    { path: ["idempotencyKey"] },
  );
}

/**
 * SHA-256 of the validated input as JSON with sorted keys, so a retry matches whatever order its
 * fields were sent in. WebCrypto (native, fast on bulk writes) when the platform has it, else the
 * portable implementation.
 */
async function fingerprintOf(operation: string, input: unknown): Promise<string> {
  const text = sortedJson([operation, input]);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(text);
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

class IdempotencyRace extends Error {}

/**
 * `scoreNdjson`: score a stream of NDJSON inputs (one JSON input per line) across worker threads
 * and write one NDJSON envelope per line, in input order, with bounded memory.
 * @module
 */
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import type { PolicyDocument, PolicyRef } from "@kinerja/core";
import { createInlineExecutor, type Executor } from "./internal/executor.js";
import { createLineReader } from "./internal/lines.js";
import { operatorsModuleUrl } from "./internal/operators.js";
import { endOutput, pump, watchOutput } from "./internal/pipeline.js";
import { createWorkerPool } from "./internal/pool.js";
import type { ScorerInit } from "./internal/protocol.js";
import { createStopper } from "./internal/stopper.js";

/** Options of {@link scoreNdjson}. */
export interface ScoreNdjsonOptions {
  /** The policy as a JSON document (not compiled): every worker compiles it once. */
  readonly policy: PolicyDocument;
  /** NDJSON: one JSON input per line (UTF-8 bytes or text; `\n` or `\r\n`; blank lines are skipped). */
  readonly input: Readable | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  /** Receives one envelope per non-blank input line (see {@link LineEnvelope}), in input order. */
  readonly output: Writable;
  /** Worker threads (default `os.availableParallelism()`); `0` scores in the calling thread. */
  readonly workers?: number;
  /** Lines per message to a worker (default 512, or 64 with `trace: true`). */
  readonly batchSize?: number;
  /**
   * Batches outstanding per worker (default 2). The input is never read more than
   * `max(workers, 1) × maxInFlight × batchSize` lines ahead of the output.
   */
  readonly maxInFlight?: number;
  /** Also write each line's explanation trace (large: tens of kilobytes per line). */
  readonly trace?: boolean;
  /** A top-level field of each input (such as `"nip"`) copied onto its output line as `id` when it is a string or a number. */
  readonly idField?: string;
  /**
   * A module every scoring thread imports, whose default export is an `OperatorRegistry` made
   * with `createOperatorRegistry()` from @kinerja/core (functions cannot be sent to a thread).
   * A `URL`, a `file:` URL, an absolute path, a `./` path (against the working directory), or a
   * package name resolvable from @kinerja/batch.
   */
  readonly operatorsModule?: string | URL;
  /** Lines longer than this many characters are not parsed and get an `INPUT_INVALID` envelope (default 8,388,608). */
  readonly maxLineLength?: number;
  /** End `output` when done (default true; `process.stdout` and `process.stderr` are never ended). */
  readonly end?: boolean;
  /** Aborts the run: reading stops, every worker is terminated, and the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

/** What {@link scoreNdjson} did. */
export interface StreamSummary {
  /** Input lines read, blank ones included (`ok + failed + skipped`). */
  readonly total: number;
  /** Lines scored (`"ok":true`). */
  readonly ok: number;
  /** Lines that failed (`"ok":false`: not JSON, too long, invalid input, or a scoring error). */
  readonly failed: number;
  /** Blank or whitespace-only lines (no output line). */
  readonly skipped: number;
  /** Wall-clock milliseconds, from the call until the output has finished. */
  readonly ms: number;
  /** Worker threads used (0: the calling thread). */
  readonly workers: number;
  /** The policy version that scored every line (id, version, content hash). */
  readonly policy: PolicyRef;
}

/** Default lines per batch. */
export const DEFAULT_BATCH_SIZE: number = 512;
/** Default lines per batch with `trace: true`. */
export const DEFAULT_TRACE_BATCH_SIZE: number = 64;
/** Default batches outstanding per worker. */
export const DEFAULT_MAX_IN_FLIGHT: number = 2;
/** Default longest line, in characters (8 MiB). */
export const DEFAULT_MAX_LINE_LENGTH: number = 8 * 1024 * 1024;

/**
 * Scores every line of an NDJSON input with one policy across worker threads, and writes one
 * NDJSON envelope per line to `output` in input order — `{"line":n,"ok":true,"outputs":{…}}` or
 * `{"line":n,"ok":false,"error":{code,message,text,path,issues}}` — whichever worker finishes
 * first. A bad line never stops the run. Resolves when the output has finished.
 *
 * @example
 * ```ts
 * const summary = await scoreNdjson({ policy: PRESETS["permenpanrb-6-2022"], input: process.stdin, output: process.stdout });
 * console.error(`${summary.ok} scored, ${summary.failed} failed in ${summary.ms} ms`);
 * ```
 */
export async function scoreNdjson(options: ScoreNdjsonOptions): Promise<StreamSummary> {
  const started = performance.now();
  const settings = resolveOptions(options);
  options.signal?.throwIfAborted();
  const reader = createLineReader(options.input, settings.init.settings.maxLineLength);
  const stopper = createStopper(options.signal);
  let unwatch: () => void;
  try {
    unwatch = watchOutput(options.output, stopper);
  } catch (error) {
    stopper.dispose();
    throw error;
  }
  let executor: Executor | undefined;
  try {
    executor = settings.workers === 0 ? createInlineExecutor(settings.init) : createWorkerPool(settings.workers, settings.init);
    executor.failure.catch((error: unknown) => stopper.stop(error));
    const policy = await stopper.guard(executor.ready);
    const counts = await pump(reader, executor, options.output, { batchSize: settings.batchSize, capacity: Math.max(1, settings.workers) * settings.maxInFlight }, stopper);
    await endOutput(options.output, options.end ?? true, stopper);
    return { total: reader.total, ok: counts.ok, failed: counts.failed, skipped: reader.skipped, ms: Math.round(performance.now() - started), workers: executor.workers, policy };
  } catch (error) {
    reader.close();
    throw error;
  } finally {
    stopper.dispose();
    unwatch();
    await executor?.close();
  }
}

interface Resolved {
  readonly workers: number;
  readonly batchSize: number;
  readonly maxInFlight: number;
  readonly init: ScorerInit;
}

function resolveOptions(options: ScoreNdjsonOptions): Resolved {
  if (typeof options !== "object" || options === null) throw new TypeError("scoreNdjson: options are required");
  if (typeof options.policy !== "object" || options.policy === null) throw new TypeError("scoreNdjson: `policy` must be a policy document (a JSON object)");
  if (typeof options.output?.write !== "function") throw new TypeError("scoreNdjson: `output` must be a Writable stream");
  if (options.idField !== undefined && (typeof options.idField !== "string" || options.idField.length === 0)) throw new TypeError("scoreNdjson: `idField` must be a non-empty string");
  const trace = options.trace === true;
  const maxLineLength = count("maxLineLength", options.maxLineLength, DEFAULT_MAX_LINE_LENGTH, 1);
  return {
    workers: count("workers", options.workers, availableParallelism(), 0),
    batchSize: count("batchSize", options.batchSize, trace ? DEFAULT_TRACE_BATCH_SIZE : DEFAULT_BATCH_SIZE, 1),
    maxInFlight: count("maxInFlight", options.maxInFlight, DEFAULT_MAX_IN_FLIGHT, 1),
    init: {
      policy: options.policy,
      ...(options.operatorsModule === undefined ? {} : { operatorsModule: operatorsModuleUrl(options.operatorsModule) }),
      settings: { trace, maxLineLength, ...(options.idField === undefined ? {} : { idField: options.idField }) },
    },
  };
}

function count(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) throw new RangeError(`scoreNdjson: \`${name}\` must be an integer ≥ ${min}, got ${String(value)}`);
  return value;
}

/**
 * `@kinerja/batch` — score NDJSON files of Kinerja inputs across worker threads: one envelope per
 * line in input order, a bad line never stops the run, memory bounded by the read-ahead limit,
 * custom operators loaded in every worker from a module. Node.js ≥ 20 only.
 * @module
 */
export {
  scoreNdjson,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_MAX_LINE_LENGTH,
  DEFAULT_TRACE_BATCH_SIZE,
  type ScoreNdjsonOptions,
  type StreamSummary,
} from "./score-ndjson.js";
export { scoreNdjsonFile, type ScoreNdjsonFileOptions } from "./score-file.js";
export type { LineEnvelope, LineError } from "./envelope.js";

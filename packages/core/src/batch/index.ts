/**
 * Batch scoring with a result-or-error envelope per item (cohorts at scale).
 * @module
 */
export { scoreBatch, scoreEach, type BatchItem, type BatchOptions, type BatchResult } from "./score-batch.js";

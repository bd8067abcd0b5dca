/**
 * Batch scoring: one result-or-error envelope per item, in input order, so one bad record never
 * stops the others. Pure and synchronous, like the scorer it wraps.
 * @module
 */
import { KinerjaError, toKinerjaError } from "../errors.js";
import type { CompiledPolicy, ScoreOptions, ScoreResult } from "../compiler/scorer.js";
import type { UmpanBalik } from "../monitoring/feedback.js";
import type { PolicyRef } from "../trace/trace-types.js";

/** Options of {@link scoreBatch} and {@link scoreEach}; `T` is the type of the items. */
export interface BatchOptions<T = unknown> {
  /** Also return each item's explanation trace (see {@link ScoreOptions.trace}). */
  readonly trace?: boolean;
  /**
   * Names each item on its envelope, such as the employee's NIP: `(plan) => plan.nip`. Only a
   * string or a number is kept. If it throws, that item fails (`INTERNAL`, the thrown value as
   * `cause`) and the batch goes on.
   */
  readonly id?: (item: T, index: number) => string | number | undefined;
  /**
   * The supervisor's feedback for each item (see {@link ScoreOptions.feedback}), since feedback
   * belongs to one employee, never to the whole batch. If it throws, that item fails (`INTERNAL`).
   */
  readonly feedback?: (item: T, index: number) => readonly UmpanBalik[] | undefined;
}

/** The outcome of one item of a batch: its position, its optional id, and the result or the error. */
export type BatchItem =
  | { readonly index: number; readonly id?: string | number; readonly ok: true; readonly result: ScoreResult }
  | { readonly index: number; readonly id?: string | number; readonly ok: false; readonly error: KinerjaError };

/** Everything {@link scoreBatch} returns: the envelopes in input order and the counts. */
export interface BatchResult {
  /** One envelope per item, in input order (`items[i].index === i`). */
  readonly items: readonly BatchItem[];
  /** The number of items (`ok + failed`). */
  readonly total: number;
  /** Items scored. */
  readonly ok: number;
  /** Items that failed (invalid input or a scoring error). */
  readonly failed: number;
  /** The policy version that scored the batch (also on every result). */
  readonly policy: PolicyRef;
}

/**
 * Scores every item with one compiled policy and returns one envelope per item, in input order,
 * with the counts. A failed item's `error.path` and every `error.issues[].path` start with the
 * item's index (`[3, "indikator", 0, "realisasi"]`); the original error is its `cause`.
 *
 * @example
 * ```ts
 * const batch = scoreBatch(policy, plans, { id: (plan) => plan.nip });
 * console.log(`${batch.ok} scored, ${batch.failed} failed`);
 * for (const item of batch.items) if (!item.ok) console.log(item.id, item.error.code, item.error.path);
 * ```
 */
export function scoreBatch<T>(policy: CompiledPolicy, items: Iterable<T>, options: BatchOptions<T> = {}): BatchResult {
  const envelopes: BatchItem[] = [];
  let ok = 0;
  for (const envelope of scoreEach(policy, items, options)) {
    envelopes.push(envelope);
    if (envelope.ok) ok++;
  }
  return { items: envelopes, total: envelopes.length, ok, failed: envelopes.length - ok, policy: { id: policy.id, version: policy.version, hash: policy.hash } };
}

/**
 * Like {@link scoreBatch}, but lazy: yields each envelope as its item is scored, so a large batch
 * (any iterable, such as a generator reading records) never has to sit in memory at once.
 *
 * @example
 * ```ts
 * for (const item of scoreEach(policy, readPlans())) save(item);
 * ```
 */
export function* scoreEach<T>(policy: CompiledPolicy, items: Iterable<T>, options: BatchOptions<T> = {}): Generator<BatchItem, void, undefined> {
  let index = 0;
  for (const item of items) {
    yield scoreItem(policy, item, index, options);
    index++;
  }
}

function scoreItem<T>(policy: CompiledPolicy, item: T, index: number, options: BatchOptions<T>): BatchItem {
  let id: string | number | undefined;
  let feedback: readonly UmpanBalik[] | undefined;
  try {
    id = keepId(options.id?.(item, index));
    feedback = options.feedback?.(item, index);
  } catch (thrown) {
    return { index, ...withId(id), ok: false, error: atItem(toKinerjaError(thrown), index) };
  }
  const outcome = policy.safeScore(item, scoreOptions(options.trace, feedback));
  return outcome.ok ? { index, ...withId(id), ok: true, result: outcome.result } : { index, ...withId(id), ok: false, error: atItem(outcome.error, index) };
}

function scoreOptions(trace: boolean | undefined, feedback: readonly UmpanBalik[] | undefined): ScoreOptions {
  return { ...(trace === undefined ? {} : { trace }), ...(feedback === undefined ? {} : { feedback }) };
}

function keepId(value: unknown): string | number | undefined {
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

function withId(id: string | number | undefined): { id?: string | number } {
  return id === undefined ? {} : { id };
}

/** The error with the item's index in front of its path and of every issue's path. */
function atItem(error: KinerjaError, index: number): KinerjaError {
  return new KinerjaError(error.code, error.text, {
    path: [index, ...error.path],
    issues: error.issues.map((i) => ({ ...i, path: [index, ...i.path] })),
    cause: error,
  });
}

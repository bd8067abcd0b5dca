/**
 * The synchronous scorer of a compiled policy: validates the input, runs every decision in
 * dependency order and returns the outputs, the policy identity and, on request, the trace.
 * A compiled policy holds no mutable state: concurrent use is safe.
 * @module
 */
import { KinerjaError, toKinerjaError, type Issue } from "../errors.js";
import { fill } from "../i18n/text.js";
import { M } from "../i18n/compiler-messages.js";
import type { PolicyDocument, Rounding } from "../schema/policy-types.js";
import type { DecisionTrace, PolicyRef, Trace } from "../trace/trace-types.js";
import { roundValue, withPath, type Step } from "./compile-decision.js";
import { NOT_PLAIN, type InputValidator } from "./input-validator.js";
import { plainData } from "../internal/own-data.js";
import { recordMaker } from "./records.js";
import type { Env } from "./scope.js";
import type { Type, Value } from "./types.js";
import { validateFeedback, type UmpanBalik } from "../monitoring/feedback.js";
import { compareAscending } from "../internal/order.js";

/** Everything the compiler produced for one policy (internal). */
export interface Program {
  readonly policy: PolicyDocument;
  readonly hash: string;
  readonly template: readonly Value[];
  readonly inputSlots: readonly (readonly [string, number])[];
  readonly localCount: number;
  readonly steps: readonly { readonly step: Step; readonly slot: number }[];
  readonly outputs: readonly (readonly [string, number])[];
  readonly outputRounding: Rounding | undefined;
  /** Outputs that keep their own decision rounding (not rounded again by `outputRounding`). */
  readonly outputRoundingExempt: ReadonlySet<string>;
  readonly validateInput: InputValidator;
  readonly outputTypes: Readonly<Record<string, Type>>;
}

/** Options of one scoring call. */
export interface ScoreOptions {
  /** Also return the explanation trace (slower; off by default). */
  readonly trace?: boolean;
  /**
   * The supervisor's continuous feedback (umpan balik berkelanjutan) on the plan's RHK during the
   * period being evaluated. Validated (malformed entries fail with `INPUT_INVALID` at path
   * `feedback`), then carried into the trace grouped by RHK and sorted by date; it never changes
   * the outputs.
   */
  readonly feedback?: readonly UmpanBalik[];
}

/** The result of scoring one input. */
export interface ScoreResult {
  /** Which policy version produced the result (id, version, content hash). */
  readonly policy: PolicyRef;
  /** The output decisions by name. */
  readonly outputs: Readonly<Record<string, Value>>;
  /** The explanation, when requested with `{ trace: true }`. */
  readonly trace?: Trace;
}

/** A result-or-error envelope, for batches where one bad record must not stop the others. */
export type ScoreOutcome = { readonly ok: true; readonly result: ScoreResult } | { readonly ok: false; readonly error: KinerjaError };

/** A policy compiled into a synchronous scorer. */
export interface CompiledPolicy {
  readonly id: string;
  readonly version: string;
  /** SHA-256 of the canonical JSON of the document (without `$schema`). */
  readonly hash: string;
  /** The validated, frozen policy document. */
  readonly document: PolicyDocument;
  /** Warnings found at compile time (table gaps, unreachable rows). */
  readonly warnings: readonly Issue[];
  /** The static type of each output (for tooling). */
  readonly outputTypes: Readonly<Record<string, Type>>;
  /** Scores one input; throws `KinerjaError` (`INPUT_INVALID` with every issue, or a scoring error with its decision path). */
  score(input: unknown, options?: ScoreOptions): ScoreResult;
  /** Like {@link CompiledPolicy.score} but returns an envelope instead of throwing. */
  safeScore(input: unknown, options?: ScoreOptions): ScoreOutcome;
}

const NO_OPTIONS: ScoreOptions = Object.freeze({});

/** Builds the scorer of a compiled program. */
export function createScorer(program: Program, warnings: readonly Issue[]): CompiledPolicy {
  const ref: PolicyRef = Object.freeze({ id: program.policy.id, version: program.policy.version, hash: program.hash });
  const collect = outputCollector(program);
  const score = (input: unknown, options: ScoreOptions = NO_OPTIONS): ScoreResult => {
    const problems = program.validateInput(input);
    const issues = options.feedback === undefined ? problems : withFeedbackErrors(problems, options.feedback);
    if (issues.length > 0) throw new KinerjaError("INPUT_INVALID", fill(M.inputInvalid, { count: issues.length }), { issues, path: issues[0]?.path ?? [] });
    // Inputs built from class instances or other prototypes are read as their own data only.
    const data = problems === NOT_PLAIN ? plainData(input) : input;
    const env = createEnv(program, data as Record<string, unknown>);
    return options.trace === true ? runTraced(program, env, ref, options.feedback && sortFeedback(options.feedback)) : { policy: ref, outputs: runPlain(program, env, collect) };
  };
  return Object.freeze({
    id: ref.id,
    version: ref.version,
    hash: ref.hash,
    document: program.policy,
    warnings,
    outputTypes: program.outputTypes,
    score,
    safeScore: (input: unknown, options?: ScoreOptions): ScoreOutcome => {
      try {
        return { ok: true, result: score(input, options) };
      } catch (error) {
        return { ok: false, error: toKinerjaError(error) };
      }
    },
  });
}

function createEnv(program: Program, input: Record<string, unknown>): Env {
  const g = program.template.slice();
  const slots = program.inputSlots;
  for (let i = 0; i < slots.length; i++) {
    const [name, slot] = slots[i] as readonly [string, number];
    g[slot] = Object.hasOwn(input, name) ? ((input[name] as Value | undefined) ?? null) : null;
  }
  return { g, l: new Array<Value>(program.localCount).fill(null), trace: null };
}

function runPlain(program: Program, env: Env, collect: (env: Env) => Record<string, Value>): Record<string, Value> {
  const steps = program.steps;
  for (let i = 0; i < steps.length; i++) {
    const { step, slot } = steps[i] as Program["steps"][number];
    try {
      env.g[slot] = step.run(env);
    } catch (error) {
      throw decisionError(error, step.name);
    }
  }
  return collect(env);
}

function runTraced(program: Program, env: Env, ref: PolicyRef, feedback: readonly UmpanBalik[] | undefined): ScoreResult {
  const decisions: DecisionTrace[] = [];
  for (const { step, slot } of program.steps) {
    try {
      const { value, trace } = step.traced(env);
      env.g[slot] = value;
      decisions.push(trace);
    } catch (error) {
      throw decisionError(error, step.name);
    }
  }
  const outputs = collectOutputs(program, env);
  const title = program.policy.title;
  const trace: Trace = feedback ? { policy: ref, title, decisions, outputs, feedback } : { policy: ref, title, decisions, outputs };
  return { policy: ref, outputs, trace };
}

/** The input problems plus the errors of the feedback entries (at path `feedback`). */
function withFeedbackErrors(problems: Issue[], feedback: readonly UmpanBalik[]): Issue[] {
  const errors = validateFeedback(feedback, { path: ["feedback"] }).filter((i) => i.severity === "error");
  return errors.length === 0 ? problems : [...problems, ...errors];
}

/** Feedback entries ordered by RHK, then date (a frozen copy). */
function sortFeedback(entries: readonly UmpanBalik[]): readonly UmpanBalik[] {
  const sorted = [...entries].sort((a, b) => compareAscending(a.rhk, b.rhk) || compareAscending(a.tanggal, b.tanggal));
  return Object.freeze(sorted.map((e) => Object.freeze({ ...e })));
}

function decisionError(error: unknown, name: string): unknown {
  return withPath(error instanceof KinerjaError ? error : toKinerjaError(error), ["decisions", name]);
}

/** {@link collectOutputs} with the names, slots and roundings laid out once, into fixed-shape records. */
function outputCollector(program: Program): (env: Env) => Record<string, Value> {
  const names = program.outputs.map(([name]) => name);
  // A name may appear twice in `outputs`; the record then holds it once, as assignment does.
  if (new Set(names).size !== names.length) return (env) => collectOutputs(program, env);
  const slots = program.outputs.map(([, slot]) => slot);
  const rounding = program.outputRounding;
  const rounds = names.map((name) => rounding !== undefined && !program.outputRoundingExempt.has(name));
  const fresh = recordMaker(names);
  return (env) => {
    const outputs = fresh();
    for (let i = 0; i < names.length; i++) {
      const value = env.g[slots[i] as number] ?? null;
      outputs[names[i] as string] = rounds[i] === true ? roundValue(value, rounding as Rounding) : value;
    }
    return outputs;
  };
}

function collectOutputs(program: Program, env: Env): Record<string, Value> {
  const outputs: Record<string, Value> = {};
  const rounding = program.outputRounding;
  for (const [name, slot] of program.outputs) {
    const value = env.g[slot] ?? null;
    outputs[name] = rounding && !program.outputRoundingExempt.has(name) ? roundValue(value, rounding) : value;
  }
  return outputs;
}

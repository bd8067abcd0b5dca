/**
 * Scores batches of NDJSON lines with one compiled policy: parse, score, serialise — the same code
 * in every worker and in the calling thread (`workers: 0`), so both give identical bytes.
 * @module
 */
import { compilePolicy, type CompiledPolicy, type KinerjaError, type LocalizedText, type PolicyRef, type ScoreOptions } from "@kinerja/core";
import type { LineEnvelope, LineError } from "../envelope.js";
import { lineTooLong, notJson } from "./messages.js";
import { loadOperators } from "./operators.js";
import type { BatchOutput, LineBatch, LineSettings, ScorerInit } from "./protocol.js";

/** A compiled policy ready to score line batches. */
export interface LineScorer {
  readonly policy: PolicyRef;
  score(batch: LineBatch): BatchOutput;
}

/** Loads the custom operators (if any), compiles the policy once and returns the batch scorer. */
export async function createLineScorer(init: ScorerInit): Promise<LineScorer> {
  const operators = init.operatorsModule === undefined ? undefined : await loadOperators(init.operatorsModule);
  const policy = compilePolicy(init.policy, operators === undefined ? {} : { operators });
  return { policy: { id: policy.id, version: policy.version, hash: policy.hash }, score: (batch) => scoreLines(policy, batch, init.settings) };
}

/** Scores every line of a batch; never throws for a bad line (it becomes an error envelope). */
export function scoreLines(policy: CompiledPolicy, batch: LineBatch, settings: LineSettings): BatchOutput {
  const options: ScoreOptions = settings.trace ? { trace: true } : {};
  let text = "";
  let ok = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const envelope = scoreLine(policy, batch.lines[i] as number, batch.texts[i] ?? null, settings, options);
    if (envelope.ok) ok++;
    text += JSON.stringify(envelope) + "\n";
  }
  return { text, ok, failed: batch.lines.length - ok };
}

function scoreLine(policy: CompiledPolicy, line: number, text: string | null, settings: LineSettings, options: ScoreOptions): LineEnvelope {
  if (text === null) return { line, ok: false, error: inputError(lineTooLong(line, settings.maxLineLength)) };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { line, ok: false, error: inputError(notJson(line, error instanceof Error ? error.message : String(error))) };
  }
  const id = settings.idField === undefined ? undefined : idOf(input, settings.idField);
  const head = id === undefined ? { line } : { line, id };
  const outcome = policy.safeScore(input, options);
  if (!outcome.ok) return { ...head, ok: false, error: lineError(outcome.error) };
  const { outputs, trace } = outcome.result;
  return trace === undefined ? { ...head, ok: true, outputs } : { ...head, ok: true, outputs, trace };
}

function idOf(input: unknown, field: string): string | number | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input) || !Object.hasOwn(input, field)) return undefined;
  const value = (input as Record<string, unknown>)[field];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

function lineError(error: KinerjaError): LineError {
  return { code: error.code, message: error.message, text: error.text, path: error.path, issues: error.issues };
}

function inputError(text: LocalizedText): LineError {
  return { code: "INPUT_INVALID", message: text.en, text, path: [], issues: [{ code: "INPUT_INVALID", severity: "error", path: [], message: text }] };
}

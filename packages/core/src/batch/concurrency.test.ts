/**
 * A compiled policy is safe to share, as an HTTP server shares it between requests: many async
 * tasks interleaved at awaits (microtasks, timers, setImmediate), each scoring different inputs
 * with one compiled policy — plain, traced, invalid, failing while scoring, and through
 * scoreBatch — give exactly the results of scoring the same inputs one after another.
 */
import * as fc from "fast-check";
import { setImmediate as nextMacrotask } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../index.js";
import { WEIGHTED_SKP, inputArb } from "../compiler/fixtures/weighted-skp.js";
import type { ScoreOutcome } from "../compiler/scorer.js";
import { scoreBatch } from "./index.js";

const policy = compilePolicy(WEIGHTED_SKP);
const TASKS = 64;
const CALLS = 25;

/** Inputs of one task: mostly valid, with invalid ones and ones that fail while scoring mixed in. */
function inputsOf(task: number): unknown[] {
  const valid = fc.sample(inputArb(8), { numRuns: CALLS, seed: 1000 + task });
  return valid.map((input, i) => {
    if (i % 7 === 3) return { indikator: [{ target: 10, realisasi: -1, bobot: 100, polaritas: "NAIK" }] };
    if (i % 11 === 5) return { indikator: input.indikator.map((x) => ({ ...x, bobot: 0 })) };
    return input;
  });
}

function settle(outcome: ScoreOutcome): unknown {
  return outcome.ok ? { ok: true, result: outcome.result } : { ok: false, error: outcome.error.toJSON() };
}

/** A different kind of pause per call, so tasks resume in a scrambled order. */
async function pause(task: number, call: number): Promise<void> {
  switch ((task * 31 + call * 7) % 4) {
    case 0:
      return Promise.resolve();
    case 1:
      await nextMacrotask();
      return;
    case 2:
      await new Promise((resolve) => setTimeout(resolve, (task + call) % 3));
      return;
    default:
      await Promise.resolve();
      await Promise.resolve();
  }
}

describe("sharing one compiled policy between interleaved async tasks", () => {
  const inputs = Array.from({ length: TASKS }, (_, task) => inputsOf(task));
  const traced = (task: number, call: number): boolean => (task + call) % 3 === 0;
  const sequential = inputs.map((list, task) => list.map((input, call) => settle(policy.safeScore(input, { trace: traced(task, call) }))));

  it("gives the same results and traces as scoring one after another", async () => {
    const order: string[] = [];
    const results = await Promise.all(
      inputs.map(async (list, task) => {
        const out: unknown[] = [];
        for (let call = 0; call < list.length; call++) {
          await pause(task, call);
          order.push(`${task}:${call}`);
          out.push(settle(policy.safeScore(list[call], { trace: traced(task, call) })));
        }
        return out;
      }),
    );
    expect(results).toEqual(sequential);
    // The tasks really interleaved: the first calls of many tasks ran before any task finished.
    const firstFinished = order.findIndex((entry) => entry.endsWith(`:${CALLS - 1}`));
    expect(new Set(order.slice(0, firstFinished).map((entry) => entry.split(":")[0])).size).toBeGreaterThan(TASKS / 2);
  });

  it("gives the same results through scoreBatch in interleaved chunks", async () => {
    const results = await Promise.all(
      inputs.map(async (list, task) => {
        const out: unknown[] = [];
        for (let start = 0; start < list.length; start += 5) {
          await pause(task, start);
          const batch = scoreBatch(policy, list.slice(start, start + 5), { trace: task % 2 === 0 });
          out.push(...batch.items.map((item) => (item.ok ? { ok: true, result: item.result } : { ok: false, code: item.error.code, path: item.error.path.slice(1) })));
        }
        return out;
      }),
    );
    const expected = inputs.map((list, task) =>
      list.map((input) => {
        const o = policy.safeScore(input, { trace: task % 2 === 0 });
        return o.ok ? { ok: true, result: o.result } : { ok: false, code: o.error.code, path: o.error.path };
      }),
    );
    expect(results).toEqual(expected);
  });

  it("never mutates the inputs it scores", async () => {
    const snapshot = structuredClone(inputs);
    await Promise.all(
      inputs.map(async (list, task) => {
        for (const input of list) {
          await pause(task, 0);
          policy.safeScore(input, { trace: true });
        }
      }),
    );
    expect(inputs).toEqual(snapshot);
  });
});

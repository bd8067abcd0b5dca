/**
 * W4: 10,000 employees as one batch. Kinerja's `scoreBatch` (or a `safeScore` loop while it does
 * not exist), json-rules-engine sequentially and with `Promise.all` on one shared engine, zen-engine
 * with `Promise.all` on one decision.
 */
import * as core from "@kinerja/core";
import { differences } from "../gate.js";
import type { EngineCase, Runner, Workload } from "../types.js";
import { compileSkpPolicy, createJreEngine, createZenDecision, fromJre, fromKinerja, fromZen, generatePlans, type Plan } from "./skp.js";

type ScoreOutcome = { ok: true; result: { outputs: Record<string, unknown> } } | { ok: false; error: { code: string } };
type BatchOut = readonly ScoreOutcome[] | { readonly items: readonly ScoreOutcome[] };
type ScoreBatch = (policy: core.CompiledPolicy, items: readonly unknown[], options?: unknown) => BatchOut | Promise<BatchOut>;

/** `scoreBatch` from @kinerja/core when it is exported, else null. */
export function findScoreBatch(): ScoreBatch | null {
  const candidate = (core as Record<string, unknown>)["scoreBatch"];
  return typeof candidate === "function" ? (candidate as ScoreBatch) : null;
}

export const w4: Workload = {
  id: "w4",
  title: "W4 — a batch of employees",
  cases: (options) => {
    const count = options.quick ? 2000 : 10000;
    const plans = () => generatePlans(count, 4242);
    const scoreBatch = findScoreBatch();
    const engines: EngineCase[] = [];
    if (scoreBatch) engines.push({ engine: "Kinerja scoreBatch", make: () => kinerjaBatch(plans(), scoreBatch) });
    engines.push({ engine: "Kinerja safeScore loop", make: () => kinerjaLoop(plans()) });
    engines.push({ engine: "json-rules-engine, sequential await", make: () => jreSequential(plans()) });
    engines.push({
      engine: "json-rules-engine, Promise.all on one engine",
      check: "report",
      make: () => jreParallel(plans()),
    });
    engines.push({ engine: "zen-engine, Promise.all", make: () => zenParallel(plans()) });
    return [{ id: "w4", label: `${count.toLocaleString("en-US")} employees`, engines }];
  },
  probe: (options) => promiseAllProbe(options.quick ? 2000 : 10000),
};

/**
 * Is `Promise.all` on one shared json-rules-engine engine safe? The engine keeps one `status`
 * for all runs: each `run()` sets it to RUNNING, the first run to finish sets it to FINISHED, and
 * `evaluateRules` skips every later priority set while it is not RUNNING. The W4 runs advance in
 * lock-step (no fact waits on I/O), so they all enter the kuadran set in time; here every other
 * plan's fact resolves one macrotask later, as a database look-up would.
 */
export async function promiseAllProbe(count: number): Promise<string> {
  const plans = generatePlans(count, 4242);
  const lambat = (k: number) => ({ lambat: k % 2 === 1 });
  const sequentialEngine = createJreEngine(true);
  const expected: unknown[] = [];
  for (const [k, plan] of plans.entries()) expected.push(await fromJre(sequentialEngine, plan, lambat(k)));
  const shared = createJreEngine(true);
  const actual = await Promise.all(plans.map((plan, k) => fromJre(shared, plan, lambat(k))));
  const perRun = await Promise.all(plans.map((plan, k) => fromJre(createJreEngine(true), plan, lambat(k))));
  const wrong = differences(expected, actual);
  const first = wrong[0] ?? 0;
  return [
    `Probe — Promise.all on one shared json-rules-engine engine when facts resolve unevenly (every other plan's fact one macrotask later): ` +
      `**${wrong.length} of ${count} results differ** from sequential runs (an engine per run: ${differences(expected, perRun).length} differ).` +
      (wrong.length > 0 ? ` Plan ${first}: sequential ${JSON.stringify(expected[first])}, Promise.all ${JSON.stringify(actual[first])} — the kuadran rules (priority 1) were skipped because another run had already set the shared engine's status to FINISHED.` : ""),
  ].join("\n");
}

function normalise(outcome: ScoreOutcome): unknown {
  return outcome.ok ? fromKinerja(outcome.result.outputs) : { error: outcome.error.code };
}

function kinerjaBatch(plans: Plan[], scoreBatch: ScoreBatch): Runner {
  const policy = compileSkpPolicy();
  return {
    n: plans.length,
    run: async () => {
      const out = await scoreBatch(policy, plans);
      return ("items" in out ? out.items : (out as readonly ScoreOutcome[])).map(normalise);
    },
  };
}

function kinerjaLoop(plans: Plan[]): Runner {
  const policy = compileSkpPolicy();
  return { n: plans.length, run: () => plans.map((plan) => normalise(policy.safeScore(plan) as ScoreOutcome)) };
}

function jreSequential(plans: Plan[]): Runner {
  const engine = createJreEngine();
  return {
    n: plans.length,
    run: async () => {
      const out: unknown[] = [];
      for (const plan of plans) out.push(await fromJre(engine, plan));
      return out;
    },
  };
}

function jreParallel(plans: Plan[]): Runner {
  const engine = createJreEngine();
  return { n: plans.length, run: () => Promise.all(plans.map((plan) => fromJre(engine, plan))) };
}

function zenParallel(plans: Plan[]): Runner {
  const decision = createZenDecision();
  return { n: plans.length, run: () => Promise.all(plans.map(async (plan) => fromZen((await decision.evaluate(plan)).result))) };
}

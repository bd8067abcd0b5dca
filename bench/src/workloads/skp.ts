/**
 * The SKP sheet of W1 (and W4, W5) in three engines with the same semantics:
 * capaian per IKI (NAIK r×100/t, TURUN 200 − r×100/t, clamped 0..120), the weighted capaian
 * rounded HALF_UP to 2 decimals, a 5-row band table → rating hasil kerja, the 3×3 kuadran → predikat.
 */
import { ZenEngine, type ZenDecision } from "@gorules/zen-engine";
import { compilePolicy, type CompiledPolicy } from "@kinerja/core";
import { Engine, Rule, type Almanac, type Event, type RuleProperties } from "json-rules-engine";
import { readBenchJson } from "../files.js";
import { createRandom } from "../prng.js";
import type { Runner } from "../types.js";

/** One indicator of a generated plan. */
export interface Indikator {
  iki: string;
  polaritas: "NAIK" | "TURUN";
  target: number;
  realisasi: number;
  bobot: number;
}

/** A generated plan: 10 indicators and the behaviour rating. */
export interface Plan {
  indikator: Indikator[];
  ratingPerilaku: string;
}

/** What every engine's result is normalised to before the gate compares them. */
export interface SkpResult {
  total: number;
  rating: string;
  predikat: string;
}

const RATINGS = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] as const;
// Targets whose r × 100 / t is a multiple of 0.25 for every integer r: exact in binary floating
// point, so json-rules-engine's JavaScript arithmetic meets Kinerja's and zen's decimals exactly.
const TARGETS = [4, 5, 8, 10, 20, 25, 40, 50, 100, 200, 400] as const;

/** `count` distinct plans from a seeded PRNG (10 indicators, integer weights summing to 100). */
export function generatePlans(count: number, seed = 20240601): Plan[] {
  const rnd = createRandom(seed);
  const plans: Plan[] = [];
  for (let p = 0; p < count; p++) {
    const cuts = new Set<number>();
    while (cuts.size < 9) cuts.add(rnd.int(1, 99));
    const edges = [0, ...[...cuts].sort((a, b) => a - b), 100];
    const indikator = edges.slice(1).map((edge, k): Indikator => {
      const target = rnd.pick(TARGETS);
      return {
        iki: `IKI ${k + 1}`,
        polaritas: rnd.next() < 0.3 ? "TURUN" : "NAIK",
        target,
        realisasi: Math.max(0, Math.round(target * (0.4 + rnd.next() * 1.1))),
        bobot: edge - edges[k]!,
      };
    });
    plans.push({ indikator, ratingPerilaku: rnd.pick(RATINGS) });
  }
  return plans;
}

/** Compiles the W1 policy document (`workloads/w1-skp.policy.json`). */
export function compileSkpPolicy(): CompiledPolicy {
  return compilePolicy(readBenchJson("workloads/w1-skp.policy.json"));
}

/** Kinerja: `policy.score(plan)` for every plan, optionally traced. */
export function kinerjaRunner(plans: readonly Plan[], trace: boolean): Runner {
  const policy = compileSkpPolicy();
  const options = { trace };
  return { n: plans.length, run: () => plans.map((plan) => fromKinerja(policy.score(plan, options).outputs)) };
}

/** Normalises Kinerja outputs. */
export function fromKinerja(outputs: Readonly<Record<string, unknown>>): SkpResult {
  return { total: outputs["capaianHasilKerja"] as number, rating: outputs["ratingHasilKerja"] as string, predikat: outputs["predikat"] as string };
}

/**
 * json-rules-engine: the arithmetic is a dynamic fact (the usual workaround — the engine has no
 * arithmetic), the band rules (priority 10) add the rating as a runtime fact, the kuadran rules
 * (priority 1) read it.
 */
export function createJreEngine(unevenLatency = false): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addFact("capaianHasilKerja", async (_params: unknown, almanac: Almanac) => {
    // Only for the W4 probe: some facts resolve a macrotask later, as a database look-up would.
    if (unevenLatency && (await almanac.factValue<boolean>("lambat"))) await new Promise((resolve) => setImmediate(resolve));
    return weightedCapaian(await almanac.factValue<Indikator[]>("indikator"));
  });
  for (const rule of readBenchJson("workloads/w1-skp.rules.json") as RuleProperties[]) {
    const onSuccess = rule.event.type === "pita" ? addRating : undefined;
    engine.addRule(new Rule(onSuccess ? { ...rule, onSuccess } : rule));
  }
  return engine;
}

/** json-rules-engine: `await engine.run(plan)` for every plan, one after the other, on one engine. */
export function jreRunner(plans: readonly Plan[]): Runner {
  const engine = createJreEngine();
  return {
    n: plans.length,
    run: async () => {
      const out: SkpResult[] = [];
      for (const plan of plans) out.push(await fromJre(engine, plan));
      return out;
    },
  };
}

/** Runs one plan on a json-rules-engine engine and normalises its events and facts. */
export async function fromJre(engine: Engine, plan: Plan, extraFacts: Record<string, unknown> = {}): Promise<SkpResult> {
  const { events, almanac } = await engine.run({ indikator: plan.indikator, ratingPerilaku: plan.ratingPerilaku, ...extraFacts });
  return {
    total: await almanac.factValue<number>("capaianHasilKerja"),
    rating: paramOf(events, "pita", "rating"),
    predikat: paramOf(events, "predikat", "predikat"),
  };
}

/** zen-engine: the JDM graph `workloads/w1-skp.jdm.json`, compiled once. */
export function createZenDecision(engine = new ZenEngine()): ZenDecision {
  return engine.createDecision(readBenchJson("workloads/w1-skp.jdm.json") as object);
}

/** zen-engine: `await decision.evaluate(plan)` for every plan, one after the other. */
export function zenRunner(plans: readonly Plan[]): Runner {
  const decision = createZenDecision();
  return {
    n: plans.length,
    run: async () => {
      const out: SkpResult[] = [];
      for (const plan of plans) out.push(fromZen((await decision.evaluate(plan)).result));
      return out;
    },
  };
}

/** Normalises zen's result. */
export function fromZen(result: { capaianHasilKerja: number; ratingHasilKerja: string; predikat: string }): SkpResult {
  return { total: result.capaianHasilKerja, rating: result.ratingHasilKerja, predikat: result.predikat };
}

/**
 * The JavaScript arithmetic of the json-rules-engine fact. With the generated targets every capaian
 * is a multiple of 0.25 and Σ capaian × bobot is exact; `Math.round(Σ × 100 / Σbobot) / 100` is
 * then HALF_UP to 2 decimals of the exact weighted mean (the naive `Math.round(x * 100) / 100` on
 * the quotient is not: 80.125 can become 80.12).
 */
function weightedCapaian(indikator: readonly Indikator[]): number {
  let sum = 0;
  let weights = 0;
  for (const i of indikator) {
    const raw = i.polaritas === "NAIK" ? (i.realisasi * 100) / i.target : 200 - (i.realisasi * 100) / i.target;
    sum += Math.min(120, Math.max(0, raw)) * i.bobot;
    weights += i.bobot;
  }
  return Math.round((sum * 100) / weights) / 100;
}

function addRating(event: Event, almanac: Almanac): void {
  almanac.addRuntimeFact("ratingHasilKerja", event.params?.["rating"]);
}

function paramOf(events: readonly Event[], type: string, param: string): string {
  const event = events.find((e) => e.type === type);
  return (event?.params?.[param] as string | undefined) ?? "(none)";
}

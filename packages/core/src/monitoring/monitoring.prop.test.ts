// Laws of monitorPlan, over random plans (monthly or quarterly, any asOf around the year, every
// polarity and accumulation mode, with or without weights):
// (a) bounds — every indicator's progress and the plan progress lie in [0, capaianMaks];
// (b) monotonicity — raising a realisation never lowers the progress of a NAIK (or RENTANG)
//     indicator and never raises that of a TURUN indicator;
// (c) permutation invariance — the order of the indicators does not change the plan progress;
// (d) a zero-weight indicator has no effect on the plan progress;
// (e) determinism — the same input (or a deep copy of it) gives a deep-equal result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elapsedPeriods, type Frekuensi } from "./periods.js";
import { monitorPlan } from "./progress.js";
import type { Akumulasi, IndikatorInput, MonitorPlanInput, Polaritas } from "./progress-types.js";

const RUNS = { numRuns: 300 };

/** Short decimals (2 places), as realisations and targets are entered. */
const decimal = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

interface IndicatorSpec {
  readonly polaritas: Polaritas;
  readonly akumulasi: Akumulasi;
  readonly target: number;
  readonly spread: number;
  readonly bobot: number;
  /** One value per period of the year; `null` = not reported. Only ended periods are used. */
  readonly values: readonly (number | null)[];
}

const indicatorSpec: fc.Arbitrary<IndicatorSpec> = fc.record({
  polaritas: fc.constantFrom<Polaritas>("NAIK", "TURUN", "RENTANG"),
  akumulasi: fc.constantFrom<Akumulasi>("KUMULATIF", "NILAI_TERAKHIR", "RATA_RATA"),
  target: decimal(0.01, 500),
  spread: decimal(0, 100),
  bobot: fc.oneof(fc.constant(0), decimal(0, 10)),
  values: fc.array(fc.option(decimal(0, 600), { nil: null }), { minLength: 12, maxLength: 12 }),
});

interface PlanSpec {
  readonly year: number;
  readonly frekuensi: Frekuensi;
  readonly asOfOffset: number;
  readonly weighted: boolean;
  readonly capaianMaks: number;
  readonly indicators: readonly IndicatorSpec[];
}

const planSpec: fc.Arbitrary<PlanSpec> = fc.record({
  year: fc.integer({ min: 2020, max: 2030 }),
  frekuensi: fc.constantFrom<Frekuensi>("BULANAN", "TRIWULANAN"),
  asOfOffset: fc.integer({ min: -20, max: 400 }),
  weighted: fc.boolean(),
  capaianMaks: fc.constantFrom(100, 110, 120, 150, 120.5),
  indicators: fc.array(indicatorSpec, { minLength: 1, maxLength: 6 }),
});

/** Builds a valid input from a spec: realisations only for ended periods. */
function build(spec: PlanSpec): MonitorPlanInput {
  const periode = { mulai: `${spec.year}-01-01`, selesai: `${spec.year}-12-31` };
  const start = Date.UTC(spec.year, 0, 1) + spec.asOfOffset * 86_400_000;
  const asOf = new Date(start).toISOString().slice(0, 10);
  const ended = elapsedPeriods(periode, spec.frekuensi, asOf).ended.map((p) => p.code);
  const indikator = spec.indicators.map((s, i) => indicatorOf(s, `iki-${i}`, ended, spec.weighted));
  return { periode, frekuensi: spec.frekuensi, asOf, indikator, capaianMaks: spec.capaianMaks, ambang: { onTrack: 100, atRisk: 80 } };
}

/** One indicator with realisations for the `ended` period codes. */
function indicatorOf(s: IndicatorSpec, id: string, ended: readonly string[], weighted: boolean): IndikatorInput {
  return {
    id,
    iki: `Indikator ${id}`,
    polaritas: s.polaritas,
    akumulasi: s.akumulasi,
    target: s.target,
    ...(s.polaritas === "RENTANG" ? { targetMaks: s.target + s.spread } : {}),
    ...(weighted ? { bobot: s.bobot } : {}),
    realisasi: ended.flatMap((periode, k) => (s.values[k] == null ? [] : [{ periode, nilai: s.values[k] as number }])),
  };
}

const inputs: fc.Arbitrary<MonitorPlanInput> = planSpec.map(build);

describe("monitorPlan laws", () => {
  it("(a) progress lies in [0, capaianMaks]", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = monitorPlan(input);
        const all = [...r.indikator.map((i) => i.capaian), r.rencana.capaian];
        for (const c of all) if (c !== null) expect(c >= 0 && c <= r.capaianMaks).toBe(true);
      }),
      RUNS,
    );
  });

  it("(b) raising a realisation: NAIK/RENTANG never down, TURUN never up", () => {
    const withRaise = fc.tuple(inputs, fc.nat(), fc.nat(), decimal(0, 300));
    fc.assert(
      fc.property(withRaise, ([input, which, where, delta]) => {
        const index = which % input.indikator.length;
        const indicator = input.indikator[index] as IndikatorInput;
        if (indicator.realisasi.length === 0) return;
        const k = where % indicator.realisasi.length;
        const realisasi = indicator.realisasi.map((r, j) => (j === k ? { ...r, nilai: r.nilai + delta } : r));
        const raised = { ...input, indikator: input.indikator.map((x, j) => (j === index ? { ...x, realisasi } : x)) };
        const before = monitorPlan(input).indikator[index]?.capaian as number;
        const after = monitorPlan(raised).indikator[index]?.capaian as number;
        if (indicator.polaritas === "TURUN") expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("(c) the plan progress does not depend on the order of the indicators", () => {
    fc.assert(
      fc.property(inputs.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.indikator], { minLength: input.indikator.length }))), ([input, shuffled]) => {
        const a = monitorPlan(input).rencana;
        const b = monitorPlan({ ...input, indikator: shuffled }).rencana;
        expect([b.capaian, b.status, b.totalBobot]).toEqual([a.capaian, a.status, a.totalBobot]);
        expect([...b.included].sort()).toEqual([...a.included].sort());
        expect([...b.leftOut].sort()).toEqual([...a.leftOut].sort());
      }),
      RUNS,
    );
  });

  it("(d) an indicator of weight 0 does not change the plan progress", () => {
    const weighted = fc.tuple(planSpec.map((s) => build({ ...s, weighted: true })), indicatorSpec);
    fc.assert(
      fc.property(weighted, ([input, extraSpec]) => {
        const ended = monitorPlan(input).elapsed.ended.map((p) => p.code);
        const extra = { ...indicatorOf(extraSpec, "zero", ended, true), bobot: 0 };
        const a = monitorPlan(input).rencana;
        const b = monitorPlan({ ...input, indikator: [...input.indikator, extra] }).rencana;
        expect([b.capaian, b.totalBobot]).toEqual([a.capaian, a.totalBobot]);
        if (a.capaian !== null) expect(b.status).toBe(a.status);
      }),
      RUNS,
    );
  });

  it("(e) is deterministic", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(monitorPlan(structuredClone(input))).toEqual(monitorPlan(input));
      }),
      RUNS,
    );
  });
});

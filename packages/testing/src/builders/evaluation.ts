/**
 * Evaluation results for store tests: a policy reference with a 64-hex hash, outputs with a
 * predikat, and a trace shaped like the engine's (of any size, for large-value round trips).
 * @module
 */
import { randomBytes } from "node:crypto";
import type { EvaluationInput, PolicyRef, Trace, Value } from "@kinerja/core";
import { pick, randomId } from "./random.js";

/** The predikat kinerja pegawai values used by the builders. */
export const PREDIKAT_VALUES: readonly string[] = Object.freeze(["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]);

/** Options of {@link evaluationInput}. */
export interface EvaluationInputOptions {
  readonly planId: string;
  /** Default the annual period of `tahun` (or `"2024"`). */
  readonly periode?: string;
  /** Used for the default period; default 2024. */
  readonly tahun?: number;
  readonly evaluationId?: string;
  /** Default a random predikat. */
  readonly predikat?: string;
  readonly policy?: PolicyRef;
  /** Extra outputs merged over the default ones. */
  readonly outputs?: Readonly<Record<string, Value>>;
  /** `false` for no trace; a number for a trace of about that many bytes of JSON; default a small trace. */
  readonly trace?: false | number;
  readonly evaluatedAt?: string;
}

/**
 * A random policy reference: a random id, version `"1"` and a random 64-hex hash.
 *
 * @example
 * ```ts
 * /^[0-9a-f]{64}$/.test(policyRef().hash); // true
 * ```
 */
export function policyRef(overrides: Partial<PolicyRef> = {}): PolicyRef {
  return { id: overrides.id ?? randomId("kebijakan"), version: overrides.version ?? "1", hash: overrides.hash ?? randomBytes(32).toString("hex") };
}

/**
 * A realistic evaluation input: outputs with `predikat`, `nilaiKinerja`, `ratingHasilKerja` and
 * `ratingPerilaku`, the policy that produced them and (unless `trace: false`) a trace.
 *
 * @example
 * ```ts
 * await store.saveEvaluation({ actor: "sistem", evaluation: evaluationInput({ planId, periode: "2024" }) });
 * ```
 */
export function evaluationInput(options: EvaluationInputOptions): EvaluationInput {
  if (typeof options?.planId !== "string") throw new TypeError("evaluationInput: planId is required");
  const policy = options.policy ?? policyRef();
  const outputs: Record<string, Value> = {
    predikat: options.predikat ?? pick(PREDIKAT_VALUES),
    nilaiKinerja: 87.5,
    ratingHasilKerja: "DI_ATAS_EKSPEKTASI",
    ratingPerilaku: "SESUAI_EKSPEKTASI",
    ...options.outputs,
  };
  const trace = options.trace === false ? null : traceOf({ policy, outputs, ...(typeof options.trace === "number" ? { approxBytes: options.trace } : {}) });
  return {
    ...(options.evaluationId === undefined ? {} : { evaluationId: options.evaluationId }),
    planId: options.planId,
    periode: options.periode ?? String(options.tahun ?? 2024),
    policy,
    outputs,
    trace,
    ...(options.evaluatedAt === undefined ? {} : { evaluatedAt: options.evaluatedAt }),
  };
}

/** Options of {@link traceOf}. */
export interface TraceOptions {
  readonly policy: PolicyRef;
  readonly outputs: Readonly<Record<string, Value>>;
  /** Pad the trace with per-item decisions until its JSON has about this many bytes; default small. */
  readonly approxBytes?: number;
}

/**
 * A trace shaped like the engine's: a formula decision, a decision table, and (to reach
 * `approxBytes`) a per-item decision over many indicators with Indonesian text.
 */
export function traceOf(options: TraceOptions): Trace {
  const decisions: Trace["decisions"][number][] = [
    { name: "nilaiKinerja", kind: "formula", expr: "rata2(capaian)", inputs: { capaian: [92.5, 82.5] }, output: options.outputs["nilaiKinerja"] ?? null },
    {
      name: "predikat",
      kind: "table",
      inputs: { ratingHasilKerja: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" },
      output: options.outputs["predikat"] ?? null,
      table: {
        hitPolicy: "UNIQUE",
        columns: [
          { expr: "ratingHasilKerja", value: "DI_ATAS_EKSPEKTASI" },
          { expr: "ratingPerilaku", value: "SESUAI_EKSPEKTASI" },
        ],
        matched: [{ row: 2, when: ['"DI_ATAS_EKSPEKTASI"', '"SESUAI_EKSPEKTASI"'], note: { id: "Hasil kerja di atas ekspektasi", en: "Results above expectations" } }],
        usedDefault: false,
      },
    },
  ];
  const target = options.approxBytes ?? 0;
  if (target > 0) decisions.push(paddingDecision(target));
  return { policy: options.policy, title: { id: "Penilaian kinerja", en: "Performance appraisal" }, decisions, outputs: options.outputs };
}

/** A per-item decision whose items bring the trace to about `bytes` of JSON. */
function paddingDecision(bytes: number): Trace["decisions"][number] {
  const item = (index: number) => ({
    index,
    item: { indikatorId: `IKI-${index}`, uraian: `Persentase laporan keuangan tepat waktu — triwulan ${(index % 4) + 1}`, realisasi: index * 0.125, target: 100 },
    label: `IKI-${index}`,
    decisions: [{ name: "capaian", kind: "formula" as const, expr: "realisasi / target * 100", inputs: { realisasi: index * 0.125, target: 100 }, output: index * 0.125 }],
  });
  const perItem = JSON.stringify(item(100_000)).length + 1;
  const count = Math.max(1, Math.ceil(bytes / perItem));
  return { name: "capaianIndikator", kind: "perItem", expr: "indikator", inputs: {}, output: null, items: Array.from({ length: count }, (_, i) => item(i)) };
}

/**
 * What the service shows of a stored evaluation: the engine's explanation (the trace rendered in
 * the requested language), the strengths and weaknesses ranked by core's development module, the
 * recommended training from the Belawan development catalogue (as the demo's cycle does), the
 * tindak lanjut of PermenPANRB 6/2022 and the final predikat after an accepted calibration.
 * @module
 */
import {
  NILAI_DASAR,
  recommendDevelopment,
  renderTrace,
  strengthsFromScore,
  type DevelopmentCatalogue,
  type Finding,
  type KinerjaStore,
  type Lang,
  type LocalizedText,
  type StoredEvaluation,
  type StoredPlan,
} from "@kinerja/core";
import { loadCatalogue } from "@kinerja/example-demo/cycle";
import { finalPredikat } from "./calibration-overlay.js";
import { consequencesOf, type ConsequencesView } from "./consequences.js";

/** One recommended development activity and the weakness it answers. */
export interface TrainingView {
  readonly entriId: string;
  readonly judul: LocalizedText;
  readonly jenis: string;
  readonly jp: number;
  readonly peringkat: number;
  readonly kelemahan: LocalizedText;
  readonly alasan: LocalizedText;
}

/** A stored evaluation with everything derived from it. */
export interface EvaluationView {
  readonly evaluation: StoredEvaluation;
  /** The engine's predikat after an accepted calibration (the engine's own when none). */
  readonly predikatFinal: string | null;
  /** The accepted calibration that decided `predikatFinal`, if any. */
  readonly calibrationId: string | null;
  /** The trace in plain language (the requested language); `null` when stored without a trace. */
  readonly explanation: string | null;
  readonly strengths: Finding[];
  readonly weaknesses: Finding[];
  readonly recommendedTraining: TrainingView[];
  /** Weaknesses no catalogue entry answers. */
  readonly withoutTraining: LocalizedText[];
  /** The tindak lanjut of an annual evaluation with a predikat, else `null`. */
  readonly consequences: ConsequencesView | null;
}

/** Builds the {@link EvaluationView} of `evaluation` (`withTrace`: keep the raw trace in the record). */
export async function evaluationView(store: KinerjaStore, evaluation: StoredEvaluation, lang: Lang, withTrace = false): Promise<EvaluationView> {
  const [plan, employee, final] = await Promise.all([store.getPlan({ planId: evaluation.planId }), store.getEmployee({ nip: evaluation.nip }), finalPredikat(store, evaluation)]);
  const [unit, behaviour] = await Promise.all([store.getUnit({ unitId: evaluation.unitId }), store.listBehaviour({ planId: evaluation.planId })]);
  const ranked = plan ? strengthsOf(evaluation, plan, behaviour.find((b) => b.periode === evaluation.periode)?.ratings ?? {}) : null;
  const training = ranked && ranked.kelemahan.length > 0 ? trainingFor(ranked.kelemahan, { unitKerja: unit?.nama, jabatan: employee?.jabatan }) : null;
  const consequences = employee ? await consequencesOf(store, evaluation, employee, final.predikatFinal, lang) : null;
  return {
    evaluation: withTrace ? evaluation : { ...evaluation, trace: null },
    predikatFinal: final.predikatFinal,
    calibrationId: final.calibrationId,
    explanation: evaluation.trace ? renderTrace(evaluation.trace, { lang }) : null,
    strengths: [...(ranked?.kekuatan ?? [])],
    weaknesses: [...(ranked?.kelemahan ?? [])],
    recommendedTraining: training?.recommended ?? [],
    withoutTraining: training?.unmatched ?? [],
    consequences,
  };
}

/**
 * Strengths and weaknesses from the stored outputs and the plan's indicators (in the order the
 * input listed them) with the period's BerAKHLAK ratings; `null` when the policy's outputs do not
 * have the shape of the PermenPANRB 6/2022 preset.
 */
function strengthsOf(evaluation: StoredEvaluation, plan: StoredPlan, ratings: Readonly<Partial<Record<string, string>>>): { kekuatan: readonly Finding[]; kelemahan: readonly Finding[] } | null {
  const indikator = plan.rhk.flatMap((r) => r.indikator.map((k) => ({ rhk: r.rhkId, iki: k.uraian, ...(k.bobot === null ? {} : { bobot: k.bobot }) })));
  const berakhlak = NILAI_DASAR.flatMap((nilaiDasar) => (ratings[nilaiDasar] === undefined ? [] : [{ nilaiDasar, rating: ratings[nilaiDasar] }]));
  try {
    const result = { policy: evaluation.policy, outputs: evaluation.outputs, ...(evaluation.trace ? { trace: evaluation.trace } : {}) };
    return strengthsFromScore(result, { indikator, berakhlak });
  } catch {
    return null;
  }
}

function trainingFor(weaknesses: readonly Finding[], pegawai: { unitKerja: string | undefined; jabatan: string | undefined }): { recommended: TrainingView[]; unmatched: LocalizedText[] } {
  const profile = { ...(pegawai.unitKerja ? { unitKerja: pegawai.unitKerja } : {}), ...(pegawai.jabatan ? { jabatan: pegawai.jabatan } : {}) };
  const out = recommendDevelopment({ catalogue: catalogue(), weaknesses, pegawai: profile, maks: 1 });
  return {
    recommended: out.rekomendasi.map((r) => ({ entriId: r.entri.id, judul: r.entri.judul, jenis: r.entri.jenis, jp: r.entri.jp, peringkat: r.peringkat, kelemahan: r.kelemahan.message, alasan: r.alasan })),
    unmatched: out.tanpaPadanan.map((w) => w.message),
  };
}

let cached: DevelopmentCatalogue | undefined;

/** The Belawan development catalogue, read and validated once. */
function catalogue(): DevelopmentCatalogue {
  cached ??= loadCatalogue();
  return cached;
}

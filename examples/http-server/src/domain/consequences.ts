/**
 * Tindak lanjut (consequences) of an annual evaluation: the `tindak-lanjut-permenpanrb-6-2022`
 * preset run on the final predikat, the year's jam pelajaran (competency records), the
 * employee's kind of ASN and earlier years' predikat from the store — as the demo's cycle does.
 * @module
 */
import { renderTrace, roundDecimal, type KinerjaStore, type Lang, type StoredEmployee, type StoredEvaluation, type Trace } from "@kinerja/core";
import { compilePreset } from "@kinerja/presets";

/** One follow-up event (e.g. `PENGEMBANGAN_KOMPETENSI`) with its parameters. */
export interface ConsequenceEvent {
  readonly type: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The tindak lanjut of one evaluation. */
export interface ConsequencesView {
  /** The predikat the rules ran on (the final one, after an accepted calibration). */
  readonly predikat: string;
  readonly jamPelajaran: number;
  readonly events: ConsequenceEvent[];
  /** Requirements of kenaikan jenjang not (yet) met or not shown. */
  readonly syaratBelumTerpenuhi: ConsequenceEvent[];
  /** The rules' explanation in the requested language. */
  readonly explanation: string;
}

const PREDIKAT = new Set(["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"]);

/**
 * The tindak lanjut of `evaluation` with `predikat` (its final predikat); `null` for a periodic
 * evaluation or one without a predikat of PermenPANRB 6/2022.
 */
export async function consequencesOf(store: KinerjaStore, evaluation: StoredEvaluation, employee: StoredEmployee, predikat: string | null, lang: Lang): Promise<ConsequencesView | null> {
  if (evaluation.periode !== String(evaluation.tahun) || predikat === null || !PREDIKAT.has(predikat)) return null;
  const [records, history] = await Promise.all([store.listCompetency({ nip: employee.nip }), store.employeeHistory({ nip: employee.nip, periode: "TAHUNAN" })]);
  const jpOf = (tahun: number): number | undefined => {
    const ofYear = records.filter((r) => r.tanggal.startsWith(`${tahun}-`));
    return ofYear.length === 0 ? undefined : roundDecimal(ofYear.reduce((a, r) => a + r.jp, 0), 10, "HALF_EVEN");
  };
  const riwayat = history
    .filter((h) => h.tahun < evaluation.tahun && h.predikat !== null && PREDIKAT.has(h.predikat))
    .map((h) => ({ tahun: h.tahun, predikat: h.predikat, ...(jpOf(h.tahun) === undefined ? {} : { jamPelajaran: jpOf(h.tahun) }) }));
  const jamPelajaran = jpOf(evaluation.tahun) ?? 0;
  const input = {
    predikat,
    tahun: evaluation.tahun,
    tanggalPenilaian: evaluation.evaluatedAt.slice(0, 10),
    jamPelajaran,
    jenisAsn: employee.jenisAsn,
    ...(riwayat.length > 0 ? { riwayat } : {}),
  };
  const scored = policy().score(input, { trace: true });
  return {
    predikat,
    jamPelajaran,
    events: scored.outputs["tindakLanjut"] as unknown as ConsequenceEvent[],
    syaratBelumTerpenuhi: scored.outputs["syaratKenaikanJenjangBelumTerpenuhi"] as unknown as ConsequenceEvent[],
    explanation: rulesPart(scored.trace as Trace, lang),
  };
}

/** The `tindakLanjut` decision's part of the rendered trace (as the demo prints it). */
function rulesPart(trace: Trace, lang: Lang): string {
  const lines = renderTrace(trace, { lang }).split("\n");
  const start = lines.findIndex((l) => /^\d+\. tindakLanjut\b/.test(l));
  if (start < 0) return lines.join("\n");
  const end = lines.findIndex((l, i) => i > start && l === "");
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

let compiled: ReturnType<typeof compilePreset> | undefined;

function policy(): ReturnType<typeof compilePreset> {
  compiled ??= compilePreset("tindak-lanjut-permenpanrb-6-2022");
  return compiled;
}

/**
 * The content of an employee's explanation, gathered once from the trace of a scoring and
 * rendered as text, Markdown or HTML: the outputs, each indicator (target, realisation, weight,
 * achievement and contribution), the decision-table rows that decided, the supervisor's feedback,
 * strengths and weaknesses, and development recommendations.
 * @module
 */
import { formatValue, localize, renderTrace, strengthsFromScore, recommendDevelopment, type DecisionTrace, type DevelopmentCatalogue, type Lang, type LocalizedText, type ScoreResult, type Trace, type UmpanBalik, type Value } from "@kinerja/core";

/** One indicator row. */
export interface IndicatorRow {
  readonly label: string;
  readonly target: string;
  readonly realisasi: string;
  readonly bobot: string;
  readonly capaian: string;
  readonly kontribusi: string;
}

/** A decision-table row that decided an output. */
export interface DecidingRow {
  readonly decision: string;
  readonly output: string;
  readonly row: number;
  readonly when: string;
  readonly note?: string;
}

/** Everything an explanation shows, in one language. */
export interface ExplainReport {
  readonly title: string;
  readonly policy: string;
  readonly employee: readonly (readonly [string, string])[];
  readonly outputs: readonly (readonly [string, string])[];
  readonly indicators: readonly IndicatorRow[];
  readonly deciding: readonly DecidingRow[];
  readonly feedback: readonly UmpanBalik[];
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly recommendations: readonly string[];
  readonly trace: string;
  readonly lang: Lang;
}

/** Labels of the report's sections and columns. */
export const LABELS: Readonly<Record<string, LocalizedText>> = {
  heading: { id: "Penjelasan penilaian kinerja", en: "Performance evaluation explained" },
  employee: { id: "Pegawai", en: "Employee" },
  outputs: { id: "Hasil", en: "Results" },
  indicators: { id: "Indikator kinerja", en: "Performance indicators" },
  indicator: { id: "Indikator", en: "Indicator" },
  target: { id: "Target", en: "Target" },
  realisasi: { id: "Realisasi", en: "Actual" },
  bobot: { id: "Bobot", en: "Weight" },
  capaian: { id: "Capaian", en: "Achievement" },
  kontribusi: { id: "Kontribusi", en: "Contribution" },
  deciding: { id: "Baris tabel yang menentukan", en: "The table rows that decided" },
  row: { id: "baris", en: "row" },
  feedback: { id: "Umpan balik", en: "Feedback" },
  strengths: { id: "Kekuatan", en: "Strengths" },
  weaknesses: { id: "Kelemahan", en: "Weaknesses" },
  recommendations: { id: "Rekomendasi pengembangan", en: "Development recommendations" },
  trace: { id: "Jejak perhitungan lengkap", en: "Full calculation trace" },
  none: { id: "tidak ada", en: "none" },
  policy: { id: "Kebijakan", en: "Policy" },
};

/** Gathers the report from a traced result, the scored record and, optionally, a catalogue. */
export function buildReport(result: ScoreResult & { trace: Trace }, record: { input: unknown; record: unknown; id?: string; name?: string }, lang: Lang, catalogue?: DevelopmentCatalogue): ExplainReport {
  const trace = result.trace;
  const l = (t: LocalizedText | undefined, fallback: string): string => (t ? localize(t, lang) : fallback);
  const labelOf = (name: string): string => l(trace.decisions.find((d) => d.name === name)?.label, name);
  const { strengths, weaknesses, findings } = analyse(result, record.input, lang);
  return {
    title: localize(trace.title, lang),
    policy: `${trace.policy.id} v${trace.policy.version} (sha256 ${trace.policy.hash.slice(0, 12)})`,
    employee: employeeOf(record, lang),
    outputs: Object.entries(trace.outputs)
      .filter(([, v]) => v === null || typeof v !== "object")
      .map(([name, v]) => [labelOf(name), formatValue(v)] as const),
    indicators: indicatorsOf(trace),
    deciding: decidingRows(trace, lang),
    feedback: trace.feedback ?? [],
    strengths,
    weaknesses,
    recommendations: catalogue && findings.length > 0 ? recommend(catalogue, findings, record.record, lang) : [],
    trace: renderTrace(trace, { lang }),
    lang,
  };
}

function employeeOf(record: { record: unknown; id?: string; name?: string }, lang: Lang): [string, string][] {
  const r = (record.record ?? {}) as Record<string, unknown>;
  const p = (r["pegawai"] !== null && typeof r["pegawai"] === "object" ? r["pegawai"] : r) as Record<string, unknown>;
  const rows: [string, string][] = [];
  if (record.name) rows.push([localize({ id: "Nama", en: "Name" }, lang), record.name]);
  if (record.id) rows.push(["NIP", record.id]);
  for (const [key, label] of [["jabatan", { id: "Jabatan", en: "Position" }], ["unitKerja", { id: "Unit kerja", en: "Work unit" }]] as const) {
    if (typeof p[key] === "string") rows.push([localize(label, lang), p[key] as string]);
  }
  if (typeof r["periode"] === "string") rows.push([localize({ id: "Periode", en: "Period" }, lang), r["periode"]]);
  return rows;
}

/** The indicators: the first per-item decision over items with a target and a realisation. */
function indicatorsOf(trace: Trace): IndicatorRow[] {
  const decision = trace.decisions.find((d) => d.kind === "perItem" && (d.items ?? []).some((i) => isRecord(i.item) && "realisasi" in i.item && "target" in i.item));
  if (!decision?.items) return [];
  const shares = contributions(trace, decision);
  return decision.items.map((item) => {
    const it = (isRecord(item.item) ? item.item : {}) as Record<string, Value>;
    const capaian = item.decisions.find((d) => d.name === "capaian")?.output;
    const target = it["targetMaks"] !== undefined && it["targetMaks"] !== null ? `${formatValue(it["target"] ?? null)}–${formatValue(it["targetMaks"])}` : formatValue(it["target"] ?? null);
    return {
      label: item.label ?? String(it["iki"] ?? item.index + 1),
      target,
      realisasi: formatValue(it["realisasi"] ?? null),
      bobot: it["bobot"] === undefined ? "" : formatValue(it["bobot"]),
      capaian: capaian === undefined ? "" : formatValue(capaian),
      kontribusi: shares.get(item.index) ?? "",
    };
  });
}

/** Each item's contribution to the aggregate that reads the per-item decision (e.g. the weighted average). */
function contributions(trace: Trace, perItem: DecisionTrace): Map<number, string> {
  const count = perItem.items?.length ?? 0;
  for (const d of trace.decisions) {
    const agg = d.aggregates?.find((a) => a.expr.includes(perItem.name) && a.items.length === count);
    if (agg) return new Map(agg.items.map((i) => [i.index, formatValue(i.contribution)]));
  }
  return new Map();
}

function decidingRows(trace: Trace, lang: Lang): DecidingRow[] {
  const rows: DecidingRow[] = [];
  for (const d of trace.decisions) {
    if (d.kind !== "table" || !d.table || !Object.hasOwn(trace.outputs, d.name)) continue;
    for (const m of d.table.matched) {
      rows.push({ decision: d.label ? localize(d.label, lang) : d.name, output: formatValue(d.output), row: m.row, when: m.when.join(" | "), ...(m.note ? { note: localize(m.note, lang) } : {}) });
    }
  }
  return rows;
}

function analyse(result: ScoreResult, input: unknown, lang: Lang): { strengths: string[]; weaknesses: string[]; findings: Parameters<typeof recommendDevelopment>[0]["weaknesses"] } {
  if (!Object.hasOwn(result.outputs, "capaianIndikator")) return { strengths: [], weaknesses: [], findings: [] };
  try {
    const s = strengthsFromScore(result, input);
    return { strengths: s.kekuatan.map((f) => localize(f.message, lang)), weaknesses: s.kelemahan.map((f) => localize(f.message, lang)), findings: s.kelemahan };
  } catch {
    return { strengths: [], weaknesses: [], findings: [] };
  }
}

function recommend(catalogue: DevelopmentCatalogue, weaknesses: Parameters<typeof recommendDevelopment>[0]["weaknesses"], record: unknown, lang: Lang): string[] {
  const r = (record ?? {}) as Record<string, unknown>;
  const p = (r["pegawai"] !== null && typeof r["pegawai"] === "object" ? r["pegawai"] : r) as Record<string, unknown>;
  const pegawai = { ...(typeof p["unitKerja"] === "string" ? { unitKerja: p["unitKerja"] } : {}), ...(typeof p["jabatan"] === "string" ? { jabatan: p["jabatan"] } : {}) };
  const plan = recommendDevelopment({ catalogue, weaknesses, pegawai });
  return plan.rekomendasi.map((x) => localize(x.alasan, lang));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * Readers of the API's results: an evaluation with its explanation, strengths, weaknesses,
 * training and tindak lanjut; a unit's distribution against the curve; a calibration proposal.
 * @module
 */
import { arr, asText, numField, obj, str, textField } from "./json.js";
import type { Obj } from "./json.js";
import type { LocalizedText } from "./i18n.js";

/** A strength, weakness, recommendation or follow-up, reduced to what is shown. */
export interface Finding {
  readonly title: LocalizedText | null;
  readonly text: LocalizedText | null;
  /** A short extra (the jam pelajaran of a training). */
  readonly extra: string | null;
}

/** The tindak lanjut of an annual evaluation. */
export interface Consequences {
  readonly explanation: string | null;
  /** The follow-up events' types (e.g. `PEMBINAAN`). */
  readonly events: readonly string[];
}

/** An evaluation with what the API adds for people (explanation, findings, training). */
export interface Evaluation {
  readonly evaluationId: string;
  readonly planId: string;
  readonly nip: string;
  readonly periode: string;
  readonly predikat: string | null;
  readonly predikatFinal: string | null;
  readonly calibrationId: string | null;
  readonly evaluatedAt: string;
  readonly policy: string;
  readonly explanation: LocalizedText | null;
  /** Capaian hasil kerja in % (output `capaianHasilKerja`), when the policy gives it. */
  readonly capaian: number | null;
  /** The work-result rating the predikat used (output `ratingHasilKerjaFinal`). */
  readonly ratingHasilKerja: string | null;
  /** Whether that rating came from the indicators' capaian (`PEMETAAN_CAPAIAN`) rather than the supervisor. */
  readonly ratingFromCapaian: boolean;
  readonly strengths: readonly Finding[];
  readonly weaknesses: readonly Finding[];
  readonly training: readonly Finding[];
  readonly consequences: Consequences | null;
}

/** Reads an evaluation (the stored record, or the view `{ evaluation, explanation, strengths, … }`). */
export function readEvaluation(v: unknown): Evaluation | null {
  const outer = obj(v);
  const o: Obj = "evaluation" in outer ? { ...obj(outer["evaluation"]), ...outer } : outer;
  const evaluationId = str(o, "evaluationId");
  if (!evaluationId) return null;
  const policy = obj(o["policy"]);
  const outputs = obj(o["outputs"]);
  const c = o["consequences"];
  return {
    evaluationId,
    planId: str(o, "planId") ?? "",
    nip: str(o, "nip") ?? "",
    periode: str(o, "periode") ?? "",
    predikat: str(o, "predikat"),
    predikatFinal: str(o, "predikatFinal"),
    calibrationId: str(o, "calibrationId"),
    evaluatedAt: str(o, "evaluatedAt") ?? "",
    policy: [str(policy, "id"), str(policy, "version")].filter(Boolean).join(" "),
    explanation: asText(o["explanation"]),
    capaian: numField(outputs, "capaianHasilKerja"),
    ratingHasilKerja: str(outputs, "ratingHasilKerjaFinal") ?? str(outputs, "ratingHasilKerja"),
    ratingFromCapaian: str(outputs, "sumberRatingHasilKerja") === "PEMETAAN_CAPAIAN",
    strengths: arr(o, "strengths").map(readFinding),
    weaknesses: arr(o, "weaknesses").map(readFinding),
    training: arr(o, "recommendedTraining").map(readTraining),
    consequences: c && typeof c === "object" ? readConsequences(obj(c)) : null,
  };
}

function readFinding(v: unknown): Finding {
  const o = obj(v);
  return { title: null, text: textField(o, "message") ?? asText(v), extra: null };
}

function readTraining(v: unknown): Finding {
  const o = obj(v);
  const jp = numField(o, "jp");
  return { title: textField(o, "judul"), text: textField(o, "alasan"), extra: jp !== null ? `${jp} JP` : null };
}

function readConsequences(o: Obj): Consequences {
  return { explanation: str(o, "explanation"), events: arr(o, "events").flatMap((e) => str(obj(e), "type") ?? []) };
}

/** One category of a distribution, with the band the curve allows. */
export interface CategoryCount {
  readonly category: string;
  readonly label: LocalizedText | null;
  readonly count: number;
  readonly share: number;
  readonly minShare: number | null;
  readonly maxShare: number | null;
  readonly withinBand: boolean;
}

/** A unit's distribution against the curve. */
export interface Distribution {
  readonly unitNama: string | null;
  readonly headcount: number;
  readonly counts: readonly CategoryCount[];
  readonly violations: readonly LocalizedText[];
  readonly compliant: boolean;
  readonly predikatOrganisasi: string | null;
  /** `CALIBRATED` when an accepted calibration's changes are counted. */
  readonly basis: string | null;
}

/** Reads a distribution answer (`categories` with bands; a bare `DistributionCheck` with `counts` also works). */
export function readDistribution(v: unknown): Distribution {
  const o = obj(v);
  const rows = "categories" in o ? arr(o, "categories") : arr(o, "counts");
  return {
    unitNama: str(o, "unitNama"),
    headcount: numField(o, "headcount") ?? 0,
    counts: rows.map((c) => {
      const x = obj(c);
      return {
        category: str(x, "category") ?? "",
        label: textField(x, "label"),
        count: numField(x, "count") ?? 0,
        share: numField(x, "share") ?? 0,
        minShare: numField(x, "minShare"),
        maxShare: numField(x, "maxShare"),
        withinBand: x["withinBand"] !== false,
      };
    }),
    violations: arr(o, "violations").flatMap((x) => {
      const m = textField(obj(x), "message");
      return m ? [m] : [];
    }),
    compliant: o["compliant"] === true,
    predikatOrganisasi: str(o, "predikatOrganisasi"),
    basis: str(o, "basis"),
  };
}

/** One proposed predikat change. */
export interface CalibrationChange {
  readonly id: string;
  readonly nama: string | null;
  readonly from: string;
  readonly to: string;
  readonly reason: LocalizedText | null;
  readonly flags: readonly string[];
}

/** A stored calibration (a proposal and its decision). */
export interface Calibration {
  readonly calibrationId: string;
  readonly status: string;
  readonly proposalStatus: string;
  readonly summary: LocalizedText | null;
  readonly changes: readonly CalibrationChange[];
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly catatan: string | null;
  readonly rowVersion: number;
  readonly createdAt: string;
}

/** Reads a stored calibration (`null` when the body is not one). */
export function readCalibration(v: unknown): Calibration | null {
  const o = obj(v);
  const calibrationId = str(o, "calibrationId");
  if (!calibrationId) return null;
  const proposal = obj(o["proposal"]);
  const names = obj(o["nama"]);
  return {
    calibrationId,
    status: str(o, "status") ?? "PROPOSED",
    proposalStatus: str(proposal, "status") ?? "",
    summary: textField(proposal, "summary"),
    changes: arr(proposal, "changes").map((c) => {
      const x = obj(c);
      return {
        id: str(x, "id") ?? "",
        nama: str(names, str(x, "id") ?? ""),
        from: str(x, "from") ?? "",
        to: str(x, "to") ?? "",
        reason: textField(x, "reason"),
        flags: arr(x, "flags").filter((f): f is string => typeof f === "string"),
      };
    }),
    decidedBy: str(o, "decidedBy"),
    decidedAt: str(o, "decidedAt"),
    catatan: str(o, "catatan"),
    rowVersion: numField(o, "rowVersion") ?? 1,
    createdAt: str(o, "createdAt") ?? "",
  };
}

/**
 * What a {@link KinerjaStore} keeps: the records of the performance cycle, as plain JSON data.
 * Every record carries `rowVersion` (its optimistic version, 1 on creation, +1 per update) and
 * ISO-8601 `createdAt` / `updatedAt` timestamps.
 * @module
 */
import type { Value } from "../compiler/types.js";
import type { RatingEkspektasi, NilaiDasar } from "../development/strengths-types.js";
import type { JenisUmpanBalik } from "../monitoring/feedback.js";
import type { PolicyRef, Trace } from "../trace/trace-types.js";
import type { CalibrationProposal } from "../cohort/types.js";

/** Fields every stored record has. */
export interface RecordMeta {
  /** Optimistic version: 1 when created, +1 on every update. Pass it back as `expectedRowVersion`. */
  readonly rowVersion: number;
  /** ISO-8601 instant the record was created. */
  readonly createdAt: string;
  /** ISO-8601 instant of the last change. */
  readonly updatedAt: string;
}

/** Status of a stored policy version: drafts may change, published versions never do. */
export type PolicyStatus = "DRAFT" | "PUBLISHED";

/** A policy version, addressed by policy id + version and identified by its content hash. */
export interface StoredPolicy extends RecordMeta {
  readonly policyId: string;
  readonly policyVersion: string;
  /** SHA-256 (hex) of the canonical JSON of `document` (as `CompiledPolicy.hash`). */
  readonly hash: string;
  readonly status: PolicyStatus;
  /** The policy document as JSON. */
  readonly document: Readonly<Record<string, unknown>>;
  /** When it was published, else `null`. */
  readonly publishedAt: string | null;
}

/** An organisation unit (unit kerja) in the agency's hierarchy. */
export interface StoredUnit extends RecordMeta {
  readonly unitId: string;
  readonly nama: string;
  /** The parent unit, `null` for the top of the hierarchy. */
  readonly parentId: string | null;
}

/** The predikat kinerja organisasi of a unit for a year (it bounds the unit's distribution). */
export interface StoredUnitPredikat extends RecordMeta {
  readonly unitId: string;
  readonly tahun: number;
  /** E.g. `"BAIK"`, `"SANGAT_BAIK"` (UPPER_SNAKE). */
  readonly predikat: string;
}

/** Civil-servant type: PNS (NIP) or PPPK (NI PPPK). */
export type JenisAsnPegawai = "PNS" | "PPPK";

/** An employee (pegawai), identified by a validated NIP (PNS) or NI PPPK. */
export interface StoredEmployee extends RecordMeta {
  /** 18 digits, validated, unique. */
  readonly nip: string;
  readonly nama: string;
  readonly jenisAsn: JenisAsnPegawai;
  readonly unitId: string;
  /** The direct supervisor's NIP, `null` for the head of the agency. */
  readonly atasanNip: string | null;
  readonly jabatan: string;
  /** E.g. `"AHLI_MUDA"`, `null` for jabatan without jenjang. */
  readonly jenjang: string | null;
}

/** Lifecycle of a work plan: drafted, agreed with the supervisor, evaluated. */
export type PlanStatus = "DRAFT" | "AGREED" | "EVALUATED";

/** Direction of an indicator: higher is better, lower is better, or within a range. */
export type IndikatorPolaritas = "NAIK" | "TURUN" | "RENTANG";

/** The aspect an indicator measures: quantity, quality, time or cost. */
export type IndikatorAspek = "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";

/** One indicator (IKI) of an RHK. */
export interface StoredIndikator {
  /** Unique within the plan. */
  readonly indikatorId: string;
  readonly uraian: string;
  readonly target: number;
  readonly satuan: string;
  readonly polaritas: IndikatorPolaritas;
  /** Weight in percent, `null` when the plan does not weigh its indicators. */
  readonly bobot: number | null;
  /** The upper bound of a `RENTANG` target (`target` is the lower bound); present only when set. */
  readonly targetMaks?: number;
  /** The aspect measured (PermenPANRB 6/2022); present only when set. */
  readonly aspek?: IndikatorAspek;
}

/** One RHK (rencana hasil kerja), cascaded from an RHK of the supervisor's plan. */
export interface StoredRhk {
  /** Unique across all plans. */
  readonly rhkId: string;
  readonly uraian: string;
  /** The supervisor's RHK it cascades from (same year), `null` for the agency head or a tambahan RHK. */
  readonly parentRhkId: string | null;
  readonly jenis: "UTAMA" | "TAMBAHAN";
  readonly indikator: readonly StoredIndikator[];
}

/** A yearly work plan (SKP) of one employee. */
export interface StoredPlan extends RecordMeta {
  readonly planId: string;
  readonly nip: string;
  readonly tahun: number;
  readonly status: PlanStatus;
  /** The employee's unit and supervisor when the plan was created (cohorts and teams use them). */
  readonly unitId: string;
  readonly atasanNip: string | null;
  /** The policy the plan is scored by, when chosen. */
  readonly policyId: string | null;
  readonly rhk: readonly StoredRhk[];
}

/** The realisation of one indicator in one period (upserted: one record per plan, indicator and period). */
export interface StoredRealisation extends RecordMeta {
  readonly planId: string;
  readonly indikatorId: string;
  /** `"2024"`, `"2024-Q1"` or `"2024-03"`. */
  readonly periode: string;
  readonly nilai: number;
  readonly catatan: string | null;
}

/** A daily activity report (laporan harian), evidence for an RHK. */
export interface StoredActivity extends RecordMeta {
  readonly activityId: string;
  readonly planId: string;
  readonly nip: string;
  /** The RHK the activity works towards, `null` for other duties. */
  readonly rhkId: string | null;
  /** `YYYY-MM-DD`, inside the plan's year. */
  readonly tanggal: string;
  readonly uraian: string;
  readonly jumlah: number | null;
  readonly satuan: string | null;
  readonly buktiUrl: string | null;
}

/** Feedback (umpan balik) a supervisor gives on a plan or one of its RHK. */
export interface StoredFeedback extends RecordMeta {
  readonly feedbackId: string;
  readonly planId: string;
  readonly rhkId: string | null;
  readonly periode: string;
  readonly tanggal: string;
  readonly pemberiNip: string;
  readonly jenis: JenisUmpanBalik;
  readonly teks: string;
}

/** A behaviour assessment (penilaian perilaku kerja, BerAKHLAK) for a plan and period. */
export interface StoredBehaviour extends RecordMeta {
  readonly assessmentId: string;
  readonly planId: string;
  readonly periode: string;
  readonly penilaiNip: string;
  /** A rating per core value; the values not assessed are absent. */
  readonly ratings: Readonly<Partial<Record<NilaiDasar, RatingEkspektasi>>>;
  readonly catatan: string | null;
}

/** A competency-development record (pengembangan kompetensi) with its jam pelajaran. */
export interface StoredCompetency extends RecordMeta {
  readonly recordId: string;
  readonly nip: string;
  /** `YYYY-MM-DD`: decides the year it counts for. */
  readonly tanggal: string;
  readonly nama: string;
  readonly jp: number;
  readonly jenis: string | null;
}

/** An evaluation result: immutable once stored (outputs, trace and the policy that produced them). */
export interface StoredEvaluation extends RecordMeta {
  readonly evaluationId: string;
  readonly planId: string;
  readonly nip: string;
  readonly unitId: string;
  readonly tahun: number;
  /** `"2024"` for the annual evaluation, `"2024-Q2"` / `"2024-06"` for periodic ones. */
  readonly periode: string;
  readonly policy: PolicyRef;
  readonly outputs: Readonly<Record<string, Value>>;
  /** The output named by `predikatOutput` when saved (for cohorts), else `null`. */
  readonly predikat: string | null;
  readonly trace: Trace | null;
  readonly evaluatedAt: string;
}

/** Where a calibration stands: proposed, then accepted or rejected once (never changed again). */
export type StoredCalibrationStatus = "PROPOSED" | "ACCEPTED" | "REJECTED";

/**
 * A unit's calibration of its predikat distribution for a year and period: the proposal computed
 * by core's `proposeCalibration` over the stored evaluations, and the unit admin's decision. The
 * evaluations stay immutable; an `ACCEPTED` calibration is the audited overlay that gives each
 * changed employee's final predikat (`proposal.changes[].to`, keyed by NIP in `changes[].id`).
 */
export interface StoredCalibration extends RecordMeta {
  readonly calibrationId: string;
  readonly unitId: string;
  readonly tahun: number;
  /** The evaluation period calibrated (`"2024"` for the annual one). */
  readonly periode: string;
  readonly status: StoredCalibrationStatus;
  /** The proposal as computed (a `CalibrationProposal`: changes with who, from, to, why, flags). */
  readonly proposal: CalibrationProposal;
  /** NIP → the evaluation id each member's predikat was read from. */
  readonly evaluations: Readonly<Record<string, string>>;
  /** Who accepted or rejected it, and when (`null` while proposed). */
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly catatan: string | null;
}

/** Every kind of entity the store keeps (also the audit log's `entity`). */
export type EntityKind =
  | "policy"
  | "unit"
  | "unitPredikat"
  | "employee"
  | "plan"
  | "realisation"
  | "activity"
  | "feedback"
  | "behaviour"
  | "competency"
  | "evaluation"
  | "calibration";

/** What a write did to an entity. */
export type AuditAction = "CREATE" | "UPDATE" | "PUBLISH" | "TRANSITION";

/** One entry of the append-only audit log, written in the same transaction as the change. */
export interface AuditEntry {
  /** Increasing sequence number (the log's order). */
  readonly seq: number;
  readonly at: string;
  /** Who made the change (a NIP, a service account). */
  readonly actor: string;
  readonly action: AuditAction;
  readonly entity: EntityKind;
  /**
   * The entity's key: the plan id, the NIP, … and for composite keys `unitId:tahun`,
   * `planId:indikatorId:periode`, `planId:periode` or `policyId:policyVersion`.
   */
  readonly entityKey: string;
  /** The record before the change, `null` on creation. */
  readonly before: unknown;
  /** The record after the change (evaluations: without the trace). */
  readonly after: unknown;
  readonly idempotencyKey: string | null;
}

/** One page of a list, and the cursor of the next page (`null` on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

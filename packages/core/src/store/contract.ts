/**
 * `KinerjaStore`: the one storage contract every adapter (memory, SQLite, PostgreSQL, MySQL)
 * fulfils, with the inputs of its methods. Every method takes one options object; every write
 * names its `actor`, may carry an `idempotencyKey`, runs in one transaction together with its
 * audit entries, and (for updates) checks an optimistic `expectedRowVersion`.
 * @module
 */
import type { Value } from "../compiler/types.js";
import type { NilaiDasar, RatingEkspektasi } from "../development/strengths-types.js";
import type { JenisUmpanBalik } from "../monitoring/feedback.js";
import type { PolicyRef, Trace } from "../trace/trace-types.js";
import type { CalibrationProposal } from "../cohort/types.js";
import type {
  AuditEntry,
  EntityKind,
  StoredCalibration,
  IndikatorAspek,
  IndikatorPolaritas,
  JenisAsnPegawai,
  Page,
  PlanStatus,
  PolicyStatus,
  StoredActivity,
  StoredBehaviour,
  StoredCompetency,
  StoredEmployee,
  StoredEvaluation,
  StoredFeedback,
  StoredPlan,
  StoredPolicy,
  StoredRealisation,
  StoredUnit,
  StoredUnitPredikat,
} from "./records.js";

/** What every write names: who makes it and, optionally, the key that makes a retry safe. */
export interface WriteOptions {
  /** Who makes the change (NIP or service account); recorded in the audit log. */
  readonly actor: string;
  /**
   * A client-chosen key (1–200 characters). A repeated call with the same key and the same input
   * returns the first call's result without writing again; the same key with another input fails
   * with a conflict.
   */
  readonly idempotencyKey?: string;
}

/** Cursor pagination of a list. */
export interface PageOptions {
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  /** Page size, 1–1000; default 100. */
  readonly limit?: number;
}

/** What an adapter can do, so the conformance suite skips gaps explicitly. */
export interface StoreCapabilities {
  /** Data outlives the process. */
  readonly persistent: boolean;
  /** Several processes (or machines) can share the store. */
  readonly multiProcess: boolean;
  /** Writes from concurrent callers run in parallel (`false`: serialized in the process). */
  readonly parallelWriters: boolean;
}

/** The outcome of `migrate()`: what it applied now and the schema version reached. */
export interface MigrationReport {
  readonly applied: readonly { readonly version: number; readonly name: string }[];
  readonly version: number;
}

/** A new indicator of a plan. */
export interface PlanIndikatorInput {
  readonly indikatorId?: string;
  readonly uraian: string;
  readonly target: number;
  readonly satuan: string;
  readonly polaritas?: IndikatorPolaritas;
  readonly bobot?: number | null;
  /** Upper bound of a `RENTANG` target (at least `target`); only with `polaritas: "RENTANG"`. */
  readonly targetMaks?: number | null;
  readonly aspek?: IndikatorAspek | null;
}

/** A new or revised RHK of a plan. */
export interface PlanRhkInput {
  readonly rhkId?: string;
  readonly uraian: string;
  readonly parentRhkId?: string | null;
  readonly jenis?: "UTAMA" | "TAMBAHAN";
  readonly indikator: readonly PlanIndikatorInput[];
}

/** An evaluation to store (the store adds `evaluationId` when absent, timestamps and `rowVersion`). */
export interface EvaluationInput {
  readonly evaluationId?: string;
  readonly planId: string;
  readonly periode: string;
  readonly policy: PolicyRef;
  readonly outputs: Readonly<Record<string, Value>>;
  readonly trace?: Trace | null;
  /** When the engine ran; default now. */
  readonly evaluatedAt?: string;
}

/** The storage contract of Kinerja. */
export interface KinerjaStore {
  /** The adapter's name (`memory`, `sqlite`, `postgres`, `mysql`). */
  readonly name: string;
  readonly capabilities: StoreCapabilities;
  /** Applies the adapter's pending migrations (recorded in a table); safe to call on every start. */
  migrate(): Promise<MigrationReport>;

  /** Stores a draft policy version (creates it, or replaces a draft with `expectedRowVersion`). */
  savePolicyDraft(options: WriteOptions & { readonly document: unknown; readonly expectedRowVersion?: number }): Promise<StoredPolicy>;
  /** Publishes a draft after validating it; a published version never changes again. */
  publishPolicy(options: WriteOptions & { readonly policyId: string; readonly policyVersion: string; readonly expectedRowVersion: number }): Promise<StoredPolicy>;
  /** One policy version, or `null`. */
  getPolicy(options: { readonly policyId: string; readonly policyVersion: string }): Promise<StoredPolicy | null>;
  /** The policy version with this content hash, or `null`. */
  getPolicyByHash(options: { readonly hash: string }): Promise<StoredPolicy | null>;
  /** Policy versions ordered by id then version. */
  listPolicies(options?: PageOptions & { readonly policyId?: string; readonly status?: PolicyStatus }): Promise<Page<StoredPolicy>>;

  /** Creates a unit, or updates it with `expectedRowVersion`; the parent must exist and no cycle may form. */
  putUnit(options: WriteOptions & { readonly unitId: string; readonly nama: string; readonly parentId?: string | null; readonly expectedRowVersion?: number }): Promise<StoredUnit>;
  getUnit(options: { readonly unitId: string }): Promise<StoredUnit | null>;
  /** Units ordered by id, optionally the children of one unit. */
  listUnits(options?: PageOptions & { readonly parentId?: string }): Promise<Page<StoredUnit>>;
  /** Sets a unit's predikat organisasi for a year (create, or update with `expectedRowVersion`). */
  setUnitPredikat(options: WriteOptions & { readonly unitId: string; readonly tahun: number; readonly predikat: string; readonly expectedRowVersion?: number }): Promise<StoredUnitPredikat>;
  getUnitPredikat(options: { readonly unitId: string; readonly tahun: number }): Promise<StoredUnitPredikat | null>;

  /** Creates an employee (NIP validated and unique), or updates one with `expectedRowVersion`. */
  putEmployee(
    options: WriteOptions & {
      readonly nip: string;
      readonly nama: string;
      readonly jenisAsn?: JenisAsnPegawai;
      readonly unitId: string;
      readonly atasanNip?: string | null;
      readonly jabatan: string;
      readonly jenjang?: string | null;
      readonly expectedRowVersion?: number;
    },
  ): Promise<StoredEmployee>;
  getEmployee(options: { readonly nip: string }): Promise<StoredEmployee | null>;
  /** Employees ordered by NIP, optionally of one unit. */
  listEmployees(options?: PageOptions & { readonly unitId?: string }): Promise<Page<StoredEmployee>>;
  /**
   * A supervisor's team with each member's plan for the year: the direct reports, or (`"all"`)
   * everyone below them, ordered by NIP.
   */
  listTeam(options: PageOptions & { readonly atasanNip: string; readonly tahun: number; readonly scope?: "direct" | "all" }): Promise<Page<TeamMember>>;

  /** Creates a DRAFT plan (one per employee per year); cascaded RHK must exist in the supervisor's plan. */
  createPlan(options: WriteOptions & { readonly planId?: string; readonly nip: string; readonly tahun: number; readonly policyId?: string | null; readonly rhk: readonly PlanRhkInput[] }): Promise<StoredPlan>;
  /** Replaces the RHK of a DRAFT plan. */
  updatePlan(options: WriteOptions & { readonly planId: string; readonly expectedRowVersion: number; readonly rhk: readonly PlanRhkInput[]; readonly policyId?: string | null }): Promise<StoredPlan>;
  /** Moves a plan along its lifecycle: DRAFT → AGREED → EVALUATED (AGREED → DRAFT reopens it). */
  transitionPlan(options: WriteOptions & { readonly planId: string; readonly expectedRowVersion: number; readonly to: PlanStatus }): Promise<StoredPlan>;
  getPlan(options: { readonly planId: string }): Promise<StoredPlan | null>;
  /** The plan of an employee for a year, or `null`. */
  findPlan(options: { readonly nip: string; readonly tahun: number }): Promise<StoredPlan | null>;
  /** Plans of a year (optionally of a unit), ordered by NIP. */
  listPlans(options: PageOptions & { readonly tahun: number; readonly unitId?: string }): Promise<Page<StoredPlan>>;

  /** Records the realisation of an indicator for a period (create, or update with `expectedRowVersion`). */
  recordRealisation(
    options: WriteOptions & {
      readonly planId: string;
      readonly indikatorId: string;
      readonly periode: string;
      readonly nilai: number;
      readonly catatan?: string | null;
      readonly expectedRowVersion?: number;
    },
  ): Promise<StoredRealisation>;
  /** Realisations of a plan, optionally of one period, ordered by period then indicator. */
  listRealisations(options: { readonly planId: string; readonly periode?: string }): Promise<readonly StoredRealisation[]>;

  /** Adds a daily activity report to a plan that is not DRAFT. */
  addActivity(
    options: WriteOptions & {
      readonly activityId?: string;
      readonly planId: string;
      readonly rhkId?: string | null;
      readonly tanggal: string;
      readonly uraian: string;
      readonly jumlah?: number | null;
      readonly satuan?: string | null;
      readonly buktiUrl?: string | null;
    },
  ): Promise<StoredActivity>;
  /** Activities of a plan, optionally between two dates (inclusive), ordered by date. */
  listActivities(options: PageOptions & { readonly planId: string; readonly from?: string; readonly to?: string }): Promise<Page<StoredActivity>>;

  /** Adds feedback on a plan (or one of its RHK). */
  addFeedback(
    options: WriteOptions & {
      readonly feedbackId?: string;
      readonly planId: string;
      readonly rhkId?: string | null;
      readonly periode: string;
      readonly tanggal: string;
      readonly pemberiNip: string;
      readonly jenis?: JenisUmpanBalik;
      readonly teks: string;
    },
  ): Promise<StoredFeedback>;
  /** Feedback on a plan, optionally of one period, ordered by date. */
  listFeedback(options: { readonly planId: string; readonly periode?: string }): Promise<readonly StoredFeedback[]>;

  /** Stores a behaviour assessment (one per plan and period; update with `expectedRowVersion`). */
  putBehaviour(
    options: WriteOptions & {
      readonly planId: string;
      readonly periode: string;
      readonly penilaiNip: string;
      readonly ratings: Readonly<Partial<Record<NilaiDasar, RatingEkspektasi>>>;
      readonly catatan?: string | null;
      readonly expectedRowVersion?: number;
    },
  ): Promise<StoredBehaviour>;
  /** Behaviour assessments of a plan, ordered by period. */
  listBehaviour(options: { readonly planId: string }): Promise<readonly StoredBehaviour[]>;

  /** Adds a competency-development record of an employee. */
  addCompetency(
    options: WriteOptions & {
      readonly recordId?: string;
      readonly nip: string;
      readonly tanggal: string;
      readonly nama: string;
      readonly jp: number;
      readonly jenis?: string | null;
    },
  ): Promise<StoredCompetency>;
  /** Competency records of an employee, optionally of one year, ordered by date. */
  listCompetency(options: { readonly nip: string; readonly tahun?: number }): Promise<readonly StoredCompetency[]>;

  /** Stores one evaluation (immutable; one per plan and period). */
  saveEvaluation(options: WriteOptions & EvaluationBatchOptions & { readonly evaluation: EvaluationInput }): Promise<StoredEvaluation>;
  /** Stores many evaluations in one transaction: all of them, or none. */
  saveEvaluations(options: WriteOptions & EvaluationBatchOptions & { readonly evaluations: readonly EvaluationInput[] }): Promise<BulkSaveResult>;
  getEvaluation(options: { readonly evaluationId: string }): Promise<StoredEvaluation | null>;
  /** A unit's cohort of results for a year and period (for calibration), ordered by NIP. */
  listCohort(options: PageOptions & { readonly unitId: string; readonly tahun: number; readonly periode?: string; readonly withTrace?: boolean }): Promise<Page<StoredEvaluation>>;
  /** An employee's evaluations across years (multi-year rules), ordered by year then period. */
  employeeHistory(options: { readonly nip: string; readonly periode?: "TAHUNAN" | "SEMUA"; readonly withTrace?: boolean }): Promise<readonly StoredEvaluation[]>;

  /** The audit trail of one entity, oldest first. */

  /**
   * Stores a unit's calibration proposal (status `PROPOSED`) for a year and period. Every change's
   * member (`proposal.changes[].id`, a NIP) must map in `evaluations` to a stored evaluation of
   * that unit, year and period.
   */
  proposeCalibration(
    options: WriteOptions & {
      readonly calibrationId?: string;
      readonly unitId: string;
      readonly tahun: number;
      readonly periode: string;
      readonly proposal: CalibrationProposal;
      readonly evaluations: Readonly<Record<string, string>>;
    },
  ): Promise<StoredCalibration>;
  /**
   * Accepts or rejects a `PROPOSED` calibration (optimistic `expectedRowVersion`); a decided one
   * never changes again, and a unit has at most one `ACCEPTED` calibration per year and period.
   */
  decideCalibration(
    options: WriteOptions & { readonly calibrationId: string; readonly expectedRowVersion: number; readonly decision: "ACCEPTED" | "REJECTED"; readonly catatan?: string | null },
  ): Promise<StoredCalibration>;
  getCalibration(options: { readonly calibrationId: string }): Promise<StoredCalibration | null>;
  /** A unit's calibrations ordered by year, then id, optionally of one year. */
  listCalibrations(options: PageOptions & { readonly unitId: string; readonly tahun?: number }): Promise<Page<StoredCalibration>>;

  listAudit(options: PageOptions & { readonly entity: EntityKind; readonly entityKey: string }): Promise<Page<AuditEntry>>;
}

/** Options shared by the evaluation writes. */
export interface EvaluationBatchOptions {
  /** The output holding the predikat, copied to `StoredEvaluation.predikat`; default `"predikat"`. */
  readonly predikatOutput?: string;
}

/** The outcome of `saveEvaluations`. */
export interface BulkSaveResult {
  readonly count: number;
  readonly evaluationIds: readonly string[];
}

/** A member of a supervisor's team and their plan for the year. */
export interface TeamMember {
  readonly employee: StoredEmployee;
  readonly plan: StoredPlan | null;
  /** 1 for a direct report, 2 for their reports, … */
  readonly depth: number;
}

/**
 * Records ↔ backend rows: the key and indexed columns of every entity kind, and JSON encoding.
 * @module
 */
import type { ColumnValue, EntityRow } from "../backend.js";
import type {
  EntityKind,
  StoredActivity,
  StoredBehaviour,
  StoredCalibration,
  StoredCompetency,
  StoredEmployee,
  StoredEvaluation,
  StoredFeedback,
  StoredPlan,
  StoredPolicy,
  StoredRealisation,
  StoredUnit,
  StoredUnitPredikat,
} from "../records.js";

/** The record type of each entity kind. */
export interface RecordOf {
  policy: StoredPolicy;
  unit: StoredUnit;
  unitPredikat: StoredUnitPredikat;
  employee: StoredEmployee;
  plan: StoredPlan;
  realisation: StoredRealisation;
  activity: StoredActivity;
  feedback: StoredFeedback;
  behaviour: StoredBehaviour;
  competency: StoredCompetency;
  evaluation: StoredEvaluation;
  calibration: StoredCalibration;
}

type Layout<K extends EntityKind> = { key: (r: RecordOf[K]) => string; columns: (r: RecordOf[K]) => Record<string, ColumnValue> };

const LAYOUT: { readonly [K in EntityKind]: Layout<K> } = {
  policy: {
    key: (r) => policyKey(r.policyId, r.policyVersion),
    columns: (r) => ({ policy_id: r.policyId, policy_version: r.policyVersion, hash: r.hash, status: r.status }),
  },
  unit: { key: (r) => r.unitId, columns: (r) => ({ parent_id: r.parentId }) },
  unitPredikat: { key: (r) => compositeKey(r.unitId, r.tahun), columns: (r) => ({ unit_id: r.unitId, tahun: r.tahun }) },
  employee: { key: (r) => r.nip, columns: (r) => ({ unit_id: r.unitId, atasan_nip: r.atasanNip }) },
  plan: { key: (r) => r.planId, columns: (r) => ({ nip: r.nip, tahun: r.tahun, unit_id: r.unitId }) },
  realisation: { key: (r) => compositeKey(r.planId, r.indikatorId, r.periode), columns: (r) => ({ plan_id: r.planId, periode: r.periode }) },
  activity: { key: (r) => r.activityId, columns: (r) => ({ plan_id: r.planId, tanggal: r.tanggal }) },
  feedback: { key: (r) => r.feedbackId, columns: (r) => ({ plan_id: r.planId, periode: r.periode, tanggal: r.tanggal }) },
  behaviour: { key: (r) => compositeKey(r.planId, r.periode), columns: (r) => ({ plan_id: r.planId, periode: r.periode }) },
  competency: { key: (r) => r.recordId, columns: (r) => ({ nip: r.nip, tanggal: r.tanggal }) },
  evaluation: {
    key: (r) => r.evaluationId,
    columns: (r) => ({ plan_id: r.planId, nip: r.nip, unit_id: r.unitId, tahun: r.tahun, periode: r.periode }),
  },
  calibration: { key: (r) => r.calibrationId, columns: (r) => ({ unit_id: r.unitId, tahun: r.tahun, periode: r.periode, status: r.status }) },
};

/** The backend row of a record. */
export function toRow<K extends EntityKind>(kind: K, record: RecordOf[K]): EntityRow {
  const layout = LAYOUT[kind] as Layout<K>;
  return { key: layout.key(record), rowVersion: record.rowVersion, columns: layout.columns(record), data: JSON.stringify(record) };
}

/** The record a backend row holds. */
export function fromRow<K extends EntityKind>(_kind: K, row: EntityRow): RecordOf[K] {
  return JSON.parse(row.data) as RecordOf[K];
}

/** The key of a record. */
export function keyOf<K extends EntityKind>(kind: K, record: RecordOf[K]): string {
  return (LAYOUT[kind] as Layout<K>).key(record);
}

/** The key of a policy version. */
export function policyKey(policyId: string, policyVersion: string): string {
  return compositeKey(policyId, policyVersion);
}

/**
 * A key made of several parts joined by `:` (`unitId:tahun`, `planId:indikatorId:periode`,
 * `policyId:policyVersion`). Ids may not contain `:`, so no two part lists share a key.
 */
export function compositeKey(...parts: readonly (string | number)[]): string {
  return parts.join(":");
}

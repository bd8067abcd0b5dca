/**
 * Shared zod schemas of the HTTP API: identifiers (NIP, unit, year, period), paging, bilingual
 * text, the error body and the stored records the routes return. Request schemas are strict;
 * record schemas document responses (handlers return the store's records unchanged).
 * @module
 */
import * as z from "zod";

/** An 18-digit NIP (PNS) or NI PPPK; the store validates its parts. */
export const Nip = z.string().regex(/^\d{18}$/, "NIP must be 18 digits").meta({ description: "NIP (PNS) or NI PPPK: 18 digits", example: "198503152010011002" });

/** A unit id, e.g. `DINAS-KOMINFO`. */
export const UnitId = z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, "unit id: letters, digits, . _ -").meta({ description: "Unit id" });

/** A year (from a path or query string, coerced). */
export const Tahun = z.coerce.number().int().min(2000).max(2100).meta({ description: "Year (tahun)", example: 2024 });

/** A period: `2024` (annual), `2024-Q1` (quarter) or `2024-03` (month). */
export const Periode = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "periode: YYYY, YYYY-Qn or YYYY-MM")
  .meta({ description: "Period: YYYY, YYYY-Qn or YYYY-MM", example: "2024-Q1" });

/** A list cursor (the `nextCursor` of the previous page). */
export const Cursor = z.string().min(1).max(500).meta({ description: "The nextCursor of the previous page" });

/** Paging query parameters: `?cursor=&limit=`. */
export const Page = z.strictObject({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: "Page size 1–1000 (default 100)" }),
});

/** A page of `item`: `{ items, nextCursor }`. */
export function pageOf<T extends z.ZodType>(item: T): z.ZodObject<{ items: z.ZodArray<T>; nextCursor: z.ZodNullable<z.ZodString> }> {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A text in Bahasa Indonesia and English. */
export const LocalizedText = z.object({ id: z.string(), en: z.string() }).meta({ id: "LocalizedText", description: "Text in Bahasa Indonesia (id) and English (en)" });

/** The body of every error response. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "INPUT_INVALID, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT, PRECONDITION_*, RATE_LIMITED, … or a Kinerja/STORE_* code" }),
      message: LocalizedText,
      issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])).readonly(), message: LocalizedText, code: z.string().optional() })).readonly(),
    }),
  })
  .meta({ id: "ErrorBody", description: "Every error: a code, a bilingual message and every issue found" });

/** The optimistic version and timestamps every stored record carries (`RecordMeta`). */
export const RecordMetaFields = { rowVersion: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

/** Any JSON value (policy outputs, traces). */
export const JsonValue = z.unknown().meta({ description: "Any JSON value" });

/** A stored policy version. */
export const StoredPolicy = z
  .object({
    policyId: z.string(),
    policyVersion: z.string(),
    hash: z.string(),
    status: z.enum(["DRAFT", "PUBLISHED"]),
    document: z.record(z.string(), JsonValue),
    publishedAt: z.string().nullable(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredPolicy" });

/** A unit (unit kerja). */
export const StoredUnit = z.object({ unitId: z.string(), nama: z.string(), parentId: z.string().nullable(), ...RecordMetaFields }).meta({ id: "StoredUnit" });

/** A unit's predikat kinerja organisasi for a year. */
export const StoredUnitPredikat = z.object({ unitId: z.string(), tahun: z.number().int(), predikat: z.string(), ...RecordMetaFields }).meta({ id: "StoredUnitPredikat" });

/** An employee (pegawai). */
export const StoredEmployee = z
  .object({
    nip: z.string(),
    nama: z.string(),
    jenisAsn: z.enum(["PNS", "PPPK"]),
    unitId: z.string(),
    atasanNip: z.string().nullable(),
    jabatan: z.string(),
    jenjang: z.string().nullable(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredEmployee" });

/** An indicator (IKI) of an RHK. */
export const StoredIndikator = z.object({
  indikatorId: z.string(),
  uraian: z.string(),
  target: z.number(),
  satuan: z.string(),
  polaritas: z.enum(["NAIK", "TURUN", "RENTANG"]),
  bobot: z.number().nullable(),
});

/** An RHK of a plan. */
export const StoredRhk = z.object({
  rhkId: z.string(),
  uraian: z.string(),
  parentRhkId: z.string().nullable(),
  jenis: z.enum(["UTAMA", "TAMBAHAN"]),
  indikator: z.array(StoredIndikator).readonly(),
});

/** A yearly work plan (SKP). */
export const StoredPlan = z
  .object({
    planId: z.string(),
    nip: z.string(),
    tahun: z.number().int(),
    status: z.enum(["DRAFT", "AGREED", "EVALUATED"]),
    unitId: z.string(),
    atasanNip: z.string().nullable(),
    policyId: z.string().nullable(),
    rhk: z.array(StoredRhk).readonly(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredPlan" });

/** The realisation of an indicator in a period. */
export const StoredRealisation = z
  .object({ planId: z.string(), indikatorId: z.string(), periode: z.string(), nilai: z.number(), catatan: z.string().nullable(), ...RecordMetaFields })
  .meta({ id: "StoredRealisation" });

/** A daily activity report. */
export const StoredActivity = z
  .object({
    activityId: z.string(),
    planId: z.string(),
    nip: z.string(),
    rhkId: z.string().nullable(),
    tanggal: z.string(),
    uraian: z.string(),
    jumlah: z.number().nullable(),
    satuan: z.string().nullable(),
    buktiUrl: z.string().nullable(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredActivity" });

/** Supervisor feedback on a plan or RHK. */
export const StoredFeedback = z
  .object({
    feedbackId: z.string(),
    planId: z.string(),
    rhkId: z.string().nullable(),
    periode: z.string(),
    tanggal: z.string(),
    pemberiNip: z.string(),
    jenis: z.enum(["APRESIASI", "PERBAIKAN", "ARAHAN"]),
    teks: z.string(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredFeedback" });

/** The three behaviour ratings of PermenPANRB 6/2022. */
export const RatingEkspektasi = z.enum(["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"]);

/** The seven BerAKHLAK core values. */
export const NilaiDasar = z.enum(["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"]);

/** A behaviour assessment. */
export const StoredBehaviour = z
  .object({
    assessmentId: z.string(),
    planId: z.string(),
    periode: z.string(),
    penilaiNip: z.string(),
    ratings: z.partialRecord(NilaiDasar, RatingEkspektasi),
    catatan: z.string().nullable(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredBehaviour" });

/** A competency-development record. */
export const StoredCompetency = z
  .object({ recordId: z.string(), nip: z.string(), tanggal: z.string(), nama: z.string(), jp: z.number(), jenis: z.string().nullable(), ...RecordMetaFields })
  .meta({ id: "StoredCompetency" });

/** The policy that produced a result. */
export const PolicyRef = z.object({ id: z.string(), version: z.string(), hash: z.string() });

/** A stored evaluation (immutable). */
export const StoredEvaluation = z
  .object({
    evaluationId: z.string(),
    planId: z.string(),
    nip: z.string(),
    unitId: z.string(),
    tahun: z.number().int(),
    periode: z.string(),
    policy: PolicyRef,
    outputs: z.record(z.string(), JsonValue),
    predikat: z.string().nullable(),
    trace: JsonValue,
    evaluatedAt: z.string(),
    ...RecordMetaFields,
  })
  .meta({ id: "StoredEvaluation" });

/** One audit-log entry. */
export const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.enum(["CREATE", "UPDATE", "PUBLISH", "TRANSITION"]),
    entity: z.string(),
    entityKey: z.string(),
    before: JsonValue,
    after: JsonValue,
    idempotencyKey: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });

/** A role of a token. */
export const RoleSchema = z.enum(["employee", "supervisor", "unit_admin", "policy_admin", "auditor"]);

/** The verified caller. */
export const PrincipalSchema = z
  .object({ sub: z.string(), nip: z.string().nullable(), roles: z.array(RoleSchema), unitId: z.string().nullable() })
  .meta({ id: "Principal" });

/** `?lang=id|en`. */
export const Lang = z.enum(["id", "en"]).meta({ description: "Language of rendered texts (default id)" });

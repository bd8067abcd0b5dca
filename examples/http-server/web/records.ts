/**
 * Readers of the API's records (principal, demo account, employee, plan, activity, feedback,
 * behaviour, progress, team member): each turns an `unknown` body into the typed shape the views
 * use (field names as in the server's zod schemas, `src/http/schemas.ts` and `src/routes/*.ts`).
 * @module
 */
import { arr, numField, obj, str, textField } from "./json.js";
import type { LocalizedText } from "./i18n.js";

/** The caller, as the server verified it. */
export interface Principal {
  readonly sub: string;
  readonly nip: string | null;
  readonly roles: readonly string[];
  readonly unitId: string | null;
}

/** Reads a principal. */
export function readPrincipal(v: unknown): Principal {
  const o = obj(v);
  return { sub: str(o, "sub") ?? "", nip: str(o, "nip"), roles: arr(o, "roles").filter((r): r is string => typeof r === "string"), unitId: str(o, "unitId") };
}

/** A demo account of the login screen. */
export interface Account {
  /** What POST /dev/login takes: a NIP or a service account name. */
  readonly account: string;
  readonly nama: string;
  readonly roles: readonly string[];
  /** The unit a unit admin administers. */
  readonly detail: string | null;
}

/** Reads one demo account. */
export function readAccount(v: unknown): Account | null {
  const o = obj(v);
  const account = str(o, "account");
  if (!account) return null;
  const roles = arr(o, "roles").filter((r): r is string => typeof r === "string");
  return { account, nama: str(o, "nama") ?? account, roles, detail: str(o, "unitId") };
}

/** An employee record. */
export interface Employee {
  readonly nip: string;
  readonly nama: string;
  readonly unitId: string;
  readonly jabatan: string;
  readonly atasanNip: string | null;
}

/** Reads an employee (`null` when it has no NIP). */
export function readEmployee(v: unknown): Employee | null {
  const o = obj(v);
  const nip = str(o, "nip");
  if (!nip) return null;
  return { nip, nama: str(o, "nama") ?? nip, unitId: str(o, "unitId") ?? "", jabatan: str(o, "jabatan") ?? "", atasanNip: str(o, "atasanNip") };
}

/** An indicator (IKI) of an RHK. */
export interface Indikator {
  readonly indikatorId: string;
  readonly uraian: string;
  readonly target: number;
  readonly satuan: string;
  readonly polaritas: "NAIK" | "TURUN" | "RENTANG";
  readonly bobot: number | null;
}

/** An RHK of a plan. */
export interface Rhk {
  readonly rhkId: string;
  readonly uraian: string;
  readonly parentRhkId: string | null;
  readonly jenis: "UTAMA" | "TAMBAHAN";
  readonly indikator: readonly Indikator[];
}

/** A work plan (SKP). */
export interface Plan {
  readonly planId: string;
  readonly nip: string;
  readonly tahun: number;
  readonly status: string;
  readonly unitId: string;
  readonly atasanNip: string | null;
  readonly rhk: readonly Rhk[];
  readonly rowVersion: number;
}

/** Reads a plan (`null` when the body is not one). */
export function readPlan(v: unknown): Plan | null {
  const o = obj(v);
  const planId = str(o, "planId");
  if (!planId) return null;
  return {
    planId,
    nip: str(o, "nip") ?? "",
    tahun: numField(o, "tahun") ?? 0,
    status: str(o, "status") ?? "DRAFT",
    unitId: str(o, "unitId") ?? "",
    atasanNip: str(o, "atasanNip"),
    rhk: arr(o, "rhk").map(readRhk),
    rowVersion: numField(o, "rowVersion") ?? 1,
  };
}

function readRhk(v: unknown): Rhk {
  const o = obj(v);
  return {
    rhkId: str(o, "rhkId") ?? "",
    uraian: str(o, "uraian") ?? "",
    parentRhkId: str(o, "parentRhkId"),
    jenis: str(o, "jenis") === "TAMBAHAN" ? "TAMBAHAN" : "UTAMA",
    indikator: arr(o, "indikator").map(readIndikator),
  };
}

function readIndikator(v: unknown): Indikator {
  const o = obj(v);
  const p = str(o, "polaritas");
  return {
    indikatorId: str(o, "indikatorId") ?? "",
    uraian: str(o, "uraian") ?? "",
    target: numField(o, "target") ?? 0,
    satuan: str(o, "satuan") ?? "",
    polaritas: p === "TURUN" || p === "RENTANG" ? p : "NAIK",
    bobot: numField(o, "bobot"),
  };
}

/** A daily activity report. */
export interface Activity {
  readonly activityId: string;
  readonly rhkId: string | null;
  readonly tanggal: string;
  readonly uraian: string;
}

/** Reads an activity. */
export function readActivity(v: unknown): Activity {
  const o = obj(v);
  return { activityId: str(o, "activityId") ?? "", rhkId: str(o, "rhkId"), tanggal: str(o, "tanggal") ?? "", uraian: str(o, "uraian") ?? "" };
}

/** Supervisor feedback. */
export interface Feedback {
  readonly feedbackId: string;
  readonly rhkId: string | null;
  readonly tanggal: string;
  readonly jenis: string;
  readonly teks: string;
}

/** Reads a feedback entry. */
export function readFeedback(v: unknown): Feedback {
  const o = obj(v);
  return { feedbackId: str(o, "feedbackId") ?? "", rhkId: str(o, "rhkId"), tanggal: str(o, "tanggal") ?? "", jenis: str(o, "jenis") ?? "ARAHAN", teks: str(o, "teks") ?? "" };
}

/** A behaviour assessment. */
export interface Behaviour {
  readonly periode: string;
  readonly ratings: Readonly<Record<string, string>>;
  readonly catatan: string | null;
  readonly rowVersion: number;
}

/** Reads a behaviour assessment. */
export function readBehaviour(v: unknown): Behaviour {
  const o = obj(v);
  const ratings: Record<string, string> = {};
  for (const [k, r] of Object.entries(obj(o["ratings"]))) if (typeof r === "string") ratings[k] = r;
  return { periode: str(o, "periode") ?? "", ratings, catatan: str(o, "catatan"), rowVersion: numField(o, "rowVersion") ?? 1 };
}

/** Progress of one indicator (core monitoring). */
export interface IndicatorProgress {
  readonly id: string;
  readonly iki: string;
  readonly satuan: string | null;
  readonly target: number | null;
  readonly targetProrata: number | null;
  readonly realisasi: number | null;
  readonly capaian: number | null;
  readonly status: string;
  readonly explanation: LocalizedText | null;
}

/** Progress of a plan. */
export interface Progress {
  readonly capaian: number | null;
  readonly status: string;
  readonly explanation: LocalizedText | null;
  readonly indikator: readonly IndicatorProgress[];
}

/** Reads GET /plans/:planId/progress (`{ rencana, indikator }`, core monitoring per indicator). */
export function readProgress(v: unknown): Progress {
  const o = obj(v);
  const rencana = obj(o["rencana"]);
  return {
    capaian: numField(rencana, "capaian"),
    status: str(rencana, "status") ?? "BELUM_ADA_DATA",
    explanation: textField(rencana, "explanation"),
    indikator: arr(o, "indikator").map((x) => {
      const i = obj(x);
      return {
        id: str(i, "indikatorId") ?? "",
        iki: str(i, "uraian") ?? "",
        satuan: str(i, "satuan"),
        target: numField(i, "target"),
        targetProrata: numField(i, "targetProrata"),
        realisasi: numField(i, "realisasi"),
        capaian: numField(i, "capaian"),
        status: str(i, "status") ?? "BELUM_ADA_DATA",
        explanation: textField(i, "explanation"),
      };
    }),
  };
}

/** A member of a supervisor's team with their plan and progress flag. */
export interface TeamMember {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly planId: string | null;
  readonly planStatus: string | null;
  readonly flag: string;
  readonly capaian: number | null;
}

/** Reads one item of GET /employees/:nip/team (`{ employee, plan, progress, capaian }`). */
export function readTeamMember(v: unknown): TeamMember | null {
  const o = obj(v);
  const emp = readEmployee(o["employee"]);
  if (!emp) return null;
  const plan = obj(o["plan"]);
  return {
    nip: emp.nip,
    nama: emp.nama,
    jabatan: emp.jabatan,
    planId: str(plan, "planId"),
    planStatus: str(plan, "status"),
    flag: str(o, "progress") ?? "NO_DATA",
    capaian: numField(o, "capaian"),
  };
}

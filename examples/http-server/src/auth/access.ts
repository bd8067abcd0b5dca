/**
 * The access rules: every authorization decision of the service lives here. Each check is async
 * (roles are checked against the data: a supervisor reaches only their actual team) and throws
 * `HttpError(403, "FORBIDDEN")` when the caller may not act.
 *
 * 404 vs 403: employees and plans the caller may not see answer 403 whether they exist or not
 * (a missing employee is indistinguishable from someone else's); only a caller who may see a
 * resource learns that it is missing (404).
 * @module
 */
import { isStoreError, type KinerjaStore, type LocalizedText, type StoredPlan } from "@kinerja/core";
import { forbidden, notFoundError } from "../http/errors.js";
import { everyPage } from "../http/helpers.js";
import type { Principal, Role } from "../http/route.js";

/** The access rules bound to a store (create one per request: it caches team and unit lookups). */
export interface Access {
  /** Self; a supervisor above `nip`; a unit admin of the employee's unit or an ancestor; an auditor. */
  canReadEmployee(p: Principal, nip: string): Promise<void>;
  /** Self only, with the employee role (own plan drafts, activities, realisations). */
  canWriteAsEmployee(p: Principal, nip: string): Promise<void>;
  /** Supervisor role and `nip` in their team (direct or indirect). */
  canSupervise(p: Principal, nip: string): Promise<void>;
  /** Unit admin of `unitId` or one of its ancestors. */
  canAdminUnit(p: Principal, unitId: string): Promise<void>;
  /** Policy admin. */
  canAdminPolicies(p: Principal): Promise<void>;
  /** Auditor. */
  canReadAudit(p: Principal): Promise<void>;
  /** Rejects a principal without a role, or whose only role is auditor (auditors never write). */
  canWrite(p: Principal): Promise<void>;
  /** The plan (404 when missing) after {@link Access.canReadEmployee} on its owner. */
  readablePlan(p: Principal, planId: string): Promise<StoredPlan>;
  /** True when `p` may read `nip` (the non-throwing form of {@link Access.canReadEmployee}). */
  mayReadEmployee(p: Principal, nip: string): Promise<boolean>;
  /** True when `unitId` is `ancestorId` or below it. */
  isUnitWithin(unitId: string, ancestorId: string): Promise<boolean>;
  /** The NIPs below `atasanNip` (direct and indirect). */
  teamOf(atasanNip: string): Promise<ReadonlySet<string>>;
}

/**
 * True when `p` acts as the employee `nip` themselves: the token's `nip` claim is `nip` and it
 * carries the `employee` role (a service account or a policy admin token with a `nip` does not).
 */
export function isSelf(p: Principal, nip: string): boolean {
  return p.nip === nip && hasRole(p, "employee");
}

/** True when `p` carries `role`. */
export function hasRole(p: Principal, role: Role): boolean {
  return p.roles.includes(role);
}

/**
 * The {@link Access} rules over `store`, with lookups cached for the lifetime of the object.
 *
 * @example
 * ```ts
 * const access = createAccess(store, 2024);
 * await access.canSupervise(principal, "199001012015031001");
 * ```
 */
export function createAccess(store: KinerjaStore, tahun: number = new Date().getFullYear()): Access {
  const teams = new Map<string, Promise<ReadonlySet<string>>>();
  const parents = new Map<string, Promise<string | null>>();

  const teamOf = (atasanNip: string): Promise<ReadonlySet<string>> => {
    let hit = teams.get(atasanNip);
    if (!hit) {
      hit = loadTeam(store, atasanNip, tahun);
      teams.set(atasanNip, hit);
    }
    return hit;
  };
  const parentOf = (unitId: string): Promise<string | null> => {
    let hit = parents.get(unitId);
    if (!hit) {
      hit = store.getUnit({ unitId }).then((u) => u?.parentId ?? null);
      parents.set(unitId, hit);
    }
    return hit;
  };
  const isUnitWithin = async (unitId: string, ancestorId: string): Promise<boolean> => {
    let current: string | null = unitId;
    for (let depth = 0; current !== null && depth < 64; depth++) {
      if (current === ancestorId) return true;
      current = await parentOf(current);
    }
    return false;
  };
  const adminsUnit = async (p: Principal, unitId: string): Promise<boolean> =>
    hasRole(p, "unit_admin") && p.unitId !== null && isUnitWithin(unitId, p.unitId);
  const supervises = async (p: Principal, nip: string): Promise<boolean> =>
    hasRole(p, "supervisor") && p.nip !== null && p.nip !== nip && (await teamOf(p.nip)).has(nip);
  const mayReadEmployee = async (p: Principal, nip: string): Promise<boolean> => {
    if (isSelf(p, nip) || hasRole(p, "auditor")) return true;
    if (await supervises(p, nip)) return true;
    if (!hasRole(p, "unit_admin")) return false;
    const employee = await store.getEmployee({ nip });
    return employee !== null && adminsUnit(p, employee.unitId);
  };

  const access: Access = {
    async canReadEmployee(p, nip) {
      if (!(await mayReadEmployee(p, nip))) throw forbidden(T.readEmployee);
    },
    async canWriteAsEmployee(p, nip) {
      if (!isSelf(p, nip)) throw forbidden(T.self);
    },
    async canSupervise(p, nip) {
      if (!(await supervises(p, nip))) throw forbidden(T.supervise);
    },
    async canAdminUnit(p, unitId) {
      if (!(await adminsUnit(p, unitId))) throw forbidden(T.adminUnit);
    },
    async canAdminPolicies(p) {
      if (!hasRole(p, "policy_admin")) throw forbidden(T.policyAdmin);
    },
    async canReadAudit(p) {
      if (!hasRole(p, "auditor")) throw forbidden(T.auditor);
    },
    async canWrite(p) {
      if (p.roles.every((r) => r === "auditor")) throw forbidden(p.roles.length === 0 ? T.noRole : T.auditorWrite);
    },
    async readablePlan(p, planId) {
      const plan = await store.getPlan({ planId });
      if (!plan) throw notFoundError("plan", planId);
      await access.canReadEmployee(p, plan.nip);
      return plan;
    },
    mayReadEmployee,
    isUnitWithin,
    teamOf,
  };
  return access;
}

async function loadTeam(store: KinerjaStore, atasanNip: string, tahun: number): Promise<ReadonlySet<string>> {
  try {
    const members = await everyPage((page) => store.listTeam({ atasanNip, tahun, scope: "all", ...page }));
    return new Set(members.map((m) => m.employee.nip));
  } catch (error) {
    if (isStoreError(error) && error.reason === "not_found") return new Set();
    throw error;
  }
}

const T: Readonly<Record<string, LocalizedText>> = {
  readEmployee: { id: "Anda tidak berwenang melihat data pegawai ini", en: "You may not see this employee's data" },
  self: { id: "Hanya pegawai yang bersangkutan yang boleh melakukan ini", en: "Only the employee themselves may do this" },
  supervise: { id: "Hanya atasan pegawai ini yang boleh melakukan ini", en: "Only this employee's supervisor may do this" },
  adminUnit: { id: "Hanya admin unit ini (atau unit induknya) yang boleh melakukan ini", en: "Only an admin of this unit (or a parent unit) may do this" },
  policyAdmin: { id: "Hanya admin kebijakan yang boleh melakukan ini", en: "Only a policy admin may do this" },
  auditor: { id: "Hanya auditor yang boleh melihat log audit", en: "Only an auditor may read the audit log" },
  auditorWrite: { id: "Token auditor hanya boleh membaca", en: "Auditor tokens are read-only" },
  noRole: { id: "Token tanpa peran tidak boleh mengubah data", en: "A token without a role may not change data" },
};

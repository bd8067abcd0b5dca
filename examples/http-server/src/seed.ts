/**
 * Demo data: the Belawan example (reused from `@kinerja/example-demo`), the default policy, and
 * the demo accounts the login screen offers (derived from the stored employees and units).
 * @module
 */
import type { KinerjaStore, StoredEmployee, StoredUnit } from "@kinerja/core";
import { compilePreset } from "@kinerja/presets";
import { belawanPolicy, loadUnits, scorePlans } from "@kinerja/example-demo/demo";
import { storeDemo, type StoreSummary } from "@kinerja/example-demo/store";
import { isUnitHead } from "./domain/evaluate-plan.js";
import { BELAWAN_POLICY_ID, FALLBACK_POLICY_ID, newestPublished } from "./domain/policy-cache.js";
import { everyPage } from "./http/helpers.js";
import type { Principal, Role } from "./http/route.js";

/** The root unit of the Belawan example. */
export const ROOT_UNIT_ID = "PEMKOT-MEDAN";

/** A demo account: an employee (by NIP) or a service account. */
export interface DemoAccount {
  /** What `POST /dev/login` takes: a NIP or `admin-unit`, `admin-kota`, `admin-kebijakan`, `auditor`. */
  readonly account: string;
  readonly nama: string;
  readonly roles: readonly Role[];
  readonly nip: string | null;
  readonly unitId: string | null;
}

/** True when the store holds no unit yet (a fresh database). */
export async function isEmpty(store: KinerjaStore): Promise<boolean> {
  return (await store.listUnits({ limit: 1 })).items.length === 0;
}

/** Writes the Belawan example into an empty store (policy, units, employees, plans, evaluations). */
export async function seedBelawan(store: KinerjaStore): Promise<StoreSummary> {
  const policy = belawanPolicy();
  return storeDemo(store, policy, loadUnits(), scorePlans(policy));
}

/** Publishes the PermenPANRB 6/2022 preset when neither it nor the Belawan policy is published. */
export async function ensureDefaultPolicy(store: KinerjaStore, actor = "system"): Promise<void> {
  if ((await newestPublished(store, BELAWAN_POLICY_ID)) || (await newestPublished(store, FALLBACK_POLICY_ID))) return;
  const preset = compilePreset(FALLBACK_POLICY_ID);
  const draft = await store.savePolicyDraft({ actor, document: preset.document, idempotencyKey: `default-policy-${preset.hash}` });
  await store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: draft.policyVersion, expectedRowVersion: draft.rowVersion });
}

/** The demo accounts of the stored data: every employee, plus the service accounts. */
export async function demoAccounts(store: KinerjaStore): Promise<DemoAccount[]> {
  const employees = await everyPage((page) => store.listEmployees(page));
  const units = await everyPage((page) => store.listUnits(page));
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  const supervisors = new Set(employees.flatMap((e) => (e.atasanNip ? [e.atasanNip] : [])));
  const people = employees.map((e) => employeeAccount(e, supervisors.has(e.nip), isHead(e, byNip)));
  return [...serviceAccounts(units), ...people];
}

/** The principal of a demo account, or `null` when there is no such account. */
export async function findAccount(store: KinerjaStore, account: string): Promise<Principal | null> {
  const found = (await demoAccounts(store)).find((a) => a.account === account);
  return found ? { sub: found.account, nip: found.nip, roles: found.roles, unitId: found.unitId } : null;
}

function employeeAccount(e: StoredEmployee, supervises: boolean, head: boolean): DemoAccount {
  const roles: Role[] = ["employee"];
  if (supervises) roles.push("supervisor");
  if (head) roles.push("unit_admin");
  return { account: e.nip, nama: e.nama, roles, nip: e.nip, unitId: head ? e.unitId : null };
}

/** A unit head (see {@link isUnitHead}), their supervisor looked up among the seeded employees. */
function isHead(e: StoredEmployee, byNip: ReadonlyMap<string, StoredEmployee>): boolean {
  return isUnitHead(e, e.atasanNip === null ? null : byNip.get(e.atasanNip));
}

function serviceAccounts(units: readonly StoredUnit[]): DemoAccount[] {
  const root = units.find((u) => u.unitId === ROOT_UNIT_ID) ?? units.find((u) => u.parentId === null);
  const firstChild = units.find((u) => root !== undefined && u.parentId === root.unitId) ?? root;
  const out: DemoAccount[] = [
    { account: "admin-kebijakan", nama: "Admin Kebijakan", roles: ["policy_admin"], nip: null, unitId: null },
    { account: "auditor", nama: "Auditor", roles: ["auditor"], nip: null, unitId: null },
  ];
  if (root) out.unshift({ account: "admin-kota", nama: `Admin ${root.nama}`, roles: ["unit_admin"], nip: null, unitId: root.unitId });
  if (firstChild) out.unshift({ account: "admin-unit", nama: `Admin ${firstChild.nama}`, roles: ["unit_admin"], nip: null, unitId: firstChild.unitId });
  return out;
}

/**
 * The logged-in session: who the caller is (GET /me), the year being looked at, and the
 * default year (the newest of the last few years that holds data for the caller).
 * @module
 */
import { api, seg, setToken } from "./api.js";
import { arr, numField, obj } from "./json.js";
import { readEmployee, readPrincipal } from "./records.js";
import type { Employee, Principal } from "./records.js";

/** The caller and what the screens need about them. */
export interface Session {
  readonly principal: Principal;
  readonly employee: Employee | null;
  readonly teamSize: number;
  /** The year on screen. */
  tahun: number;
}

const YEAR_KEY = "kinerja.tahun";

/** Loads the session of the stored token (GET /me). */
export async function loadSession(): Promise<Session> {
  const me = obj((await api("GET", "/me")).body);
  const principal = readPrincipal("principal" in me ? me["principal"] : me);
  const employee = readEmployee(me["employee"]);
  const team = me["team"];
  const teamSize = numField(me, "teamSize") ?? numField(obj(team), "size") ?? (Array.isArray(team) ? team.length : arr(me, "members").length);
  const session: Session = { principal, employee, teamSize, tahun: new Date().getFullYear() };
  session.tahun = storedYear() ?? (await probeYear(session));
  return session;
}

/** Forgets the token and the year. */
export function logout(): void {
  setToken(null);
  try {
    sessionStorage.removeItem(YEAR_KEY);
  } catch {
    // nothing stored
  }
}

/** Changes and remembers the year on screen. */
export function setYear(session: Session, tahun: number): void {
  session.tahun = tahun;
  try {
    sessionStorage.setItem(YEAR_KEY, String(tahun));
  } catch {
    // kept in memory only
  }
}

/** Whether the caller holds `role`. */
export function hasRole(session: Session, role: string): boolean {
  return session.principal.roles.includes(role);
}

/** The years offered in the year picker: three back, one ahead, and the current choice. */
export function yearChoices(session: Session): readonly number[] {
  const now = new Date().getFullYear();
  const years = new Set([now + 1, now, now - 1, now - 2, now - 3, session.tahun]);
  return [...years].sort((a, b) => b - a);
}

function storedYear(): number | null {
  try {
    const v = Number(sessionStorage.getItem(YEAR_KEY));
    return Number.isInteger(v) && v >= 2000 ? v : null;
  } catch {
    return null;
  }
}

/** The newest of this year and the three before it with a plan (employees) or a distribution (unit admins). */
async function probeYear(session: Session): Promise<number> {
  const now = new Date().getFullYear();
  const { nip, unitId } = session.principal;
  for (let tahun = now; tahun >= now - 3; tahun -= 1) {
    if (nip && (await exists(`/employees/${seg(nip)}/plans/${tahun}`))) return tahun;
    if (!nip && unitId && (await hasHeadcount(unitId, tahun))) return tahun;
  }
  return now;
}

async function exists(path: string): Promise<boolean> {
  try {
    await api("GET", path);
    return true;
  } catch {
    return false;
  }
}

async function hasHeadcount(unitId: string, tahun: number): Promise<boolean> {
  try {
    const body = obj((await api("GET", `/units/${seg(unitId)}/distribution`, { query: { tahun } })).body);
    const check = obj(body["check"] ?? body);
    return (numField(check, "headcount") ?? numField(body, "headcount") ?? 0) > 0;
  } catch {
    return false;
  }
}

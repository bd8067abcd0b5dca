/**
 * Validation of a cohort's members: every problem is collected with its path (members without an
 * id, duplicate ids, unknown predikat, scores that are not finite numbers, unknown ratings, a
 * missing unit where one is required).
 * @module
 */
import { RATING_EKSPEKTASI } from "../development/strengths-types.js";
import type { Issue, IssuePath } from "../errors.js";
import { CM } from "../i18n/cohort-messages.js";
import { checkText, checkUnique, isRec, own, report, show, type Rec } from "./input-issues.js";

/** What {@link collectMemberIssues} checks beyond the shape of each member. */
export interface MemberCheckOptions {
  /** The known categories: a `predikat` outside them is reported. */
  readonly categories?: readonly string[] | undefined;
  /** Every member must name its `unit` (agency-wide calibration). */
  readonly requireUnit?: boolean;
}

/** Collects the problems of a member list at `path`; true when the list itself is an array. */
export function collectMemberIssues(value: unknown, path: IssuePath, issues: Issue[], options: MemberCheckOptions = {}): boolean {
  if (!Array.isArray(value)) {
    report(issues, path, value === undefined ? CM.required : CM.notList, { actual: show(value) });
    return false;
  }
  const ids = new Map<string, number>();
  value.forEach((member, i) => collectMember(member, [...path, i], i, issues, ids, options));
  return true;
}

function collectMember(member: unknown, path: IssuePath, index: number, issues: Issue[], ids: Map<string, number>, options: MemberCheckOptions): void {
  if (!isRec(member)) {
    report(issues, path, CM.notObject, { actual: show(member) });
    return;
  }
  const id = own(member, "id");
  if (checkText(id, [...path, "id"], issues)) checkUnique(id, index, ids, [...path, "id"], issues);
  const predikat = own(member, "predikat");
  const categories = options.categories;
  if (checkText(predikat, [...path, "predikat"], issues) && categories && !categories.includes(predikat)) {
    report(issues, [...path, "predikat"], CM.unknownCategory, { value: predikat, allowed: categories.join(", ") });
  }
  const skor = own(member, "skor");
  if (skor !== undefined && (typeof skor !== "number" || !Number.isFinite(skor))) report(issues, [...path, "skor"], CM.notNumber, { actual: show(skor) });
  collectRating(member, "ratingHasilKerja", path, issues);
  collectRating(member, "ratingPerilaku", path, issues);
  const unit = own(member, "unit");
  if (unit !== undefined || options.requireUnit === true) checkText(unit, [...path, "unit"], issues);
}

function collectRating(member: Rec, key: string, path: IssuePath, issues: Issue[]): void {
  const rating = own(member, key);
  if (rating === undefined || (typeof rating === "string" && (RATING_EKSPEKTASI as readonly string[]).includes(rating))) return;
  report(issues, [...path, key], CM.notRating, { values: RATING_EKSPEKTASI.join(" | "), actual: show(rating) });
}

/**
 * Law `calibration-compliance`: for generated cohorts (members with predikat, scores and ratings)
 * and every organisation predikat, with the constraints the policy's own quota (`kuota`) decision
 * gives for that headcount: when `checkDistribution` says a compliant distribution exists,
 * accepting every change of `proposeCalibration` makes the cohort comply (`applyCalibration`,
 * then `checkDistribution`), and the proposal changes exactly as many people as a brute-force
 * search over the members finds necessary; when none exists, the proposal is `TIDAK_LAYAK` and
 * changes nobody.
 * @module
 */
import * as fc from "fast-check";
import { applyCalibration, checkDistribution, proposeCalibration, type CohortMember, type CountConstraint, type DistributionConstraints, type LocalizedText } from "@kinerja/core";
import { cohortArbitrary } from "../arbitraries/domain.js";
import { LawViolation, runProperty, type LawContext, type LawDefinition } from "./context.js";
import type { DistributionProfile, LawResult } from "./types.js";

/** The largest generated cohort (the brute-force minimum grows fast). */
const MAX_COHORT = 7;

/** The calibration-compliance law. */
export const calibrationLaw: LawDefinition = {
  id: "calibration-compliance",
  notApplicable: (ctx) =>
    ctx.profile.distribution ? undefined : { id: "Kebijakan tidak memiliki keputusan distribusi (kuota) predikat.", en: "The policy has no predikat distribution (kuota) decision." },
  run(ctx: LawContext): LawResult {
    const profile = ctx.profile.distribution as DistributionProfile;
    const organisation = ctx.policy.document.inputs[profile.organisation];
    const categories = ctx.policy.document.constants?.[profile.categories] as readonly string[];
    const organisations = organisation?.type === "enum" ? organisation.values : [];
    const caseArb = fc.record({ organisation: fc.constantFrom(...organisations), members: cohortArbitrary({ size: { min: 1, max: MAX_COHORT }, categories }) });
    const passed = {
      id: "Usulan kalibrasi membuat kohort patuh dengan perubahan paling sedikit bila distribusi patuh mungkin, dan TIDAK_LAYAK bila tidak.",
      en: "Calibration proposals make the cohort comply with the fewest changes when a compliant distribution exists, and are TIDAK_LAYAK otherwise.",
    };
    return runProperty("calibration-compliance", ctx, caseArb, ({ organisation: org, members }) => {
      const constraints = constraintsFor(ctx, profile, org, members.length);
      const check = checkDistribution(members, constraints);
      const proposal = proposeCalibration({ members, constraints });
      if (!check.feasibility.feasible) {
        if (proposal.status !== "TIDAK_LAYAK" || proposal.changes.length > 0) fail({ id: `Distribusi mustahil (${org}, N=${members.length}) tetapi usulan berstatus ${proposal.status}.`, en: `No compliant distribution (${org}, N=${members.length}) but the proposal is ${proposal.status}.` });
        return;
      }
      const after = applyCalibration(members, proposal, proposal.changes.map((c) => c.id));
      if (!checkDistribution(after, constraints).compliant) fail({ id: `Setelah ${proposal.changes.length} perubahan kohort (${org}, N=${members.length}) masih melanggar.`, en: `After ${proposal.changes.length} changes the cohort (${org}, N=${members.length}) still violates its constraints.` });
      const minimum = bruteMinimumChanges(members, constraints);
      if (minimum !== proposal.changes.length) fail({ id: `Usulan mengubah ${proposal.changes.length} orang, padahal cukup ${minimum} (${org}, N=${members.length}).`, en: `The proposal changes ${proposal.changes.length} people where ${minimum} suffice (${org}, N=${members.length}).` });
    }, passed);
  },
};

function fail(text: LocalizedText): never {
  throw new LawViolation(text, ["decisions"]);
}

interface Quota {
  readonly kode: string;
  readonly jenis: string;
  readonly batas: number;
}

interface Rule {
  readonly predikatOrganisasi: string;
  readonly kode: string;
  readonly jenis: string;
  readonly predikat: readonly string[];
  readonly keterangan: LocalizedText;
}

/** The constraints of one unit, read from the policy's quota output and its rules constant. */
function constraintsFor(ctx: LawContext, profile: DistributionProfile, organisation: string, headcount: number): DistributionConstraints {
  const outputs = ctx.policy.score({ [profile.organisation]: organisation, [profile.headcount]: headcount }).outputs;
  const quota = (outputs[profile.quota] ?? []) as unknown as readonly Quota[];
  const constants = ctx.policy.document.constants ?? {};
  const rules = constants[profile.rules] as unknown as readonly Rule[];
  const categories = constants[profile.categories] as unknown as readonly string[];
  const constraints = quota.map((q): CountConstraint => {
    const rule = rules.find((r) => (r.predikatOrganisasi === organisation || r.predikatOrganisasi === "SEMUA") && r.kode === q.kode && r.jenis === q.jenis);
    const limit = q.jenis === "MAX" ? { max: q.batas } : { min: q.batas };
    return { id: `${q.kode}:${q.jenis}`, categories: rule?.predikat ?? [q.kode], ...limit, label: rule?.keterangan ?? { id: q.kode, en: q.kode } };
  });
  return { categories, constraints };
}

/** The fewest members whose predikat must change to comply, by brute force over the members (undefined when impossible). */
export function bruteMinimumChanges(members: readonly CohortMember[], constraints: DistributionConstraints): number | undefined {
  const complies = (list: readonly CohortMember[]): boolean =>
    constraints.constraints.every((k) => {
      const count = list.filter((m) => k.categories.includes(m.predikat)).length;
      return count >= (k.min ?? 0) && count <= (k.max ?? Infinity);
    });
  const assign = (chosen: readonly number[], at: number, current: CohortMember[]): boolean => {
    if (at === chosen.length) return complies(current);
    const i = chosen[at] as number;
    const original = current[i] as CohortMember;
    for (const c of constraints.categories) {
      if (c === original.predikat) continue;
      current[i] = { ...original, predikat: c };
      if (assign(chosen, at + 1, current)) return true;
    }
    current[i] = original;
    return false;
  };
  const subsets = function* (size: number, start: number, acc: number[]): Generator<number[]> {
    if (acc.length === size) return void (yield acc);
    for (let i = start; i < members.length; i++) yield* subsets(size, i + 1, [...acc, i]);
  };
  for (let d = 0; d <= members.length; d++) for (const chosen of subsets(d, 0, [])) if (assign(chosen, 0, [...members])) return d;
  return undefined;
}

/**
 * `kinerja test <policy|preset>`: runs the policy's golden cases (`runGoldenCases`) and the
 * published property laws of `@kinerja/testing` (`runPolicyLaws`: bounds, monotonicity,
 * zero-weight, permutation, determinism, round-trip, table completeness and exclusivity,
 * calibration compliance). Exit 0 when everything passes, 1 when a case or a law fails, 2 for
 * unusable input.
 * @module
 */
import { formatValue, localize, runGoldenCases, type CaseResult, type CompiledPolicy, type Lang } from "@kinerja/core";
import { PRESET_LAW_PROFILES, runPolicyLaws, type LawResult } from "@kinerja/testing";
import type { CliIo, ExitCode } from "../io.js";
import { choiceOption, integerOption, parseCommandArgs, stringOption } from "../internal/args.js";
import { CliError } from "../internal/cli-error.js";
import { helpOr } from "../internal/help.js";
import { pathText } from "../internal/issue-report.js";
import { compileSource, readPolicySource } from "../internal/load-policy.js";
import { Output } from "../internal/output.js";
import { fill, say } from "../internal/text.js";

const DEFAULT_RUNS = 200;
const DEFAULT_SEED = 20220203;

/** Runs `kinerja test`. */
export async function testCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const spec = { runs: { type: "string" }, seed: { type: "string" }, format: { type: "string", short: "f" }, profile: { type: "string" } } as const;
  const args = parseCommandArgs(argv, spec, { min: 1, max: 1, names: "<kebijakan|preset>" });
  const help = helpOr("test", args, io);
  if (help !== undefined) return help;
  const lang = args.lang;
  const source = readPolicySource(io, args.positionals[0] as string);
  const policy = compileSource(source);
  const numRuns = integerOption(args, "runs", DEFAULT_RUNS, 1) as number;
  const seed = integerOption(args, "seed", DEFAULT_SEED, 0) as number;
  const profileId = stringOption(args, "profile") ?? policy.id;
  if (stringOption(args, "profile") !== undefined && !Object.hasOwn(PRESET_LAW_PROFILES, profileId)) {
    throw new CliError("USAGE", fill({ id: "Profil hukum tidak dikenal '{p}': pilih {all}", en: "Unknown law profile '{p}': choose {all}" }, { p: profileId, all: Object.keys(PRESET_LAW_PROFILES).join(", ") }));
  }
  const profile = Object.hasOwn(PRESET_LAW_PROFILES, profileId) ? PRESET_LAW_PROFILES[profileId] : undefined;
  const cases = runGoldenCases(policy);
  const laws = runPolicyLaws(policy, { numRuns, seed, ...(profile ? { profile } : {}) });
  const failed = cases.some((c) => !c.ok) || laws.some((l) => l.status === "failed");
  const out = new Output(io.stdout);
  if (choiceOption(args, "format", ["text", "json"] as const, "text") === "json") {
    out.line(JSON.stringify({ policy: { id: policy.id, version: policy.version, hash: policy.hash }, ok: !failed, numRuns, seed, cases: cases.map(caseJson), laws: laws.map((l) => ({ ...l, message: localize(l.message, lang) })) }, null, 2));
  } else {
    render(out, { label: source.label, policy, cases, laws, numRuns, seed, failed }, lang);
  }
  await out.flush();
  return failed ? 1 : 0;
}

interface Report {
  readonly label: string;
  readonly policy: CompiledPolicy;
  readonly cases: readonly CaseResult[];
  readonly laws: readonly LawResult[];
  readonly numRuns: number;
  readonly seed: number;
  readonly failed: boolean;
}

const STATUS = {
  passed: { id: "lulus", en: "passed" },
  failed: { id: "GAGAL", en: "FAILED" },
  "not-applicable": { id: "tidak berlaku", en: "not applicable" },
} as const;

function render(out: Output, r: Report, lang: Lang): void {
  const t = (id: string, en: string, params: Record<string, unknown> = {}): string => say(lang, { id, en }, params);
  out.line(t("Kebijakan: {id} v{version} ({label})", "Policy: {id} v{version} ({label})", { id: r.policy.id, version: r.policy.version, label: r.label }));
  out.line("");
  const passed = r.cases.filter((c) => c.ok).length;
  out.line(t("Kasus emas: {p} dari {n} lulus", "Golden cases: {p} of {n} passed", { p: passed, n: r.cases.length }));
  for (const c of r.cases.filter((x) => !x.ok)) for (const line of caseLines(c, lang)) out.line(line);
  out.line("");
  out.line(t("Hukum properti ({runs} percobaan, seed {seed}):", "Property laws ({runs} runs, seed {seed}):", { runs: r.numRuns, seed: r.seed }));
  const width = Math.max(...Object.values(STATUS).map((s) => localize(s, lang).length));
  for (const l of r.laws) {
    out.line(`  ${localize(STATUS[l.status], lang).padEnd(width)}  ${l.law.padEnd(22)} ${localize(l.message, lang)}`);
    if (l.status === "failed" && l.path) out.line(`      ${t("lokasi", "at")}: ${pathText(l.path)}`);
    if (l.status === "failed" && l.counterexample !== undefined) out.line(`      ${t("contoh penyangkal", "counterexample")}: ${truncate(JSON.stringify(l.counterexample) ?? String(l.counterexample), 400)}`);
  }
  out.line("");
  out.line(r.failed ? t("Hasil: GAGAL", "Result: FAILED") : t("Hasil: LULUS", "Result: PASSED"));
}

function caseLines(c: CaseResult, lang: Lang): string[] {
  const head = `  ${localize(STATUS.failed, lang)}  ${c.name}`;
  if (c.error) return [head, `      [${c.error.code}] ${localize(c.error.text, lang)}`];
  return [head, ...c.mismatches.map((m) => `      ${m.output}: ${say(lang, { id: "diharapkan {e}, didapat {a}", en: "expected {e}, got {a}" }, { e: formatValue(m.expected), a: formatValue(m.actual) })}`)];
}

function caseJson(c: CaseResult): Record<string, unknown> {
  return { name: c.name, ok: c.ok, mismatches: c.mismatches, ...(c.error ? { error: { code: c.error.code, text: c.error.text } } : {}) };
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

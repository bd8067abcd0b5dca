/**
 * Loading the policy a command runs: a file (JSON or YAML, validated with positions) or a preset
 * id of `@kinerja/presets` (`nasional` is the regime set that picks the regime in force on
 * `--date`). An invalid policy, an unknown preset or a date no version covers is exit 2.
 * @module
 */
import { createPolicySet, isKinerjaError, selectVersion, validatePolicy, compilePolicy, type CompiledPolicy, type Lang } from "@kinerja/core";
import { compilePreset, isPresetId, nasional, PRESET_IDS, PRESETS } from "@kinerja/presets";
import type { CliIo } from "../io.js";
import { CliError } from "./cli-error.js";
import { closest } from "./closest.js";
import { isFile, loadSourceFile } from "./files.js";
import { renderIssue } from "./issue-report.js";
import { locateIssues } from "./schema-hints.js";
import type { SourceDocument } from "./source-document.js";
import { fill } from "./text.js";

/** A policy document and where it came from. */
export interface PolicySource {
  /** The file name as given, or `preset:<id>`. */
  readonly label: string;
  readonly document: unknown;
  /** The parsed file with positions (absent for presets). */
  readonly source?: SourceDocument;
}

/** Reads a policy document from a file, or a preset by id (when no such file exists). */
export function readPolicySource(io: CliIo, spec: string): PolicySource {
  if (!isFile(io, spec) && looksLikeId(spec)) {
    if (isPresetId(spec)) return { label: `preset:${spec}`, document: PRESETS[spec] };
    throw unknownPreset(spec);
  }
  const source = loadSourceFile(io, spec);
  return { label: spec, document: source.value, source };
}

/** Reads and compiles the policy a command runs; with `date`, the version in force on that date. */
export function loadPolicy(io: CliIo, specs: readonly string[], date: string | undefined): CompiledPolicy {
  if (specs.length === 1 && specs[0] === "nasional") return inForce(() => selectVersion(nasional(), date ?? today()));
  const compiled = specs.map((spec) => compileSource(readPolicySource(io, spec)));
  if (date === undefined) {
    if (compiled.length > 1) throw new CliError("USAGE", { id: "Beberapa --policy memerlukan --date untuk memilih versi yang berlaku", en: "Several --policy files need --date to pick the version in force" });
    return compiled[0] as CompiledPolicy;
  }
  return inForce(() => selectVersion(createPolicySet(compiled.map((p) => p.document)), date));
}

/** Compiles a policy source; an invalid policy is exit 2 with every issue located. */
export function compileSource(policy: PolicySource): CompiledPolicy {
  if (policy.label.startsWith("preset:")) return compilePreset(policy.label.slice("preset:".length) as Parameters<typeof compilePreset>[0]);
  const result = validatePolicy(policy.document);
  if (!result.ok) {
    throw new CliError("POLICY_INVALID", fill({ id: "Kebijakan {file} tidak sah: {count} kesalahan (periksa dengan `kinerja validate {file}`)", en: "The policy {file} is invalid: {count} error(s) (check it with `kinerja validate {file}`)" }, { file: policy.label, count: result.errors.length }), {
      details: (lang: Lang) => (policy.source ? locateIssues(policy.source, result.errors).flatMap((l) => renderIssue(policy.label, policy.source as SourceDocument, l, lang)) : []),
    });
  }
  return compilePolicy(policy.document);
}

function inForce(select: () => CompiledPolicy): CompiledPolicy {
  try {
    return select();
  } catch (error) {
    if (isKinerjaError(error)) throw new CliError("INPUT_INVALID", error.text, { cause: error });
    throw error;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A preset id has no path separator and no file extension. */
function looksLikeId(spec: string): boolean {
  return !/[\\/]/.test(spec) && !/\.(json|ya?ml)$/i.test(spec);
}

/** The error for a spec that is neither a file nor a preset, with the closest preset id. */
export function unknownPreset(spec: string): CliError {
  const near = closest(spec, [...PRESET_IDS, "nasional"]);
  const hint = near === undefined ? { id: "", en: "" } : fill({ id: " Mungkin maksud Anda '{near}'?", en: " Did you mean '{near}'?" }, { near });
  return new CliError("UNKNOWN_PRESET", fill({ id: "Bukan berkas dan bukan preset yang dikenal: '{spec}'.{hid} Preset: {all}", en: "Neither a file nor a known preset: '{spec}'.{hen} Presets: {all}" }, { spec, hid: hint.id, hen: hint.en, all: PRESET_IDS.join(", ") }));
}

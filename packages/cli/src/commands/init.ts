/**
 * `kinerja init <preset-id>`: scaffolds an agency policy from a preset — the preset document with
 * `$schema` for editor autocompletion, the agency's own id, version 1 and its golden cases, as
 * JSON or YAML (by the output's extension). Never overwrites a file without `--force`.
 * @module
 */
import { existsSync, writeFileSync } from "node:fs";
import { POLICY_SCHEMA_ID, type PolicyDocument } from "@kinerja/core";
import { isPresetId, PRESETS } from "@kinerja/presets";
import { stringify } from "yaml";
import type { CliIo, ExitCode } from "../io.js";
import { flag, parseCommandArgs, stringOption } from "../internal/args.js";
import { CliError } from "../internal/cli-error.js";
import { resolveFile } from "../internal/files.js";
import { helpOr } from "../internal/help.js";
import { unknownPreset } from "../internal/load-policy.js";
import { formatOf } from "../internal/source-document.js";
import { fill, say } from "../internal/text.js";

/** Runs `kinerja init`. */
export async function initCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseCommandArgs(argv, { id: { type: "string" }, output: { type: "string", short: "o" }, force: { type: "boolean" } }, { min: 1, max: 1, names: "<preset-id>" });
  const help = helpOr("init", args, io);
  if (help !== undefined) return help;
  const presetId = args.positionals[0] as string;
  if (!isPresetId(presetId)) throw unknownPreset(presetId);
  const preset = PRESETS[presetId as keyof typeof PRESETS];
  const id = stringOption(args, "id") ?? `${presetId}-instansi`;
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) throw new CliError("USAGE", fill({ id: "--id hanya boleh huruf kecil, angka, '.', '_' atau '-': '{id}'", en: "--id may only hold lower-case letters, digits, '.', '_' or '-': '{id}'" }, { id }));
  const output = stringOption(args, "output") ?? `${id}.json`;
  const path = resolveFile(io, output);
  if (existsSync(path) && !flag(args, "force")) throw new CliError("OUTPUT_EXISTS", fill({ id: "{file} sudah ada (pakai --force untuk menimpa)", en: "{file} already exists (use --force to overwrite)" }, { file: output }));
  const document = scaffold(preset, id, presetId);
  writeFileSync(path, formatOf(output) === "yaml" ? stringify(document, { lineWidth: 0 }) : `${JSON.stringify(document, null, 2)}\n`);
  io.stdout.write(`${say(args.lang, { id: "Kebijakan {id} dibuat dari preset {preset}: {file}\nLangkah berikut: kinerja validate {file} && kinerja test {file}", en: "Policy {id} scaffolded from the preset {preset}: {file}\nNext: kinerja validate {file} && kinerja test {file}" }, { id, preset: presetId, file: output })}\n`);
  return 0;
}

/** The preset as an agency's own policy: `$schema` first, a new id and version, a title that names its origin. */
function scaffold(preset: PolicyDocument, id: string, presetId: string): PolicyDocument {
  const { $schema: _schema, id: _id, version: _version, title, ...rest } = preset;
  return {
    $schema: POLICY_SCHEMA_ID,
    id,
    version: "1",
    title: { id: `${title.id} (instansi, dari preset ${presetId})`, en: `${title.en} (agency, from the preset ${presetId})` },
    ...rest,
  };
}

/**
 * `kinerja schema [--output file]`: the JSON Schema of policy documents (draft 2020-12, id
 * `POLICY_SCHEMA_ID`), for editor autocompletion through `"$schema"`.
 * @module
 */
import { writeFileSync } from "node:fs";
import { policyJsonSchema, POLICY_SCHEMA_ID } from "@kinerja/core";
import type { CliIo, ExitCode } from "../io.js";
import { parseCommandArgs, stringOption } from "../internal/args.js";
import { resolveFile } from "../internal/files.js";
import { helpOr } from "../internal/help.js";
import { say } from "../internal/text.js";

/** Runs `kinerja schema`. */
export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseCommandArgs(argv, { output: { type: "string", short: "o" } }, { min: 0, max: 0, names: "(tanpa argumen / no arguments)" });
  const help = helpOr("schema", args, io);
  if (help !== undefined) return help;
  const text = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
  const output = stringOption(args, "output");
  if (output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  writeFileSync(resolveFile(io, output), text);
  io.stderr.write(`${say(args.lang, { id: "JSON Schema ({schemaId}) ditulis ke {file}", en: "JSON Schema ({schemaId}) written to {file}" }, { schemaId: POLICY_SCHEMA_ID, file: output })}\n`);
  return 0;
}

/**
 * `runCli`: the whole `kinerja` command line as a function of its arguments and an injected
 * environment (streams, terminal flag, working directory), returning the exit code.
 * @module
 */
import { localize, toKinerjaError } from "@kinerja/core";
import type { CliIo, CommandFunction, ExitCode } from "./io.js";
import { langOf } from "./internal/args.js";
import { CliError } from "./internal/cli-error.js";
import { closest } from "./internal/closest.js";
import { COMMAND_NAMES, HELP } from "./internal/help.js";
import { fill } from "./internal/text.js";
import { calibrateCommand } from "./commands/calibrate.js";
import { diffCommand } from "./commands/diff.js";
import { explainCommand } from "./commands/explain.js";
import { initCommand } from "./commands/init.js";
import { schemaCommand } from "./commands/schema.js";
import { scoreCommand } from "./commands/score.js";
import { testCommand } from "./commands/test.js";
import { validateCommand } from "./commands/validate.js";

const COMMANDS: Readonly<Record<string, CommandFunction>> = {
  validate: validateCommand,
  score: scoreCommand,
  explain: explainCommand,
  diff: diffCommand,
  calibrate: calibrateCommand,
  test: testCommand,
  schema: schemaCommand,
  init: initCommand,
};

/**
 * Runs the `kinerja` command line: `argv` without the node and script paths. Never throws:
 * problems are written to `io.stderr` and reflected in the exit code (0 ok, 1 problems found,
 * 2 unusable input).
 *
 * @example
 * ```ts
 * const code = await runCli(["validate", "policy.yaml", "--lang", "en"], { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${localize(HELP["overview"] as { id: string; en: string }, lang)}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = closest(name, COMMAND_NAMES);
    const text = fill({ id: "Perintah tidak dikenal '{name}'{hid} Lihat: kinerja --help", en: "Unknown command '{name}'{hen} See: kinerja --help" }, { name, hid: near ? ` — mungkin maksud Anda '${near}'?` : ".", hen: near ? ` — did you mean '${near}'?` : "." });
    io.stderr.write(`kinerja: ${localize(text, lang)}\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    return report(error, io, lang);
  }
}

/** The package version, printed by `kinerja --version`. */
export const VERSION: string = "0.1.0";

function report(error: unknown, io: CliIo, lang: "id" | "en"): ExitCode {
  if (error instanceof CliError) {
    const details = error.details(lang);
    io.stderr.write([...details, `kinerja: ${localize(error.text, lang)}`].join("\n") + "\n");
    return error.exitCode;
  }
  const k = toKinerjaError(error);
  io.stderr.write(`kinerja: [${k.code}] ${localize(k.text, lang)}\n`);
  return 2;
}

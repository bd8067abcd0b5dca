/** Runs the CLI in-process with captured streams. */
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli, type ExitCode } from "../../src/index.js";

export const FIXTURES: string = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const REPO: string = fileURLToPath(new URL("../../../../", import.meta.url));

export interface RunResult {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(argv: readonly string[], options: { stdin?: string; isTTY?: boolean; cwd?: string } = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([options.stdin]) }),
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? FIXTURES,
  });
  return { code, stdout, stderr };
}

/**
 * What the CLI talks to: the output streams, the input stream, whether stderr is a terminal and
 * the working directory. `runCli` takes them injected, so tests run every command in-process.
 * @module
 */

/** A stream the CLI writes text to (`process.stdout`, or any sink in tests). */
export interface CliWritable {
  write(chunk: string): boolean | void;
  /** When `write` returns false the CLI waits for `drain` before writing more (backpressure). */
  once?(event: "drain", listener: () => void): unknown;
}

/** The environment of one CLI run. */
export interface CliIo {
  readonly stdout: CliWritable;
  readonly stderr: CliWritable;
  /** Read for `--input -`; absent means no standard input. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** True when stderr is a terminal: batches then draw a progress bar there (unless `--quiet`). */
  readonly isTTY?: boolean;
  /** Relative paths resolve against this directory (`process.cwd()` by default). */
  readonly cwd?: string;
}

/** The exit code of a command: 0 ok, 1 problems found, 2 unusable input. */
export type ExitCode = 0 | 1 | 2;

/** A command: its arguments (after the command name) and the environment, resolving to the exit code. */
export type CommandFunction = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

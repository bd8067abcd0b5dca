#!/usr/bin/env node
/**
 * The `kinerja` binary: runs the command line with the real process streams and exits with its
 * code (0 ok, 1 problems found, 2 unusable input).
 * @module
 */
import { runCli } from "./index.js";

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;

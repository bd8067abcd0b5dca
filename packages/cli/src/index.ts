/**
 * `@kinerja/cli` — the `kinerja` command line for policy staff and integrators: validate policies
 * with `file:line:column` errors in Bahasa Indonesia or English, score plans (JSON, NDJSON, CSV),
 * explain results as text, Markdown or HTML, diff two policies over a cohort, calibrate a unit's
 * distribution, run a policy's golden cases and property laws, export the JSON Schema, scaffold
 * from a preset. `runCli` runs it in-process with injected streams.
 * @module
 */
export { runCli, VERSION } from "./run-cli.js";
export type { CliIo, CliWritable, CommandFunction, ExitCode } from "./io.js";
export { validateCommand } from "./commands/validate.js";
export { scoreCommand } from "./commands/score.js";
export { explainCommand } from "./commands/explain.js";
export { diffCommand, type EmployeeDiff, type OutputChange } from "./commands/diff.js";
export { calibrateCommand } from "./commands/calibrate.js";
export { testCommand } from "./commands/test.js";
export { schemaCommand } from "./commands/schema.js";
export { initCommand } from "./commands/init.js";
export { DEFAULT_COLUMNS } from "./internal/csv-mapping.js";

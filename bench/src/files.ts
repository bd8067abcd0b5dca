import { readFileSync } from "node:fs";

/** Reads a JSON file of `bench/workloads/` or of the repository (path relative to `bench/`). */
export function readBenchJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(`../${relative}`, import.meta.url), "utf8"));
}

import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

/** The machine and the library versions a run was measured on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  versions: Record<string, string>;
}

const LIBRARIES: Record<string, string> = {
  "@kinerja/core": "../../packages/core/package.json",
  "@kinerja/batch": "../../packages/batch/package.json",
  "json-rules-engine": "../node_modules/json-rules-engine/package.json",
  "@gorules/zen-engine": "../node_modules/@gorules/zen-engine/package.json",
  "@gorules/zen-engine-linux-x64-gnu": "../node_modules/@gorules/zen-engine-linux-x64-gnu/package.json",
};

/** Reads CPU, cores, Node and the versions from each library's own package.json. */
export function machineInfo(): MachineInfo {
  const cpu = cpus();
  const versions: Record<string, string> = {};
  for (const [name, path] of Object.entries(LIBRARIES)) versions[name] = readVersion(path);
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    versions,
  };
}

function readVersion(relative: string): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "?";
  } catch {
    return "not installed";
  }
}

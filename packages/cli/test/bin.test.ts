/**
 * The built binary (`dist/bin.js`, what `npx kinerja` runs) in a plain Node process: its shebang,
 * the exit codes and the file:line:column report. CI builds before testing; without a build these
 * tests are skipped.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const built = existsSync(BIN);
const PRESET = fileURLToPath(new URL("../../presets/policies/permenpanrb-6-2022.json", import.meta.url));
const BROKEN = fileURLToPath(new URL("./fixtures/broken.json", import.meta.url));

function kinerja(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(!built)("the built kinerja binary", () => {
  it("starts with a node shebang", () => {
    expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("validates a preset with exit code 0", async () => {
    const { code, stdout } = await kinerja(["validate", PRESET]);
    expect(code).toBe(0);
    expect(stdout).toContain("permenpanrb-6-2022 v1.0.0");
  });

  it("reports a broken policy at file:line:column in English with exit code 1", async () => {
    const { code, stdout } = await kinerja(["validate", BROKEN, "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain("broken.json:12:55: error [UNKNOWN_NAME] Unknown name 'nilia'");
  });

  it("exits with 2 on a missing file", async () => {
    expect((await kinerja(["validate", "/nonexistent/policy.json"])).code).toBe(2);
  });
});

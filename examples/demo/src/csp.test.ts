import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The engine must run where code generation from strings is forbidden (a strict
// Content-Security-Policy in a browser; `--disallow-code-generation-from-strings` in Node): the demo
// compiles the sample policy and scores every plan with eval and new Function disabled.
describe("no dynamic code", () => {
  it("runs the whole demo with code generation from strings disabled", () => {
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const args = ["--disallow-code-generation-from-strings", "--import", "tsx", "--conditions=@kinerja/source", "src/main.ts", "--lang", "en"];
    const run = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Siti Aminah Lubis            SANGAT_BAIK (113.5%)");
  }, 90_000);
});

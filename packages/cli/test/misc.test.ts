import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { POLICY_SCHEMA_ID } from "@kinerja/core";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

describe("kinerja schema, init and the command line itself", () => {
  it("writes the JSON Schema of policy documents", async () => {
    const r = await run(["schema"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { $id: string }).$id).toBe(POLICY_SCHEMA_ID);
  });

  it("scaffolds an agency policy from a preset that validates and passes its tests, and never overwrites", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "kinerja-init-"));
    const r = await run(["init", "permenpanrb-6-2022", "--id", "bkd-medan", "--output", "bkd-medan.yaml"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, "bkd-medan.yaml"), "utf8").split("\n").slice(0, 3)).toEqual([`$schema: ${POLICY_SCHEMA_ID}`, "id: bkd-medan", 'version: "1"']);
    expect((await run(["validate", "bkd-medan.yaml"], { cwd })).code).toBe(0);
    expect((await run(["test", "bkd-medan.yaml", "--runs", "20", "--profile", "permenpanrb-6-2022"], { cwd })).code).toBe(0);
    const again = await run(["init", "permenpanrb-6-2022", "--id", "bkd-medan", "--output", "bkd-medan.yaml", "--lang", "en"], { cwd });
    expect([again.code, again.stderr]).toEqual([2, "kinerja: bkd-medan.yaml already exists (use --force to overwrite)\n"]);
  });

  it("exits 2 with a bilingual message and a hint for an unknown command or option", async () => {
    expect(await run(["scor"])).toEqual({ code: 2, stdout: "", stderr: "kinerja: Perintah tidak dikenal 'scor' — mungkin maksud Anda 'score'? Lihat: kinerja --help\n" });
    const option = await run(["score", "--polcy", "x", "--lang", "en"]);
    expect([option.code, option.stderr]).toEqual([2, "kinerja: Unknown option --polcy — did you mean --policy?\n"]);
    const missing = await run(["score", "--input", "x.csv"]);
    expect([missing.code, missing.stderr]).toEqual([2, "kinerja: Opsi --policy wajib diisi\n"]);
  });

  it("prints help for every command in both languages", async () => {
    expect((await run(["--help"])).stdout).toContain("Perintah:");
    expect((await run(["validate", "--help", "--lang", "en"])).stdout).toContain("Usage: kinerja validate");
    expect((await run([])).code).toBe(2);
  });
});

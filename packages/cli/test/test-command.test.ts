import { PRESET_IDS } from "@kinerja/presets";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

describe("kinerja test", () => {
  it.each(PRESET_IDS)("passes for the preset %s (golden cases and property laws)", async (id) => {
    const r = await run(["test", id, "--runs", "30", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { ok: boolean; cases: { ok: boolean }[]; laws: { law: string; status: string }[] };
    expect(report.laws.filter((l) => l.status === "failed")).toEqual([]);
    expect(report.cases.every((c) => c.ok)).toBe(true);
    expect([r.code, report.ok]).toEqual([0, true]);
  }, 60_000);

  it("fails (exit 1) on a policy whose golden case no longer holds, naming the mismatch", async () => {
    const r = await run(["test", "failing-case.json", "--runs", "20"]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toContain("  GAGAL  dua kali lima");
    expect(r.stdout.split("\n")).toContain("      hasil: diharapkan 10, didapat 11");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("Hasil: GAGAL");
  });

  it("exits 2 on the broken policy", async () => {
    const r = await run(["test", "broken.json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("broken.json:12:55: error [UNKNOWN_NAME] Unknown name 'nilia'");
  });
});

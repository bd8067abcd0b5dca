import { describe, expect, it } from "vitest";
import { PRESET_IDS } from "@kinerja/presets";
import { run } from "./helpers/run.js";

describe("kinerja validate", () => {
  it("reports every problem of the broken JSON policy with file:line:column, snippet and hint (id)", async () => {
    const r = await run(["validate", "broken.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      "broken.json:12:55: kesalahan [UNKNOWN_NAME] Nama 'nilia' tidak dikenal",
      "  lokasi: decisions.skor.expr",
      `  12 |     "skor": { "kind": "formula", "expr": "nilai * 2 + nilia" },`,
      "     |                                                       ^^^^^",
      "  saran: Mungkin maksud Anda 'nilai'?",
      "",
      "broken.json:13:52: kesalahan [EXPR_SYNTAX] Kesalahan sintaks: Diharapkan ekspresi pada posisi 8, ditemukan '*'",
      "  lokasi: decisions.rusak.expr",
      `  13 |     "rusak": { "kind": "formula", "expr": "nilai + * 3" },`,
      "     |                                                    ^",
      "",
      "broken.json:21:27: kesalahan [EXPR_SYNTAX] Diharapkan ']' atau ')' untuk menutup rentang",
      "  lokasi: decisions.kategori.rules[1].when[0]",
      `  21 |         { "when": ["[50..9O]"], "then": ["B"] }`,
      "     |                           ^",
      "",
      "broken.json: 3 kesalahan, 0 peringatan",
      "",
    ]);
  });

  it("reports the same problems in the YAML copy at the YAML positions (en)", async () => {
    const r = await run(["validate", "broken.yaml", "--lang", "en"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^broken\.yaml:\d+:\d+:/.test(l))).toEqual([
      "broken.yaml:17:23: error [UNKNOWN_NAME] Unknown name 'nilia'",
      "broken.yaml:20:20: error [EXPR_SYNTAX] Syntax error: Expected an expression at position 8, found '*'",
      "broken.yaml:29:23: error [EXPR_SYNTAX] Expected ']' or ')' to close the range",
    ]);
    expect(lines).toContain("  hint: Did you mean 'nilai'?");
    expect(lines).toContain("  17 |     expr: nilai * 2 + nilia");
    expect(lines).toContain("     |                       ^^^^^");
    expect(lines.at(-2)).toBe("broken.yaml: 3 error(s), 0 warning(s)");
  });

  it("locates schema issues: the unknown key itself with the closest known key, enum typos, missing fields", async () => {
    const r = await run(["validate", "broken-schema.json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("broken-schema.json:"))).toEqual([
      "broken-schema.json:8:5: error [SCHEMA] Required (string)",
      "broken-schema.json:8:34: error [SCHEMA] Unknown key: exprs",
      `broken-schema.json:9:49: error [SCHEMA] The value must be one of "UNIQUE", "FIRST", "PRIORITY", "ANY", "RULE_ORDER", "OUTPUT_ORDER", "COLLECT"`,
      "broken-schema.json:9:96: error [SCHEMA] Too small/short: minimum 1",
      "broken-schema.json:11:3: error [SCHEMA] Unknown key: outputz",
      "broken-schema.json: 5 error(s), 0 warning(s)",
    ]);
    expect(lines).toContain("  hint: Did you mean 'expr'? Known keys: kind, expr, type, label, description, rounding");
    expect(lines).toContain("  hint: Did you mean 'UNIQUE'?");
    expect(lines).toContain("  at: decisions.skor.exprs");
  });

  it("gives machine-readable issues with --format json", async () => {
    const r = await run(["validate", "broken.yaml", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { ok: boolean; errors: number; issues: { line: number; column: number; code: string; hint?: string }[] };
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [17, 23, "UNKNOWN_NAME"],
      [20, 20, "EXPR_SYNTAX"],
      [29, 23, "EXPR_SYNTAX"],
    ]);
    expect(report.issues[0]?.hint).toBe("Mungkin maksud Anda 'nilai'?");
  });

  it("exits 2 with the position of a JSON syntax error", async () => {
    const r = await run(["validate", "syntax.json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout.split("\n")).toEqual([
      "syntax.json:4:1: syntax error Trailing comma before '}' (JSON does not allow it)",
      "  4 | }",
      "    | ^",
      "syntax.json cannot be read as JSON: 1 problem(s)",
      "",
    ]);
  });

  it("exits 2 on duplicate keys, in JSON and in YAML, with their position", async () => {
    const json = await run(["validate", "duplicate.json"]);
    expect(json.code).toBe(2);
    expect(json.stdout).toContain("duplicate.json:3:3: kesalahan sintaks Kunci ganda: kunci yang sama ditulis dua kali dalam satu objek");
    const yaml = await run(["validate", "duplicate.yaml", "--lang", "en"]);
    expect(yaml.code).toBe(2);
    expect(yaml.stdout).toContain("duplicate.yaml:3:1: syntax error Duplicate key: the same key is written twice in one object");
  });

  it("exits 2 for a missing file, bilingually", async () => {
    expect((await run(["validate", "nope.json"])).stdout).toBe("Berkas tidak ditemukan: nope.json\n");
    const en = await run(["validate", "nope.json", "--lang", "en"]);
    expect([en.code, en.stdout]).toEqual([2, "File not found: nope.json\n"]);
  });

  it.each(PRESET_IDS)("accepts the preset %s (by id and as a file)", async (id) => {
    const byId = await run(["validate", id]);
    expect(byId.code).toBe(0);
    const file = await run(["validate", `../../../presets/policies/${id}.json`]);
    expect(file.code).toBe(0);
    expect(file.stdout).toMatch(/: sah — /);
  });
});

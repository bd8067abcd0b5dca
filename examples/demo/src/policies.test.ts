import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicy, renderTrace, runGoldenCases } from "@kinerja/core";

// Every example policy compiles cleanly and passes its own golden cases; the kuadran and the
// PP 46/2011 aspect formulas are also checked against the shared acceptance vectors directly.
const POLICIES = new URL("../policies/", import.meta.url);
const VECTORS = new URL("../../../../shared/domain/vectors.public.json", import.meta.url);
const load = (file: string): unknown => JSON.parse(readFileSync(new URL(file, POLICIES), "utf8"));
const vectors = (JSON.parse(readFileSync(VECTORS, "utf8")) as { cases: { id: string; kind: string; input: Record<string, unknown>; expected: Record<string, unknown> }[] }).cases;

describe.each(readdirSync(POLICIES).filter((f) => f.endsWith(".json")))("example policy %s", (file) => {
  const policy = compilePolicy(load(file));

  it("compiles without warnings", () => {
    expect(policy.warnings).toEqual([]);
  });

  it("passes its golden cases", () => {
    const results = runGoldenCases(policy);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});

describe("acceptance vectors run as data", () => {
  const kuadran = compilePolicy(load("kuadran-permenpanrb-6-2022.json"));
  const pp46 = compilePolicy(load("pp46-aspek.json"));

  it.each(vectors.filter((v) => v.kind === "predikat-matrix"))("$id", (v) => {
    expect(kuadran.score(v.input).outputs).toMatchObject(v.expected);
  });

  it.each(vectors.filter((v) => v.kind === "pp46-aspect"))("$id", (v) => {
    expect(pp46.score(v.input).outputs["nilai"]).toBe(v.expected["nilai"]);
  });

  it("explains which branch of the PP 46/2011 efficiency formula applied", () => {
    const { trace } = pp46.score({ aspek: "WAKTU", target: 12, realisasi: 10 }, { trace: true });
    const text = renderTrace(trace!, { lang: "en" });
    // Rounding is declared on outputs only, so the branch test (efisiensi <= 24) sees the exact value.
    expect(text).toContain("reads: aspek = WAKTU, realisasi = 10, target = 12, efisiensi = 16.66666666666666");
    expect(text).toContain("nilai = 92.67 (before rounding 92.66666666666666)");
  });
});

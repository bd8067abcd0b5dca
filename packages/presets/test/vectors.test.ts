import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_ADAPTERS, readVectorFile, runVectors } from "../src/index.js";

// Every public acceptance vector (copied into the repo with its source) passes through the presets.
const file = (url: URL) => readVectorFile(JSON.parse(readFileSync(url, "utf8")));
const publicCases = file(new URL("../vectors/public.json", import.meta.url));
const report = runVectors(publicCases, ALL_ADAPTERS);

describe("public acceptance vectors", () => {
  it.each(report.cases.map((c) => [c.id, c] as const))("%s", (_, outcome) => {
    expect({ error: outcome.error, differences: outcome.differences }).toEqual({ error: undefined, differences: [] });
    expect(outcome.passed).toBe(true);
  });

  it("the copy in the repository is the shared file", () => {
    const shared = new URL("../../../../shared/domain/vectors.public.json", import.meta.url);
    expect(readFileSync(new URL("../vectors/public.json", import.meta.url), "utf8")).toBe(readFileSync(shared, "utf8"));
  });

  it("has an adapter for every kind in the file", () => {
    expect([...new Set(publicCases.map((c) => c.kind))].filter((k) => !Object.hasOwn(ALL_ADAPTERS, k))).toEqual([]);
  });
});

/**
 * Custom operators in workers: every scoring thread imports `operatorsModule` (its default export
 * is an OperatorRegistry), given as a URL, an absolute path or a `./` path; results equal
 * compiling the policy with the registry in this thread. Also: ordering holds when the first
 * batch is by far the slowest (its line makes the `after` operator wait 400 ms).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { compilePolicy, isKinerjaError, type OperatorRegistry, type PolicyDocument } from "@kinerja/core";
import { scoreNdjson } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector } from "./support/ndjson.js";

const MODULE = new URL("./fixtures/operators.mjs", import.meta.url);
const POLICY = JSON.parse(readFileSync(new URL("./fixtures/operators-policy.json", import.meta.url), "utf8")) as PolicyDocument;
const LINES = Array.from({ length: 120 }, (_, i) => JSON.stringify(i === 0 ? { jp: 0, tundaMs: 400 } : { jp: i }));

async function expected(): Promise<string> {
  const operators = ((await import(MODULE.href)) as { default: OperatorRegistry }).default;
  const policy = compilePolicy(POLICY, { operators });
  return LINES.map((l, i) => JSON.stringify({ line: i + 1, ok: true, outputs: policy.score(JSON.parse(l)).outputs }) + "\n").join("");
}

afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

describe("custom operators from a module", { timeout: 60_000 }, () => {
  it.each<[string, string | URL, number]>([
    ["a URL, 2 workers", MODULE, 2],
    ["an absolute path, 1 worker", fileURLToPath(MODULE), 1],
    ["a ./ path, the calling thread", "./" + relative(process.cwd(), fileURLToPath(MODULE)), 0],
  ])("%s: same results as compiling with the registry here, in order", async (_name, operatorsModule, workers) => {
    const output = new Collector();
    const summary = await scoreNdjson({ policy: POLICY, input: [LINES.join("\n")], output, workers, batchSize: 5, operatorsModule });
    expect(output.text).toBe(await expected());
    expect(summary).toMatchObject({ total: 120, ok: 120, failed: 0, policy: { id: "jp-kelipatan" } });
    expect(output.envelopes[0]).toMatchObject({ line: 1, outputs: { tindakLanjut: [{ type: "JP_KELIPATAN_12" }, { type: "DITUNDA" }] } });
  });

  it("without the module the policy does not compile (UNKNOWN_OPERATOR)", async () => {
    const error: unknown = await scoreNdjson({ policy: POLICY, input: [LINES.join("\n")], output: new Collector(), workers: 1 }).catch((e: unknown) => e);
    expect(isKinerjaError(error) && error.code).toBe("POLICY_INVALID");
    expect(isKinerjaError(error) && error.issues.map((i) => i.code)).toContain("UNKNOWN_OPERATOR");
  });

  it.each([1, 0])("a module that is missing or exports no registry rejects the run (workers: %i)", async (workers) => {
    const run = (operatorsModule: URL) => scoreNdjson({ policy: POLICY, input: [LINES.join("\n")], output: new Collector(), workers, operatorsModule });
    await expect(run(new URL("./fixtures/no-such-module.mjs", import.meta.url))).rejects.toMatchObject({ code: "ERR_MODULE_NOT_FOUND" });
    await expect(run(new URL("./fixtures/not-a-registry.mjs", import.meta.url))).rejects.toThrow(/default export must be an OperatorRegistry/);
  });
});

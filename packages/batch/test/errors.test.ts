/**
 * Failures that stop a run (as opposed to bad lines, which never do): a policy that does not
 * compile, a worker that dies, a failing output, bad options. Each rejects with a useful error
 * and leaves no worker running.
 */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { isKinerjaError, type PolicyDocument } from "@kinerja/core";
import { scoreNdjson, type ScoreNdjsonOptions } from "../src/index.js";
import { liveWorkerCount } from "../src/internal/pool.js";
import { Collector, SKP_POLICY, ndjsonLines } from "./support/ndjson.js";

const INPUT = ndjsonLines(300).join("\n");

afterEach(() => {
  expect(liveWorkerCount()).toBe(0);
});

describe("runs that fail", { timeout: 60_000 }, () => {
  it.each([2, 0])("a policy that does not compile rejects with POLICY_INVALID and every issue (workers: %i), before reading any input", async (workers) => {
    let pulled = 0;
    function* input(): Generator<string> {
      pulled++;
      yield INPUT;
    }
    const output = new Collector();
    const error: unknown = await scoreNdjson({ policy: { id: "rusak" } as PolicyDocument, input: input(), output, workers }).catch((e: unknown) => e);
    expect(isKinerjaError(error) && error.code).toBe("POLICY_INVALID");
    expect(isKinerjaError(error) && error.issues.length).toBeGreaterThan(1);
    expect(isKinerjaError(error) && error.text.id).toMatch(/kebijakan/i);
    expect(pulled).toBe(0);
    expect(output.text).toBe("");
  });

  it("a worker that dies mid-run rejects the run (and the other workers are terminated)", async () => {
    const policy = {
      id: "mati",
      version: "1",
      effective: { from: "2024-01-01" },
      title: { id: "Pekerja berhenti", en: "Worker exits" },
      inputs: { kode: { type: "number", optional: true } },
      decisions: { r: { kind: "rules", rules: [{ conditions: { all: [{ fact: "kode", operator: "exitWith", value: 0 }] }, event: { type: "X" } }] } },
    } as unknown as PolicyDocument;
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify(i === 150 ? { kode: 7 } : {})).join("\n");
    const operatorsModule = new URL("./fixtures/crashing-operators.mjs", import.meta.url);
    await expect(scoreNdjson({ policy, input: [lines], output: new Collector(), workers: 2, batchSize: 10, operatorsModule })).rejects.toThrow(/stopped unexpectedly \(exit code 7\)/);
  });

  it("an output that fails mid-run rejects with its error", async () => {
    const failure = new Error("disk full");
    let writes = 0;
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(writes === 3 ? failure : null);
      },
    });
    await expect(scoreNdjson({ policy: SKP_POLICY, input: [INPUT], output, workers: 1, batchSize: 10 })).rejects.toBe(failure);
  });

  it("an output already ended is refused at once", async () => {
    const output = new Collector();
    output.end();
    await expect(scoreNdjson({ policy: SKP_POLICY, input: [INPUT], output, workers: 2 })).rejects.toThrow(/already ended/);
  });

  it("an input that fails mid-run rejects with its error", async () => {
    const failure = new Error("connection reset");
    async function* input(): AsyncGenerator<string> {
      yield INPUT.slice(0, 5000);
      throw failure;
    }
    await expect(scoreNdjson({ policy: SKP_POLICY, input: input(), output: new Collector(), workers: 1 })).rejects.toBe(failure);
  });

  it.each<[string, Partial<ScoreNdjsonOptions>, RegExp]>([
    ["workers -1", { workers: -1 }, /`workers` must be an integer ≥ 0/],
    ["workers 1.5", { workers: 1.5 }, /`workers`/],
    ["batchSize 0", { batchSize: 0 }, /`batchSize` must be an integer ≥ 1/],
    ["maxInFlight 0", { maxInFlight: 0 }, /`maxInFlight`/],
    ["maxLineLength NaN", { maxLineLength: Number.NaN }, /`maxLineLength`/],
    ["idField ''", { idField: "" }, /`idField`/],
    ["policy null", { policy: null as unknown as PolicyDocument }, /`policy`/],
    ["output {}", { output: {} as Writable }, /`output`/],
    ["input 42", { input: 42 as unknown as string[] }, /`input`/],
  ])("refuses bad options: %s", async (_name, bad, message) => {
    await expect(scoreNdjson({ policy: SKP_POLICY, input: [INPUT], output: new Collector(), ...bad })).rejects.toThrow(message);
  });
});

/**
 * W3: decision-table size and match position. One FIRST table of two columns (an enum equality
 * and a half-open number range) with 8 … 4,096 rows; the input matches the first, middle or last
 * row, or none. json-rules-engine gets the table as one rule per row (the smallest fired row wins).
 */
import { ZenEngine } from "@gorules/zen-engine";
import { compilePolicy } from "@kinerja/core";
import { Engine, type RuleProperties } from "json-rules-engine";
import type { BenchCase, Runner, Workload } from "../types.js";

const GOLONGAN = ["I", "II", "III", "IV"] as const;
const POSITIONS = ["first", "middle", "last", "none"] as const;
type Position = (typeof POSITIONS)[number];


interface Input {
  golongan: string;
  nilai: number;
}

export const w3: Workload = {
  id: "w3",
  title: "W3 — decision-table size × match position",
  cases: (options) => {
    const sizes = options.quick ? [8, 512] : [8, 64, 512, 4096];
    const cases: BenchCase[] = [];
    for (const size of sizes) {
      for (const position of POSITIONS) {
        const input = inputFor(size, position);
        const evals = size >= 4096 ? 20 : 100;
        cases.push({
          id: `w3-${size}-${position}`,
          label: `${size.toLocaleString("en-US")} rows, ${position}`,
          engines: [
            { engine: "Kinerja", make: () => kinerjaTable(size, input, evals) },
            { engine: "zen-engine", make: () => zenTable(size, input, evals) },
            { engine: "json-rules-engine", note: "one rule per row", make: () => jreTable(size, input, evals) },
          ],
        });
      }
    }
    return cases;
  },
};

function inputFor(size: number, position: Position): Input {
  const row = position === "first" ? 0 : position === "middle" ? size >> 1 : size - 1;
  return position === "none" ? { golongan: "I", nilai: -1 } : { golongan: GOLONGAN[row % 4]!, nilai: row + 0.5 };
}

function kinerjaTable(size: number, input: Input, evals: number): Runner {
  const rules = Array.from({ length: size }, (_, k) => ({ when: [GOLONGAN[k % 4]!, `[${k}..${k + 1})`], then: [`R${k}`] }));
  const policy = compilePolicy({
    id: "bench-w3-table",
    version: "1",
    effective: { from: "2024-01-01" },
    title: { id: "Benchmark W3", en: "Benchmark W3" },
    inputs: { golongan: { type: "enum", values: GOLONGAN }, nilai: { type: "number" } },
    decisions: { kode: { kind: "table", hitPolicy: "FIRST", inputs: ["golongan", "nilai"], outputs: ["kode"], rules } },
  });
  return { n: evals, run: () => repeat(evals, () => (policy.score(input).outputs["kode"] as string | null) ?? null) };
}

function zenTable(size: number, input: Input, evals: number): Runner {
  const rules = Array.from({ length: size }, (_, k) => ({ _id: `r${k}`, g: `'${GOLONGAN[k % 4]}'`, n: `[${k}..${k + 1})`, o: `'R${k}'` }));
  const decision = new ZenEngine().createDecision({
    nodes: [
      { id: "request", type: "inputNode", name: "request", position: { x: 0, y: 0 } },
      {
        id: "table",
        type: "decisionTableNode",
        name: "kode",
        position: { x: 0, y: 0 },
        content: {
          hitPolicy: "first",
          passThrough: false,
          inputs: [{ id: "g", name: "golongan", field: "golongan" }, { id: "n", name: "nilai", field: "nilai" }],
          outputs: [{ id: "o", name: "kode", field: "kode" }],
          rules,
        },
      },
      { id: "response", type: "outputNode", name: "response", position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: "e1", sourceId: "request", targetId: "table", type: "edge" },
      { id: "e2", sourceId: "table", targetId: "response", type: "edge" },
    ],
  });
  return { n: evals, run: () => repeatAsync(evals, async () => ((await decision.evaluate(input)).result as { kode?: string }).kode ?? null) };
}

function jreTable(size: number, input: Input, evals: number): Runner {
  const rules: RuleProperties[] = Array.from({ length: size }, (_, k) => ({
    conditions: {
      all: [
        { fact: "golongan", operator: "equal", value: GOLONGAN[k % 4]! },
        { fact: "nilai", operator: "greaterThanInclusive", value: k },
        { fact: "nilai", operator: "lessThan", value: k + 1 },
      ],
    },
    event: { type: "row", params: { row: k } },
  }));
  const engine = new Engine(rules);
  return {
    n: evals,
    run: () =>
      repeatAsync(evals, async () => {
        const { events } = await engine.run({ ...input });
        const rows = events.map((e) => e.params?.["row"] as number);
        return rows.length === 0 ? null : `R${Math.min(...rows)}`;
      }),
  };
}

function repeat<T>(evals: number, f: () => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < evals; i++) out.push(f());
  return out;
}

async function repeatAsync<T>(evals: number, f: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < evals; i++) out.push(await f());
  return out;
}

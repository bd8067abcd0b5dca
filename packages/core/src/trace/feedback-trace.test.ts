import { describe, expect, it } from "vitest";
import { compilePolicy, renderTrace, type PolicyDocument, type UmpanBalik } from "../index.js";

const doc: PolicyDocument = {
  id: "fb",
  version: "1",
  effective: { from: "2024-01-01" },
  title: { id: "Umpan balik", en: "Feedback" },
  inputs: { x: { type: "number" } },
  decisions: { y: { kind: "formula", expr: "x * 2" } },
};
const policy = compilePolicy(doc);
const feedback: UmpanBalik[] = [
  { rhk: "R2", periode: "2024-03", tanggal: "2024-03-20", jenis: "ARAHAN", pemberi: "Kasi Lalu Lintas", teks: "Koordinasikan rekayasa dengan Satlantas" },
  { rhk: "R1", periode: "2024-04", tanggal: "2024-04-02", teks: "Catat waktu tunggu setiap pagi" },
  { rhk: "R1", periode: "2024-03", tanggal: "2024-03-05", jenis: "APRESIASI", teks: "Penanganan simpang sudah baik" },
];

describe("feedback (umpan balik) in the evaluation trace", () => {
  it("carries the entries into the trace, by RHK then date, without changing the outputs", () => {
    const traced = policy.score({ x: 2 }, { trace: true, feedback });
    expect(traced.outputs).toEqual(policy.score({ x: 2 }).outputs);
    expect(traced.trace?.feedback?.map((f) => [f.rhk, f.tanggal])).toEqual([
      ["R1", "2024-03-05"],
      ["R1", "2024-04-02"],
      ["R2", "2024-03-20"],
    ]);
  });

  it("renders them grouped by RHK in both languages", () => {
    const trace = policy.score({ x: 2 }, { trace: true, feedback }).trace;
    if (!trace) throw new Error("trace requested");
    const id = renderTrace(trace, { lang: "id" });
    expect(id).toContain("Umpan balik berkelanjutan dari pejabat penilai (3):\n  RHK R1:\n    2024-03-05 (2024-03, APRESIASI): Penanganan simpang sudah baik");
    expect(renderTrace(trace, { lang: "en" })).toContain("Continuous feedback from the assessing official (3):");
  });

  it("rejects malformed entries with INPUT_INVALID at path feedback, together with input problems", () => {
    const bad = [{ rhk: "R1", periode: "2024-03", tanggal: "2024-02-30", teks: "" }] as unknown as UmpanBalik[];
    const outcome = policy.safeScore({ x: "dua" }, { trace: true, feedback: bad });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("INPUT_INVALID");
    expect(outcome.error.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(["x", "feedback"]));
  });
});

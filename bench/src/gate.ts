import { isDeepStrictEqual, inspect } from "node:util";

/** The indices where two result lists differ (and a length mismatch as index -1). */
export function differences(expected: readonly unknown[], actual: readonly unknown[]): number[] {
  const out: number[] = [];
  if (expected.length !== actual.length) out.push(-1);
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) if (!isDeepStrictEqual(expected[i], actual[i])) out.push(i);
  return out;
}

/** A readable diff of the first few differing results. */
export function describeDiff(reference: string, engine: string, expected: readonly unknown[], actual: readonly unknown[], max = 3): string {
  const diff = differences(expected, actual);
  const lines = [`${engine} differs from ${reference} on ${diff.length} of ${expected.length} results:`];
  for (const i of diff.slice(0, max)) {
    if (i === -1) {
      lines.push(`  length: ${reference} ${expected.length}, ${engine} ${actual.length}`);
      continue;
    }
    lines.push(`  [${i}] ${reference}: ${show(expected[i])}`);
    lines.push(`  [${i}] ${engine}: ${show(actual[i])}`);
  }
  return lines.join("\n");
}

function show(value: unknown): string {
  return inspect(value, { depth: 6, breakLength: Infinity, maxArrayLength: 12 });
}

/**
 * The synthetic national batch of W6: plans for the PermenPANRB 6/2022 preset as NDJSON lines,
 * produced on the fly by a Readable (no 1 GB file), and a Writable that only counts.
 */
import { Readable, Writable } from "node:stream";
import { generatePlans } from "./skp.js";

const POOL = 10_000;
const RATINGS = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] as const;

/**
 * The plans behind the lines: 10,000 distinct SKP sheets (10 IKI each) with both ratings,
 * serialised once; line k is plan k mod 10,000 with its own `nip`, so generating a line costs a
 * string concatenation and the measured time is the scorer's.
 */
export function planPool(): string[] {
  return generatePlans(POOL, 6060).map((plan, k) => {
    const body = JSON.stringify({ ...plan, ratingHasilKerja: RATINGS[(k * 7) % 3] });
    return `,${body.slice(1)}\n`;
  });
}

/** A Readable of `count` NDJSON lines, in chunks of ~64 KiB. */
export function ndjsonSource(count: number, pool: readonly string[] = planPool()): Readable {
  let next = 0;
  return new Readable({
    read() {
      let chunk = "";
      while (chunk.length < 65536 && next < count) {
        chunk += `{"nip":"${String(199001012020011000 + next)}"${pool[next % pool.length]}`;
        next++;
      }
      this.push(chunk.length > 0 ? chunk : null);
    },
  });
}

/** A Writable that counts bytes and lines and keeps the first `keep` lines. */
export function countingSink(keep = 0): Writable & { bytes: number; lines: number; kept: string[] } {
  let carry = "";
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
      state.bytes += Buffer.byteLength(text);
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) state.lines++;
      if (state.kept.length < keep) {
        const parts = (carry + text).split("\n");
        carry = parts.pop() ?? "";
        for (const p of parts) if (state.kept.length < keep && p.length > 0) state.kept.push(p);
      }
      done();
    },
  });
  const state = Object.assign(sink, { bytes: 0, lines: 0, kept: [] as string[] });
  return state;
}

/**
 * Test support: realistic SKP inputs (10 indicators, like the Belawan demo plans) as NDJSON lines,
 * a collecting Writable, and a reference that scores lines one by one with @kinerja/core.
 */
import { Writable } from "node:stream";
import { compilePolicy, type PolicyDocument } from "@kinerja/core";
import { PRESETS } from "@kinerja/presets";
import type { LineEnvelope } from "../../src/index.js";

/** The PermenPANRB 6/2022 preset document. */
export const SKP_POLICY: PolicyDocument = PRESETS["permenpanrb-6-2022"];

const RATINGS = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"] as const;
const NILAI_DASAR = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
const ASPEK = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The SKP of employee `n`: 4 RHK, 10 weighted indicators (some lower-is-better), BerAKHLAK notes. */
export function skpInput(n: number): Record<string, unknown> {
  const rnd = random(n + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const rhk = ["R1", "R2", "R3", "R4"].map((id, i) => ({ id, teks: `Rencana hasil kerja ${i + 1} pegawai ${n}`, rhkAtasan: `UNIT-2024-RHK-${1 + (i % 3)}`, jenis: i < 3 ? "UTAMA" : "TAMBAHAN" }));
  const bobot = [15, 15, 10, 10, 10, 10, 10, 8, 7, 5];
  const indikator = bobot.map((b, i) => {
    const turun = rnd() < 0.3;
    const target = 1 + Math.floor(rnd() * 100);
    const realisasi = Math.max(0, Math.round(target * (0.6 + rnd() * 0.7)));
    return { rhk: `R${1 + (i % 4)}`, iki: `Indikator ${i + 1} dari RHK R${1 + (i % 4)}`, aspek: pick(ASPEK), polaritas: turun ? "TURUN" : "NAIK", target, realisasi, bobot: b };
  });
  const berakhlak = NILAI_DASAR.slice(0, 2 + Math.floor(rnd() * 3)).map((nilaiDasar) => ({ nilaiDasar, rating: pick(RATINGS), catatan: `Catatan ${nilaiDasar.toLowerCase()} pegawai ${n}` }));
  return { nip: `19900101201501${String(1000 + (n % 9000)).padStart(4, "0")}`, ratingHasilKerja: pick(RATINGS), ratingPerilaku: pick(RATINGS), rhk, indikator, berakhlak };
}

/** What kinds of bad lines {@link ndjsonLines} mixes in (every `n`th line; 0: none). */
export interface Mix {
  readonly notJson?: number;
  readonly invalidInput?: number;
  readonly blank?: number;
}

/** `count` NDJSON lines (without `\n`): SKP inputs with non-JSON, invalid and blank lines mixed in. */
export function ndjsonLines(count: number, mix: Mix = {}): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (mix.blank && i % mix.blank === mix.blank - 1) return i % 2 === 0 ? "" : "  \t";
    const text = JSON.stringify(skpInput(i));
    if (mix.notJson && i % mix.notJson === 3) return text.slice(0, 40 + (i % 50));
    if (mix.invalidInput && i % mix.invalidInput === 5) return JSON.stringify({ ...skpInput(i), indikator: [{ iki: "x", target: 10, realisasi: -1 }] });
    return text;
  });
}

/** A Writable that keeps everything written to it. */
export class Collector extends Writable {
  readonly chunks: string[] = [];
  constructor(options: { highWaterMark?: number; delayMs?: number; onWrite?: (chunk: string) => void } = {}) {
    super({
      decodeStrings: false,
      ...(options.highWaterMark === undefined ? {} : { highWaterMark: options.highWaterMark }),
      write: (chunk: string | Buffer, _encoding, callback) => {
        const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
        this.chunks.push(text);
        options.onWrite?.(text);
        if (options.delayMs === undefined) callback();
        else setTimeout(callback, options.delayMs);
      },
    });
  }
  get text(): string {
    return this.chunks.join("");
  }
  get envelopes(): LineEnvelope[] {
    return this.text
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as LineEnvelope);
  }
}

/** The expected envelope of every non-blank line, from @kinerja/core directly (not-JSON lines: code and path only). */
export function reference(doc: PolicyDocument, lines: readonly string[], options: { idField?: string; trace?: boolean } = {}): unknown[] {
  const policy = compilePolicy(doc);
  const out: unknown[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    if (/^[ \t\r]*$/.test(text)) return;
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      out.push({ line, ok: false, code: "INPUT_INVALID", path: [] });
      return;
    }
    const raw = options.idField === undefined ? undefined : (input as Record<string, unknown>)[options.idField];
    const id = typeof raw === "string" || typeof raw === "number" ? { id: raw } : {};
    const o = policy.safeScore(input, options.trace ? { trace: true } : {});
    out.push(
      o.ok
        ? JSON.parse(JSON.stringify({ line, ...id, ok: true, outputs: o.result.outputs, ...(o.result.trace ? { trace: o.result.trace } : {}) }))
        : JSON.parse(JSON.stringify({ line, ...id, ok: false, error: { code: o.error.code, message: o.error.message, text: o.error.text, path: o.error.path, issues: o.error.issues } })),
    );
  });
  return out;
}

/** The envelopes in the comparable form of {@link reference} (not-JSON lines reduced to code and path). */
export function comparable(envelopes: readonly LineEnvelope[]): unknown[] {
  return envelopes.map((e) => (!e.ok && e.error.text.en.includes("is not valid JSON") ? { line: e.line, ok: false, code: e.error.code, path: e.error.path } : e));
}

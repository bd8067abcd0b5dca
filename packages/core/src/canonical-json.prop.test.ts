// Laws of canonicalJson / contentHash, checked over random JSON values (fc.jsonValue):
//  1. Round trip: JSON.parse(canonicalJson(v)) deep-equals v (with -0 mapped to 0, which JSON cannot hold).
//  2. Key-order invariance: rebuilding every object of v with its keys shuffled (or reversed) gives
//     the same canonical string and the same contentHash.
//  3. Determinism and idempotence: encoding v twice, or a structural copy of v, gives the same string;
//     canonicalJson(JSON.parse(canonicalJson(v))) === canonicalJson(v).
//  4. Model agreement: the output equals a naive reference encoder (default Array#sort of keys, which
//     orders by UTF-16 code units, plus JSON.stringify for leaves), so it equals JSON.stringify on primitives.
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./canonical-json.js";

/** Replaces -0 by 0 everywhere (JSON has a single zero); objects are rebuilt __proto__-safely. */
function normalizeZero(value: unknown): unknown {
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) return value.map(normalizeZero);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeZero(v)]));
  }
  return value;
}

/** Small deterministic PRNG (mulberry32), so a shuffle is reproducible from its fast-check seed. */
function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rebuilds every object with its keys in a new order (Object.fromEntries defines, never assigns). */
function reorderKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => reorderKeys(item, order));
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(order(Object.keys(record)).map((k) => [k, reorderKeys(record[k], order)]));
  }
  return value;
}

function shuffler(seed: number): (keys: string[]) => string[] {
  const random = mulberry32(seed);
  return (keys) => {
    const out = [...keys];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

/**
 * Independent model of RFC 8785 for JSON values: keys through the default `Array#sort` (which
 * compares UTF-16 code units), everything else through `JSON.stringify`, joined with no whitespace.
 */
function modelJcs(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(modelJcs).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${modelJcs(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const json = fc.jsonValue({ maxDepth: 4 });

describe("canonicalJson laws", () => {
  it("round-trips: JSON.parse(canonicalJson(v)) deep-equals v", () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(JSON.parse(canonicalJson(v))).toStrictEqual(normalizeZero(v));
        expect(isDeepStrictEqual(JSON.parse(canonicalJson(v)), normalizeZero(v))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("is invariant under shuffling object keys (string and hash)", () => {
    fc.assert(
      fc.property(json, fc.integer(), (v, seed) => {
        const shuffled = reorderKeys(v, shuffler(seed));
        const reversed = reorderKeys(v, (keys) => [...keys].reverse());
        const canonical = canonicalJson(v);
        expect(canonicalJson(shuffled)).toBe(canonical);
        expect(canonicalJson(reversed)).toBe(canonical);
        expect(contentHash(shuffled)).toBe(contentHash(v));
      }),
      { numRuns: 500 },
    );
  });

  it("is key-order invariant and round-trips on wide objects with hostile keys", () => {
    // Keys include __proto__ and other Object.prototype names, integer-like keys, and lone surrogates.
    const unit = fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    const key = fc.oneof(
      fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "1", "10", "2", ""),
      fc.string({ unit, maxLength: 6 }),
    );
    const wide = fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), {
      minKeys: 2,
      maxKeys: 30,
    });
    fc.assert(
      fc.property(wide, fc.integer(), (v, seed) => {
        const canonical = canonicalJson(v);
        expect(canonicalJson(reorderKeys(v, shuffler(seed)))).toBe(canonical);
        expect(canonical).toBe(modelJcs(v));
        // node:util rather than toStrictEqual: vitest's type check reads an own "constructor" key.
        expect(isDeepStrictEqual(JSON.parse(canonical), normalizeZero(v))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and idempotent", () => {
    fc.assert(
      fc.property(json, (v) => {
        const once = canonicalJson(v);
        expect(canonicalJson(v)).toBe(once);
        expect(canonicalJson(structuredClone(v))).toBe(once);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
        expect(contentHash(v)).toBe(contentHash(JSON.parse(once)));
        expect(contentHash(v)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with a naive reference encoder", () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(modelJcs(v));
      }),
      { numRuns: 500 },
    );
  });
});

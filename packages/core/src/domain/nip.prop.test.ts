// Laws of parseNip / formatNip: (a) every NIP built from a real birth date, a TMT month after it,
// a gender digit 1/2 and a nomor urut 001–999 parses valid, with exactly those fields back;
// (b) it round-trips: parseNip(formatNip(nip)) gives the same canonical NIP and fields;
// (c) corrupting the gender digit (digit 15) to 0 or 3–9 makes it invalid with exactly one
// GENDER_DIGIT error at 14..15; (d) parseNip and parseNiPppk never throw on any string, every
// problem's offsets lie within the normalised input, and the result is deterministic for a fixed today.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNip, parseNiPppk, parseNip } from "./nip.js";

const RUNS = { numRuns: 1000 };
const TODAY = "2030-12-31";

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

interface Parts {
  birth: { y: number; m: number; d: number };
  tmt: { y: number; m: number };
  gender: 1 | 2;
  urut: number;
}

/** A real date between 1900-01-01 and 2010-12-31 (fc.date yields real calendar days). */
const birthArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2010, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));

/** Parts of a valid NIP: the TMT month starts after the birth date and is not after TODAY. */
const partsArb: fc.Arbitrary<Parts> = birthArb.chain((birth) => {
  const firstMonth = birth.y * 12 + birth.m; // the month after birth (0-based month index + 1)
  const lastMonth = 2030 * 12 + 11;
  return fc.record({
    birth: fc.constant(birth),
    tmt: fc.integer({ min: firstMonth, max: lastMonth }).map((k) => ({ y: Math.floor(k / 12), m: (k % 12) + 1 })),
    gender: fc.constantFrom(1 as const, 2 as const),
    urut: fc.integer({ min: 1, max: 999 }),
  });
});

function build(p: Parts): string {
  return `${pad(p.birth.y, 4)}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}${pad(p.tmt.y, 4)}${pad(p.tmt.m, 2)}${p.gender}${pad(p.urut, 3)}`;
}

describe("parseNip / formatNip laws", () => {
  it("(a) every generated valid NIP parses valid with its own fields", () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const result = parseNip(build(p), { today: TODAY });
        expect(result).toMatchObject({
          valid: true,
          canonical: build(p),
          tanggalLahir: `${pad(p.birth.y, 4)}-${pad(p.birth.m, 2)}-${pad(p.birth.d, 2)}`,
          tmtCpns: `${pad(p.tmt.y, 4)}-${pad(p.tmt.m, 2)}`,
          jenisKelamin: p.gender === 1 ? "PRIA" : "WANITA",
          nomorUrut: p.urut,
        });
        expect(result.warnings.every((w) => w.severity === "warning" && w.code === "AGE_UNDER_18")).toBe(true);
      }),
      RUNS,
    );
  });

  it("(b) formatNip round-trips through parseNip", () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const nip = build(p);
        const shown = formatNip(nip);
        expect(shown).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
        expect(parseNip(shown, { today: TODAY })).toEqual(parseNip(nip, { today: TODAY }));
      }),
      RUNS,
    );
  });

  it("(c) a gender digit of 0 or 3–9 is invalid, with exactly one GENDER_DIGIT error", () => {
    fc.assert(
      fc.property(partsArb, fc.constantFrom(0, 3, 4, 5, 6, 7, 8, 9), (p, digit) => {
        const nip = build(p);
        const corrupted = `${nip.slice(0, 14)}${digit}${nip.slice(15)}`;
        const result = parseNip(corrupted, { today: TODAY });
        expect(result.valid).toBe(false);
        if (!result.valid) expect(result.problems.map((x) => `${x.code} ${x.start}..${x.end}`)).toEqual(["GENDER_DIGIT 14..15"]);
      }),
      RUNS,
    );
  });

  it("(d) never throws on any string; offsets lie within the normalised input", () => {
    const nipLike = fc
      .array(fc.constantFrom(..."0123456789012345678901234567890123456789 .-x/\u00a0\u2013"), { maxLength: 30 })
      .map((cs) => cs.join(""));
    const textArb = fc.oneof(fc.string(), fc.string({ unit: "binary" }), nipLike);
    fc.assert(
      fc.property(textArb, (text) => {
        for (const parse of [parseNip, parseNiPppk]) {
          const result = parse(text, { today: TODAY });
          expect(result).toEqual(parse(text, { today: TODAY }));
          const length = result.valid ? result.canonical.length : result.normalized.length;
          const problems = result.valid ? result.warnings : [...result.problems, ...result.warnings];
          if (!result.valid) expect(result.problems.length).toBeGreaterThan(0);
          for (const p of problems) {
            expect(0 <= p.start && p.start <= p.end && p.end <= length).toBe(true);
            expect(p.message.id.length > 0 && p.message.en.length > 0).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

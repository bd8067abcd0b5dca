/**
 * NIP PNS and NI PPPK parsing: every rule with its code, severity and offsets, the public vectors
 * (REFERENCE.md §5.1), display forms, the legacy 9-digit NIP, the NI PPPK example, warnings against
 * a fixed `today`, the `substr($nip, 3, 3)` pitfall, formatting and the argument errors.
 */
import { describe, expect, it } from "vitest";
import { isKinerjaError } from "../errors.js";
import { formatNip, parseNiPppk, parseNip, type NipProblem, type NipProblemCode, type NipResult } from "./nip.js";

const TODAY = { today: "2025-06-15" };

/** The errors of an invalid result as `code start..end`. */
function errors(result: NipResult | ReturnType<typeof parseNiPppk>): string[] {
  if (result.valid) throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
  return result.problems.map(brief);
}

/** The errors of an invalid result. */
function problemsOf(result: NipResult): readonly NipProblem[] {
  if (result.valid) throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
  return result.problems;
}

function brief(p: NipProblem): string {
  return `${p.code} ${p.start}..${p.end}`;
}

function only(code: NipProblemCode, text: string, parse: typeof parseNip = parseNip): NipProblem {
  const result = parse(text, TODAY);
  if (result.valid) throw new Error(`expected invalid: ${text}`);
  expect(result.problems).toHaveLength(1);
  const problem = result.problems[0] as NipProblem;
  expect(problem.code).toBe(code);
  expect(problem.severity).toBe("error");
  return problem;
}

describe("public vectors (REFERENCE.md §5.1)", () => {
  it("nip-1: 198609262015051001", () => {
    expect(parseNip("198609262015051001", TODAY)).toEqual({
      valid: true,
      canonical: "198609262015051001",
      tanggalLahir: "1986-09-26",
      tmtCpns: "2015-05",
      jenisKelamin: "PRIA",
      nomorUrut: 1,
      warnings: [],
    });
  });

  it("nip-2: 196608011988031001", () => {
    expect(parseNip("196608011988031001", TODAY)).toMatchObject({
      valid: true,
      tanggalLahir: "1966-08-01",
      tmtCpns: "1988-03",
      jenisKelamin: "PRIA",
      nomorUrut: 1,
    });
  });

  it("nip-3: the spaced display form has the same canonical form", () => {
    expect(parseNip("19860926 201505 1 001", TODAY)).toMatchObject({ valid: true, canonical: "198609262015051001" });
  });

  it("nip-4: 17 digits is a LENGTH error over the whole input", () => {
    const p = only("LENGTH", "19860926201505100");
    expect([p.start, p.end]).toEqual([0, 17]);
    expect(p.message.en).toMatch(/length.*18 digits, found 17/i);
    expect(p.message.id).toBe("Panjang NIP salah: harus 18 digit, ditemukan 17");
  });

  it("nip-5: gender digit 3 is a GENDER_DIGIT error at 14..15", () => {
    const p = only("GENDER_DIGIT", "198609262015053001");
    expect([p.start, p.end]).toEqual([14, 15]);
    expect(p.message.en).toContain("gender digit");
    expect(p.message.id).toContain("ditemukan 3");
  });
});

describe("display forms", () => {
  it.each([
    "19860926 201505 1 001",
    "19860926.201505.1.001",
    "19860926-201505-1-001",
    "  198609262015051001\n",
    "19860926\t201505 1\u00a0001",
    "1986.09.26 2015.05 1 001",
    "19860926\u2013201505\u20131\u2013001",
  ])("%j is accepted", (text) => {
    expect(parseNip(text, TODAY)).toMatchObject({ valid: true, canonical: "198609262015051001" });
  });

  it("offsets point into the input without separators", () => {
    const result = parseNip("19860926 201505 3 001", TODAY);
    expect(result).toMatchObject({ valid: false, normalized: "198609262015053001" });
    expect(errors(result)).toEqual(["GENDER_DIGIT 14..15"]);
  });
});

describe("shape rules", () => {
  it("EMPTY for an empty string or separators only", () => {
    for (const text of ["", "   ", " . - "]) {
      expect(errors(parseNip(text, TODAY))).toEqual(["EMPTY 0..0"]);
      expect(errors(parseNiPppk(text, TODAY))).toEqual(["EMPTY 0..0"]);
    }
  });

  it("NOT_DIGITS spans the first to the last offending character and quotes them", () => {
    const result = parseNip("19860926 2015O5 1 OO1", TODAY); // letter O instead of zero
    expect(errors(result)).toEqual(["NOT_DIGITS 12..17"]);
    const p = problemsOf(result)[0] as NipProblem;
    expect(p.message.en).toContain('"O"');
  });

  it("NOT_DIGITS skips only the fields it touches; the other fields are still checked", () => {
    expect(errors(parseNip("1986092620150x3000", TODAY))).toEqual(["NOT_DIGITS 13..14", "GENDER_DIGIT 14..15", "NOMOR_URUT_ZERO 15..18"]);
  });

  it("NOT_DIGITS and LENGTH together", () => {
    expect(errors(parseNip("NIP 19860926 201505 1 001", TODAY))).toEqual(["NOT_DIGITS 0..3", "LENGTH 18..21"]);
  });

  it("non-ASCII digits are not digits", () => {
    expect(errors(parseNip("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١", TODAY))).toEqual(["NOT_DIGITS 0..18"]);
  });

  it("LENGTH: too short spans the input, too long spans the surplus", () => {
    expect(errors(parseNip("198609262015051", TODAY))).toEqual(["LENGTH 0..15"]);
    expect(errors(parseNip("1986092620150510012", TODAY))).toEqual(["LENGTH 18..19"]);
    expect(errors(parseNiPppk("19900913202524201", TODAY))).toEqual(["LENGTH 0..17"]);
  });

  it("LEGACY_NIP for the old 9-digit NIP (PNS only; an NI PPPK of 9 digits is a LENGTH error)", () => {
    const p = only("LEGACY_NIP", "131 110 468");
    expect([p.start, p.end]).toEqual([0, 9]);
    expect(p.message.id).toContain("NIP lama 9 digit");
    expect(errors(parseNiPppk("131110468", TODAY))).toEqual(["LENGTH 0..9"]);
    expect(errors(parseNip("13111046x", TODAY))).toEqual(["NOT_DIGITS 8..9", "LENGTH 0..9"]);
  });
});

describe("field rules (NIP PNS)", () => {
  it("BIRTH_DATE: not a real calendar date", () => {
    for (const text of ["198613262015051001", "198600262015051001", "198602302015051001", "198609002015051001", "190002292015051001"]) {
      const p = only("BIRTH_DATE", text);
      expect([p.start, p.end]).toEqual([0, 8]);
    }
    expect(parseNip("200002292020051001", TODAY).valid).toBe(true); // 2000 is a leap year
  });

  it("BIRTH_YEAR: before 1900", () => {
    const p = only("BIRTH_YEAR", "189912312015051001");
    expect([p.start, p.end]).toEqual([0, 4]);
    expect(errors(parseNip("000000002015051001", TODAY))).toEqual(["BIRTH_YEAR 0..4", "BIRTH_DATE 0..8"]);
  });

  it("BIRTH_IN_FUTURE: born after today", () => {
    expect(errors(parseNip("202506162045051001", TODAY))).toEqual(["BIRTH_IN_FUTURE 0..8"]);
    expect(parseNip("202506152045051001", TODAY).valid).toBe(true); // born today: warnings only
  });

  it("TMT_YEAR and TMT_MONTH", () => {
    expect([only("TMT_MONTH", "198609262015001001")].map(brief)).toEqual(["TMT_MONTH 12..14"]);
    expect([only("TMT_MONTH", "198609262015131001")].map(brief)).toEqual(["TMT_MONTH 12..14"]);
    expect(errors(parseNip("198609261899051001", TODAY))).toEqual(["TMT_YEAR 8..12"]);
    expect(errors(parseNip("198609260000001001", TODAY))).toEqual(["TMT_YEAR 8..12", "TMT_MONTH 12..14"]);
  });

  it("TMT_BEFORE_BIRTH: the first day of the TMT month is before the birth date", () => {
    expect(errors(parseNip("198609262015051001".replace("201505", "198608"), TODAY))).toEqual(["TMT_BEFORE_BIRTH 0..14"]);
    expect(errors(parseNip("198609261986091001", TODAY))).toEqual(["TMT_BEFORE_BIRTH 0..14"]); // 1986-09-01 < 1986-09-26
    const sameDay = parseNip("198609011986091001", TODAY); // TMT 1986-09-01, born that day: age 0
    expect(sameDay.valid).toBe(true);
    expect(sameDay.warnings.map(brief)).toEqual(["AGE_UNDER_18 0..14"]);
  });

  it("GENDER_DIGIT: 0 and 3–9 are errors, 1 is PRIA, 2 is WANITA", () => {
    for (const d of "0345678 9".replace(" ", "")) {
      expect(errors(parseNip(`19860926201505${d}001`, TODAY))).toEqual(["GENDER_DIGIT 14..15"]);
    }
    expect(parseNip("198609262015051001", TODAY)).toMatchObject({ jenisKelamin: "PRIA" });
    expect(parseNip("198609262015052001", TODAY)).toMatchObject({ jenisKelamin: "WANITA" });
  });

  it("NOMOR_URUT_ZERO: 000 is an error, 001–999 are valid", () => {
    const p = only("NOMOR_URUT_ZERO", "198609262015051000");
    expect([p.start, p.end]).toEqual([15, 18]);
    expect(parseNip("198609262015051999", TODAY)).toMatchObject({ valid: true, nomorUrut: 999 });
    expect(parseNip("198609262015052010", TODAY)).toMatchObject({ valid: true, nomorUrut: 10 });
  });

  it("reports every error at once, in digit order", () => {
    expect(errors(parseNip("19861331 201513 5 000", TODAY))).toEqual([
      "BIRTH_DATE 0..8",
      "TMT_MONTH 12..14",
      "GENDER_DIGIT 14..15",
      "NOMOR_URUT_ZERO 15..18",
    ]);
  });

  it("every problem has both languages, and the English messages differ by rule", () => {
    const result = parseNip("19861331 201513 5 000", TODAY);
    if (result.valid) throw new Error("expected invalid");
    for (const p of result.problems) {
      expect(p.message.id.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.id).not.toBe(p.message.en);
    }
    expect(new Set(result.problems.map((p) => p.message.en)).size).toBe(result.problems.length);
  });
});

describe("plausibility warnings (fixed today)", () => {
  it("AGE_UNDER_18 at TMT (still valid)", () => {
    const result = parseNip("200801012025051001", TODAY); // 17 at 2025-05-01
    expect(result.valid).toBe(true);
    expect(result.warnings.map(brief)).toEqual(["AGE_UNDER_18 0..14"]);
    expect(result.warnings[0]?.severity).toBe("warning");
    expect(result.warnings[0]?.message.en).toContain("only 17");
    expect(parseNip("200705012025051001", TODAY).warnings).toEqual([]); // 18 exactly on 2025-05-01
    expect(parseNip("200705022025051001", TODAY).warnings.map(brief)).toEqual(["AGE_UNDER_18 0..14"]);
  });

  it("TMT_IN_FUTURE relative to today", () => {
    expect(parseNip("198609262025071001", TODAY).warnings.map(brief)).toEqual(["TMT_IN_FUTURE 8..14"]);
    expect(parseNip("198609262025061001", TODAY).warnings).toEqual([]); // 2025-06-01 ≤ 2025-06-15
    expect(parseNip("198609262025071001", { today: "2025-07-01" }).warnings).toEqual([]);
    expect(parseNip("198609262025071001", { today: "2025-06-30" }).warnings.map(brief)).toEqual(["TMT_IN_FUTURE 8..14"]);
  });

  it("warnings of readable fields are kept on an invalid result", () => {
    const result = parseNip("198609262030013001", TODAY);
    expect(result).toMatchObject({ valid: false });
    expect(errors(result)).toEqual(["GENDER_DIGIT 14..15"]);
    expect(result.warnings.map(brief)).toEqual(["TMT_IN_FUTURE 8..14"]);
  });

  it("is deterministic for a fixed today, and the default today is the current date", () => {
    expect(parseNip("198609262099011001", TODAY)).toEqual(parseNip("198609262099011001", TODAY));
    expect(parseNip("198609262099011001").warnings.map((w) => w.code)).toEqual(["TMT_IN_FUTURE"]);
    expect(parseNip("198609262010011001").warnings).toEqual([]);
  });
});

describe("NI PPPK", () => {
  it("parses the example 199009132025242014", () => {
    expect(parseNiPppk("199009132025242014", TODAY)).toEqual({
      valid: true,
      canonical: "199009132025242014",
      tanggalLahir: "1990-09-13",
      tahunPengangkatan: 2025,
      kode: "24",
      jenisKelamin: "WANITA",
      nomorUrut: 14,
      warnings: [],
    });
    expect(parseNiPppk("19900913 202524 2 014", TODAY)).toMatchObject({ valid: true, canonical: "199009132025242014" });
  });

  it("the NI PPPK example is not a NIP PNS (month 24), with a hint to use parseNiPppk", () => {
    const result = parseNip("199009132025242014", TODAY);
    expect(errors(result)).toEqual(["TMT_MONTH 12..14"]);
    const p = problemsOf(result)[0] as NipProblem;
    expect(p.hint?.en).toContain("parseNiPppk");
    const noHint = parseNip("199009132025243014", TODAY); // gender 3: not an NI PPPK either
    expect(problemsOf(noHint).find((x) => x.code === "TMT_MONTH")?.hint).toBeUndefined();
  });

  it("shares the birth, gender and nomor urut rules", () => {
    expect(errors(parseNiPppk("19901313 2025 24 3 000", TODAY))).toEqual(["BIRTH_DATE 0..8", "GENDER_DIGIT 14..15", "NOMOR_URUT_ZERO 15..18"]);
    expect(errors(parseNiPppk("199009131899242014", TODAY))).toEqual(["TMT_YEAR 8..12"]);
    expect(errors(parseNiPppk("199009131989242014", TODAY))).toEqual(["TMT_BEFORE_BIRTH 0..12"]);
  });

  it("the kode is any two digits", () => {
    for (const kode of ["00", "01", "24", "99"]) {
      expect(parseNiPppk(`19900913 2025 ${kode} 2 014`, TODAY)).toMatchObject({ valid: true, kode });
    }
  });

  it("warnings: under 18 in the appointment year, in the future, before 2019", () => {
    expect(parseNiPppk("200801012025242014", TODAY).warnings.map(brief)).toEqual(["AGE_UNDER_18 0..12"]); // at most 17 in 2025
    expect(parseNiPppk("200712312025242014", TODAY).warnings).toEqual([]); // turns 18 during 2025
    expect(parseNiPppk("199009132026242014", TODAY).warnings.map(brief)).toEqual(["TMT_IN_FUTURE 8..12"]);
    expect(parseNiPppk("199009132018242014", TODAY).warnings.map(brief)).toEqual(["TMT_BEFORE_PPPK 8..12"]);
  });

  it("a NIP PNS usually also fits the NI PPPK layout (the two cannot be told apart by digits alone)", () => {
    expect(parseNiPppk("198609262021051001", TODAY)).toMatchObject({ valid: true, tahunPengangkatan: 2021, kode: "05" });
  });
});

describe("the substr($nip, 3, 3) pitfall", () => {
  it("nomor urut is digits 15–17 (0-based), not 3–5", () => {
    const nip = "198609262015051042";
    expect(nip.substring(3, 6)).toBe("609"); // what the buggy helper shows
    expect(parseNip(nip, TODAY)).toMatchObject({ valid: true, nomorUrut: 42 });
    expect(nip.substring(15, 18)).toBe("042");
    const p = only("NOMOR_URUT_ZERO", "198609262015051000");
    expect(nip.slice(0, p.start) + "042").toBe(nip);
  });
});

describe("formatNip", () => {
  it("groups 8-6-1-3", () => {
    expect(formatNip("198609262015051001")).toBe("19860926 201505 1 001");
    expect(formatNip("19860926.201505.1.001")).toBe("19860926 201505 1 001");
    expect(formatNip("199009132025242014")).toBe("19900913 202524 2 014");
  });

  it("checks only the shape: 18 digits", () => {
    expect(formatNip("198609262015053000")).toBe("19860926 201505 3 000");
    for (const bad of ["", "131110468", "1986092620150510011", "19860926201505100x"]) {
      expect(() => formatNip(bad)).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
    }
  });
});

describe("argument errors (the only throws)", () => {
  it("a non-string input throws INPUT_INVALID", () => {
    for (const value of [198609262015051001, null, undefined, {}]) {
      expect(() => parseNip(value as unknown as string, TODAY)).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
      expect(() => parseNiPppk(value as unknown as string, TODAY)).toThrow(expect.objectContaining({ code: "INPUT_INVALID" }));
    }
  });

  it("an invalid today throws INPUT_INVALID at path today", () => {
    for (const today of ["2025-02-29", "2025-6-1", "15-06-2025", "today", ""]) {
      try {
        parseNip("198609262015051001", { today });
        expect.unreachable();
      } catch (e) {
        expect(isKinerjaError(e) && e.code === "INPUT_INVALID" && e.path.join(".") === "today").toBe(true);
      }
    }
    expect(parseNip("198609262015051001", { today: "2024-02-29" }).valid).toBe(true);
  });
});

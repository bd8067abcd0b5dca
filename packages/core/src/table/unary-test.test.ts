import { describe, expect, it } from "vitest";
import { isKinerjaError } from "../errors.js";
import {
  boundaryPoints,
  compileUnaryTest,
  isNameRef,
  namesOf,
  parseUnaryTest,
  printUnaryTest,
  representatives,
  resolveNames,
  testsIntersect,
  type Scalar,
  type UnaryTest,
} from "./unary-test.js";

function parse(text: string): UnaryTest {
  const result = parseUnaryTest(text);
  if (!result.ok) throw new Error(`unexpected parse error in ${JSON.stringify(text)}: ${result.error.message.en}`);
  return result.test;
}

function matcher(text: string): (value: unknown) => boolean {
  return compileUnaryTest(parse(text));
}

function list(...items: Extract<UnaryTest, { kind: "list" }>["items"]): UnaryTest {
  return { kind: "list", negated: false, items };
}

const PP46_BANDS = [">= 91", "[76..91)", "[61..76)", "[51..61)", "< 51"];

describe("parseUnaryTest: syntax forms", () => {
  it.each(["", "   ", "-", "  -  "])("reads %j as 'any'", (text) => {
    expect(parse(text)).toEqual({ kind: "any" });
  });

  it.each([
    ["< 50", "<", 50],
    ["<50", "<", 50],
    ["<= 50", "<=", 50],
    ["> 90", ">", 90],
    [">=91", ">=", 91],
    ["= 3", "=", 3],
    ["!= 3", "!=", 3],
    ["< -2", "<", -2],
    [">= 0.70", ">=", 0.7],
    ["-1.5", "=", -1.5],
    ["1e3", "=", 1000],
    ["-0", "=", 0],
    ['< "2024-01-01"', "<", "2024-01-01"],
    ["!= null", "!=", null],
  ] as const)("reads %j as a comparison", (text, op, value) => {
    expect(parse(text)).toEqual(list({ kind: "compare", op, value }));
  });

  it("normalises -0 to 0", () => {
    const test = parse("-0");
    expect(test.kind === "list" && Object.is(test.items[0]?.kind === "compare" && test.items[0].value, 0)).toBe(true);
  });

  it.each([
    ["[76..90]", 76, 90, true, true],
    ["(60..75]", 60, 75, false, true],
    ["]60..75]", 60, 75, false, true],
    ["[1..2)", 1, 2, true, false],
    ["[1..2[", 1, 2, true, false],
    ["(1..2)", 1, 2, false, false],
    ["] 1 .. 2 [", 1, 2, false, false],
    ["[-5..-1.5]", -5, -1.5, true, true],
    ['["A".."C")', "A", "C", true, false],
    ["['2024-01-01'..'2024-12-31']", "2024-01-01", "2024-12-31", true, true],
  ] as const)("reads %j as a range", (text, low, high, lowInclusive, highInclusive) => {
    expect(parse(text)).toEqual(list({ kind: "range", low, high, lowInclusive, highInclusive }));
  });

  it.each([
    ["50", 50],
    ['"SESUAI_EKSPEKTASI"', "SESUAI_EKSPEKTASI"],
    ["'x'", "x"],
    ["true", true],
    ["false", false],
    ["null", null],
    ['"say \\"hi\\"\\n\\t\\\\"', 'say "hi"\n\t\\'],
    ["'it\\'s'", "it's"],
    ["'a\"b'", 'a"b'],
    ['""', ""],
  ] as const)("reads the literal %j as an equality", (text, value) => {
    expect(parse(text)).toEqual(list({ kind: "compare", op: "=", value }));
  });

  it.each(["SANGAT_BAIK", "_x1", "Baik", "nothing", "TRUE", "Ñilai_2", "notasi", "nullable"])("reads the bare identifier %j as an equality with a name", (text) => {
    expect(parse(text)).toEqual(list({ kind: "compare", op: "=", value: { name: text } }));
  });

  it("reads disjunction lists with free whitespace", () => {
    expect(parse(' "A" ,"B",  C ')).toEqual(
      list(
        { kind: "compare", op: "=", value: "A" },
        { kind: "compare", op: "=", value: "B" },
        { kind: "compare", op: "=", value: { name: "C" } },
      ),
    );
    expect(parse("< 10, [20..30], > 90")).toEqual(
      list(
        { kind: "compare", op: "<", value: 10 },
        { kind: "range", low: 20, high: 30, lowInclusive: true, highInclusive: true },
        { kind: "compare", op: ">", value: 90 },
      ),
    );
  });

  it("reads not(...) around a list", () => {
    expect(parse(' not ( "A", "B" ) ')).toEqual({
      kind: "list",
      negated: true,
      items: [
        { kind: "compare", op: "=", value: "A" },
        { kind: "compare", op: "=", value: "B" },
      ],
    });
    expect(parse("not(< 10)")).toEqual({ kind: "list", negated: true, items: [{ kind: "compare", op: "<", value: 10 }] });
  });
});

describe("parseUnaryTest: names in comparisons and ranges", () => {
  const ref = (name: string): { name: string } => ({ name });

  it.each([
    [">= batasSangatBaik", ">=", "batasSangatBaik"],
    ["<pemetaan.batasSesuai", "<", "pemetaan.batasSesuai"],
    ["<= a.b.c", "<=", "a.b.c"],
    ["> _x", ">", "_x"],
    ["!= kodeX", "!=", "kodeX"],
    ["!=kode.null", "!=", "kode.null"],
    ["= kodeX", "=", "kodeX"],
    ["batas.sangatBaik", "=", "batas.sangatBaik"],
    ["Ñilai.bátas_2", "=", "Ñilai.bátas_2"],
    ["< nullable", "<", "nullable"],
  ] as const)("reads %j as a comparison with a name", (text, op, name) => {
    expect(parse(text)).toEqual(list({ kind: "compare", op, value: ref(name) }));
  });

  it("reads `= name` exactly like the bare name", () => {
    expect(parse("= SANGAT_BAIK")).toEqual(parse("SANGAT_BAIK"));
  });

  it.each([
    ["[batasBaik..batasSangatBaik)", ref("batasBaik"), ref("batasSangatBaik"), true, false],
    ["[batas.baik..batas.sangatBaik)", ref("batas.baik"), ref("batas.sangatBaik"), true, false],
    ["(batas.cukup..91]", ref("batas.cukup"), 91, false, true],
    ["] 0 .. batas.kurang [", 0, ref("batas.kurang"), false, false],
    ['["A"..kode.akhir]', "A", ref("kode.akhir"), true, true],
    ["[a..b]", ref("a"), ref("b"), true, true],
  ] as const)("reads %j as a range with named bounds", (text, low, high, lowInclusive, highInclusive) => {
    expect(parse(text)).toEqual(list({ kind: "range", low, high, lowInclusive, highInclusive }));
  });

  it("mixes names, literals and not(...) in one list", () => {
    expect(parse('not("A", kodeLain, >= batas.baik)')).toEqual({
      kind: "list",
      negated: true,
      items: [
        { kind: "compare", op: "=", value: "A" },
        { kind: "compare", op: "=", value: ref("kodeLain") },
        { kind: "compare", op: ">=", value: ref("batas.baik") },
      ],
    });
  });

  it("lists the distinct names of a test in order", () => {
    expect(namesOf(parse("[a..b), >= c.d, a, 3, \"x\""))).toEqual(["a", "b", "c.d"]);
    expect(namesOf(parse("-"))).toEqual([]);
  });
});

describe("compileUnaryTest: matching", () => {
  it.each([
    ["[76..90]", [76, 80, 90], [75.99, 90.01, 0]],
    ["(60..75]", [60.0001, 75], [60, 75.0001]],
    ["]60..75]", [60.0001, 75], [60, 75.0001]],
    ["[1..2)", [1, 1.999], [2, 0.999]],
    ["[1..2[", [1, 1.999], [2, 0.999]],
    ["(1..2)", [1.5], [1, 2]],
    ["[-5..-1.5]", [-5, -3, -1.5], [-5.01, -1.49, 0]],
    ["< 50", [49.999, -1, 0], [50, 51]],
    ["<= 50", [50, -1], [50.001]],
    ["> 90", [90.5], [90, 0]],
    [">= 91", [91, 100], [90.999]],
    ["= 3", [3], [3.0001, 2]],
    ["3", [3], [4]],
    ["!= 3", [2, 4, 0], [3]],
    ["< -2", [-2.5, -100], [-2, 0]],
    ["0.70", [0.7], [0.71]],
    ["< 10, [20..30], > 90", [5, 20, 25, 30, 91], [10, 15, 31, 90]],
    ['"A", "B"', ["A", "B"], ["C", "a", ""]],
    ["not(\"A\", \"B\")", ["C", "a"], ["A", "B"]],
    ["not(< 10)", [10, 11], [9, -1]],
    ["true", [true], [false, "true", 1]],
    ["false", [false], [true, 0, ""]],
    ['< "b"', ["a", "B", "Z", "", "abc"], ["b", "ba", "c"]],
    ['< "2024-01-01"', ["2023-12-31"], ["2024-01-01", "2024-06-30"]],
    ['["2024-01-01".."2024-12-31"]', ["2024-01-01", "2024-07-17", "2024-12-31"], ["2023-12-31", "2025-01-01"]],
    ["-", [0, "x", true, null, undefined, {}], []],
  ] as const)("%j matches %j and rejects %j", (text, accepted, rejected) => {
    const match = matcher(text);
    for (const value of accepted) expect(match(value), `${text} on ${String(value)}`).toBe(true);
    for (const value of rejected) expect(match(value), `${text} on ${String(value)}`).toBe(false);
  });

  it("handles null: only '-', 'null', '!= null' and not(...) without null decide on null", () => {
    const onNull = (text: string): [boolean, boolean] => [matcher(text)(null), matcher(text)(undefined)];
    expect(onNull("-")).toEqual([true, true]);
    expect(onNull("null")).toEqual([true, true]);
    expect(onNull("= null")).toEqual([true, true]);
    expect(onNull("< 50")).toEqual([false, false]);
    expect(onNull("[1..2]")).toEqual([false, false]);
    expect(onNull("!= 3")).toEqual([false, false]);
    expect(onNull("!= null")).toEqual([false, false]);
    expect(onNull("0")).toEqual([false, false]);
    expect(onNull("not(< 10)")).toEqual([true, true]);
    expect(onNull("not(null)")).toEqual([false, false]);
    expect(onNull("not(null, 1)")).toEqual([false, false]);
    expect(matcher("!= null")(0)).toBe(true);
    expect(matcher("null")(0)).toBe(false);
    expect(matcher("not(null)")(0)).toBe(true);
  });

  it("is strict about types: a comparison across types is false", () => {
    expect(matcher("< 50")("10")).toBe(false);
    expect(matcher('"50"')(50)).toBe(false);
    expect(matcher("50")("50")).toBe(false);
    expect(matcher("[1..5]")("3")).toBe(false);
    expect(matcher('["A".."C"]')(2)).toBe(false);
    expect(matcher('["A".."C"]')("B")).toBe(true);
    expect(matcher("!= 3")("x")).toBe(false);
    expect(matcher('!= "x"')(3)).toBe(false);
    expect(matcher("true")(1)).toBe(false);
    expect(matcher("> 0")(true)).toBe(false);
    expect(matcher("not(< 50)")("10")).toBe(true);
  });

  it("never matches non-scalar inputs with an item", () => {
    for (const text of ["!= null", "!= 3", "< 5", "null"]) expect(matcher(text)({})).toBe(false);
    expect(matcher("not(1)")([1])).toBe(true);
  });

  it.each(["SANGAT_BAIK", ">= batas.baik", "[batas.baik..91)", "(0..batas.baik]"])("refuses to compile the unresolved name in %j", (text) => {
    let thrown: unknown;
    try {
      compileUnaryTest(parse(text));
    } catch (e) {
      thrown = e;
    }
    expect(isKinerjaError(thrown) && thrown.code).toBe("UNKNOWN_NAME");
  });
});

describe("resolveNames", () => {
  const predikat: Readonly<Record<string, Scalar>> = { SANGAT_BAIK: "SANGAT_BAIK", BAIK: "BAIK", NOL: 0 };
  const resolve = (name: string): Scalar | undefined => (Object.hasOwn(predikat, name) ? predikat[name] : undefined);

  it("replaces known names with equality tests", () => {
    const result = resolveNames(parse('SANGAT_BAIK, BAIK, "CUKUP", NOL'), resolve);
    expect(result).toEqual({
      ok: true,
      test: list(
        { kind: "compare", op: "=", value: "SANGAT_BAIK" },
        { kind: "compare", op: "=", value: "BAIK" },
        { kind: "compare", op: "=", value: "CUKUP" },
        { kind: "compare", op: "=", value: 0 },
      ),
    });
    if (!result.ok) return;
    const match = compileUnaryTest(result.test);
    expect([match("SANGAT_BAIK"), match("CUKUP"), match(0), match("KURANG")]).toEqual([true, true, true, false]);
  });

  it("keeps negation and passes 'any' through", () => {
    const result = resolveNames(parse("not(BAIK)"), resolve);
    expect(result).toEqual({
      ok: true,
      test: { kind: "list", negated: true, items: [{ kind: "compare", op: "=", value: "BAIK" }] },
    });
    expect(resolveNames({ kind: "any" }, resolve)).toEqual({ ok: true, test: { kind: "any" } });
  });

  it("resolves names in comparisons and range bounds, keeping the operators and brackets", () => {
    const batas: Readonly<Record<string, Scalar>> = { "batas.baik": 76, "batas.sangatBaik": 91, awal: "2024-01-01", akhir: "2024-12-31", kosong: null };
    const lookup = (name: string): Scalar | undefined => (Object.hasOwn(batas, name) ? batas[name] : undefined);
    const result = resolveNames(parse("[batas.baik..batas.sangatBaik), >= batas.sangatBaik, != kosong, [awal..akhir]"), lookup);
    expect(result).toEqual({
      ok: true,
      test: list(
        { kind: "range", low: 76, high: 91, lowInclusive: true, highInclusive: false },
        { kind: "compare", op: ">=", value: 91 },
        { kind: "compare", op: "!=", value: null },
        { kind: "range", low: "2024-01-01", high: "2024-12-31", lowInclusive: true, highInclusive: true },
      ),
    });
    if (!result.ok) return;
    expect(printUnaryTest(result.test)).toBe('[76..91), >= 91, != null, ["2024-01-01".."2024-12-31"]');
    const match = compileUnaryTest(result.test);
    expect([75.9, 76, 90.99, 91, 1000, "2024-06-30", "2025-01-01"].map(match)).toEqual([true, true, true, true, true, true, true]);
    expect(match(null)).toBe(false);
  });

  it("reads a resolved -0 as 0", () => {
    const result = resolveNames(parse(">= nol"), () => -0);
    expect(result.ok && result.test.kind === "list" && Object.is(result.test.items[0]?.kind === "compare" && result.test.items[0].value, 0)).toBe(true);
  });

  it.each([
    ["< flag", "Operator '<' can only compare numbers or strings, but 'flag' is true", "Operator '<' hanya dapat membandingkan angka atau teks"],
    [">= kosong", "Operator '>=' can only compare numbers or strings, but 'kosong' is null", "sedangkan 'kosong' bernilai null"],
    ["[flag..1]", "A range bound must be a number or a string, but 'flag' is true", "Batas rentang harus berupa angka atau teks"],
    ["[0..kosong)", "but 'kosong' is null", "bernilai null"],
    ["[angka..teks]", "The low and high bounds of the range '[angka..teks]' must have the same type", "harus sejenis"],
    ['[angka.."Z"]', "must have the same type", "harus sejenis"],
  ])("reports %j as a TYPE_MISMATCH once its names are resolved", (text, en, id) => {
    const values: Readonly<Record<string, Scalar>> = { flag: true, kosong: null, angka: 1, teks: "x" };
    const result = resolveNames(parse(text), (name) => values[name]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("TYPE_MISMATCH");
    expect(result.error.message.en).toContain(en);
    expect(result.error.message.id).toContain(id);
  });

  it("accepts `= name` and `!= name` for any scalar", () => {
    const values: Readonly<Record<string, Scalar>> = { flag: true, kosong: null };
    const result = resolveNames(parse("= flag, != kosong"), (name) => values[name]);
    expect(result).toEqual({ ok: true, test: list({ kind: "compare", op: "=", value: true }, { kind: "compare", op: "!=", value: null }) });
  });

  it("reports every unknown name in both languages", () => {
    const result = resolveNames(parse("SANGAT_BAIK, BAIKK, BURUK"), resolve);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "UNKNOWN_NAME",
        message: { id: "Nama tidak dikenal: BAIKK, BURUK", en: "Unknown name(s): BAIKK, BURUK" },
        start: 0,
        end: 0,
      },
    });
  });
});

describe("parseUnaryTest: errors", () => {
  it.each([
    ["@", 0, 1, "Unexpected character '@'", "Karakter tak terduga '@'"],
    ["< 5 😀", 4, 6, "Expected ',' or the end of the cell, found '😀'", "ditemukan '😀'"],
    ["1, ,2", 3, 4, "Expected a test here", "Diharapkan sebuah uji"],
    ["1,", 2, 2, "Expected a test here", "Diharapkan sebuah uji"],
    ["not()", 4, 5, "Expected a test here", "Diharapkan sebuah uji"],
    ["== 3", 0, 1, "Expected a number, string, true, false, null or a name after '='", "setelah '='"],
    ["< @", 0, 1, "after '<'", "setelah '<'"],
    ["< not", 0, 1, "after '<'", "setelah '<'"],
    [">=", 0, 2, "after '>='", "setelah '>='"],
    ["!5", 0, 1, "Unexpected character '!'", "Karakter tak terduga '!'"],
    ["< true", 2, 6, "Operator '<' can only compare numbers or strings", "hanya dapat membandingkan angka atau teks"],
    [">= null", 3, 7, "Operator '>=' can only compare", "Operator '>=' hanya"],
    ["[@..2]", 1, 2, "A range bound must be a number, a string or a name", "Batas rentang harus"],
    ["[true..2]", 1, 5, "A range bound must be", "Batas rentang harus"],
    ["[1..null)", 4, 8, "A range bound must be", "Batas rentang harus"],
    ["batas.", 5, 6, "Expected a field name after '.'", "Diharapkan nama kolom setelah '.'"],
    [">= batas.1", 8, 10, "Expected a field name after '.'", "Diharapkan nama kolom setelah '.'"],
    ["[batas. baik..1]", 6, 8, "Expected a field name after '.'", "nama kolom"],
    ["batas..baik", 5, 6, "Expected ',' or the end of the cell, found '.'", "ditemukan '.'"],
    ["[a...b]", 4, 5, "A range bound must be", "Batas rentang harus"],
    ["[a..b", 5, 5, "Expected ']' or ')' to close the range", "untuk menutup rentang"],
    ["batas .baik", 6, 7, "Expected ',' or the end of the cell, found '.'", "ditemukan '.'"],
    ["null.x", 4, 5, "found '.'", "ditemukan '.'"],
    ["[1 2]", 3, 4, "Expected '..'", "Diharapkan '..'"],
    ["[1..2", 5, 5, "Expected ']' or ')' to close the range", "untuk menutup rentang"],
    ["[1..2}", 5, 6, "Expected ']' or ')'", "Diharapkan ']' atau ')'"],
    ['[1.."a"]', 0, 8, "must have the same type", "harus sejenis"],
    ['"abc', 0, 4, 'String is not closed with "', 'Teks tidak ditutup dengan "'],
    ["'ab\\", 0, 4, "String is not closed with '", "Teks tidak ditutup dengan '"],
    ['"a\\q"', 2, 4, "Unknown escape '\\q'", "Escape '\\q' tidak dikenal"],
    ["- 5", 0, 1, "'-' (any value) must stand alone", "harus berdiri sendiri"],
    ["-, 1", 0, 1, "must stand alone", "berdiri sendiri"],
    ["1e999", 0, 5, "Number 1e999 is too large", "Angka 1e999 terlalu besar"],
    ["1..2", 1, 2, "found '.'", "ditemukan '.'"],
    ["50 60", 3, 4, "Expected ',' or the end of the cell, found '6'", "Diharapkan ',' atau akhir sel"],
    ["x, not(1)", 3, 6, "not(...) may only wrap the whole cell", "hanya boleh membungkus"],
    ["not(not(1))", 4, 7, "not(...) may only wrap the whole cell", "hanya boleh membungkus"],
    ["not 1", 4, 5, "Expected '(' after not", "Diharapkan '(' setelah not"],
    ["not", 3, 3, "Expected '(' after not", "Diharapkan '(' setelah not"],
    ["not(1", 5, 5, "Expected ',' or ')' to close not(", "untuk menutup not("],
    ["not(1 2)", 6, 7, "to close not(", "untuk menutup not("],
    ["not(1), 2", 6, 7, "Expected the end of the cell after not(...), found ','", "setelah not(...)"],
  ] as const)("rejects %j at %i..%i", (text, start, end, en, id) => {
    const result = parseUnaryTest(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ start: result.error.start, end: result.error.end }).toEqual({ start, end });
    expect(result.error.message.en).toContain(en);
    expect(result.error.message.id).toContain(id);
    expect(result.error.message.id).not.toBe(result.error.message.en);
  });
});

describe("printUnaryTest", () => {
  it.each([
    ["", "-"],
    [" - ", "-"],
    ["<50", "< 50"],
    [" >=  91 ", ">= 91"],
    ["= 3", "3"],
    ["!=3", "!= 3"],
    ["0.70", "0.7"],
    ["-1.5", "-1.5"],
    ["]60..75]", "(60..75]"],
    ["[1..2[", "[1..2)"],
    ["( 1 .. 2 )", "(1..2)"],
    ["'x'", '"x"'],
    ["'a\"b\\\\c\\n'", '"a\\"b\\\\c\\n"'],
    ['"A","B"', '"A", "B"'],
    ["not ( < 10 ,[20..30] )", "not(< 10, [20..30])"],
    ["SANGAT_BAIK, true, null", "SANGAT_BAIK, true, null"],
    ["= kodeX", "kodeX"],
    [">=batas.sangatBaik", ">= batas.sangatBaik"],
    ["!=  kode.x", "!= kode.x"],
    ["] batas.baik .. batas.sangatBaik [", "(batas.baik..batas.sangatBaik)"],
    ["[0..batas.kurang]", "[0..batas.kurang]"],
    ["not( 'A' ,kodeLain )", 'not("A", kodeLain)'],
    ['< "2024-01-01"', '< "2024-01-01"'],
    ["= null", "null"],
    ["1e21", "1e+21"],
  ])("prints %j as %j, which reads back to the same test", (text, printed) => {
    const test = parse(text);
    expect(printUnaryTest(test)).toBe(printed);
    expect(parse(printed)).toEqual(test);
  });
});

describe("isNameRef", () => {
  it("tells names from literals", () => {
    expect([{ name: "a" }, 1, "a", true, null].map(isNameRef)).toEqual([true, false, false, false, false]);
  });
});

describe("boundaryPoints", () => {
  it("collects sorted distinct values per type", () => {
    const tests = ['< 10, [2..30)', '"B", "A", ["A".."C"]', "not(true, null)", "10", "SANGAT_BAIK", ">= batas.baik, [batas.baik..99]", "-"].map(parse);
    expect(boundaryPoints(tests)).toEqual({
      numbers: [2, 10, 30, 99],
      strings: ["A", "B", "C"],
      booleans: [true],
      hasNull: true,
    });
  });

  it("returns empty sets for 'any' tests", () => {
    expect(boundaryPoints([parse("-")])).toEqual({ numbers: [], strings: [], booleans: [], hasNull: false });
  });
});

describe("representatives", () => {
  const bands = PP46_BANDS.map(parse);

  it("covers the PP 46/2011 score bands with boundaries, midpoints and both outsides", () => {
    expect(representatives(bands, { kind: "number" })).toEqual([50, 51, 56, 61, 68.5, 76, 83.5, 91, 92]);
  });

  it("clips to a [0, 100] domain, keeping both domain ends", () => {
    expect(representatives(bands, { kind: "number", min: 0, max: 100 })).toEqual([
      0, 25.5, 51, 56, 61, 68.5, 76, 83.5, 91, 95.5, 100,
    ]);
    expect(representatives(bands, { kind: "number", min: 60 })).toEqual([60, 60.5, 61, 68.5, 76, 83.5, 91, 92]);
  });

  it("shows the PP 46/2011 bands are complete and unique: every representative is matched once", () => {
    const matchers = bands.map(compileUnaryTest);
    for (const value of representatives(bands, { kind: "number" })) {
      expect(matchers.filter((m) => m(value)).length, `value ${String(value)}`).toBe(1);
    }
  });

  it("finds a gap when a band is missing", () => {
    const incomplete = bands.slice(0, 4);
    const matchers = incomplete.map(compileUnaryTest);
    const gaps = representatives(incomplete, { kind: "number" }).filter((v) => !matchers.some((m) => m(v)));
    expect(gaps).toEqual([50]);
  });

  it("uses a single point when no test mentions a number", () => {
    expect(representatives([parse("-")], { kind: "number" })).toEqual([0]);
  });

  it("lists enum values, booleans, and strings with one unused string", () => {
    const tests = ['"SANGAT_BAIK"', '"X"', 'not("BAIK")'].map(parse);
    expect(representatives(tests, { kind: "enum", values: ["SANGAT_BAIK", "BAIK", "CUKUP"] })).toEqual([
      "SANGAT_BAIK",
      "BAIK",
      "CUKUP",
    ]);
    expect(representatives(tests, { kind: "string" })).toEqual(["BAIK", "SANGAT_BAIK", "X", ""]);
    expect(representatives(['""'].map(parse), { kind: "string" })).toEqual(["", "?"]);
    expect(representatives([parse("true")], { kind: "boolean" })).toEqual([false, true]);
  });

  it("adds successors between string literals when strings are ordered", () => {
    expect(representatives([parse('< "b"'), parse('"a"')], { kind: "string" })).toEqual(["", "a", "a\0", "b", "b\0"]);
  });

  it("includes null only when a test mentions null", () => {
    expect(representatives([parse("null"), parse("1")], { kind: "number" })).toEqual([0, 1, 2, null]);
    expect(representatives([parse("not(1)")], { kind: "number" })).not.toContain(null);
  });
});

describe("testsIntersect", () => {
  const number = { kind: "number" } as const;

  it("finds no overlap between the PP 46/2011 bands, and overlap with themselves", () => {
    const bands = PP46_BANDS.map(parse);
    bands.forEach((a, i) =>
      bands.forEach((b, j) => expect(testsIntersect(a, b, number), `${PP46_BANDS[i]} & ${PP46_BANDS[j]}`).toBe(i === j)),
    );
  });

  it.each([
    ["[1..2]", "[2..3]", true],
    ["[1..2)", "[2..3]", false],
    ["(1..2)", "(1.5..1.5000001)", true],
    ["< 5", "> 4.999", true],
    ["< 5", ">= 5", false],
    ["!= 3", "3", false],
    ["not(< 0, > 10)", "[10..20]", true],
    ["not(< 0, >= 10)", "[10..20]", false],
    ["-", "[5..1]", false],
    ["null", "-", true],
    ["null", "not(null)", false],
  ])("number: %j and %j intersect → %s", (a, b, expected) => {
    expect(testsIntersect(parse(a), parse(b), number)).toBe(expected);
    expect(testsIntersect(parse(b), parse(a), number)).toBe(expected);
  });

  it("respects the domain bounds", () => {
    expect(testsIntersect(parse("< 0"), parse("-"), number)).toBe(true);
    expect(testsIntersect(parse("< 0"), parse("-"), { kind: "number", min: 0, max: 100 })).toBe(false);
    expect(testsIntersect(parse("> 99"), parse("> 99.5"), { kind: "number", min: 0, max: 100 })).toBe(true);
  });

  it("handles enums, strings and booleans", () => {
    const predikat = { kind: "enum", values: ["SANGAT_BAIK", "BAIK", "CUKUP"] } as const;
    expect(testsIntersect(parse('"BAIK"'), parse('not("BAIK")'), predikat)).toBe(false);
    expect(testsIntersect(parse('not("BAIK", "CUKUP")'), parse('not("SANGAT_BAIK", "CUKUP")'), predikat)).toBe(false);
    expect(testsIntersect(parse('not("BAIK")'), parse('not("CUKUP")'), predikat)).toBe(true);
    expect(testsIntersect(parse('not("A")'), parse('not("B")'), { kind: "string" })).toBe(true);
    expect(testsIntersect(parse('< "b"'), parse('> "a"'), { kind: "string" })).toBe(true);
    expect(testsIntersect(parse('> "a"'), parse('< "a\\n"'), { kind: "string" })).toBe(true);
    expect(testsIntersect(parse('< "b"'), parse('>= "b"'), { kind: "string" })).toBe(false);
    expect(testsIntersect(parse("true"), parse("not(true)"), { kind: "boolean" })).toBe(false);
    expect(testsIntersect(parse("false"), parse("not(true)"), { kind: "boolean" })).toBe(true);
  });
});

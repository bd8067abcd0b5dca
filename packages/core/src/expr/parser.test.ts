import { describe, expect, it } from "vitest";
import type { BinaryOperator, Expression, UnaryOperator } from "./ast.js";
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, parseExpression, type SyntaxProblem } from "./parser.js";
import { stripSpans } from "./printer.js";

// ── helpers: expected trees without spans ─────────────────────────────────────

const num = (raw: string) => ({ type: "number", value: Number(raw), raw });
const str = (value: string) => ({ type: "string", value });
const bool = (value: boolean) => ({ type: "boolean", value });
const nul = { type: "null" };
const id = (name: string) => ({ type: "identifier", name });
const bin = (operator: BinaryOperator, left: unknown, right: unknown) => ({ type: "binary", operator, left, right });
const un = (operator: UnaryOperator, operand: unknown) => ({ type: "unary", operator, operand });
const mem = (object: unknown, property: string) => ({ type: "member", object, property });
const idx = (object: unknown, index: unknown) => ({ type: "index", object, index });
const list = (...items: unknown[]) => ({ type: "list", items });
const call = (callee: string, ...args: unknown[]) => ({ type: "call", callee, args });
const lam = (param: string, body: unknown) => ({ type: "lambda", param, body });
const cond = (test: unknown, consequent: unknown, alternate: unknown) => ({ type: "if", test, consequent, alternate });

function parsed(source: string): Expression {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`unexpected syntax error: ${result.error.message.en}`);
  return result.expression;
}

const tree = (source: string): unknown => stripSpans(parsed(source));

function problem(source: string): SyntaxProblem {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`expected a syntax error for ${JSON.stringify(source)}`);
  const { message } = result.error;
  expect(message.id.length).toBeGreaterThan(0);
  expect(message.en.length).toBeGreaterThan(0);
  expect(message.id).not.toBe(message.en);
  expect(message.id).not.toMatch(/\{\w+\}/);
  expect(message.en).not.toMatch(/\{\w+\}/);
  return result.error;
}

// ── tests ─────────────────────────────────────────────────────────────────────

describe("parseExpression: literals", () => {
  it.each(["12", "0", "0.70", ".5", "1e3", "1.5E-2", "2e+4", "007"])("number %s keeps raw text", (raw) => {
    expect(tree(raw)).toEqual(num(raw));
  });

  it("reads string literals with both quotes and every escape", () => {
    expect(tree(`"abc"`)).toEqual(str("abc"));
    expect(tree(`'abc'`)).toEqual(str("abc"));
    expect(tree(String.raw`"a\\b\"c\'d\ne\tf\u0041\u00e9"`)).toEqual(str("a\\b\"c'd\ne\tfAé"));
    expect(tree(`'it"s'`)).toEqual(str('it"s'));
    expect(tree(`""`)).toEqual(str(""));
    expect(tree(`"// not a comment /* */"`)).toEqual(str("// not a comment /* */"));
  });

  it("reads true, false, null and identifiers", () => {
    expect(tree("true")).toEqual(bool(true));
    expect(tree("false")).toEqual(bool(false));
    expect(tree("null")).toEqual(nul);
    expect(tree("_nilai_2")).toEqual(id("_nilai_2"));
    expect(tree("TRUE")).toEqual(id("TRUE"));
    expect(tree("iff")).toEqual(id("iff"));
    expect(tree("notes")).toEqual(id("notes"));
  });

  it("keeps unary minus on a number literal as a unary node", () => {
    expect(tree("-1")).toEqual(un("-", num("1")));
    expect(tree("--1")).toEqual(un("-", un("-", num("1"))));
  });
});

describe("parseExpression: precedence and associativity", () => {
  it("multiplies before adding", () => {
    expect(tree("a + b * c")).toEqual(bin("+", id("a"), bin("*", id("b"), id("c"))));
    expect(tree("a * b + c")).toEqual(bin("+", bin("*", id("a"), id("b")), id("c")));
  });

  it("associates arithmetic to the left", () => {
    expect(tree("a - b - c")).toEqual(bin("-", bin("-", id("a"), id("b")), id("c")));
    expect(tree("a / b * c")).toEqual(bin("*", bin("/", id("a"), id("b")), id("c")));
    expect(tree("a - (b - c)")).toEqual(bin("-", id("a"), bin("-", id("b"), id("c"))));
  });

  it("associates and/or to the left, and binds and tighter than or", () => {
    expect(tree("a or b or c")).toEqual(bin("or", bin("or", id("a"), id("b")), id("c")));
    expect(tree("a and b and c")).toEqual(bin("and", bin("and", id("a"), id("b")), id("c")));
    expect(tree("a or b and c")).toEqual(bin("or", id("a"), bin("and", id("b"), id("c"))));
  });

  it("binds not looser than comparison and tighter than and", () => {
    expect(tree("not a = b")).toEqual(un("not", bin("=", id("a"), id("b"))));
    expect(tree("not a and b")).toEqual(bin("and", un("not", id("a")), id("b")));
    expect(tree("not not a")).toEqual(un("not", un("not", id("a"))));
  });

  it("compares arithmetic results", () => {
    expect(tree("a + 1 >= b * 2")).toEqual(bin(">=", bin("+", id("a"), num("1")), bin("*", id("b"), num("2"))));
    expect(tree("x in [1, 2]")).toEqual(bin("in", id("x"), list(num("1"), num("2"))));
  });

  it.each([
    ["=", "="],
    ["==", "="],
    ["!=", "!="],
    ["<>", "!="],
    ["<", "<"],
    ["<=", "<="],
    [">", ">"],
    [">=", ">="],
  ] as const)("reads comparison %s as %s", (written, operator) => {
    expect(tree(`a ${written} b`)).toEqual(bin(operator, id("a"), id("b")));
  });

  it("binds unary minus tighter than multiplication and looser than postfix", () => {
    expect(tree("-a * b")).toEqual(bin("*", un("-", id("a")), id("b")));
    expect(tree("-a.b")).toEqual(un("-", mem(id("a"), "b")));
    expect(tree("a - -b")).toEqual(bin("-", id("a"), un("-", id("b"))));
  });
});

describe("parseExpression: postfix, calls, lists, lambdas", () => {
  it("chains member and index access", () => {
    expect(tree("a.b.c")).toEqual(mem(mem(id("a"), "b"), "c"));
    expect(tree("a[0].b[i + 1]")).toEqual(idx(mem(idx(id("a"), num("0")), "b"), bin("+", id("i"), num("1"))));
    expect(tree("(a + b).x")).toEqual(mem(bin("+", id("a"), id("b")), "x"));
    expect(tree("f(x).y")).toEqual(mem(call("f", id("x")), "y"));
    expect(tree("1.x")).toEqual(mem(num("1"), "x"));
  });

  it("reads calls and lists with zero or more items", () => {
    expect(tree("f()")).toEqual(call("f"));
    expect(tree("max(a, b, 3)")).toEqual(call("max", id("a"), id("b"), num("3")));
    expect(tree("[]")).toEqual(list());
    expect(tree("[1, [2], 'x']")).toEqual(list(num("1"), list(num("2")), str("x")));
    expect(tree("[1, 2][0]")).toEqual(idx(list(num("1"), num("2")), num("0")));
  });

  it("reads lambdas whose body extends as far right as possible", () => {
    expect(tree("x => x + 1")).toEqual(lam("x", bin("+", id("x"), num("1"))));
    expect(tree("x => y => x")).toEqual(lam("x", lam("y", id("x"))));
    expect(tree("f(x => x.a > 1, y)")).toEqual(call("f", lam("x", bin(">", mem(id("x"), "a"), num("1"))), id("y")));
    expect(tree("(x => x).y")).toEqual(mem(lam("x", id("x")), "y"));
  });

  it("parses a weighted average with lambdas", () => {
    expect(tree("wavg(indikator, i => i.capaian, i => i.bobot)")).toEqual(
      call("wavg", id("indikator"), lam("i", mem(id("i"), "capaian")), lam("i", mem(id("i"), "bobot"))),
    );
  });

  it("parses a PP 46/2011-style behaviour formula", () => {
    const inner = bin("*", bin("/", bin("-", bin("*", num("1.76"), id("TW")), id("RW")), id("TW")), num("100"));
    expect(tree("76 - ((1.76 * TW - RW) / TW * 100 - 100)")).toEqual(bin("-", num("76"), bin("-", inner, num("100"))));
  });
});

describe("parseExpression: if-then-else", () => {
  it("nests in every position", () => {
    expect(tree("if a then b else c")).toEqual(cond(id("a"), id("b"), id("c")));
    expect(tree("if a then b else if c then d else e")).toEqual(cond(id("a"), id("b"), cond(id("c"), id("d"), id("e"))));
    expect(tree("if if a then b else c then d else e")).toEqual(cond(cond(id("a"), id("b"), id("c")), id("d"), id("e")));
    expect(tree("if a then if b then c else d else e")).toEqual(cond(id("a"), cond(id("b"), id("c"), id("d")), id("e")));
  });

  it("lets the else branch extend to the right and needs parentheses inside operators", () => {
    expect(tree("if a then 1 else 2 + 3")).toEqual(cond(id("a"), num("1"), bin("+", num("2"), num("3"))));
    expect(tree("(if a then 1 else 2) + 3")).toEqual(bin("+", cond(id("a"), num("1"), num("2")), num("3")));
  });
});

describe("parseExpression: layout", () => {
  it("ignores whitespace, newlines and comments", () => {
    const source = "// heading\n a /* plus */ +\n\t// more\r\n b // trailing";
    expect(tree(source)).toEqual(bin("+", id("a"), id("b")));
    expect(tree("a/**/-/* x */b")).toEqual(bin("-", id("a"), id("b")));
  });

  it("gives every node a span covering its full text", () => {
    const e = parsed("  f(x.y, -2) * (a + b)  ");
    expect(e).toMatchObject({ type: "binary", start: 2, end: 22 });
    if (e.type !== "binary" || e.left.type !== "call" || e.right.type !== "binary") throw new Error("shape");
    expect(e.left).toMatchObject({ start: 2, end: 12 });
    expect(e.left.args[0]).toMatchObject({ type: "member", start: 4, end: 7 });
    expect(e.left.args[1]).toMatchObject({ type: "unary", start: 9, end: 11 });
    expect(e.right).toMatchObject({ start: 16, end: 21 });
    expect(e.right.left).toMatchObject({ type: "identifier", start: 16, end: 17 });
  });

  it("includes enclosing parentheses in the parent's span", () => {
    const e = parsed("(a + b).x");
    expect(e).toMatchObject({ type: "member", start: 0, end: 9 });
    const f = parsed("if c then 1 else (2)");
    expect(f).toMatchObject({ start: 0, end: 20 });
    expect(parsed("x => (x)")).toMatchObject({ start: 0, end: 8 });
    expect(parsed(`"a\\n"`)).toMatchObject({ start: 0, end: 5 });
    expect(parsed("[1, 2]")).toMatchObject({ start: 0, end: 6 });
    expect(parsed("a[0]")).toMatchObject({ start: 0, end: 4 });
  });
});

describe("parseExpression: errors", () => {
  it.each([
    ["if (a then 1 else 2", 6, "Expected ')' at position 6, found 'then'"],
    ["a + #", 4, "Unknown character '#' at position 4"],
    ["a && b", 2, "use 'and'"],
    ["!a", 0, "use 'not'"],
    ["x + 'abc", 4, "Unterminated string starting at position 4"],
    ["'ab\ncd'", 0, "Unterminated string"],
    ["a /* open", 2, "Unterminated comment"],
    [`"\\q"`, 1, "Invalid escape '\\q'"],
    [`"\\u12G4"`, 1, "Invalid escape '\\u'"],
    ["1e", 0, "Malformed number '1e'"],
    ["12abc", 0, "Malformed number '12abc'"],
    ["1. + 2", 0, "Malformed number '1.'"],
    ["x * 2.", 4, "Malformed number '2.'"],
    ["1e999", 0, "is too large"],
    ["a +", 3, "Unexpected end of expression at position 3; expected an expression"],
    ["(a", 2, "expected ')'"],
    ["[1, 2", 5, "expected ',' or ']'"],
    ["f(1 2)", 4, "Expected ',' or ')' at position 4, found '2'"],
    ["a b", 2, "Expected the end of the expression at position 2, found 'b'"],
    ["a)", 1, "found ')'"],
    ["a + * b", 4, "Expected an expression at position 4, found '*'"],
    ["if a then b", 11, "expected 'else'"],
    ["if a else b", 5, "Expected 'then' at position 5, found 'else'"],
    ["a.", 2, "expected a name"],
    ["a.1", 1, "found '.1'"],
    ["[1, ]", 4, "found ']'"],
  ] as const)("%j fails at %i", (source, start, english) => {
    const error = problem(source);
    expect(error.start).toBe(start);
    expect(error.message.en).toContain(english);
  });

  it("reports an empty expression", () => {
    expect(problem("").message.en).toBe("The expression is empty");
    expect(problem("  // nothing\n").start).toBe(0);
  });

  it("points at the unknown character and its Indonesian message", () => {
    const error = problem("x + #");
    expect(error).toMatchObject({ start: 4, end: 5 });
    expect(error.message.id).toBe("Karakter tidak dikenal '#' pada posisi 4");
  });

  it("renders the expected-token message in both languages", () => {
    const { message } = problem("(a then");
    expect(message).toEqual({
      id: "Diharapkan ')' pada posisi 3, ditemukan 'then'",
      en: "Expected ')' at position 3, found 'then'",
    });
  });

  it("rejects chained comparisons at the second operator", () => {
    for (const source of ["a < b < c", "a = b = c", "a < b in c", "1 <= x <> 2"]) {
      const error = problem(source);
      expect(error.message.en).toContain("Comparisons cannot be chained");
      expect(source.slice(error.start, error.end)).toMatch(/^(<|=|in|<>)$/);
    }
    expect(tree("a < b and b < c")).toEqual(bin("and", bin("<", id("a"), id("b")), bin("<", id("b"), id("c"))));
    expect(tree("(a < b) = c")).toEqual(bin("=", bin("<", id("a"), id("b")), id("c")));
  });

  it.each([
    ["x.if", 2],
    ["if => 1", 0],
    ["f(then => 1)", 2],
    ["in(x)", 0],
    ["a.null", 2],
    ["1 + true(1)", 4],
  ] as const)("rejects reserved word as a name in %j", (source, start) => {
    const error = problem(source);
    expect(error.start).toBe(start);
    expect(error.message.en).toContain("Reserved word");
    expect(error.message.id).toContain("Kata kunci");
  });

  it("rejects a reserved word where an expression is expected", () => {
    expect(problem("a + then").message.en).toBe("Expected an expression at position 4, found 'then'");
    expect(problem("else").start).toBe(0);
  });

  it.each([
    ["1 + if a then b else c", 4, "'if'"],
    ["-if a then b else c", 1, "'if'"],
    ["a = not b", 4, "'not'"],
    ["1 + x => x", 4, "lambda"],
    ["-x => x", 1, "lambda"],
  ] as const)("asks for parentheses in %j", (source, start, construct) => {
    const error = problem(source);
    expect(error.start).toBe(start);
    expect(error.message.en).toContain(`The ${construct} expression`);
    expect(error.message.en).toContain("parentheses");
  });
});

describe("parseExpression: limits on untrusted input", () => {
  it("rejects sources longer than the maximum", () => {
    const source = `1${" + 1".repeat(MAX_EXPRESSION_LENGTH / 4)}`;
    const error = problem(source);
    expect(error.start).toBe(MAX_EXPRESSION_LENGTH);
    expect(error.message.en).toContain("too long");
    expect(parseExpression(" ".repeat(MAX_EXPRESSION_LENGTH - 1) + "1").ok).toBe(true);
  });

  it("accepts nesting up to the depth limit", () => {
    const depth = MAX_EXPRESSION_DEPTH - 1;
    expect(parseExpression(`${"(".repeat(depth)}1${")".repeat(depth)}`).ok).toBe(true);
    expect(parseExpression(`${"-".repeat(depth)}1`).ok).toBe(true);
  });

  it.each([
    ["parentheses", `${"(".repeat(5000)}1${")".repeat(5000)}`],
    ["unary minus", `${"-".repeat(10_000)}1`],
    ["not", `${"not ".repeat(4000)}a`],
    ["lists", `${"[".repeat(5000)}${"]".repeat(5000)}`],
    ["calls", `${"f(".repeat(5000)}${")".repeat(5000)}`],
    ["if", `${"if a then ".repeat(1000)}1${" else 2".repeat(1000)}`],
    ["lambdas", `${"x => ".repeat(3000)}x`],
    ["left-associative chains", `1${" + 1".repeat(4000)}`],
    ["member chains", `a${".b".repeat(5000)}`],
  ])("reports deep %s as a syntax error instead of overflowing the stack", (_label, source) => {
    const error = problem(source);
    expect(error.message.en).toContain("nested too deeply");
    expect(error.message.id).toContain("terlalu bertingkat");
  });

  it("never throws on arbitrary junk", () => {
    for (const source of ["\u0000", "'\\", '"\\u12', "/*", "a.", "=>", "[,]", "(((", "\ud800", "1..2", "😀"]) {
      expect(() => parseExpression(source)).not.toThrow();
      expect(parseExpression(source).ok).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Expression } from "./ast.js";
import { parseExpression } from "./parser.js";
import { printExpression, stripSpans } from "./printer.js";

function parsed(source: string): Expression {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`unexpected syntax error: ${result.error.message.en}`);
  return result.expression;
}

/** Parses, prints, and checks the printed text parses back to the same tree. */
function canonical(source: string): string {
  const expression = parsed(source);
  const printed = printExpression(expression);
  expect(stripSpans(parsed(printed))).toEqual(stripSpans(expression));
  return printed;
}

describe("printExpression: minimal parentheses", () => {
  it.each([
    ["a+b*c", "a + b * c"],
    ["(a+b)*c", "(a + b) * c"],
    ["((a))", "a"],
    ["(a - b) - c", "a - b - c"],
    ["a - (b - c)", "a - (b - c)"],
    ["a - (b + c)", "a - (b + c)"],
    ["a + (b - c)", "a + (b - c)"],
    ["a / (b * c)", "a / (b * c)"],
    ["(a / b) * c", "a / b * c"],
    ["a or (b or c)", "a or (b or c)"],
    ["(a or b) and c", "(a or b) and c"],
    ["a or (b and c)", "a or b and c"],
    ["76 - ((1.76 * TW - RW) / TW * 100 - 100)", "76 - ((1.76 * TW - RW) / TW * 100 - 100)"],
  ])("binary: %s → %s", (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it.each([
    ["not (a = b)", "not a = b"],
    ["(not a) = b", "(not a) = b"],
    ["not (a and b)", "not (a and b)"],
    ["(not a) and b", "not a and b"],
    ["a and (not b)", "a and not b"],
    ["(not a) + 1", "(not a) + 1"],
    ["(a < b) = c", "(a < b) = c"],
    ["a = (b < c)", "a = (b < c)"],
    ["(a + 1) < b * 2", "a + 1 < b * 2"],
  ])("not and comparison: %s → %s", (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it.each([
    ["-1", "-1"],
    ["-(-1)", "- -1"],
    ["- - a", "- -a"],
    ["-(a + b)", "-(a + b)"],
    ["(-a) * b", "-a * b"],
    ["-(a * b)", "-(a * b)"],
    ["-(a.b)", "-a.b"],
    ["(-a).b", "(-a).b"],
    ["a - (-b)", "a - -b"],
    ["-(not a)", "-(not a)"],
    ["not (-a)", "not -a"],
  ])("unary: %s → %s", (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it.each([
    ["(a + b).x", "(a + b).x"],
    ["(a.b).c", "a.b.c"],
    ["(if c then a else b).x", "(if c then a else b).x"],
    ["(x => x)[0]", "(x => x)[0]"],
    ["(f(x))[i + 1]", "f(x)[i + 1]"],
    ["([1,2])[0]", "[1, 2][0]"],
    ["(1).x", "1.x"],
    ["('s').length", '"s".length'],
  ])("postfix: %s → %s", (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });

  it.each([
    ["(if a then b else c) + 1", "(if a then b else c) + 1"],
    ["1 + (if a then b else c)", "1 + (if a then b else c)"],
    ["if a then b else (c + 1)", "if a then b else c + 1"],
    ["if (if a then b else c) then d else (if e then f else g)", "if if a then b else c then d else if e then f else g"],
    ["1 + (x => x)", "1 + (x => x)"],
    ["(x => x) + 1", "(x => x) + 1"],
    ["x => (x + 1)", "x => x + 1"],
    ["x => (y => y)", "x => y => y"],
    ["f((x => x), [(if a then 1 else 2)])", "f(x => x, [if a then 1 else 2])"],
    ["wavg(indikator,i=>i.capaian,i=>i.bobot)", "wavg(indikator, i => i.capaian, i => i.bobot)"],
    ["not (x => x)", "not (x => x)"],
  ])("if and lambda: %s → %s", (source, expected) => {
    expect(canonical(source)).toBe(expected);
  });
});

describe("printExpression: literals", () => {
  it("prints numbers exactly as written", () => {
    for (const raw of ["0.70", ".5", "1e3", "1.5E-2", "007"]) expect(canonical(raw)).toBe(raw);
  });

  it("prints canonical operators, keywords and spacing", () => {
    expect(canonical("a==b")).toBe("a = b");
    expect(canonical("a<>b")).toBe("a != b");
    expect(canonical("x in[1,2,3]")).toBe("x in [1, 2, 3]");
    expect(canonical("[true,false,null]")).toBe("[true, false, null]");
    expect(canonical("// c\nf( )")).toBe("f()");
  });

  it("prints strings with double quotes and escapes", () => {
    expect(canonical(`'say "hi"'`)).toBe(String.raw`"say \"hi\""`);
    expect(canonical(String.raw`'a\'b\\c'`)).toBe(String.raw`"a'b\\c"`);
    expect(canonical(String.raw`"line\nnext\ttab"`)).toBe(String.raw`"line\nnext\ttab"`);
    expect(canonical(String.raw`"\u0000\u001F\u2028é"`)).toBe(String.raw`"\u0000\u001f\u2028é"`);
  });
});

describe("stripSpans", () => {
  it("removes start and end everywhere without touching the input", () => {
    const expression = parsed("f([a], x => -x.y)");
    expect(stripSpans(expression)).toEqual({
      type: "call",
      callee: "f",
      args: [
        { type: "list", items: [{ type: "identifier", name: "a" }] },
        {
          type: "lambda",
          param: "x",
          body: { type: "unary", operator: "-", operand: { type: "member", property: "y", object: { type: "identifier", name: "x" } } },
        },
      ],
    });
    expect(expression).toMatchObject({ start: 0, end: 17 });
  });
});

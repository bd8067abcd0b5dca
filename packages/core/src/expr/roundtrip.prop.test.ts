// Law: serialise/parse round-trip — for every expression tree e,
//   stripSpans(parseExpression(printExpression(e))) equals stripSpans(e),
// and printing is canonical (idempotent through the parser):
//   printExpression(parse(printExpression(e))) === printExpression(e).
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryExpression } from "../../test/support/arbitrary-expression.js";
import type { Expression } from "./ast.js";
import { parseExpression } from "./parser.js";
import { printExpression, stripSpans } from "./printer.js";

function reparse(source: string): Expression {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${result.error.message.en}\n  in: ${source}`);
  return result.expression;
}

describe("expression print/parse round-trip", () => {
  it("parse ∘ print is the identity on trees (ignoring spans)", () => {
    fc.assert(
      fc.property(arbitraryExpression(), (expression) => {
        expect(stripSpans(reparse(printExpression(expression)))).toEqual(stripSpans(expression));
      }),
      { numRuns: 1000 },
    );
  });

  it("print ∘ parse ∘ print equals print", () => {
    fc.assert(
      fc.property(arbitraryExpression({ maxDepth: 6 }), (expression) => {
        const printed = printExpression(expression);
        expect(printExpression(reparse(printed))).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });

  it("spans of the reparsed tree lie within the source and nest", () => {
    fc.assert(
      fc.property(arbitraryExpression(), (expression) => {
        const source = printExpression(expression);
        const root = reparse(source);
        expect(root).toMatchObject({ start: 0, end: source.length });
        assertNested(root);
      }),
      { numRuns: 300 },
    );
  });

  it("parseExpression never throws, whatever the input", () => {
    const junk = fc.string({ unit: fc.constantFrom(..."ab1 .,()[]'\"\\=<>!-+*/#&|\n_ifthenelsnotru".split("")) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), junk), (source) => {
        const result = parseExpression(source);
        if (!result.ok) expect(result.error.start).toBeLessThanOrEqual(source.length);
      }),
      { numRuns: 2000 },
    );
  });
});

function children(expression: Expression): readonly Expression[] {
  switch (expression.type) {
    case "member":
      return [expression.object];
    case "index":
      return [expression.object, expression.index];
    case "list":
      return expression.items;
    case "call":
      return expression.args;
    case "unary":
      return [expression.operand];
    case "binary":
      return [expression.left, expression.right];
    case "if":
      return [expression.test, expression.consequent, expression.alternate];
    case "lambda":
      return [expression.body];
    default:
      return [];
  }
}

function assertNested(expression: Expression): void {
  expect(expression.start).toBeLessThan(expression.end);
  for (const child of children(expression)) {
    expect(child.start).toBeGreaterThanOrEqual(expression.start);
    expect(child.end).toBeLessThanOrEqual(expression.end);
    assertNested(child);
  }
}

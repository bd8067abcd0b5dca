/**
 * fast-check arbitrary of random expression trees, for property tests of the parser and printer.
 *
 * NOTE — test-only module: it imports `fast-check`, a root dev dependency, not a dependency of
 * `@kinerja/core`. Never import it from production code; it is due to move to a testing package.
 * @module
 */
import * as fc from "fast-check";
import type { BinaryOperator, Expression, UnaryOperator } from "../../src/expr/ast.js";
import { isReservedWord } from "../../src/expr/lexer.js";

/** Options of {@link arbitraryExpression}. */
export interface ArbitraryExpressionOptions {
  /** Maximum nesting depth of generated trees (default 4). */
  readonly maxDepth?: number;
}

/** Spans are meaningless in generated trees; compare them with `stripSpans`. */
const NO_SPAN = { start: 0, end: 0 } as const;

const BINARY_OPERATORS: readonly BinaryOperator[] = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "in", "+", "-", "*", "/"];
const UNARY_OPERATORS: readonly UnaryOperator[] = ["not", "-"];
/** Names that start like a reserved word or differ from one only in case. */
const NEAR_KEYWORDS: readonly string[] = ["iff", "notes", "inx", "nullable", "true_", "TRUE", "If", "e", "E1", "_"];
/** Characters that stress string escaping. */
const TRICKY_CHARS: readonly string[] = ["\\", '"', "'", "\n", "\t", "\r", "\u0000", "\u007f", "\u2028", "/", "*", "a", "é", "\ud83d\ude00"];

/** A name that is not a reserved word: `[A-Za-z_][A-Za-z0-9_]*`. */
export function arbitraryName(): fc.Arbitrary<string> {
  const generated = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/).filter((name) => !isReservedWord(name));
  return fc.oneof(generated, fc.constantFrom(...NEAR_KEYWORDS));
}

/** A non-negative number literal source text such as `12`, `0.70`, `.5`, `1e3` or `1.5E-2`. */
export function arbitraryNumberRaw(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.stringMatching(/^(?:[0-9]{1,6}(?:\.[0-9]{1,4})?|\.[0-9]{1,4})(?:[eE][+-]?[0-9]{1,2})?$/),
    fc.nat().map(String),
    fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map(String),
  );
}

function leaf(): fc.Arbitrary<Expression> {
  return fc.oneof(
    arbitraryNumberRaw().map((raw): Expression => ({ type: "number", value: Number(raw), raw, ...NO_SPAN })),
    fc
      .oneof(fc.string({ maxLength: 8, unit: "binary" }), fc.string({ maxLength: 6, unit: fc.constantFrom(...TRICKY_CHARS) }))
      .map((value): Expression => ({ type: "string", value, ...NO_SPAN })),
    fc.boolean().map((value): Expression => ({ type: "boolean", value, ...NO_SPAN })),
    fc.constant<Expression>({ type: "null", ...NO_SPAN }),
    arbitraryName().map((name): Expression => ({ type: "identifier", name, ...NO_SPAN })),
  );
}

function operations(node: fc.Arbitrary<Expression>): fc.Arbitrary<Expression>[] {
  return [
    fc.tuple(fc.constantFrom(...BINARY_OPERATORS), node, node).map(
      ([operator, left, right]): Expression => ({ type: "binary", operator, left, right, ...NO_SPAN }),
    ),
    fc.tuple(fc.constantFrom(...UNARY_OPERATORS), node).map(
      ([operator, operand]): Expression => ({ type: "unary", operator, operand, ...NO_SPAN }),
    ),
    fc.tuple(node, node, node).map(
      ([test, consequent, alternate]): Expression => ({ type: "if", test, consequent, alternate, ...NO_SPAN }),
    ),
    fc.tuple(arbitraryName(), node).map(([param, body]): Expression => ({ type: "lambda", param, body, ...NO_SPAN })),
  ];
}

function accessors(node: fc.Arbitrary<Expression>): fc.Arbitrary<Expression>[] {
  const items = fc.array(node, { maxLength: 3 });
  return [
    fc.tuple(node, arbitraryName()).map(([object, property]): Expression => ({ type: "member", object, property, ...NO_SPAN })),
    fc.tuple(node, node).map(([object, index]): Expression => ({ type: "index", object, index, ...NO_SPAN })),
    items.map((list): Expression => ({ type: "list", items: list, ...NO_SPAN })),
    fc.tuple(arbitraryName(), items).map(([callee, args]): Expression => ({ type: "call", callee, args, ...NO_SPAN })),
  ];
}

/** Random, depth-bounded expression trees (spans all zero) built with `fc.letrec`. */
export function arbitraryExpression(options: ArbitraryExpressionOptions = {}): fc.Arbitrary<Expression> {
  const maxDepth = options.maxDepth ?? 4;
  const { expression } = fc.letrec<{ expression: Expression }>((tie) => {
    const node = tie("expression");
    return {
      expression: fc.oneof({ maxDepth, depthSize: "small" }, leaf(), ...operations(node), ...accessors(node)),
    };
  });
  return expression;
}

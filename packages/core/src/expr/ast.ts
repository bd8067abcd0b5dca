/**
 * Abstract syntax tree of the Kinerja expression language.
 *
 * Every node carries `start` and `end`: zero-based character offsets into the source text
 * (end exclusive), so errors can point at the exact place in a formula.
 * @module
 */

/** Binary operators, lowest precedence first: `or`, `and`, comparison, `in`, additive, multiplicative. */
export type BinaryOperator =
  | "or"
  | "and"
  | "="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "in"
  | "+"
  | "-"
  | "*"
  | "/";

/** Unary operators: logical `not` and arithmetic negation. */
export type UnaryOperator = "not" | "-";

/** Position of a node in the expression source (zero-based, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number literal; `raw` keeps the digits exactly as written (`0.70`, `1e3`). */
export interface NumberLiteral extends Span {
  readonly type: "number";
  readonly value: number;
  readonly raw: string;
}

/** A string literal (double or single quoted in source). */
export interface StringLiteral extends Span {
  readonly type: "string";
  readonly value: string;
}

/** `true` or `false`. */
export interface BooleanLiteral extends Span {
  readonly type: "boolean";
  readonly value: boolean;
}

/** `null`. */
export interface NullLiteral extends Span {
  readonly type: "null";
}

/** A name: an input, a constant, a decision, or a lambda parameter. */
export interface Identifier extends Span {
  readonly type: "identifier";
  readonly name: string;
}

/** `object.property`; on a list of objects it projects the property over every element. */
export interface MemberExpression extends Span {
  readonly type: "member";
  readonly object: Expression;
  readonly property: string;
}

/** `list[index]` (zero-based). */
export interface IndexExpression extends Span {
  readonly type: "index";
  readonly object: Expression;
  readonly index: Expression;
}

/** `[a, b, c]`. */
export interface ListExpression extends Span {
  readonly type: "list";
  readonly items: readonly Expression[];
}

/** `not x`, `-x`. */
export interface UnaryExpression extends Span {
  readonly type: "unary";
  readonly operator: UnaryOperator;
  readonly operand: Expression;
}

/** `a + b`, `a and b`, `x in [1, 2]`, … */
export interface BinaryExpression extends Span {
  readonly type: "binary";
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

/** `if c then a else b`. */
export interface ConditionalExpression extends Span {
  readonly type: "if";
  readonly test: Expression;
  readonly consequent: Expression;
  readonly alternate: Expression;
}

/** `name(args…)`: a built-in function call. */
export interface CallExpression extends Span {
  readonly type: "call";
  readonly callee: string;
  readonly args: readonly Expression[];
}

/** `x => body`: only valid as an argument of a collection function such as `sum` or `count`. */
export interface LambdaExpression extends Span {
  readonly type: "lambda";
  readonly param: string;
  readonly body: Expression;
}

/** Any expression node. */
export type Expression =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | Identifier
  | MemberExpression
  | IndexExpression
  | ListExpression
  | UnaryExpression
  | BinaryExpression
  | ConditionalExpression
  | CallExpression
  | LambdaExpression;

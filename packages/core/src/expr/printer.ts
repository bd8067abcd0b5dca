/**
 * Printer of the Kinerja expression language: {@link Expression} → canonical source text.
 *
 * Output uses minimal parentheses, single spaces around binary operators, `=`/`!=` (never `==`/`<>`),
 * double-quoted strings, and number literals exactly as written (`raw`), so that parsing the output
 * gives back the same tree (ignoring spans).
 * @module
 */
import type {
  BinaryExpression,
  BinaryOperator,
  BooleanLiteral,
  Expression,
  Identifier,
  NullLiteral,
  NumberLiteral,
  StringLiteral,
  UnaryExpression,
} from "./ast.js";

type Composite = Exclude<Expression, NumberLiteral | StringLiteral | BooleanLiteral | NullLiteral | Identifier>;

/** Binding strength of each kind of node; a child binding more weakly than required gets parentheses. */
const Precedence = {
  expression: 0, // if, lambda
  or: 1,
  and: 2,
  not: 3,
  comparison: 4,
  additive: 5,
  multiplicative: 6,
  negation: 7,
  postfix: 8,
  primary: 9,
} as const;

const BINARY_PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  or: Precedence.or,
  and: Precedence.and,
  "=": Precedence.comparison,
  "!=": Precedence.comparison,
  "<": Precedence.comparison,
  "<=": Precedence.comparison,
  ">": Precedence.comparison,
  ">=": Precedence.comparison,
  in: Precedence.comparison,
  "+": Precedence.additive,
  "-": Precedence.additive,
  "*": Precedence.multiplicative,
  "/": Precedence.multiplicative,
};

/** Prints `expression` as canonical source that parses back to the same tree (ignoring spans). */
export function printExpression(expression: Expression): string {
  return print(expression);
}

/** A deep copy of `expression` without `start`/`end`, for comparing trees regardless of layout. */
export function stripSpans(expression: Expression): unknown {
  return strip(expression);
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== "start" && key !== "end") copy[key] = strip(child);
  }
  return copy;
}

function precedence(expression: Expression): number {
  switch (expression.type) {
    case "if":
    case "lambda":
      return Precedence.expression;
    case "binary":
      return BINARY_PRECEDENCE[expression.operator];
    case "unary":
      return expression.operator === "not" ? Precedence.not : Precedence.negation;
    case "member":
    case "index":
      return Precedence.postfix;
    default:
      return Precedence.primary;
  }
}

/** Prints a child that must bind at least as strongly as `minimum`, parenthesising it otherwise. */
function operand(expression: Expression, minimum: number): string {
  const text = print(expression);
  return precedence(expression) >= minimum ? text : `(${text})`;
}

function print(expression: Expression): string {
  switch (expression.type) {
    case "number":
      return expression.raw;
    case "string":
      return quote(expression.value);
    case "boolean":
      return expression.value ? "true" : "false";
    case "null":
      return "null";
    case "identifier":
      return expression.name;
    default:
      return printComposite(expression);
  }
}

function printComposite(expression: Composite): string {
  switch (expression.type) {
    case "member":
      return `${operand(expression.object, Precedence.postfix)}.${expression.property}`;
    case "index":
      return `${operand(expression.object, Precedence.postfix)}[${print(expression.index)}]`;
    case "list":
      return `[${expression.items.map(print).join(", ")}]`;
    case "call":
      return `${expression.callee}(${expression.args.map(print).join(", ")})`;
    case "unary":
      return printUnary(expression);
    case "binary":
      return printBinary(expression);
    case "if":
      return `if ${print(expression.test)} then ${print(expression.consequent)} else ${print(expression.alternate)}`;
    case "lambda":
      return `${expression.param} => ${print(expression.body)}`;
  }
}

function printUnary(expression: UnaryExpression): string {
  if (expression.operator === "not") return `not ${operand(expression.operand, Precedence.not)}`;
  const text = operand(expression.operand, Precedence.negation);
  return text.startsWith("-") ? `- ${text}` : `-${text}`;
}

/** Left-associative operators keep an equal-precedence left child bare; comparisons are non-associative. */
function printBinary(expression: BinaryExpression): string {
  const level = BINARY_PRECEDENCE[expression.operator];
  const leftMinimum = level === Precedence.comparison ? level + 1 : level;
  const left = operand(expression.left, leftMinimum);
  return `${left} ${expression.operator} ${operand(expression.right, level + 1)}`;
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["\\", "\\\\"],
  ['"', '\\"'],
  ["\n", "\\n"],
  ["\t", "\\t"],
]);

/** Double-quotes a string, escaping backslash, quote, newline, tab and other invisible control characters. */
function quote(value: string): string {
  let text = '"';
  for (const char of value) text += ESCAPES.get(char) ?? (isControl(char) ? unicodeEscape(char) : char);
  return `${text}"`;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

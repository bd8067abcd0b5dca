/**
 * Recursive-descent parser of the Kinerja expression language: source text → {@link Expression}.
 *
 * Grammar, lowest precedence first:
 * ```
 * expression     := 'if' expression 'then' expression 'else' expression | IDENT '=>' expression | or
 * or             := and ('or' and)*
 * and            := not ('and' not)*
 * not            := 'not' not | comparison
 * comparison     := additive (('=' | '!=' | '<' | '<=' | '>' | '>=' | 'in') additive)?   (non-associative)
 * additive       := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary          := '-' unary | postfix
 * postfix        := primary ('.' IDENT | '[' expression ']')*
 * primary        := NUMBER | STRING | 'true' | 'false' | 'null' | IDENT | IDENT '(' args? ')'
 *                 | '(' expression ')' | '[' (expression (',' expression)*)? ']'
 * ```
 * `if` and lambdas inside an operator operand must be parenthesised. Input is untrusted: length and
 * nesting are limited, and the parser never throws — problems come back as a {@link SyntaxProblem}.
 * A node's span covers its own text; enclosing redundant parentheses belong to the parent's span.
 * @module
 */
import { SYNTAX_PHRASES } from "../i18n/syntax-messages.js";
import { fill } from "../i18n/text.js";
import type { BinaryOperator, Expression, Span, UnaryOperator } from "./ast.js";
import { tokenize, type Token } from "./lexer.js";
import { SyntaxFailure, failSyntax, syntaxProblem, type SyntaxProblem } from "./syntax-problem.js";
import { TokenStream, isOperatorIn, type Binary } from "./token-stream.js";

/** Re-exported: the problem reported by {@link parseExpression}. */
export type { SyntaxProblem } from "./syntax-problem.js";

/** Outcome of {@link parseExpression}: the tree, or the first syntax problem. */
export type ParseResult =
  | { readonly ok: true; readonly expression: Expression }
  | { readonly ok: false; readonly error: SyntaxProblem };

/** Longest accepted expression source, in UTF-16 code units. */
export const MAX_EXPRESSION_LENGTH: number = 20_000;

/** Deepest accepted nesting, both of the tree and of brackets. */
export const MAX_EXPRESSION_DEPTH: number = 200;

/** Parses `source` into an expression tree, or returns the first syntax problem; never throws. */
export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const params = { length: source.length, max: MAX_EXPRESSION_LENGTH };
    return { ok: false, error: syntaxProblem("tooLong", MAX_EXPRESSION_LENGTH, source.length, params) };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, expression: new Parser(lexed.tokens).parseAll() };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: error.problem };
    throw error;
  }
}

const OR: Binary<"or"> = new Set(["or"]);
const AND: Binary<"and"> = new Set(["and"]);
const COMPARISON: Binary<"=" | "!=" | "<" | "<=" | ">" | ">=" | "in"> = new Set(["=", "!=", "<", "<=", ">", ">=", "in"]);
const ADDITIVE: Binary<"+" | "-"> = new Set(["+", "-"]);
const MULTIPLICATIVE: Binary<"*" | "/"> = new Set(["*", "/"]);

/** The literal a keyword stands for, if any. */
function keywordLiteral(token: Token): Expression | undefined {
  const span = { start: token.start, end: token.end };
  if (token.value === "true" || token.value === "false") return { type: "boolean", value: token.value === "true", ...span };
  if (token.value === "null") return { type: "null", ...span };
  return undefined;
}

const PARENTHESES_EXAMPLES = {
  if: { construct: "'if'", example: "'a + (if c then x else y)'" },
  not: { construct: "'not'", example: "'a = (not b)'" },
  lambda: { construct: "lambda", example: "'(x => x.nilai)'" },
} as const satisfies Record<string, { construct: string; example: string }>;

class Parser extends TokenStream {
  private nesting = 0;
  /** Spans including enclosing parentheses, for nodes that were parenthesised. */
  private readonly outerSpans = new WeakMap<Expression, Span>();
  /** Tree depth of every composite node built so far. */
  private readonly depths = new WeakMap<Expression, number>();

  parseAll(): Expression {
    if (this.peek().kind === "end") failSyntax("empty", 0, this.endToken.end);
    const expression = this.parseExpression();
    const next = this.peek();
    if (next.kind !== "end") this.failExpected(SYNTAX_PHRASES.end, next);
    return expression;
  }

  private failNeedsParentheses(construct: keyof typeof PARENTHESES_EXAMPLES, token: Token): never {
    return failSyntax("needsParentheses", token.start, token.end, PARENTHESES_EXAMPLES[construct]);
  }

  private failTooDeep(span: Span): never {
    return failSyntax("tooDeep", span.start, span.end, { max: MAX_EXPRESSION_DEPTH });
  }

  private nested<T>(parse: () => T): T {
    this.nesting += 1;
    if (this.nesting > MAX_EXPRESSION_DEPTH) this.failTooDeep(this.peek());
    try {
      return parse();
    } finally {
      this.nesting -= 1;
    }
  }

  /** Records the tree depth of a composite node, rejecting trees deeper than the limit. */
  private build<T extends Expression>(node: T, children: readonly Expression[]): T {
    let depth = 1;
    for (const child of children) depth = Math.max(depth, (this.depths.get(child) ?? 1) + 1);
    if (depth > MAX_EXPRESSION_DEPTH) this.failTooDeep(node);
    this.depths.set(node, depth);
    return node;
  }

  private outer(node: Expression): Span {
    return this.outerSpans.get(node) ?? node;
  }

  // ── grammar ────────────────────────────────────────────────────────────────

  private parseExpression(): Expression {
    return this.nested(() => {
      const token = this.peek();
      if (token.kind === "keyword" && this.isSymbol("=>", this.peek(1))) this.failReserved(token);
      if (this.isKeyword("if")) return this.parseIf();
      if (token.kind === "identifier" && this.isSymbol("=>", this.peek(1))) return this.parseLambda();
      return this.parseLeftAssociative(OR, () => this.parseAnd());
    });
  }

  private parseIf(): Expression {
    const start = this.advance().start;
    const test = this.parseExpression();
    this.expect("keyword", "then");
    const consequent = this.parseExpression();
    this.expect("keyword", "else");
    const alternate = this.parseExpression();
    const end = this.outer(alternate).end;
    return this.build({ type: "if", test, consequent, alternate, start, end }, [test, consequent, alternate]);
  }

  private parseLambda(): Expression {
    const param = this.advance();
    this.advance();
    const body = this.parseExpression();
    return this.build({ type: "lambda", param: param.value, body, start: param.start, end: this.outer(body).end }, [body]);
  }

  private parseAnd(): Expression {
    return this.parseLeftAssociative(AND, () => this.parseNot());
  }

  private parseLeftAssociative<O extends BinaryOperator>(operators: Binary<O>, parseOperand: () => Expression): Expression {
    let left = parseOperand();
    for (let operator = this.matchOperator(operators); operator !== undefined; operator = this.matchOperator(operators)) {
      left = this.binary(operator, left, parseOperand());
    }
    return left;
  }

  private binary(operator: BinaryOperator, left: Expression, right: Expression): Expression {
    const span = { start: this.outer(left).start, end: this.outer(right).end };
    return this.build({ type: "binary", operator, left, right, ...span }, [left, right]);
  }

  private unary(operator: UnaryOperator, start: number, operand: Expression): Expression {
    return this.build({ type: "unary", operator, operand, start, end: this.outer(operand).end }, [operand]);
  }

  private parseNot(): Expression {
    if (!this.isKeyword("not")) return this.parseComparison();
    const start = this.advance().start;
    return this.unary("not", start, this.nested(() => this.parseNot()));
  }

  private parseComparison(): Expression {
    const left = this.parseArithmetic();
    const operator = this.matchOperator(COMPARISON);
    if (operator === undefined) return left;
    const node = this.binary(operator, left, this.parseArithmetic());
    const next = this.peek();
    if (isOperatorIn(COMPARISON, next)) failSyntax("chainedComparison", next.start, next.end, { operator: next.text });
    return node;
  }

  private parseArithmetic(): Expression {
    return this.parseLeftAssociative(ADDITIVE, () => this.parseLeftAssociative(MULTIPLICATIVE, () => this.parseUnary()));
  }

  private parseUnary(): Expression {
    if (!this.isSymbol("-")) return this.parsePostfix();
    const start = this.advance().start;
    return this.unary("-", start, this.nested(() => this.parseUnary()));
  }

  private parsePostfix(): Expression {
    let node = this.parsePrimary();
    for (;;) {
      if (this.eatSymbol(".")) node = this.member(node);
      else if (this.eatSymbol("[")) node = this.index(node);
      else return node;
    }
  }

  private member(object: Expression): Expression {
    const name = this.peek();
    if (name.kind === "keyword") this.failReserved(name);
    if (name.kind !== "identifier") this.failExpected(SYNTAX_PHRASES.name, name);
    this.advance();
    return this.build({ type: "member", object, property: name.value, start: this.outer(object).start, end: name.end }, [object]);
  }

  private index(object: Expression): Expression {
    const index = this.parseExpression();
    const end = this.expect("symbol", "]").end;
    return this.build({ type: "index", object, index, start: this.outer(object).start, end }, [object, index]);
  }

  private parsePrimary(): Expression {
    const token = this.peek();
    switch (token.kind) {
      case "number":
        return this.parseNumber(this.advance());
      case "string":
        this.advance();
        return { type: "string", value: token.value, start: token.start, end: token.end };
      case "identifier":
        return this.parseName();
      case "keyword":
        return this.parseKeyword(token);
      default:
        return this.parseBracketed(token);
    }
  }

  private parseNumber(token: Token): Expression {
    const value = Number(token.value);
    if (!Number.isFinite(value)) failSyntax("numberTooLarge", token.start, token.end, { text: token.text });
    return { type: "number", value, raw: token.value, start: token.start, end: token.end };
  }

  private parseName(): Expression {
    const name = this.advance();
    if (this.isSymbol("=>")) this.failNeedsParentheses("lambda", name);
    if (!this.eatSymbol("(")) return { type: "identifier", name: name.value, start: name.start, end: name.end };
    const { items, end } = this.parseItems(")");
    return this.build({ type: "call", callee: name.value, args: items, start: name.start, end }, items);
  }

  private parseKeyword(token: Token): Expression {
    if (token.value === "if" || token.value === "not") this.failNeedsParentheses(token.value, token);
    const next = this.peek(1);
    if (this.isSymbol("(", next) || this.isSymbol("=>", next)) this.failReserved(token);
    const literal = keywordLiteral(token);
    if (literal === undefined) return this.failExpected(SYNTAX_PHRASES.expression, token);
    this.advance();
    return literal;
  }

  private parseBracketed(token: Token): Expression {
    if (this.eatSymbol("(")) {
      const inner = this.parseExpression();
      const end = this.expect("symbol", ")").end;
      this.outerSpans.set(inner, { start: token.start, end });
      return inner;
    }
    if (!this.eatSymbol("[")) return this.failExpected(SYNTAX_PHRASES.expression, token);
    const { items, end } = this.parseItems("]");
    return this.build({ type: "list", items, start: token.start, end }, items);
  }

  /** Parses comma-separated expressions up to and including `closer`. */
  private parseItems(closer: ")" | "]"): { items: Expression[]; end: number } {
    const items: Expression[] = [];
    if (!this.isSymbol(closer)) {
      do items.push(this.parseExpression());
      while (this.eatSymbol(","));
    }
    const end = this.expect("symbol", closer, fill(SYNTAX_PHRASES.commaOr, { closer })).end;
    return { items, end };
  }
}

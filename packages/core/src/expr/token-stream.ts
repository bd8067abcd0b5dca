/**
 * Cursor over the tokens of an expression, with the matching and error helpers the parser builds on.
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import type { BinaryOperator } from "./ast.js";
import type { Token } from "./lexer.js";
import { failSyntax } from "./syntax-problem.js";

/** A set of binary operators accepted at one precedence level. */
export type Binary<O extends BinaryOperator> = ReadonlySet<O>;

/** Whether `token` is one of `operators` (symbols such as `+`, or keywords such as `and`). */
export function isOperatorIn<O extends BinaryOperator>(operators: Binary<O>, token: Token): token is Token & { value: O } {
  return (token.kind === "symbol" || token.kind === "keyword") && (operators as ReadonlySet<string>).has(token.value);
}

/** Quotes a token for a message, shortening long ones. */
function describeToken(token: Token): string {
  return `'${token.text.length > 24 ? `${token.text.slice(0, 21)}...` : token.text}'`;
}

/**
 * A position in a token list (which always ends with an `end` token) and helpers to consume it.
 * @internal
 */
export class TokenStream {
  private readonly tokens: readonly Token[];
  /** The final `end` token, returned when reading past the end. */
  protected readonly endToken: Token;
  private position = 0;

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    const last = tokens[tokens.length - 1];
    this.endToken = last ?? { kind: "end", value: "", text: "", start: 0, end: 0 };
  }

  protected peek(offset = 0): Token {
    return this.tokens[this.position + offset] ?? this.endToken;
  }

  protected advance(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.position += 1;
    return token;
  }

  protected isSymbol(value: string, token: Token = this.peek()): boolean {
    return token.kind === "symbol" && token.value === value;
  }

  protected isKeyword(value: string, token: Token = this.peek()): boolean {
    return token.kind === "keyword" && token.value === value;
  }

  protected eatSymbol(value: string): boolean {
    const matches = this.isSymbol(value);
    if (matches) this.advance();
    return matches;
  }

  protected expect(kind: "symbol" | "keyword", value: string, expected: string | LocalizedText = `'${value}'`): Token {
    const token = this.peek();
    if (token.kind !== kind || token.value !== value) this.failExpected(expected, token);
    return this.advance();
  }

  protected matchOperator<O extends BinaryOperator>(operators: Binary<O>): O | undefined {
    const token = this.peek();
    if (!isOperatorIn(operators, token)) return undefined;
    this.advance();
    return token.value;
  }

  protected failExpected(expected: string | LocalizedText, token: Token): never {
    if (token.kind === "end") return failSyntax("unexpectedEnd", token.start, token.end, { expected });
    return failSyntax("expected", token.start, token.end, { expected, found: describeToken(token) });
  }

  protected failReserved(token: Token): never {
    return failSyntax("reservedWord", token.start, token.end, { word: token.value });
  }
}

/**
 * Lexer of the Kinerja expression language: turns source text into tokens, skipping whitespace and
 * comments (`//` to the end of the line, or a block between slash-star and star-slash).
 *
 * Strings may not span lines; numbers are `12`, `0.70`, `.5`, `1e3`, `1.5E-2` (no sign, no digit
 * separators, no percent). `==` is read as `=` and `<>` as `!=`.
 * @module
 */
import { SyntaxFailure, failSyntax, type SyntaxProblem } from "./syntax-problem.js";

/** Re-exported: the problem reported by {@link tokenize}. */
export type { SyntaxProblem } from "./syntax-problem.js";

/** Kinds of token: literals, names, reserved words, operators/punctuation, and the end of input. */
export type TokenKind = "number" | "string" | "identifier" | "keyword" | "symbol" | "end";

/** One token; `value` is normalised (decoded string, `=` for `==`), `text` is the source slice. */
export interface Token {
  readonly kind: TokenKind;
  readonly value: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Result of {@link tokenize}: the tokens (always ending with an `end` token) or the first problem. */
export type LexResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: SyntaxProblem };

/** Reserved words of the language; they cannot be used as names. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "if",
  "then",
  "else",
  "and",
  "or",
  "not",
  "in",
  "true",
  "false",
  "null",
]);

/** Whether `name` is a reserved word (and so cannot be an identifier). */
export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** Splits `source` into tokens, or reports the first lexical problem. */
export function tokenize(source: string): LexResult {
  try {
    return { ok: true, tokens: new Lexer(source).run() };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: error.problem };
    throw error;
  }
}

const TWO_CHAR_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["<=", "<="],
  [">=", ">="],
  ["!=", "!="],
  ["<>", "!="],
  ["==", "="],
  ["=>", "=>"],
]);
const ONE_CHAR_SYMBOLS: ReadonlySet<string> = new Set(["(", ")", "[", "]", ",", ".", "=", "<", ">", "+", "-", "*", "/"]);
const OPERATOR_SUGGESTIONS: ReadonlyMap<string, string> = new Map([
  ["&&", "and"],
  ["||", "or"],
  ["&", "and"],
  ["|", "or"],
  ["!", "not"],
]);
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ["\\", "\\"],
  ['"', '"'],
  ["'", "'"],
  ["n", "\n"],
  ["t", "\t"],
]);
const HEX4 = /^[0-9A-Fa-f]{4}$/;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function isNameStart(char: string | undefined): boolean {
  return char !== undefined && ((char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || char === "_");
}

function isNamePart(char: string | undefined): boolean {
  return isNameStart(char) || isDigit(char);
}

function isWhitespace(char: string | undefined): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f" || char === "\v" || char === "\u00a0" || char === "\ufeff";
}

class Lexer {
  private readonly source: string;
  private pos = 0;

  constructor(source: string) {
    this.source = source;
  }

  run(): Token[] {
    const tokens: Token[] = [];
    for (this.skipTrivia(); this.pos < this.source.length; this.skipTrivia()) tokens.push(this.readToken());
    tokens.push({ kind: "end", value: "", text: "", start: this.source.length, end: this.source.length });
    return tokens;
  }

  private at(offset = 0): string | undefined {
    return this.source[this.pos + offset];
  }

  private token(kind: TokenKind, start: number, value?: string): Token {
    const text = this.source.slice(start, this.pos);
    return { kind, value: value ?? text, text, start, end: this.pos };
  }

  private skipTrivia(): void {
    for (;;) {
      if (isWhitespace(this.at())) this.pos += 1;
      else if (this.at() === "/" && this.at(1) === "/") this.skipLineComment();
      else if (this.at() === "/" && this.at(1) === "*") this.skipBlockComment();
      else return;
    }
  }

  private skipLineComment(): void {
    while (this.pos < this.source.length && this.at() !== "\n") this.pos += 1;
  }

  private skipBlockComment(): void {
    const close = this.source.indexOf("*/", this.pos + 2);
    if (close < 0) failSyntax("unterminatedComment", this.pos, this.source.length);
    this.pos = close + 2;
  }

  private readToken(): Token {
    const char = this.at();
    if (isDigit(char) || (char === "." && isDigit(this.at(1)))) return this.readNumber();
    if (char === '"' || char === "'") return this.readString(char);
    if (isNameStart(char)) return this.readWord();
    return this.readSymbol();
  }

  private readDigits(): number {
    const from = this.pos;
    while (isDigit(this.at())) this.pos += 1;
    return this.pos - from;
  }

  private readNumber(): Token {
    const start = this.pos;
    this.readDigits();
    if (this.at() === "." && isDigit(this.at(1))) {
      this.pos += 1;
      this.readDigits();
    }
    const exponentOk = this.readExponent();
    const danglingDot = this.at() === "." && !isNameStart(this.at(1));
    if (!exponentOk || danglingDot || isNamePart(this.at())) this.failMalformedNumber(start);
    return this.token("number", start);
  }

  /** Reads `e`/`E`, an optional sign and digits; false when the exponent has no digits. */
  private readExponent(): boolean {
    if (this.at() !== "e" && this.at() !== "E") return true;
    this.pos += this.at(1) === "+" || this.at(1) === "-" ? 2 : 1;
    return this.readDigits() > 0;
  }

  private failMalformedNumber(start: number): never {
    while (isNamePart(this.at()) || this.at() === ".") this.pos += 1;
    return failSyntax("malformedNumber", start, this.pos, { text: this.source.slice(start, this.pos) });
  }

  private readString(quote: string): Token {
    const start = this.pos;
    let value = "";
    this.pos += 1;
    for (let char = this.at(); char !== quote; char = this.at()) {
      if (char === undefined || char === "\n" || char === "\r") failSyntax("unterminatedString", start, this.pos);
      value += char === "\\" ? this.readEscape(start) : char;
      if (char !== "\\") this.pos += 1;
    }
    this.pos += 1;
    return this.token("string", start, value);
  }

  /** Decodes the escape sequence at the current backslash and moves past it. */
  private readEscape(stringStart: number): string {
    const next = this.at(1);
    if (next === undefined) failSyntax("unterminatedString", stringStart, this.source.length);
    const simple = SIMPLE_ESCAPES.get(next);
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    const hex = this.source.slice(this.pos + 2, this.pos + 6);
    if (next !== "u" || !HEX4.test(hex)) this.failEscape(next);
    this.pos += 6;
    return String.fromCharCode(Number.parseInt(hex, 16));
  }

  private failEscape(next: string): never {
    const end = next === "u" ? this.pos + 2 : this.pos + 1 + codePointLength(this.source, this.pos + 1);
    return failSyntax("invalidEscape", this.pos, end, { escape: this.source.slice(this.pos, end) });
  }

  private readWord(): Token {
    const start = this.pos;
    while (isNamePart(this.at())) this.pos += 1;
    const text = this.source.slice(start, this.pos);
    return this.token(isReservedWord(text) ? "keyword" : "identifier", start);
  }

  private readSymbol(): Token {
    const start = this.pos;
    const pair = this.source.slice(start, start + 2);
    const two = TWO_CHAR_SYMBOLS.get(pair);
    if (two !== undefined) {
      this.pos += 2;
      return this.token("symbol", start, two);
    }
    const char = this.at() ?? "";
    if (!ONE_CHAR_SYMBOLS.has(char)) this.failUnknown(pair);
    this.pos += 1;
    return this.token("symbol", start);
  }

  private failUnknown(pair: string): never {
    const start = this.pos;
    const operator = OPERATOR_SUGGESTIONS.has(pair) ? pair : (this.at() ?? "");
    const suggestion = OPERATOR_SUGGESTIONS.get(operator);
    if (suggestion !== undefined) failSyntax("unknownOperator", start, start + operator.length, { operator, suggestion });
    const end = start + codePointLength(this.source, start);
    return failSyntax("unknownCharacter", start, end, { char: describeChar(this.source.slice(start, end)) });
  }
}

/** Number of UTF-16 code units of the code point at `index` (2 for a surrogate pair). */
function codePointLength(source: string, index: number): number {
  const codePoint = source.codePointAt(index);
  return codePoint !== undefined && codePoint > 0xffff ? 2 : 1;
}

/** Shows a character as itself, or as `U+XXXX` when it is invisible. */
function describeChar(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const invisible = codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0xa0) || codePoint === 0x2028 || codePoint === 0x2029;
  return invisible ? `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}` : char;
}

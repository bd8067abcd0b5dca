/**
 * Recursive-descent parser of unary-test cells (see `unary-test.ts` for the syntax and semantics).
 * @module
 */
import type { LocalizedText } from "../i18n/text.js";
import { fill } from "../i18n/text.js";
import type { CompareOp, NameRef, Scalar, UnaryItem, UnaryTest, UnaryTestProblem, UnaryTestResult } from "./unary-test.js";

const MSG = {
  unexpectedChar: { id: "Karakter tak terduga '{char}'", en: "Unexpected character '{char}'" },
  expectedItem: {
    id: "Diharapkan sebuah uji di sini (mis. < 50, [76..90], \"A\", SANGAT_BAIK)",
    en: "Expected a test here (e.g. < 50, [76..90], \"A\", SANGAT_BAIK)",
  },
  expectedValue: {
    id: "Diharapkan angka, teks, true, false, null atau sebuah nama setelah '{op}'",
    en: "Expected a number, string, true, false, null or a name after '{op}'",
  },
  orderNeedsNumberOrString: {
    id: "Operator '{op}' hanya dapat membandingkan angka atau teks",
    en: "Operator '{op}' can only compare numbers or strings",
  },
  expectedBound: {
    id: "Batas rentang harus berupa angka, teks atau sebuah nama",
    en: "A range bound must be a number, a string or a name",
  },
  expectedField: {
    id: "Diharapkan nama kolom setelah '.' (mis. batas.sangatBaik)",
    en: "Expected a field name after '.' (e.g. batas.sangatBaik)",
  },
  expectedDots: {
    id: "Diharapkan '..' di antara batas bawah dan batas atas rentang",
    en: "Expected '..' between the low and high bounds of the range",
  },
  expectedRangeClose: {
    id: "Diharapkan ']' atau ')' untuk menutup rentang",
    en: "Expected ']' or ')' to close the range",
  },
  mixedRange: {
    id: "Batas bawah dan batas atas rentang harus sejenis (keduanya angka atau keduanya teks)",
    en: "The low and high bounds of a range must have the same type (both numbers or both strings)",
  },
  unterminatedString: { id: "Teks tidak ditutup dengan {quote}", en: "String is not closed with {quote}" },
  badEscape: { id: "Escape '{escape}' tidak dikenal", en: "Unknown escape '{escape}'" },
  loneDash: {
    id: "'-' (sembarang nilai) harus berdiri sendiri; bilangan negatif memerlukan angka setelah '-'",
    en: "'-' (any value) must stand alone; a negative number needs digits after '-'",
  },
  numberTooLarge: { id: "Angka {raw} terlalu besar", en: "Number {raw} is too large" },
  expectedSeparator: {
    id: "Diharapkan ',' atau akhir sel, ditemukan '{found}'",
    en: "Expected ',' or the end of the cell, found '{found}'",
  },
  misplacedNot: {
    id: "not(...) hanya boleh membungkus seluruh isi sel",
    en: "not(...) may only wrap the whole cell",
  },
  expectedEndAfterNot: {
    id: "Diharapkan akhir sel setelah not(...), ditemukan '{found}'",
    en: "Expected the end of the cell after not(...), found '{found}'",
  },
  expectedNotParen: { id: "Diharapkan '(' setelah not", en: "Expected '(' after not" },
  expectedNotClose: {
    id: "Diharapkan ',' atau ')' untuk menutup not(",
    en: "Expected ',' or ')' to close not(",
  },
} as const satisfies Record<string, LocalizedText>;

/** Thrown inside the parser only; caught by {@link parseUnaryTest}. */
class ParseFailure {
  constructor(readonly problem: UnaryTestProblem) {}
}

interface Cursor {
  readonly text: string;
  pos: number;
}

interface Literal {
  readonly value: Scalar;
  readonly start: number;
  readonly end: number;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[\p{L}_][\p{L}\p{N}_]*/uy;
const KEYWORDS: Readonly<Record<string, Scalar>> = { true: true, false: false, null: null };
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\", '"': '"', "'": "'", n: "\n", r: "\r", t: "\t" };

function fail(message: LocalizedText, start: number, end: number): never {
  throw new ParseFailure({ message, start, end });
}

/** Parses the text of one cell; returns the test or the first syntax problem with its offsets. */
export function parseUnaryTest(text: string): UnaryTestResult {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "-") return { ok: true, test: { kind: "any" } };
  try {
    return { ok: true, test: parseCell({ text, pos: 0 }) };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.problem };
    throw e;
  }
}

function parseCell(c: Cursor): UnaryTest {
  skipWs(c);
  const word = peekWord(c);
  const negated = word === "not";
  if (negated) openNot(c);
  const items = parseItems(c, negated);
  skipWs(c);
  if (c.pos < c.text.length) {
    const found = charAt(c);
    fail(fill(negated ? MSG.expectedEndAfterNot : MSG.expectedSeparator, { found }), c.pos, c.pos + found.length);
  }
  return { kind: "list", negated, items };
}

function openNot(c: Cursor): void {
  c.pos += 3;
  skipWs(c);
  if (c.text[c.pos] !== "(") fail(MSG.expectedNotParen, c.pos, Math.min(c.pos + 1, c.text.length));
  c.pos += 1;
}

function parseItems(c: Cursor, insideNot: boolean): UnaryItem[] {
  const items: UnaryItem[] = [parseItem(c)];
  for (skipWs(c); c.text[c.pos] === ","; skipWs(c)) {
    c.pos += 1;
    items.push(parseItem(c));
  }
  if (insideNot) closeNot(c);
  return items;
}

function closeNot(c: Cursor): void {
  if (c.text[c.pos] !== ")") fail(MSG.expectedNotClose, c.pos, Math.min(c.pos + 1, c.text.length));
  c.pos += 1;
}

function parseItem(c: Cursor): UnaryItem {
  skipWs(c);
  const ch = c.text[c.pos];
  if (ch === undefined || ch === "," || ch === ")") fail(MSG.expectedItem, c.pos, c.pos + (ch ? 1 : 0));
  if ("<>=!".includes(ch)) return parseComparison(c);
  if ("[(]".includes(ch)) return parseRange(c);
  const word = peekWord(c);
  if (word === "not") fail(MSG.misplacedNot, c.pos, c.pos + 3);
  if (word !== undefined && !Object.hasOwn(KEYWORDS, word)) return { kind: "compare", op: "=", value: parseName(c) };
  const literal = parseLiteral(c);
  if (literal === undefined) unexpectedChar(c);
  return { kind: "compare", op: "=", value: literal.value };
}

function parseComparison(c: Cursor): UnaryItem {
  const start = c.pos;
  const op = (["<=", ">=", "!=", "<", ">", "="] as const).find((o) => c.text.startsWith(o, start));
  if (op === undefined) return unexpectedChar(c);
  c.pos += op.length;
  skipWs(c);
  const literal = parseLiteral(c);
  if (literal !== undefined) {
    checkOrderable(op, literal);
    return { kind: "compare", op, value: literal.value };
  }
  if (atName(c)) return { kind: "compare", op, value: parseName(c) };
  return fail(fill(MSG.expectedValue, { op }), start, start + op.length);
}

function checkOrderable(op: CompareOp, literal: Literal): void {
  if (op === "=" || op === "!=") return;
  if (typeof literal.value === "number" || typeof literal.value === "string") return;
  fail(fill(MSG.orderNeedsNumberOrString, { op }), literal.start, literal.end);
}

function parseRange(c: Cursor): UnaryItem {
  const start = c.pos;
  const lowInclusive = c.text[start] === "[";
  c.pos += 1;
  const low = parseBound(c);
  skipWs(c);
  if (!c.text.startsWith("..", c.pos)) fail(MSG.expectedDots, c.pos, Math.min(c.pos + 1, c.text.length));
  c.pos += 2;
  const high = parseBound(c);
  skipWs(c);
  const close = c.text[c.pos];
  if (close === undefined || !"])[".includes(close)) {
    fail(MSG.expectedRangeClose, c.pos, Math.min(c.pos + 1, c.text.length));
  }
  c.pos += 1;
  // A name's type is known only once it is resolved; two literals must agree now.
  if (typeof low !== "object" && typeof high !== "object" && typeof low !== typeof high) fail(MSG.mixedRange, start, c.pos);
  return { kind: "range", low, high, lowInclusive, highInclusive: close === "]" };
}

function parseBound(c: Cursor): number | string | NameRef {
  skipWs(c);
  const ch = c.text[c.pos];
  if (ch === '"' || ch === "'") return parseString(c);
  if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return parseNumber(c);
  if (atName(c)) return parseName(c);
  const width = peekWord(c)?.length ?? 1;
  return fail(MSG.expectedBound, c.pos, Math.min(c.pos + width, c.text.length));
}

/** True when a name (an identifier that is not `true`, `false`, `null` or `not`) starts at the cursor. */
function atName(c: Cursor): boolean {
  const word = peekWord(c);
  return word !== undefined && word !== "not" && !Object.hasOwn(KEYWORDS, word);
}

/**
 * Reads a name at the cursor: an identifier, then any number of `.field` segments. A dot followed
 * by another dot ends the name (it is a range's `..`); a dot followed by anything else but an
 * identifier is an error.
 */
function parseName(c: Cursor): NameRef {
  const first = peekWord(c) ?? "";
  let name = first;
  c.pos += first.length;
  while (c.text[c.pos] === "." && c.text[c.pos + 1] !== ".") {
    const dot = c.pos;
    c.pos += 1;
    const field = peekWord(c);
    if (field === undefined) fail(MSG.expectedField, dot, Math.min(dot + 1 + charAt(c).length, c.text.length));
    name += `.${field}`;
    c.pos += field.length;
  }
  return { name };
}

/** Reads a number, string, `true`, `false` or `null` at the cursor, or returns undefined. */
function parseLiteral(c: Cursor): Literal | undefined {
  const start = c.pos;
  const ch = c.text[start];
  if (ch === '"' || ch === "'") return { value: parseString(c), start, end: c.pos };
  if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return { value: parseNumber(c), start, end: c.pos };
  const word = peekWord(c);
  if (word === undefined || !Object.hasOwn(KEYWORDS, word)) return undefined;
  c.pos += word.length;
  return { value: KEYWORDS[word] ?? null, start, end: c.pos };
}

function parseNumber(c: Cursor): number {
  NUMBER.lastIndex = c.pos;
  const raw = NUMBER.exec(c.text)?.[0];
  if (raw === undefined) return fail(MSG.loneDash, c.pos, c.pos + 1);
  const value = Number(raw);
  if (!Number.isFinite(value)) fail(fill(MSG.numberTooLarge, { raw }), c.pos, c.pos + raw.length);
  c.pos += raw.length;
  return value === 0 ? 0 : value;
}

function parseString(c: Cursor): string {
  const start = c.pos;
  const quote = c.text[start] ?? '"';
  let out = "";
  for (c.pos = start + 1; c.pos < c.text.length; c.pos += 1) {
    const ch = c.text[c.pos] ?? "";
    if (ch === quote) {
      c.pos += 1;
      return out;
    }
    if (ch === "\\" && c.pos + 1 >= c.text.length) break;
    out += ch === "\\" ? readEscape(c) : ch;
  }
  return fail(fill(MSG.unterminatedString, { quote }), start, c.text.length);
}

function readEscape(c: Cursor): string {
  const next = c.text[c.pos + 1];
  const replacement = next === undefined ? undefined : SIMPLE_ESCAPES[next];
  if (replacement === undefined) fail(fill(MSG.badEscape, { escape: `\\${next ?? ""}` }), c.pos, c.pos + 2);
  c.pos += 1;
  return replacement;
}

function unexpectedChar(c: Cursor): never {
  const char = charAt(c);
  return fail(fill(MSG.unexpectedChar, { char }), c.pos, c.pos + char.length);
}

/** The whole code point at the cursor (so an emoji is reported as one character). */
function charAt(c: Cursor): string {
  const code = c.text.codePointAt(c.pos);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function peekWord(c: Cursor): string | undefined {
  IDENTIFIER.lastIndex = c.pos;
  return IDENTIFIER.exec(c.text)?.[0];
}

function skipWs(c: Cursor): void {
  while (c.pos < c.text.length && /\s/.test(c.text[c.pos] ?? "")) c.pos += 1;
}

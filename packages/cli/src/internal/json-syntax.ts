/**
 * A strict JSON syntax check that says where the first error is (an offset and a bilingual
 * message): `JSON.parse` does not always give a position, and the YAML parser used for positions
 * accepts things JSON does not (trailing commas, missing values, comments).
 * @module
 */
import type { LocalizedText } from "@kinerja/core";
import { fill } from "./text.js";

/** The first syntax error of a JSON text. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: LocalizedText;
}

/** Returns the first syntax error of `text`, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.ws();
    scanner.value(0);
    scanner.ws();
    if (scanner.pos < text.length) scanner.fail(EXPECTED_END);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, message: error.text };
    throw error;
  }
}

const EXPECTED_END = { id: "Diharapkan akhir dokumen, ditemukan {found}", en: "Expected the end of the document, found {found}" };
const EXPECTED_VALUE = { id: "Diharapkan nilai JSON, ditemukan {found}", en: "Expected a JSON value, found {found}" };
const EXPECTED_KEY = { id: "Diharapkan nama kunci bertanda kutip ganda, ditemukan {found}", en: "Expected a double-quoted key, found {found}" };
const EXPECTED_COLON = { id: "Diharapkan ':' setelah kunci, ditemukan {found}", en: "Expected ':' after the key, found {found}" };
const EXPECTED_COMMA_OBJ = { id: "Diharapkan ',' atau '}', ditemukan {found}", en: "Expected ',' or '}', found {found}" };
const EXPECTED_COMMA_ARR = { id: "Diharapkan ',' atau ']', ditemukan {found}", en: "Expected ',' or ']', found {found}" };
const TRAILING_COMMA = { id: "Koma berlebih sebelum {found} (JSON tidak mengizinkan koma di akhir)", en: "Trailing comma before {found} (JSON does not allow it)" };
const BAD_STRING = { id: "Teks tidak sah: {detail}", en: "Invalid string: {detail}" };
const BAD_NUMBER = { id: "Angka tidak sah", en: "Invalid number" };
const TOO_DEEP = { id: "Dokumen bersarang terlalu dalam", en: "The document is nested too deeply" };

class Failure extends Error {
  constructor(
    readonly offset: number,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly s: string) {}

  fail(text: LocalizedText, offset = this.pos): never {
    const end = offset >= this.s.length;
    const found = end ? "" : `'${this.s[offset]}'`;
    throw new Failure(offset, { id: fill(text, { found: end ? "akhir berkas" : found }).id, en: fill(text, { found: end ? "the end of the file" : found }).en });
  }

  ws(): void {
    while (this.pos < this.s.length && " \t\n\r".includes(this.s[this.pos] as string)) this.pos++;
  }

  value(depth: number): void {
    if (depth > 512) this.fail(TOO_DEEP);
    const c = this.s[this.pos];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(EXPECTED_VALUE);
  }

  object(depth: number): void {
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.s[this.pos] !== '"') this.fail(this.afterComma("}") ? TRAILING_COMMA : EXPECTED_KEY);
      this.string();
      this.ws();
      if (this.s[this.pos] !== ":") this.fail(EXPECTED_COLON);
      this.pos++;
      this.ws();
      this.value(depth + 1);
      this.ws();
      const c = this.s[this.pos];
      if (c === "}") {
        this.pos++;
        return;
      }
      if (c !== ",") this.fail(EXPECTED_COMMA_OBJ);
      this.pos++;
      this.ws();
    }
  }

  array(depth: number): void {
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.afterComma("]")) this.fail(TRAILING_COMMA);
      this.value(depth + 1);
      this.ws();
      const c = this.s[this.pos];
      if (c === "]") {
        this.pos++;
        return;
      }
      if (c !== ",") this.fail(EXPECTED_COMMA_ARR);
      this.pos++;
      this.ws();
    }
  }

  /** True when the current character closes the container right after a comma. */
  afterComma(close: string): boolean {
    return this.s[this.pos] === close;
  }

  string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos] as string;
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === "\\") {
        const e = this.s[this.pos + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.pos + 2, this.pos + 6))) throw new Failure(this.pos, fill(BAD_STRING, { detail: "\\u" }));
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Failure(this.pos, fill(BAD_STRING, { detail: `\\${e ?? ""}` }));
        this.pos += 2;
        continue;
      }
      if (c < " ") throw new Failure(this.pos, { id: fill(BAD_STRING, { detail: "karakter kendali" }).id, en: fill(BAD_STRING, { detail: "control character" }).en });
      this.pos++;
    }
    throw new Failure(start, { id: fill(BAD_STRING, { detail: "tanda kutip penutup tidak ada" }).id, en: fill(BAD_STRING, { detail: "missing closing quote" }).en });
  }

  number(): void {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.pos, this.pos + 400));
    if (!m) this.fail(BAD_NUMBER);
    this.pos += m[0].length;
  }
}

/**
 * HTTP errors: {@link HttpError} and the mapping of every thrown value (KinerjaError, StoreError,
 * zod errors) to the one bilingual error body and its status, in one table.
 * @module
 */
import { isKinerjaError, isStoreError, type KinerjaError, type LocalizedText } from "@kinerja/core";
import type { ZodError } from "zod";

/** One problem of a request: where, what (both languages) and optionally a code. */
export interface ErrorIssue {
  readonly path: readonly (string | number)[];
  readonly message: LocalizedText;
  readonly code?: string;
}

/** The body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: LocalizedText; readonly issues: readonly ErrorIssue[] };
}

/** An error with its HTTP status, machine code and bilingual message. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedText;
  readonly issues: readonly ErrorIssue[];
  /** Extra response headers (e.g. `Retry-After`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: string,
    text: LocalizedText,
    options: { issues?: readonly ErrorIssue[]; headers?: Readonly<Record<string, string>>; cause?: unknown } = {},
  ) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.text = text;
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
  }

  /** The response body. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.text, issues: this.issues } };
  }
}

/** True when `value` is an {@link HttpError}. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}

/** 403 FORBIDDEN with a bilingual reason. */
export function forbidden(text: LocalizedText = FORBIDDEN_TEXT): HttpError {
  return new HttpError(403, "FORBIDDEN", text);
}

/** 404 NOT_FOUND for an entity and its key. */
export function notFoundError(entity: string, key: string): HttpError {
  return new HttpError(404, "NOT_FOUND", { id: `${entity} '${key}' tidak ditemukan`, en: `${entity} '${key}' was not found` });
}

/** 401 UNAUTHENTICATED with a bilingual reason. */
export function unauthenticated(text: LocalizedText): HttpError {
  return new HttpError(401, "UNAUTHENTICATED", text, { headers: { "www-authenticate": 'Bearer realm="kinerja"' } });
}

/** 400 INPUT_INVALID from a zod error, every issue under `part` (`params`, `query`, `body`). */
export function fromZodError(error: ZodError, part: string): HttpError {
  const issues = error.issues.map((i) => ({
    path: [part, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: zodIssueText(i.code, i.message),
    code: i.code,
  }));
  return new HttpError(400, "INPUT_INVALID", INPUT_INVALID_TEXT, { issues });
}

/** The status of a {@link KinerjaError} code (the one table mapping core codes to HTTP). */
export function statusOfKinerjaError(error: KinerjaError, fromIfMatch: boolean): number {
  if (isStoreError(error)) {
    switch (error.reason) {
      case "not_found":
        return 404;
      case "conflict":
        return fromIfMatch && isStaleVersion(error) ? 412 : 409;
      case "constraint":
        return 400;
      case "connection":
      case "serialization":
        return 503;
      default:
        return 500;
    }
  }
  return error.code === "INTERNAL" ? 500 : 400;
}

/**
 * Any thrown value → an {@link HttpError}. `fromIfMatch`: the request carried If-Match, so a stale
 * version is a 412. Unknown errors become a 500 without internals.
 */
export function toHttpError(value: unknown, fromIfMatch = false): HttpError {
  if (isHttpError(value)) return value;
  if (isKinerjaError(value)) {
    const status = statusOfKinerjaError(value, fromIfMatch);
    if (status === 500) return internalError(value);
    const code = status === 412 ? "PRECONDITION_FAILED" : value.code;
    const issues = value.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
    return new HttpError(status, code, value.text, { issues, cause: value });
  }
  return internalError(value);
}

/** 500 INTERNAL, with no detail of the cause in the body. */
export function internalError(cause: unknown): HttpError {
  return new HttpError(500, "INTERNAL", { id: "Terjadi kesalahan internal pada server", en: "An internal server error occurred" }, { cause });
}

const FORBIDDEN_TEXT: LocalizedText = { id: "Anda tidak berwenang melakukan ini", en: "You are not allowed to do this" };
const INPUT_INVALID_TEXT: LocalizedText = { id: "Masukan tidak valid", en: "The input is invalid" };

function isStaleVersion(error: KinerjaError): boolean {
  return error.path.length > 0 && error.path[error.path.length - 1] === "expectedRowVersion";
}

function zodIssueText(code: string, en: string): LocalizedText {
  const id = ZOD_ID[code] ?? "Nilai tidak valid";
  return { id: `${id} (${en})`, en };
}

const ZOD_ID: Readonly<Record<string, string>> = {
  invalid_type: "Jenis nilai salah",
  too_big: "Nilai terlalu besar atau terlalu panjang",
  too_small: "Nilai terlalu kecil atau terlalu pendek",
  invalid_format: "Format tidak sesuai",
  not_multiple_of: "Nilai bukan kelipatan yang diminta",
  unrecognized_keys: "Ada kunci yang tidak dikenal",
  invalid_union: "Nilai tidak cocok dengan pilihan mana pun",
  invalid_key: "Kunci tidak valid",
  invalid_element: "Elemen tidak valid",
  invalid_value: "Nilai tidak termasuk pilihan yang diizinkan",
  custom: "Nilai tidak valid",
};

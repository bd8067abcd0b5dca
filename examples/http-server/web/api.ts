/**
 * The HTTP client of the app: the bearer token (kept in sessionStorage), `Idempotency-Key` on
 * every write, `If-Match` where a write updates a versioned record, the `ETag` of the answer, and
 * the API's bilingual error body turned into an {@link ApiError}.
 * @module
 */
import { lang } from "./i18n.js";
import type { LocalizedText } from "./i18n.js";

const BASE = "/api/v1";
const TOKEN_KEY = "kinerja.token";

/** One problem of a rejected request (the API's `issues[]`). */
export interface ApiIssue {
  readonly path: readonly (string | number)[];
  readonly message: LocalizedText;
}

/** A request the API refused (or could not answer), with its bilingual message. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(`${status} ${code}: ${text.en}`);
  }
}

/** The answer of a successful call. */
export interface ApiReply {
  readonly status: number;
  readonly body: unknown;
  /** The record's rowVersion from the `ETag` header, when sent. */
  readonly etag: number | undefined;
}

/** Options of {@link api}. */
export interface CallOptions {
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  /** The rowVersion the write expects (sent as `If-Match: "<n>"`). */
  readonly ifMatch?: number | undefined;
}

type Listener = () => void;
let onUnauthenticated: Listener = () => {};

/** Called when the server answers 401 (the token expired or is wrong). */
export function setUnauthenticatedHandler(listener: Listener): void {
  onUnauthenticated = listener;
}

/** The stored token, if any. */
export function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return memoryToken;
  }
}

/** Stores (or with `null`, forgets) the token for this tab. */
export function setToken(value: string | null): void {
  memoryToken = value;
  try {
    if (value === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  } catch {
    // sessionStorage disabled: the in-memory copy is used
  }
}
let memoryToken: string | null = null;

/** Calls the API; resolves with the body and ETag, rejects with an {@link ApiError}. */
export async function api(method: "GET" | "POST" | "PUT" | "DELETE", path: string, options: CallOptions = {}): Promise<ApiReply> {
  const headers: Record<string, string> = { accept: "application/json", "accept-language": lang() };
  const bearer = token();
  if (bearer) headers["authorization"] = `Bearer ${bearer}`;
  if (method !== "GET") headers["idempotency-key"] = uuid();
  if (options.ifMatch !== undefined) headers["if-match"] = `"${options.ifMatch}"`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(url(path, options.query), { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  } catch {
    throw new ApiError(0, "NETWORK", NETWORK_TEXT);
  }
  const body = await readBody(res);
  if (!res.ok) {
    if (res.status === 401) onUnauthenticated();
    throw toApiError(res.status, body);
  }
  return { status: res.status, body, etag: parseEtag(res.headers.get("etag")) };
}

/** Fetches a non-JSON resource (the distribution SVG) with the token; resolves with its text. */
export async function apiText(path: string, query?: Readonly<Record<string, string | number | undefined>>): Promise<string> {
  const headers: Record<string, string> = { "accept-language": lang() };
  const bearer = token();
  if (bearer) headers["authorization"] = `Bearer ${bearer}`;
  let res: Response;
  try {
    res = await fetch(url(path, query), { headers });
  } catch {
    throw new ApiError(0, "NETWORK", NETWORK_TEXT);
  }
  if (!res.ok) throw toApiError(res.status, await readBody(res));
  return res.text();
}

/** Encodes a path segment (ids and NIPs go into URLs through this). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}

const NETWORK_TEXT: LocalizedText = {
  id: "Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.",
  en: "The server cannot be reached. Check the connection and try again.",
};
const UNEXPECTED_TEXT: LocalizedText = { id: "Jawaban server tidak terduga.", en: "Unexpected answer from the server." };

function url(path: string, query: CallOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ""}`;
}

async function readBody(res: Response): Promise<unknown> {
  const type = res.headers.get("content-type") ?? "";
  if (res.status === 204) return null;
  if (!type.includes("json")) return res.text();
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body["error"]) ? body["error"] : null;
  if (!error) return new ApiError(status, `HTTP_${status}`, UNEXPECTED_TEXT);
  const code = typeof error["code"] === "string" ? error["code"] : `HTTP_${status}`;
  const issues = Array.isArray(error["issues"]) ? error["issues"].flatMap(toIssue) : [];
  return new ApiError(status, code, toText(error["message"]) ?? UNEXPECTED_TEXT, issues);
}

function toIssue(value: unknown): ApiIssue[] {
  if (!isRecord(value)) return [];
  const message = toText(value["message"]);
  if (!message) return [];
  const path = Array.isArray(value["path"]) ? value["path"].filter((p): p is string | number => typeof p === "string" || typeof p === "number") : [];
  return [{ path, message }];
}

function toText(value: unknown): LocalizedText | null {
  if (typeof value === "string") return { id: value, en: value };
  if (isRecord(value) && typeof value["id"] === "string" && typeof value["en"] === "string") return { id: value["id"], en: value["en"] };
  return null;
}

function parseEtag(header: string | null): number | undefined {
  const match = header ? /^(?:W\/)?"?(\d+)"?$/.exec(header.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain-HTTP deployments get a v4 UUID from random bytes
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

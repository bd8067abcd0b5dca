/**
 * Opaque page cursors: the keyset position (sort values, then key) of the last item of a page,
 * as base64url JSON tagged with the list it belongs to.
 * @module
 */
import { issue } from "../../errors.js";
import type { Page } from "../records.js";
import { invalidInput } from "./schemas.js";

/** Default page size. */
export const DEFAULT_LIMIT = 100;

/** Encodes a position of list `list`. */
export function encodeCursor(list: string, position: readonly (string | number)[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify([list, ...position]));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes a cursor of list `list` with `size` position values; `INPUT_INVALID` when it is not one. */
export function decodeCursor(list: string, cursor: string | undefined, size: number, operation: string): readonly (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  const parsed = tryDecode(cursor);
  const ok =
    Array.isArray(parsed) &&
    parsed[0] === list &&
    parsed.length === size + 1 &&
    parsed.slice(1).every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
  if (ok) return parsed.slice(1) as (string | number)[];
  throw invalidInput(operation, [
    issue("INPUT_INVALID", ["cursor"], {
      id: "Kursor halaman tidak dikenali: gunakan nextCursor dari halaman sebelumnya pada daftar yang sama",
      en: "Unrecognised page cursor: pass the nextCursor of the previous page of the same list",
    }),
  ]);
}

/**
 * Builds a page from `limit + 1` fetched items: the extra item only tells that a next page
 * exists; the cursor points after the last item kept.
 */
export function toPage<T>(list: string, fetched: readonly T[], limit: number, positionOf: (item: T) => readonly (string | number)[]): Page<T> {
  if (fetched.length <= limit) return { items: fetched, nextCursor: null };
  const items = fetched.slice(0, limit);
  return { items, nextCursor: encodeCursor(list, positionOf(items[items.length - 1] as T)) };
}

function tryDecode(cursor: string): unknown {
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

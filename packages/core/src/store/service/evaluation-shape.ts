/**
 * A fast acceptance check of bulk evaluation inputs. zod builds a copy of every item and costs
 * about as much as the insert itself at a million rows; this check accepts well-formed items
 * without copying, and any item it does not accept sends the whole input through the zod schema,
 * which reports every problem with its path. It accepts nothing the schema would refuse.
 * @module
 */
import { isPlainObject } from "../../internal/own-data.js";

const ITEM_KEYS = new Set(["evaluationId", "planId", "periode", "policy", "outputs", "trace", "evaluatedAt"]);
const PERIOD = /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;
const HASH = /^[0-9a-f]{64}$/;
// eslint-disable-next-line no-control-regex
const BAD_ID = /[\u0000-\u001f\u007f:]/;

/** True when every item surely passes the evaluation schema (items with `evaluatedAt` go to zod). */
export function wellFormedEvaluations(items: unknown): boolean {
  if (!Array.isArray(items) || items.length === 0 || items.length > 100_000) return false;
  for (const item of items) if (!wellFormed(item)) return false;
  return true;
}

function wellFormed(item: unknown): boolean {
  if (!isObject(item)) return false;
  for (const key of Object.keys(item)) if (!ITEM_KEYS.has(key)) return false;
  const e = item as Record<string, unknown>;
  if (e["evaluatedAt"] !== undefined) return false;
  if (e["evaluationId"] !== undefined && !isId(e["evaluationId"])) return false;
  if (!isId(e["planId"]) || typeof e["periode"] !== "string" || !PERIOD.test(e["periode"])) return false;
  if (!isObject(e["outputs"]) || !(e["trace"] === undefined || e["trace"] === null || isObject(e["trace"]))) return false;
  const policy = e["policy"];
  if (!isObject(policy) || Object.keys(policy).length !== 3) return false;
  const p = policy as Record<string, unknown>;
  return isId(p["id"]) && isId(p["version"]) && typeof p["hash"] === "string" && HASH.test(p["hash"]);
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value) && isPlainObject(value);
}

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= 100 && !BAD_ID.test(value);
}

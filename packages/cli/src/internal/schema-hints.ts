/**
 * Hints core's schema issues do not carry: for an unknown key, the key itself (located) and the
 * closest allowed key; for a value outside an enumeration, the closest allowed value. Both read
 * the policy's JSON Schema (`policyJsonSchema`), so they follow the schema without restating it.
 * @module
 */
import { policyJsonSchema, type Issue, type IssuePath } from "@kinerja/core";
import { closest } from "./closest.js";
import type { SourceDocument, SourcePosition } from "./source-document.js";
import { fill } from "./text.js";

type Schema = Readonly<Record<string, unknown>>;

/** An issue with its source position. */
export interface LocatedIssue {
  readonly issue: Issue;
  readonly position: SourcePosition;
}

let rootSchema: Schema | undefined;

/** Locates every issue in `doc`; schema issues on unknown keys are split per key and given a hint. */
export function locateIssues(doc: SourceDocument, issues: readonly Issue[]): LocatedIssue[] {
  rootSchema ??= policyJsonSchema();
  const root = rootSchema;
  return issues.flatMap((issue): LocatedIssue[] => {
    if (issue.code === "SCHEMA" && issue.hint === undefined) {
      const split = unknownKeys(doc, root, issue);
      if (split) return split;
      const hinted = enumHint(doc, root, issue);
      if (hinted) return [{ issue: hinted, position: doc.locate(issue.path) }];
    }
    return [{ issue, position: doc.locate(issue.path, issue.span) }];
  });
}

function unknownKeys(doc: SourceDocument, root: Schema, issue: Issue): LocatedIssue[] | undefined {
  const keys = doc.keysAt(issue.path);
  const allowed = allowedKeys(root, issue.path, doc.value);
  if (!keys || !allowed) return undefined;
  const unknown = keys.filter((k) => !allowed.has(k.key) && issue.message.en.includes(k.key));
  if (unknown.length === 0) return undefined;
  return unknown.map(({ key, position }) => {
    const near = closest(key, allowed);
    const hint = near === undefined ? undefined : fill({ id: "Mungkin maksud Anda '{near}'? Kunci yang dikenal: {all}", en: "Did you mean '{near}'? Known keys: {all}" }, { near, all: [...allowed].join(", ") });
    const message = fill({ id: "Kunci tidak dikenal: {key}", en: "Unknown key: {key}" }, { key });
    return { issue: { ...issue, path: [...issue.path, key], message, ...(hint ? { hint } : {}) }, position };
  });
}

function enumHint(doc: SourceDocument, root: Schema, issue: Issue): Issue | undefined {
  const value = valueAt(doc.value, issue.path);
  if (typeof value !== "string") return undefined;
  const parentValue = valueAt(doc.value, issue.path.slice(0, -1));
  const values = new Set<string>();
  for (const s of schemasAt(root, issue.path, doc.value)) {
    if (Array.isArray(s["enum"])) for (const v of s["enum"]) if (typeof v === "string") values.add(v);
    if (typeof s["const"] === "string" && isObject(parentValue)) values.add(s["const"]);
  }
  const near = closest(value, values);
  return near === undefined ? undefined : { ...issue, hint: fill({ id: "Mungkin maksud Anda '{near}'?", en: "Did you mean '{near}'?" }, { near }) };
}

/** The keys allowed at `path`, or undefined when any key is (or the path is not an object). */
function allowedKeys(root: Schema, path: IssuePath, document: unknown): Set<string> | undefined {
  const leaves = schemasAt(root, path, document).filter((s) => isObject(s["properties"]));
  if (leaves.length === 0 || leaves.some((s) => s["additionalProperties"] !== false)) return undefined;
  return new Set(leaves.flatMap((s) => Object.keys(s["properties"] as object)));
}

/** Every leaf subschema that applies at `path` (references resolved, unions expanded, discriminated by `kind`). */
function schemasAt(root: Schema, path: IssuePath, document: unknown): Schema[] {
  let current = expand(root, root, document);
  let value: unknown = document;
  for (const segment of path) {
    const next: Schema[] = [];
    for (const s of current) {
      const child = childSchema(s, segment);
      if (child) next.push(child);
    }
    value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
    current = next.flatMap((s) => expand(root, s, value));
  }
  return current;
}

function childSchema(s: Schema, segment: string | number): Schema | undefined {
  const props = s["properties"];
  if (isObject(props) && Object.hasOwn(props, String(segment))) return props[String(segment)] as Schema;
  if (typeof segment === "number") {
    const prefix = s["prefixItems"];
    if (Array.isArray(prefix) && prefix[segment]) return prefix[segment] as Schema;
    if (isObject(s["items"])) return s["items"] as Schema;
  }
  return isObject(s["additionalProperties"]) ? (s["additionalProperties"] as Schema) : undefined;
}

function expand(root: Schema, s: Schema, value: unknown, depth = 0): Schema[] {
  if (depth > 20) return [];
  const ref = s["$ref"];
  if (typeof ref === "string" && ref.startsWith("#/")) {
    const target = ref.slice(2).split("/").reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), root);
    return isObject(target) ? expand(root, { ...target, ...withoutRef(s) }, value, depth + 1) : [];
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = s[key];
    if (Array.isArray(list)) {
      const options = list.flatMap((o) => (isObject(o) ? expand(root, o, value, depth + 1) : []));
      const kind = isObject(value) ? value["kind"] : undefined;
      const matching = options.filter((o) => !discriminated(o, kind));
      return matching.length > 0 ? matching : options;
    }
  }
  return [s];
}

function discriminated(s: Schema, kind: unknown): boolean {
  const props = s["properties"];
  const k = isObject(props) ? props["kind"] : undefined;
  return isObject(k) && typeof k["const"] === "string" && typeof kind === "string" && k["const"] !== kind;
}

function withoutRef(s: Schema): Schema {
  return Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$ref"));
}

function valueAt(value: unknown, path: IssuePath): unknown {
  let v = value;
  for (const segment of path) v = isObject(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[segment] : undefined;
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * The OpenAPI 3.1 document of the service, generated from the route registry with zod 4's
 * `z.toJSONSchema` (JSON Schema draft 2020-12, which OpenAPI 3.1 uses). Schemas carrying a
 * `.meta({ id })` become `components.schemas`.
 * @module
 */
import * as z from "zod";
import { API_PREFIX } from "./register.js";
import type { RouteSpec } from "./route.js";
import { ErrorBody } from "./schemas.js";

type JsonObject = Record<string, unknown>;

/** Builds the OpenAPI 3.1 document of `routes`. */
export function buildOpenApi(routes: readonly RouteSpec[], info: { readonly version?: string } = {}): JsonObject {
  const components: Record<string, unknown> = {};
  const convert = (schema: z.ZodType, io: "input" | "output"): JsonObject => toSchema(schema, io, components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = API_PREFIX + route.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route, convert);
  }
  const errorSchema = convert(ErrorBody, "output");
  return {
    openapi: "3.1.0",
    info: {
      title: "Kinerja API",
      version: info.version ?? "1.0.0",
      description:
        "The reference HTTP service of Kinerja: the ASN performance cycle (SKP plans, realisations, feedback, evaluation, calibration). Errors are bilingual (Bahasa Indonesia / English).",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { ...components, ErrorBody: errorSchema.$ref ? components["ErrorBody"] : errorSchema },
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
    security: [{ bearer: [] }],
  };
}

function operation(route: RouteSpec, convert: (s: z.ZodType, io: "input" | "output") => JsonObject): JsonObject {
  const errorRef = { content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } };
  const success = String(route.successStatus ?? 200);
  const op: JsonObject = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [...route.tags],
    parameters: [...parameters(route.params, "path", convert), ...parameters(route.query, "query", convert), ...headerParameters(route)],
    responses: {
      [success]: { description: "Success", content: { [route.responseContentType ?? "application/json"]: { schema: convert(route.response, "output") } } },
      "400": { description: "Invalid input", ...errorRef },
      ...(route.public ? {} : { "401": { description: "Missing or invalid token", ...errorRef }, "403": { description: "Not allowed", ...errorRef } }),
      ...(route.requiresIfMatch ? { "412": { description: "Stale If-Match", ...errorRef }, "428": { description: "If-Match missing", ...errorRef } } : {}),
      "429": { description: "Too many requests", ...errorRef },
    },
  };
  if (route.description) op["description"] = route.description;
  if (route.public) op["security"] = [];
  if (route.body) op["requestBody"] = requestBody(route, convert);
  return op;
}

function requestBody(route: RouteSpec, convert: (s: z.ZodType, io: "input" | "output") => JsonObject): JsonObject {
  const schema = convert(route.body as z.ZodType, "input");
  const content: JsonObject = {};
  for (const type of route.contentTypes ?? ["application/json"]) content[type] = type === "application/json" ? { schema } : { schema: { type: "string" } };
  return { required: true, content };
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query", convert: (s: z.ZodType, io: "input" | "output") => JsonObject): JsonObject[] {
  if (!schema) return [];
  const json = convert(schema, "input");
  const properties = (json["properties"] ?? {}) as Record<string, JsonObject>;
  const required = new Set((json["required"] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: property,
    ...(typeof property["description"] === "string" ? { description: property["description"] } : {}),
  }));
}

function headerParameters(route: RouteSpec): JsonObject[] {
  const out: JsonObject[] = [];
  const queryHasLang = route.query instanceof z.ZodObject && "lang" in route.query.shape;
  if (!queryHasLang) out.push({ name: "lang", in: "query", required: false, schema: { type: "string", enum: ["id", "en"] }, description: "Language of texts (default id; also Accept-Language)" });
  if (route.method !== "GET" && !route.public) {
    out.push({ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 200 }, description: "A retry with the same key returns the first result" });
  }
  if (route.requiresIfMatch) out.push({ name: "If-Match", in: "header", required: true, schema: { type: "string" }, description: 'The ETag of the version being changed, e.g. "3"' });
  return out;
}

/** One schema as JSON Schema; `$defs` are moved to `components` and refs rewritten. */
function toSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, unknown>): JsonObject {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonObject;
  const { $schema: _s, $defs, ...rest } = json;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) components[id] = rewriteRefs(def);
  return rewriteRefs(rest) as JsonObject;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (typeof value !== "object" || value === null) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === "$ref" && typeof v === "string" ? v.replace(/^#\/\$defs\//, "#/components/schemas/") : rewriteRefs(v);
  }
  return out;
}

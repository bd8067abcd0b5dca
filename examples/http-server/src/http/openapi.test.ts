import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { routes } from "../routes/index.js";
import { buildOpenApi } from "./openapi.js";
import { createTestApp } from "./test-app.js";

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document covering every route", async () => {
    const doc = buildOpenApi(routes);
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(doc["openapi"]).toBe("3.1.0");
    const paths = doc["paths"] as Record<string, Record<string, { operationId: string }>>;
    const ids = Object.values(paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(routes.length);
    expect(paths["/api/v1/plans/{planId}"]?.["put"]).toBeDefined();
  });

  it("documents each success body with its own media type (the SVG chart as image/svg+xml)", () => {
    type Op = { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> };
    const paths = buildOpenApi(routes)["paths"] as Record<string, Record<string, Op>>;
    const svg = paths["/api/v1/units/{unitId}/distribution.svg"]?.["get"]?.responses["200"]?.content;
    expect(Object.keys(svg ?? {})).toEqual(["image/svg+xml"]);
    expect(svg?.["image/svg+xml"]?.schema["type"]).toBe("string");
    const json = paths["/api/v1/units/{unitId}/distribution"]?.["get"]?.responses["200"]?.content;
    expect(Object.keys(json ?? {})).toEqual(["application/json"]);
    const error = paths["/api/v1/units/{unitId}/distribution.svg"]?.["get"]?.responses["403"]?.content;
    expect(Object.keys(error ?? {})).toEqual(["application/json"]);
  });

  it("is served at /api/v1/openapi.json with the Swagger UI page at /api/v1/docs", async () => {
    const t = await createTestApp({ seed: false });
    try {
      const json = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
      expect(json.statusCode).toBe(200);
      expect(json.json().info.title).toBe("Kinerja API");
      const page = await t.app.inject({ method: "GET", url: "/api/v1/docs" });
      expect(page.body).toContain("/api/v1/docs/swagger-ui-bundle.js");
      const bundle = await t.app.inject({ method: "GET", url: "/api/v1/docs/swagger-ui-bundle.js" });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.headers["content-type"]).toContain("javascript");
      const other = await t.app.inject({ method: "GET", url: "/api/v1/docs/package.json" });
      expect(other.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

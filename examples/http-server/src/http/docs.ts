/**
 * `GET /api/v1/openapi.json` and the Swagger UI at `/api/v1/docs`, served from the installed
 * `swagger-ui-dist` package (no CDN; the page loads only same-origin scripts, so the CSP holds).
 * @module
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { notFoundError } from "./errors.js";
import { buildOpenApi } from "./openapi.js";
import { API_PREFIX } from "./register.js";
import type { RouteSpec } from "./route.js";

const FILES: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** Registers the OpenAPI document and the Swagger UI page with its assets. */
export function registerDocs(app: FastifyInstance, routes: readonly RouteSpec[]): void {
  let document: string | undefined;
  app.get(`${API_PREFIX}/openapi.json`, async (_request, reply) => {
    document ??= JSON.stringify(buildOpenApi(routes));
    return reply.type("application/json; charset=utf-8").send(document);
  });
  app.get(`${API_PREFIX}/docs`, async (_request, reply) => reply.type("text/html; charset=utf-8").send(PAGE));
  app.get(`${API_PREFIX}/docs/init.js`, async (_request, reply) => reply.type("text/javascript; charset=utf-8").send(INIT));
  const dist = swaggerDist();
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { file: string } }>(`${API_PREFIX}/docs/:file`, async (request, reply) => {
    const type = FILES[request.params.file];
    if (!type) throw notFoundError("file", request.params.file);
    let body = cache.get(request.params.file);
    if (!body) {
      body = await readFile(join(dist, request.params.file));
      cache.set(request.params.file, body);
    }
    return reply.type(type).header("cache-control", "public, max-age=86400").send(body);
  });
}

function swaggerDist(): string {
  return dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kinerja API</title>
<link rel="stylesheet" href="${API_PREFIX}/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="${API_PREFIX}/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${API_PREFIX}/docs/swagger-ui-bundle.js"></script>
<script src="${API_PREFIX}/docs/swagger-ui-standalone-preset.js"></script>
<script src="${API_PREFIX}/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: "${API_PREFIX}/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
`;

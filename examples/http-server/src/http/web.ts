/**
 * Serves the web app's assets (bundled in memory by `web-assets.ts` on first request) at `/`,
 * `/<asset>` and `/app/*`, with a fallback to `index.html` for the single-page app's routes.
 * @module
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { notFoundError } from "./errors.js";

/** The bundled web app: file name → body and content type. */
export type WebAssets = ReadonlyMap<string, { readonly body: Buffer; readonly type: string }>;

/** Builds the web assets (called once, on the first request for a page). */
export type WebAssetsLoader = () => Promise<WebAssets>;

/** The default loader: the web app's esbuild bundle (`src/web-assets.ts`). */
export const loadWebAssets: WebAssetsLoader = async () => {
  const { buildWebAssets } = await import("../web-assets.js");
  return buildWebAssets();
};

/** Registers `/`, `/app/*` and `/<asset>`. */
export function registerWeb(app: FastifyInstance, load: WebAssetsLoader): void {
  let assets: Promise<WebAssets> | undefined;
  const get = (): Promise<WebAssets> => {
    assets ??= load().catch((error: unknown) => {
      assets = undefined;
      throw error;
    });
    return assets;
  };
  const send = async (reply: FastifyReply, name: string, fallback: boolean): Promise<FastifyReply> => {
    const all = await get();
    const asset = lookup(all, name) ?? (fallback ? lookup(all, "index.html") : undefined);
    if (!asset) throw notFoundError("file", name);
    return reply.type(asset.type).header("cache-control", "no-cache").send(asset.body);
  };
  app.get("/", (_request, reply) => send(reply, "index.html", false));
  app.get("/app", (_request, reply) => send(reply, "index.html", false));
  app.get<{ Params: { "*": string } }>("/app/*", (request, reply) => send(reply, request.params["*"], true));
  app.get<{ Params: { file: string } }>("/:file", (request, reply) => send(reply, request.params.file, false));
}

function lookup(assets: WebAssets, name: string): { readonly body: Buffer; readonly type: string } | undefined {
  const clean = name.replace(/^\/+/, "");
  return assets.get(clean) ?? assets.get(`/${clean}`);
}

/**
 * Bundles the web app (`web/`) in memory with esbuild when the server starts: `index.html`,
 * `app.js` (the TypeScript sources, minified ES2022 module) and `app.css` (minified). Nothing is
 * written to disk, so the service needs no build step.
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** One bundled file: its bytes and its `Content-Type`. */
export interface WebAsset {
  readonly body: Buffer;
  readonly type: string;
}

/** The web app's source folder. */
export const WEB_DIR: string = fileURLToPath(new URL("../web/", import.meta.url));

/**
 * Builds the web app: `index.html`, `app.js` and `app.css`, keyed by file name (no leading
 * slash). Rejects with esbuild's error (file, line and message) when the sources do not compile.
 *
 * @example
 * ```ts
 * const assets = await buildWebAssets();
 * assets.get("app.js")?.type; // "text/javascript; charset=utf-8"
 * ```
 */
export async function buildWebAssets(): Promise<Map<string, WebAsset>> {
  const [html, result] = await Promise.all([
    readFile(`${WEB_DIR}index.html`),
    build({
      entryPoints: [
        { in: `${WEB_DIR}main.ts`, out: "app" },
        { in: `${WEB_DIR}app.css`, out: "app" },
      ],
      outdir: "/",
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      charset: "utf8",
      legalComments: "none",
      logLevel: "silent",
    }),
  ]);
  const assets = new Map<string, WebAsset>([["index.html", { body: html, type: "text/html; charset=utf-8" }]]);
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    assets.set(name, { body: Buffer.from(file.contents), type: TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream" });
  }
  return assets;
}

const TYPES: Readonly<Record<string, string>> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

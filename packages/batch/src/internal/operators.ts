/**
 * Custom operators cannot cross a thread boundary as functions, so each scorer imports them from
 * a module whose default export is an `OperatorRegistry`.
 * @module
 */
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { OperatorRegistry } from "@kinerja/core";

/**
 * The specifier every thread imports: a URL as is, an absolute path or a `./` / `../` path
 * (against the working directory) as a `file:` URL, and anything else (a package name) unchanged.
 */
export function operatorsModuleUrl(specifier: string | URL): string {
  if (specifier instanceof URL) return specifier.href;
  if (isAbsolute(specifier)) return pathToFileURL(specifier).href;
  if (specifier.startsWith("./") || specifier.startsWith("../")) return pathToFileURL(resolve(specifier)).href;
  return specifier;
}

/** Imports the module and returns its default export, checked to look like an `OperatorRegistry`. */
export async function loadOperators(url: string): Promise<OperatorRegistry> {
  const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
  const registry = module.default;
  if (!isRegistry(registry)) {
    throw new TypeError(`operatorsModule ${url}: the default export must be an OperatorRegistry built with createOperatorRegistry() from @kinerja/core`);
  }
  return registry;
}

function isRegistry(value: unknown): value is OperatorRegistry {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { names?: unknown; add?: unknown };
  return Array.isArray(candidate.names) && typeof candidate.add === "function";
}

/**
 * Compiled policies, compiled once per content hash from the store's policy versions.
 * @module
 */
import { compilePolicy, type CompiledPolicy, type KinerjaStore, type StoredPolicy } from "@kinerja/core";
import { HttpError, notFoundError } from "../http/errors.js";
import { everyPage } from "../http/helpers.js";

/** The policy id of the Belawan example policy (the default when seeded). */
export const BELAWAN_POLICY_ID = "belawan-skp";
/** The national preset published on first start when no Belawan policy exists. */
export const FALLBACK_POLICY_ID = "permenpanrb-6-2022";

/** Compiled policies by id + version, from the store. */
export interface PolicyCache {
  /** A published policy version compiled (a draft only with `allowDraft`, for policy admins); 404 when absent. */
  get(policyId: string, policyVersion: string, options?: { readonly allowDraft?: boolean }): Promise<CompiledPolicy>;
  /** The published policy for a plan without `policyId`: the newest `belawan-skp`, else the preset. */
  default(tahun: number): Promise<CompiledPolicy>;
  /** The compiled policy of a stored version (cached by hash). */
  compile(stored: StoredPolicy): CompiledPolicy;
}

/**
 * A {@link PolicyCache} over `store`; compiled programs are kept by content hash (published
 * versions never change, so the cache needs no invalidation).
 */
export function createPolicyCache(store: KinerjaStore): PolicyCache {
  const byHash = new Map<string, CompiledPolicy>();
  // A published version never changes again (the store refuses it), so it is read from the store once.
  const published = new Map<string, CompiledPolicy>();
  const compile = (stored: StoredPolicy): CompiledPolicy => {
    const hit = byHash.get(stored.hash);
    if (hit) return hit;
    const compiled = compilePolicy(stored.document);
    byHash.set(stored.hash, compiled);
    return compiled;
  };
  return {
    compile,
    async get(policyId, policyVersion, options = {}) {
      const key = JSON.stringify([policyId, policyVersion]);
      const known = published.get(key);
      if (known) return known;
      const stored = await store.getPolicy({ policyId, policyVersion });
      if (!stored || (stored.status !== "PUBLISHED" && options.allowDraft !== true)) throw notFoundError("policy", `${policyId}@${policyVersion}`);
      const compiled = compile(stored);
      if (stored.status === "PUBLISHED") published.set(key, compiled);
      return compiled;
    },
    async default() {
      for (const policyId of [BELAWAN_POLICY_ID, FALLBACK_POLICY_ID]) {
        const newest = await newestPublished(store, policyId);
        if (newest) return compile(newest);
      }
      throw new HttpError(404, "NOT_FOUND", { id: "Belum ada kebijakan yang diterbitkan", en: "No policy has been published yet" });
    },
  };
}

/** The newest published version of `policyId` (by publication time, then version), or `null`. */
export async function newestPublished(store: KinerjaStore, policyId: string): Promise<StoredPolicy | null> {
  let best: StoredPolicy | null = null;
  for (const p of await everyPage((page) => store.listPolicies({ policyId, status: "PUBLISHED", ...page }))) if (!best || newer(p, best)) best = p;
  return best;
}

function newer(a: StoredPolicy, b: StoredPolicy): boolean {
  const at = a.publishedAt ?? "";
  const bt = b.publishedAt ?? "";
  return at === bt ? a.policyVersion.localeCompare(b.policyVersion, "en", { numeric: true }) > 0 : at > bt;
}

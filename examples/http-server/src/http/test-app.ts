/**
 * Test support: a service over a fresh in-memory SQLite store (optionally with the Belawan
 * example), and tokens for its demo accounts. Used by the tests of this package only.
 * @module
 */
import type { KinerjaStore } from "@kinerja/core";
import { createSqliteStore } from "@kinerja/store-sqlite";
import Database from "better-sqlite3";
import type { FastifyInstance } from "fastify";
import { buildApp, type BuildAppOptions } from "../app.js";
import { issueToken, type TokenClaims } from "../auth/tokens.js";
import { testConfig, type Config } from "../config.js";
import { ensureDefaultPolicy, findAccount, seedBelawan } from "../seed.js";

/** A service under test. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: KinerjaStore;
  readonly config: Config;
  /** A token for a demo account (NIP, `admin-unit`, `admin-kota`, `admin-kebijakan`, `auditor`). */
  token(account: string): Promise<string>;
  /** A token with any claims. */
  tokenFor(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

/** Head of Dinas Perhubungan Belawan (supervisor of 198609262015051001). */
export const HEAD_DISHUB = "197501012000031001";
/** Head of Puskesmas Belawan. */
export const HEAD_PUSKESMAS = "197602142001121002";

/**
 * A service over a fresh `:memory:` SQLite store (or `store`), seeded with the Belawan example
 * unless `seed: false`; web assets off, responses checked against their schemas.
 */
export async function createTestApp(
  options: { readonly seed?: boolean; readonly store?: KinerjaStore; readonly config?: Partial<Config> } & Partial<Omit<BuildAppOptions, "store" | "config">> = {},
): Promise<TestApp> {
  const database = options.store ? null : new Database(":memory:");
  const store = options.store ?? createSqliteStore({ database: database as Database.Database });
  await store.migrate();
  if (options.seed !== false) await seedBelawan(store);
  await ensureDefaultPolicy(store);
  const config = testConfig(options.config);
  const app = buildApp({ webAssets: false, validateResponses: true, ...options, store, config });
  await app.ready();
  const tokenFor = (claims: TokenClaims): Promise<string> => issueToken(config, claims);
  return {
    app,
    store,
    config,
    tokenFor,
    async token(account) {
      const p = await findAccount(store, account);
      if (!p) throw new Error(`no demo account ${account}`);
      return tokenFor({ sub: p.sub, nip: p.nip, roles: p.roles, unit: p.unitId });
    },
    async close() {
      await app.close();
      database?.close();
    },
  };
}

/** `{ authorization: "Bearer <token>" }`. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

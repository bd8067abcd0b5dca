/**
 * Policy versions: drafts that may change, published versions that never do.
 * @module
 */
import * as z from "zod";
import { contentHash } from "../../canonical-json.js";
import { validatePolicy } from "../../compiler/compile-policy.js";
import { issue } from "../../errors.js";
import { isPlainObject } from "../../internal/own-data.js";
import type { KinerjaStore } from "../contract.js";
import type { Condition } from "../backend.js";
import type { StoredPolicy } from "../records.js";
import { StoreError } from "../store-error.js";
import { fromRow, policyKey } from "./codec.js";
import { bump, listPage, load, loadOrFail, read, replace, upsert } from "./ops.js";
import { Id, invalidInput, OptionalVersion, PageFields, parseInput, RequiredVersion, WriteFields } from "./schemas.js";
import { runWrite, type Services } from "./write.js";

const SaveDraft = z.strictObject({ ...WriteFields, ...OptionalVersion, document: z.unknown() });
const Publish = z.strictObject({ ...WriteFields, ...RequiredVersion, policyId: Id, policyVersion: Id });
const Address = z.strictObject({ policyId: Id, policyVersion: Id });
const ByHash = z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/) });
const List = z.strictObject({ ...PageFields, policyId: Id.optional(), status: z.enum(["DRAFT", "PUBLISHED"]).optional() });

type PolicyOps = Pick<KinerjaStore, "savePolicyDraft" | "publishPolicy" | "getPolicy" | "getPolicyByHash" | "listPolicies">;

/** The policy operations of a store. */
export function policyOperations(services: Services): PolicyOps {
  return {
    async savePolicyDraft(options) {
      const { idempotencyKey, ...input } = parseInput(SaveDraft, options, "savePolicyDraft");
      const { document, policyId, policyVersion } = draftDocument(input.document);
      return runWrite(services, "savePolicyDraft", { actor: input.actor, idempotencyKey }, input, (scope) =>
        upsert(scope, "policy", policyKey(policyId, policyVersion), input.expectedRowVersion, (previous) => {
          if (previous?.status === "PUBLISHED") throw published(previous);
          return {
            policyId,
            policyVersion,
            hash: contentHash({ ...document, $schema: undefined }),
            status: "DRAFT",
            document,
            publishedAt: null,
            ...bump(previous, scope.at),
          };
        }),
      );
    },

    async publishPolicy(options) {
      const { idempotencyKey, ...input } = parseInput(Publish, options, "publishPolicy");
      return runWrite(services, "publishPolicy", { actor: input.actor, idempotencyKey }, input, async (scope) => {
        const before = await loadOrFail(scope.tx, "policy", policyKey(input.policyId, input.policyVersion));
        if (before.status === "PUBLISHED") throw published(before);
        const checked = validatePolicy(before.document);
        if (!checked.ok) throw invalidInput("publishPolicy", checked.errors.map((i) => ({ ...i, path: ["document", ...i.path] })));
        const after: StoredPolicy = { ...before, status: "PUBLISHED", publishedAt: scope.at, ...bump(before, scope.at) };
        return replace(scope, "policy", before, after, input.expectedRowVersion, "PUBLISH");
      });
    },

    async getPolicy(options) {
      const input = parseInput(Address, options, "getPolicy");
      return (await read(services, (tx) => load(tx, "policy", policyKey(input.policyId, input.policyVersion)))) ?? null;
    },

    async getPolicyByHash(options) {
      const input = parseInput(ByHash, options, "getPolicyByHash");
      const rows = await read(services, (tx) => tx.find("policy", { where: [{ column: "hash", op: "=", value: input.hash }], orderBy: ["status"] }));
      const records = rows.map((row) => fromRow("policy", row));
      return records.find((r) => r.status === "PUBLISHED") ?? records[0] ?? null;
    },

    async listPolicies(options = {}) {
      const input = parseInput(List, options, "listPolicies");
      const where: Condition[] = [];
      if (input.policyId !== undefined) where.push({ column: "policy_id", op: "=", value: input.policyId });
      if (input.status !== undefined) where.push({ column: "status", op: "=", value: input.status });
      return listPage(services, {
        kind: "policy",
        list: "policies",
        operation: "listPolicies",
        where,
        orderBy: [
          { column: "policy_id", of: (r) => r.policyId },
          { column: "policy_version", of: (r) => r.policyVersion },
        ],
        cursor: input.cursor,
        limit: input.limit,
      });
    },
  };
}

/** The draft document and its address; `INPUT_INVALID` unless it is an object with string `id` and `version`. */
function draftDocument(value: unknown): { document: Record<string, unknown>; policyId: string; policyVersion: string } {
  const doc = typeof value === "object" && value !== null && !Array.isArray(value) && isPlainObject(value) ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : undefined;
  const policyId = doc?.["id"];
  const policyVersion = doc?.["version"];
  const idOk = Id.safeParse(policyId, { jitless: true }).success;
  const versionOk = Id.safeParse(policyVersion, { jitless: true }).success;
  if (doc && idOk && versionOk) return { document: doc, policyId: policyId as string, policyVersion: policyVersion as string };
  const issues = [];
  if (!doc) issues.push(issue("INPUT_INVALID", ["document"], { id: "Dokumen kebijakan harus objek JSON", en: "The policy document must be a JSON object" }));
  if (doc && !idOk) issues.push(issue("INPUT_INVALID", ["document", "id"], { id: "Dokumen harus punya id (teks 1–100 karakter)", en: "The document needs an id (text of 1–100 characters)" }));
  if (doc && !versionOk) issues.push(issue("INPUT_INVALID", ["document", "version"], { id: "Dokumen harus punya version (teks 1–100 karakter)", en: "The document needs a version (text of 1–100 characters)" }));
  throw invalidInput("savePolicyDraft", issues);
}

function published(policy: StoredPolicy): StoreError {
  return new StoreError("conflict", {
    id: `Kebijakan ${policy.policyId} versi ${policy.policyVersion} sudah diterbitkan dan tidak dapat diubah; buat versi baru`,
    en: `Policy ${policy.policyId} version ${policy.policyVersion} is published and cannot change; create a new version`,
  });
}

/**
 * Policy versions: drafts with their content hash, replacement by version, publication after
 * validation, immutability once published, lookups and the ordered list.
 * @internal
 * @module
 */
import assert from "node:assert/strict";
import { compilePolicy, validatePolicy } from "@kinerja/core";
import { invalidPolicyDocument, policyDocument, policyHash } from "../builders/policy.js";
import { randomId } from "../builders/random.js";
import { expectInputInvalid, expectStoreError } from "./assertions.js";
import { defineArea, type AreaDefinition } from "./context.js";

/** Policy lifecycle. */
export const policies: AreaDefinition = defineArea("policies", (area) => {
  area.test("savePolicyDraft stores a DRAFT whose hash is contentHash of the document without $schema", async ({ store, actor, clock }) => {
    const at = clock.set("2025-01-10T00:00:00.000Z");
    const document = policyDocument({ $schema: "https://example.org/kinerja-policy.json" });
    const saved = await store.savePolicyDraft({ actor, document });
    assert.deepEqual(saved, {
      policyId: document["id"],
      policyVersion: "1",
      hash: policyHash(document),
      status: "DRAFT",
      document,
      publishedAt: null,
      rowVersion: 1,
      createdAt: at,
      updatedAt: at,
    });
    assert.equal(saved.hash, compilePolicy(document).hash);
    assert.match(saved.hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(await store.getPolicy({ policyId: saved.policyId, policyVersion: "1" }), saved);
    assert.deepEqual(await store.getPolicyByHash({ hash: saved.hash }), saved);
  });

  area.test("a draft is replaced only with its current expectedRowVersion", async ({ store, actor }) => {
    const first = policyDocument();
    const saved = await store.savePolicyDraft({ actor, document: first });
    const second = { ...first, title: { id: "Judul baru", en: "New title" } };
    await expectStoreError(store.savePolicyDraft({ actor, document: second }), { reason: "conflict" });
    const replaced = await store.savePolicyDraft({ actor, document: second, expectedRowVersion: 1 });
    assert.equal(replaced.rowVersion, 2);
    assert.deepEqual(replaced.document, second);
    assert.equal(replaced.hash, policyHash(second));
    assert.notEqual(replaced.hash, saved.hash);
    assert.equal(replaced.createdAt, saved.createdAt);
    await expectStoreError(store.savePolicyDraft({ actor, document: first, expectedRowVersion: 1 }), { reason: "conflict" });
    assert.equal(await store.getPolicyByHash({ hash: saved.hash }), null);
    assert.deepEqual(await store.getPolicy({ policyId: replaced.policyId, policyVersion: "1" }), replaced);
  });

  area.test("replacing a draft that does not exist is not_found", async ({ store, actor }) => {
    await expectStoreError(store.savePolicyDraft({ actor, document: policyDocument(), expectedRowVersion: 1 }), { reason: "not_found" });
  });

  area.test("publishPolicy validates and publishes; a published version never changes", async ({ store, actor, clock }) => {
    const document = policyDocument();
    const draft = await store.savePolicyDraft({ actor, document });
    const at = clock.set("2025-06-01T12:00:00.000Z");
    const published = await store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: "1", expectedRowVersion: 1 });
    assert.deepEqual(published, { ...draft, status: "PUBLISHED", publishedAt: at, rowVersion: 2, updatedAt: at });
    await expectStoreError(store.savePolicyDraft({ actor, document: { ...document, title: { id: "x", en: "x" } }, expectedRowVersion: 2 }), { reason: "conflict" });
    await expectStoreError(store.savePolicyDraft({ actor, document }), { reason: "conflict" });
    await expectStoreError(store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: "1", expectedRowVersion: 2 }), { reason: "conflict" });
    assert.deepEqual(await store.getPolicy({ policyId: draft.policyId, policyVersion: "1" }), published);
    assert.deepEqual(await store.getPolicyByHash({ hash: draft.hash }), published);
  });

  area.test("publishing an invalid document fails with INPUT_INVALID carrying the policy's issues; it stays a draft", async ({ store, actor }) => {
    const document = invalidPolicyDocument();
    const draft = await store.savePolicyDraft({ actor, document });
    const error = await expectInputInvalid(store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: "1", expectedRowVersion: 1 }));
    const expected = validatePolicy(document).errors;
    assert.ok(expected.length > 0);
    for (const want of expected) {
      const found = error.issues.find((i) => i.code === want.code && endsWith(i.path, want.path) && i.message.en === want.message.en);
      assert.ok(found, `missing policy issue ${want.code} at ${JSON.stringify(want.path)}; got ${JSON.stringify(error.issues.map((i) => [i.code, i.path]))}`);
    }
    assert.deepEqual(await store.getPolicy({ policyId: draft.policyId, policyVersion: "1" }), draft);
  });

  area.test("publishing a missing version is not_found; a stale version is a conflict", async ({ store, actor }) => {
    await expectStoreError(store.publishPolicy({ actor, policyId: randomId("p"), policyVersion: "1", expectedRowVersion: 1 }), { reason: "not_found" });
    const draft = await store.savePolicyDraft({ actor, document: policyDocument() });
    await store.savePolicyDraft({ actor, document: { ...policyDocument({ id: draft.policyId }), title: { id: "v2", en: "v2" } }, expectedRowVersion: 1 });
    await expectStoreError(store.publishPolicy({ actor, policyId: draft.policyId, policyVersion: "1", expectedRowVersion: 1 }), { reason: "conflict" });
  });

  area.test("savePolicyDraft needs a plain object with an id and a version", async ({ store, actor }) => {
    await expectInputInvalid(store.savePolicyDraft({ actor, document: "not a document" }), [["document"]]);
    await expectInputInvalid(store.savePolicyDraft({ actor, document: [policyDocument()] }), [["document"]]);
    await expectInputInvalid(store.savePolicyDraft({ actor, document: { ...policyDocument(), id: 7 } }), [["document"]]);
    const { version: _v, ...noVersion } = policyDocument();
    await expectInputInvalid(store.savePolicyDraft({ actor, document: noVersion }), [["document"]]);
  });

  area.test("listPolicies orders by id then version and filters by id and status", async ({ store, actor }) => {
    const policyId = randomId("urut");
    for (const version of ["2", "10", "1"]) await store.savePolicyDraft({ actor, document: policyDocument({ id: policyId, version }) });
    await store.publishPolicy({ actor, policyId, policyVersion: "1", expectedRowVersion: 1 });
    const versions = async (options: { status?: "DRAFT" | "PUBLISHED" }) =>
      (await store.listPolicies({ policyId, ...options })).items.map((p) => [p.policyId, p.policyVersion, p.status]);
    assert.deepEqual(await versions({}), [
      [policyId, "1", "PUBLISHED"],
      [policyId, "10", "DRAFT"],
      [policyId, "2", "DRAFT"],
    ]);
    assert.deepEqual(await versions({ status: "PUBLISHED" }), [[policyId, "1", "PUBLISHED"]]);
    assert.deepEqual(await versions({ status: "DRAFT" }), [
      [policyId, "10", "DRAFT"],
      [policyId, "2", "DRAFT"],
    ]);
    const other = randomId("urut");
    await store.savePolicyDraft({ actor, document: policyDocument({ id: other }) });
    const all = (await store.listPolicies({ limit: 1000 })).items.map((p) => `${p.policyId}\u0000${p.policyVersion}`);
    assert.deepEqual(all, [...all].sort(), "ordered by policy id then version");
  });
});

function endsWith(path: readonly (string | number)[], suffix: readonly (string | number)[]): boolean {
  const offset = path.length - suffix.length;
  return offset >= 0 && suffix.every((p, i) => path[offset + i] === p);
}

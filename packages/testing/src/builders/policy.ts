/**
 * Policy documents for store tests: a small valid one (it compiles and publishes) and one that
 * `validatePolicy` rejects.
 * @module
 */
import { contentHash } from "@kinerja/core";
import { randomId } from "./random.js";

/** Options of {@link policyDocument}. */
export interface PolicyDocumentOptions {
  /** Default a random id. */
  readonly id?: string;
  /** Default `"1"`. */
  readonly version?: string;
  /** Added as the document's `$schema` (left out of the hash). */
  readonly $schema?: string;
}

/**
 * A small valid policy document: `predikat` from a number input `nilai`, with an Indonesian and
 * English title.
 *
 * @example
 * ```ts
 * validatePolicy(policyDocument()).ok; // true
 * ```
 */
export function policyDocument(options: PolicyDocumentOptions = {}): Record<string, unknown> {
  return {
    ...(options.$schema === undefined ? {} : { $schema: options.$schema }),
    id: options.id ?? randomId("kebijakan"),
    version: options.version ?? "1",
    effective: { from: "2024-01-01" },
    title: { id: "Predikat kinerja pegawai", en: "Employee performance rating" },
    inputs: { nilai: { type: "number" } },
    decisions: {
      capaian: { kind: "formula", expr: "nilai * 1.5" },
      predikat: { kind: "formula", expr: 'if capaian >= 100 then "SANGAT_BAIK" else "BAIK"' },
    },
  };
}

/**
 * A policy document with an id and version that `validatePolicy` rejects (an unknown name in a
 * formula): a store saves it as a draft but refuses to publish it.
 */
export function invalidPolicyDocument(options: Omit<PolicyDocumentOptions, "$schema"> = {}): Record<string, unknown> {
  const valid = policyDocument(options);
  return { ...valid, decisions: { capaian: { kind: "formula", expr: "nilaii * 1.5" } } };
}

/** The hash a store must give a policy document: `contentHash` of it without `$schema`. */
export function policyHash(document: Readonly<Record<string, unknown>>): string {
  return contentHash({ ...document, $schema: undefined });
}

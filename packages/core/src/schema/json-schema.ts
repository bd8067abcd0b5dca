/**
 * The JSON Schema (draft 2020-12) of policy documents, generated from the zod schemas, for editor
 * autocompletion through `$schema` and for validation in other languages.
 * @module
 */
import * as z from "zod";
import { PolicyDocumentSchema } from "./policy-schema.js";

/** The canonical URL id of the published schema. */
export const POLICY_SCHEMA_ID = "https://kinerja.dev/schema/policy.schema.json";

/**
 * Returns the JSON Schema of a policy document.
 *
 * @example
 * ```ts
 * writeFileSync("policy.schema.json", JSON.stringify(policyJsonSchema(), null, 2));
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicyDocumentSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: POLICY_SCHEMA_ID, title: "Kinerja policy document" };
}

// Writes dist/policy.schema.json from the built package, so editors can use it through `$schema`.
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../dist/policy.schema.json", import.meta.url), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log("wrote dist/policy.schema.json");

/**
 * `pnpm demo [--lang id|en]`: prints the Belawan example evaluations with their explanations.
 * @module
 */
import { renderReport, loadPolicy, scorePlans } from "./demo.js";

const at = process.argv.indexOf("--lang");
const lang = at >= 0 ? process.argv[at + 1] : "id";
if (lang !== "id" && lang !== "en") {
  console.error(`--lang must be "id" or "en" (got ${String(lang)})`);
  process.exit(2);
}
console.log(renderReport(scorePlans(loadPolicy()), lang));
